import Foundation

/// Prints diagnostics compiler-style: the headline, the source line and a caret under the column,
/// then the hint. With `colour`, the place, severity, message and caret are coloured (ANSI).
public struct DiagnosticFormatter {
    /// Returns the text of a line of a file (1-based), or nil when it cannot be read.
    public var sourceLine: (_ file: String, _ line: Int) -> String?
    /// ANSI colours, for a terminal only.
    public var colour: Bool

    public init(colour: Bool = false, sourceLine: @escaping (_ file: String, _ line: Int) -> String?) {
        self.colour = colour
        self.sourceLine = sourceLine
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var out = colour ? colouredHeadline(diagnostic) : diagnostic.headline
        if let location = diagnostic.location, let text = sourceLine(location.file, location.line) {
            let line = text.replacingTabs()
            out += "\n    " + line
            let prefix = String(text.unicodeScalars.prefix(location.column - 1)).replacingTabs()
            out += "\n    " + String(repeating: " ", count: prefix.unicodeScalars.count) + paint("^", "1;32")
        }
        if let hint = diagnostic.hint {
            out += "\n    hint: " + hint
        }
        return out
    }

    private func colouredHeadline(_ diagnostic: Diagnostic) -> String {
        let place = diagnostic.location.map { paint("\($0):", "1") + " " } ?? ""
        let severity = paint("\(diagnostic.severity.rawValue):", Self.colours[diagnostic.severity]!)
        return "\(place)\(severity) \(paint(diagnostic.message, "1"))"
    }

    private static let colours: [Diagnostic.Severity: String] = [.error: "1;31", .warning: "1;35", .note: "1;36"]

    private func paint(_ text: String, _ style: String) -> String {
        colour ? "\u{1B}[\(style)m\(text)\u{1B}[0m" : text
    }
}

private extension String {
    func replacingTabs() -> String { replacingOccurrences(of: "\t", with: "    ") }
}
