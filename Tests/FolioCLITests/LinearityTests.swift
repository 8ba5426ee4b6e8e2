import Foundation
import FolioModel
import FolioTestSupport
import XCTest
@testable import FolioCLI

/// Every pass is linear in its input: the same page built with n and 10 n repetitions of one
/// construct costs at most about 10 times the work. Work is measured as process CPU time (the
/// machine has no instruction counters here), the least of three builds, against a ceiling of
/// 25×: a quadratic pass gives 100× and more, so the margin absorbs noise without hiding one.
final class LinearityTests: XCTestCase {
    /// Page bodies made of `n` repetitions of one construct.
    private static let constructs: [(name: String, body: (Int) -> String)] = [
        ("identical headings", { n in String(repeating: "## Same\n\ntext\n\n", count: n) }),
        ("references in one paragraph", { n in Array(repeating: "[](term:smst)", count: n).joined(separator: " ") + "\n" }),
        ("citations in one paragraph", { n in Array(repeating: "[](cite:rossi-2023)", count: n).joined(separator: " ") + "\n" }),
        ("footnotes", { n in
            (1...n).map { "Text.[^\($0)]" }.joined(separator: " ") + "\n\n" + (1...n).map { "[^\($0)]: Note \($0)." }.joined(separator: "\n\n") + "\n"
        }),
        ("table rows", { n in
            "```table\nid: big\ncaption: Big\ncolumns: [A, B]\nrows:\n" + String(repeating: "  - [one, \"[](term:smst)\"]\n", count: n) + "```\n"
        }),
        ("list items", { n in String(repeating: "- item with [a link](term:smst)\n", count: n) }),
        ("nested quotes", { n in String(repeating: "> ", count: n) + "deep\n" }),
    ]

    func testEveryPassGrowsLinearly() throws {
        for construct in Self.constructs {
            let small = try cpuSeconds(building: construct.body(1_000))
            let large = try cpuSeconds(building: construct.body(10_000))
            XCTAssertLessThan(large / small, 25, "\(construct.name): 10× the input took \(large / small)× the work (\(small) s → \(large) s)")
        }
    }

    /// The least CPU time of three in-memory builds of the minimal site with `body` as a page.
    private func cpuSeconds(building body: String) throws -> Double {
        let site = try Fixtures.copySite("minimal")
        try Fixtures.write("---\ntitle: Stress\n---\n\n" + body, to: "content/en/stress.md", in: site)
        var best = Double.infinity
        for _ in 0..<3 {
            let start = Self.processCPUTime()
            let outcome = Pipeline(root: site, threads: 1).run()
            best = min(best, Self.processCPUTime() - start)
            XCTAssertFalse(outcome.diagnostics.hasErrors, Fixtures.headlines(outcome.diagnostics).prefix(3).joined(separator: "\n"))
        }
        return best
    }

    private static func processCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
