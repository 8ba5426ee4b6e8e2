import Foundation

/// Headless Chromium (Debian's `chromium`), which prints a page to PDF with the page's own print
/// stylesheet: `chromium --headless --print-to-pdf`. `folio pdf` runs it over the print editions
/// in the staging folder; `folio build` never needs it.
public struct Chromium: Sendable {
    /// The program.
    public let executable: String

    /// The names Chromium and Chrome go by on PATH, in the order they are looked for.
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// Finds Chromium: the path given (`--chromium`), else the first of `names` on PATH.
    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> Chromium? {
        if let explicit {
            return FileManager.default.isExecutableFile(atPath: explicit) ? Chromium(executable: explicit) : nil
        }
        let path = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in names {
            if let found = path.map({ $0 + "/" + name }).first(where: FileManager.default.isExecutableFile(atPath:)) {
                return Chromium(executable: found)
            }
        }
        return nil
    }

    public enum Failure: Error, CustomStringConvertible {
        case failed(page: String, status: Int32, output: String)
        case timedOut(page: String, seconds: Int)
        case noPDF(page: String)

        public var description: String {
            switch self {
            case .failed(let page, let status, let output):
                "Chromium failed to print \(page) (exit \(status)): "
                    + output.split(separator: "\n").filter { !$0.contains(":ERROR:") }.suffix(3).joined(separator: " / ")
            case .timedOut(let page, let seconds): "Chromium did not print \(page) within \(seconds) s"
            case .noPDF(let page): "Chromium wrote no PDF for \(page)"
            }
        }
    }

    /// Prints the page at `page` (a file) to `pdf`, without the browser's own header and footer
    /// (the print stylesheet draws the running head and page numbers). Each run has a profile
    /// folder of its own, so that several can run at once.
    public func printToPDF(page: URL, pdf: URL, timeout: Int = 300) throws {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("folio-chromium-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: profile) }
        var arguments = ["--headless", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
                         "--user-data-dir=" + profile.path, "--no-pdf-header-footer", "--print-to-pdf=" + pdf.path]
        // Chromium refuses to run as root with its sandbox (containers, CI).
        if geteuid() == 0 { arguments.insert("--no-sandbox", at: 1) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments + [page.absoluteString]
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("folio-chromium-" + UUID().uuidString + ".log")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let log = try FileHandle(forWritingTo: output)
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(TimeInterval(timeout))
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure.timedOut(page: page.path, seconds: timeout)
        }
        try? log.close()
        guard process.terminationStatus == 0 else {
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            throw Failure.failed(page: page.path, status: process.terminationStatus, output: text)
        }
        let head = (try? FileHandle(forReadingFrom: pdf))?.readData(ofLength: 5)
        guard head == Data("%PDF-".utf8) else { throw Failure.noPDF(page: page.path) }
    }
}
