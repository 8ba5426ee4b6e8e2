import Foundation

/// Prints diagnostics compiler-style: the headline, the source line and a caret under the column,
/// then the hint.
public struct DiagnosticFormatter {
    /// Returns the text of a line of a file (1-based), or nil when it cannot be read.
    public var sourceLine: (_ file: String, _ line: Int) -> String?

    public init(sourceLine: @escaping (_ file: String, _ line: Int) -> String?) {
        self.sourceLine = sourceLine
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var out = diagnostic.headline
        if let location = diagnostic.location, let text = sourceLine(location.file, location.line) {
            let line = text.replacingTabs()
            out += "\n    " + line
            let prefix = String(text.unicodeScalars.prefix(location.column - 1)).replacingTabs()
            out += "\n    " + String(repeating: " ", count: prefix.unicodeScalars.count) + "^"
        }
        if let hint = diagnostic.hint {
            out += "\n    hint: " + hint
        }
        return out
    }
}

private extension String {
    func replacingTabs() -> String { replacingOccurrences(of: "\t", with: "    ") }
}
