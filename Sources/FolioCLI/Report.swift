import Foundation
import FolioModel

/// Prints diagnostics (sorted) in the chosen format, and the summary line.
enum Report {
    /// In the chosen format: github and json go to standard output, for the CI system or tool
    /// that reads it; human as `print(_:root:)`.
    static func print(_ diagnostics: Diagnostics, site: SiteOptions, format: DiagnosticOptions.Format) {
        switch format {
        case .github:
            FileHandle.standardOutput.write(Data(MachineDiagnostics.github(diagnostics.sorted, prefix: site.displayPrefix).utf8))
        case .json:
            FileHandle.standardOutput.write(Data(MachineDiagnostics.json(diagnostics.sorted, prefix: site.displayPrefix).utf8))
        case .human:
            print(diagnostics, root: site.rootURL)
        }
    }

    /// Compiler style on standard error, coloured on a terminal unless NO_COLOR is set.
    static func print(_ diagnostics: Diagnostics, root: URL) {
        var cache: [String: [Substring]] = [:]
        let formatter = DiagnosticFormatter(colour: Terminal.colour(fileDescriptor: 2)) { file, line in
            if cache[file] == nil {
                // An installed theme's files are named by their full path.
                let url = file.hasPrefix("/") ? URL(fileURLWithPath: file) : root.appendingPathComponent(file)
                let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
                cache[file] = text.split(separator: "\n", omittingEmptySubsequences: false)
            }
            guard let lines = cache[file], line >= 1, line <= lines.count else { return nil }
            return String(lines[line - 1])
        }
        for diagnostic in diagnostics.sorted {
            FileHandle.standardError.write(Data((formatter.format(diagnostic) + "\n").utf8))
        }
    }

    /// The summary line: on standard output for human diagnostics, on standard error otherwise
    /// (standard output then holds only the machine-readable diagnostics).
    static func printSummary(_ line: String, format: DiagnosticOptions.Format) {
        let handle = format == .human ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data((line + "\n").utf8))
    }

    static func summary(_ outcome: Pipeline.Outcome, seconds: Double, verb: String) -> String {
        let pages = outcome.languages.map { "\($0) \(outcome.pagesPerLanguage[$0] ?? 0)" }.joined(separator: ", ")
        let errors = outcome.diagnostics.errorCount
        let warnings = outcome.diagnostics.warningCount
        let milliseconds = Int((seconds * 1000).rounded())
        return "\(verb): pages \(pages); \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"); \(milliseconds) ms"
    }
}
