import Foundation
import FolioLoad
import FolioModel
import FolioWrite

/// Prints diagnostics (compiler style, sorted) and the summary line to standard error.
public enum Report {
    static func print(_ diagnostics: Diagnostics, root: URL) {
        for text in formatted(diagnostics, root: root) {
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }

    /// Each diagnostic as the CLI prints it (headline, source line, caret, hint), sorted; `folio
    /// serve` shows the same text in its error overlay.
    public static func formatted(_ diagnostics: Diagnostics, root: URL) -> [String] {
        var cache: [String: [Substring]] = [:]
        let files = ProjectFiles(root: root)
        let formatter = DiagnosticFormatter { file, line in
            if cache[file] == nil {
                // The text as the build read it, so lines and columns match (CRLF, CR, BOM).
                // A file that cannot be read (or a folder) shows no source line.
                cache[file] = (try? files.text(file).get())?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
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

    public static func summary(_ outcome: Pipeline.Outcome, seconds: Double, verb: String) -> String {
        let pages = outcome.languages.map { "\($0) \(outcome.pagesPerLanguage[$0] ?? 0)" }.joined(separator: ", ")
        let errors = outcome.diagnostics.errorCount
        let warnings = outcome.diagnostics.warningCount
        let milliseconds = Int((seconds * 1000).rounded())
        return "\(verb): pages \(pages); \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"); \(milliseconds) ms"
    }
}
