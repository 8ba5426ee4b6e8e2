import Foundation
import FolioModel

/// Diagnostics for CI systems and tools: GitHub Actions workflow commands and JSON.
enum MachineDiagnostics {
    /// One `::error`, `::warning` or `::notice` line per diagnostic. `prefix` is the site root as given on the
    /// command line ("" for the current folder), so that paths are relative to the repository.
    static func github(_ diagnostics: [Diagnostic], prefix: String) -> String {
        diagnostics.map { diagnostic in
            var properties: [String] = []
            if let location = diagnostic.location {
                properties += ["file=\(property(prefix + location.file))", "line=\(location.line)", "col=\(location.column)"]
            }
            properties.append("title=\(property(title(of: diagnostic)))")
            var text = diagnostic.message
            if let hint = diagnostic.hint { text += "\nhint: \(hint)" }
            let command = diagnostic.severity == .note ? "notice" : diagnostic.severity.rawValue
            return "::\(command) \(properties.joined(separator: ","))::\(data(text))\n"
        }.joined()
    }

    /// `F101 unknown-reference`, or the dotted code for one missing from the registry.
    static func title(of diagnostic: Diagnostic) -> String {
        DiagnosticCatalog.entry(for: diagnostic.code).map { "\($0.number) \($0.name)" } ?? diagnostic.code
    }

    /// GitHub's escaping of a command's message.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// GitHub's escaping of a property value: the message's, and `:` and `,`.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    private struct Entry: Encodable {
        var file: String?
        var line: Int?
        var column: Int?
        var severity: String
        var code: String
        var number: String?
        var name: String?
        var message: String
        var hint: String?

        enum CodingKeys: String, CodingKey {
            case file, line, column, severity, code, number, name, message, hint
        }

        /// Every key, with null for what a diagnostic lacks, so readers see one shape.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(severity, forKey: .severity)
            try container.encode(code, forKey: .code)
            try container.encode(number, forKey: .number)
            try container.encode(name, forKey: .name)
            try container.encode(message, forKey: .message)
            try container.encode(hint, forKey: .hint)
        }
    }

    /// One JSON array, an object per diagnostic (keys sorted; absent values are null).
    static func json(_ diagnostics: [Diagnostic], prefix: String) -> String {
        let entries = diagnostics.map { diagnostic in
            let registered = DiagnosticCatalog.entry(for: diagnostic.code)
            return Entry(file: diagnostic.location.map { prefix + $0.file }, line: diagnostic.location?.line,
                         column: diagnostic.location?.column, severity: diagnostic.severity.rawValue,
                         code: diagnostic.code, number: registered?.number, name: registered?.name,
                         message: diagnostic.message, hint: diagnostic.hint)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
