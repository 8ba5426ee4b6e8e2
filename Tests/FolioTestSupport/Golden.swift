import Foundation

/// Golden files in cmark's example format: many cases per file, each a Markdown input, a line
/// with a single ".", and the expected output, fenced by lines of 32 backticks and "example".
public struct GoldenCase {
    public var name: String
    public var input: String
    public var expected: String
    public var line: Int
}

public enum Golden {
    static let fence = String(repeating: "`", count: 32)

    public static func cases(in file: String) throws -> [GoldenCase] {
        let url = Fixtures.fixtures.appendingPathComponent("Golden/\(file)")
        let text = try String(contentsOf: url, encoding: .utf8)
        var cases: [GoldenCase] = []
        var current: [String]?
        var startLine = 0
        var lastHeading = ""
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line == fence + " example" {
                current = []
                startLine = number + 1
            } else if line == fence, let body = current {
                guard let dot = body.firstIndex(of: ".") else { continue }
                cases.append(GoldenCase(name: lastHeading, input: body[..<dot].joined(separator: "\n") + "\n",
                                        expected: body[(dot + 1)...].joined(separator: "\n") + "\n", line: startLine))
                current = nil
            } else if current != nil {
                current!.append(String(line))
            } else if line.hasPrefix("## ") {
                lastHeading = String(line.dropFirst(3))
            }
        }
        return cases
    }

    /// Compares `actual` with the golden file `name`. A missing file is recorded and the
    /// comparison fails, so that recording is never silent. FOLIO_RECORD=1 rewrites it.
    public static func compare(_ actual: String, toFile name: String) -> String? {
        let url = Fixtures.fixtures.appendingPathComponent("Golden/\(name)")
        let record = ProcessInfo.processInfo.environment["FOLIO_RECORD"] == "1"
        guard let expected = try? String(contentsOf: url, encoding: .utf8), !record else {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return "recorded the golden file \(name); check it and run the test again"
        }
        return expected == actual ? nil : "differs from \(name)"
    }
}
