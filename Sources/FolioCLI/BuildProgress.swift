import Foundation

/// The stage and the number of pages written, redrawn on one terminal line while a build runs,
/// once it has run longer than `delay` (a quick build prints nothing). Off when standard error is
/// not a terminal or in CI (`Terminal.showsProgress`), so logs never hold it.
final class BuildProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var stage = "load"
    private var pages = 0
    private var shown = false
    private let timer: DispatchSourceTimer?
    private let write: (String) -> Void

    init(enabled: Bool = Terminal.showsProgress, delay: Double = 2, interval: Double = 0.25,
         write: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.write = write
        guard enabled else {
            timer = nil
            return
        }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        self.timer = timer
        timer.schedule(deadline: .now() + delay, repeating: interval)
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
    }

    func enter(_ stage: String) {
        lock.lock()
        self.stage = stage
        lock.unlock()
    }

    func pageWritten() {
        lock.lock()
        pages += 1
        lock.unlock()
    }

    /// Stops drawing and clears the line, before the summary is printed.
    func finish() {
        timer?.cancel()
        lock.lock()
        defer { lock.unlock() }
        if shown { write("\r\u{1B}[K") }
        shown = false
    }

    private func draw() {
        lock.lock()
        defer { lock.unlock() }
        shown = true
        write("\r\u{1B}[Kfolio: \(stage), \(pages) page\(pages == 1 ? "" : "s") written")
    }
}
