import XCTest
@testable import FolioCLI

/// Progress appears only on a terminal, only after the delay, and is cleared before the summary.
final class BuildProgressTests: XCTestCase {
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        func append(_ more: String) { lock.lock(); text += more; lock.unlock() }
        var value: String { lock.lock(); defer { lock.unlock() }; return text }
    }

    func testAfterTheDelayItShowsTheStageAndThePagesWritten() {
        let lines = Lines()
        let progress = BuildProgress(enabled: true, delay: 0.05, interval: 0.02, write: lines.append)
        progress.enter("render")
        for _ in 0..<3 { progress.pageWritten() }
        Thread.sleep(forTimeInterval: 0.3)
        progress.finish()
        XCTAssertTrue(lines.value.contains("folio: render, 3 pages written"), lines.value)
        XCTAssertTrue(lines.value.hasSuffix("\r\u{1B}[K"), "the line is cleared")
    }

    func testAQuickBuildShowsNothing() {
        let lines = Lines()
        let progress = BuildProgress(enabled: true, delay: 2, write: lines.append)
        progress.pageWritten()
        progress.finish()
        XCTAssertEqual(lines.value, "")
    }

    func testNeverWhenNotATerminal() {
        XCTAssertFalse(Terminal.showsProgress, "the tests' standard error is not a terminal")
        let lines = Lines()
        let progress = BuildProgress(enabled: Terminal.showsProgress, delay: 0, interval: 0.01, write: lines.append)
        Thread.sleep(forTimeInterval: 0.1)
        progress.finish()
        XCTAssertEqual(lines.value, "")
    }
}
