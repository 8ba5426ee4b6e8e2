import Foundation
import FolioLoad
import FolioModel
import FolioWrite

/// Prints diagnostics (sorted) in the chosen format, and the summary line.
public enum Report {
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
        for text in formatted(diagnostics, root: root, colour: Terminal.colour(fileDescriptor: 2)) {
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }

    /// Each diagnostic as the CLI prints it (headline, source line, caret, hint), sorted; `folio
    /// serve` shows the same text, without colour, in its error overlay.
    public static func formatted(_ diagnostics: Diagnostics, root: URL, colour: Bool = false) -> [String] {
        var cache: [String: [Substring]] = [:]
        let files = ProjectFiles(root: root)
        let formatter = DiagnosticFormatter(colour: colour) { file, line in
            if cache[file] == nil {
                // The text as the build read it, so lines and columns match (CRLF, CR, BOM); an
                // installed theme's files are named by their full path. A file that cannot be
                // read (or a folder) shows no source line.
                let text = file.hasPrefix("/") ? try? String(contentsOf: URL(fileURLWithPath: file), encoding: .utf8)
                    : try? files.text(file).get()
                cache[file] = text?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
            }
            guard let lines = cache[file], line >= 1, line <= lines.count else { return nil }
            return String(lines[line - 1])
        }
        return diagnostics.sorted.map(formatter.format)
    }

    /// A failure to write the site, in one line: Folio's own messages as they are, anything else
    /// by its description, never as a dump of the error value.
    static func writeFailure(_ error: Error) {
        let message = (error as? SiteWriter.Failure)?.description ?? error.localizedDescription
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }

    /// The summary line: on standard output for human diagnostics, on standard error otherwise
    /// (standard output then holds only the machine-readable diagnostics).
    static func printSummary(_ line: String, format: DiagnosticOptions.Format) {
        let handle = format == .human ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data((line + "\n").utf8))
    }

    public static func summary(_ outcome: Pipeline.Outcome, seconds: Double, verb: String) -> String {
        let pages = outcome.languages.map { "\($0) \(outcome.pagesPerLanguage[$0] ?? 0)" }.joined(separator: ", ")
        let errors = outcome.diagnostics.errorCount
        let warnings = outcome.diagnostics.warningCount
        let milliseconds = Int((seconds * 1000).rounded())
        return "\(verb): pages \(pages); \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"); \(milliseconds) ms"
    }
}
