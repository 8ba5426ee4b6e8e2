import FolioModel
import Yams

/// Reads typed values out of `Fields`, reporting wrong types at the value and, at the end, every
/// field nobody asked for ("unknown field 'fit_best' (did you mean 'fits_best'?)").
public struct FieldReader {
    public private(set) var fields: Fields
    public private(set) var diagnostics: [Diagnostic] = []
    private var asked: Set<String> = []
    /// Names for messages: "front matter", "table".
    private let context: String
    /// Applied to every text read (typographic quotes in the page's language).
    public var typography: ((String) -> String)?

    public init(_ fields: Fields, context: String = "front matter", typography: ((String) -> String)? = nil) {
        self.fields = fields
        self.context = context
        self.typography = typography
    }

    public mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// The raw node of a field, marking it as known.
    public mutating func entry(_ name: String) -> Fields.Entry? {
        asked.insert(name)
        return fields[name]
    }

    private mutating func missing(_ name: String, _ hint: String) {
        diagnostics.append(.error("field.missing", "the required field '\(name)' is missing",
                                  at: fields.start, hint: hint))
    }

    private mutating func wrongType(_ entry: Fields.Entry, _ name: String, expected: String) {
        diagnostics.append(.error("field.type", "'\(name)' must be \(expected)",
                                  at: entry.source.location(of: entry.value), hint: nil))
    }

    /// A text value; numbers and booleans are read as written.
    public mutating func text(_ name: String, required: Bool = false) -> String? {
        guard let entry = entry(name) else {
            if required { missing(name, "add '\(name): …'") }
            return nil
        }
        guard let scalar = entry.value.scalar else {
            wrongType(entry, name, expected: "text")
            return nil
        }
        let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        if required && (isNull || scalar.string.allSatisfy(\.isWhitespace)) {
            diagnostics.append(.error("field.empty", "the required field '\(name)' is empty",
                                      at: entry.source.location(of: entry.value), hint: "write its text after '\(name):'"))
            return nil
        }
        if scalar.string.isEmpty && scalar.style == .plain { return nil }
        guard accepts(scalar.string, entry.value, entry.source, name) else { return nil }
        return typography.map { $0(scalar.string) } ?? scalar.string
    }

    /// False, with an error at the value, when a text carries a control or bidirectional-override
    /// character (see `ControlCharacters`).
    private mutating func accepts(_ text: String, _ node: Node, _ source: YAMLSource, _ name: String) -> Bool {
        guard let found = ControlCharacters.first(in: text) else { return true }
        let code = "U+" + String(found.value, radix: 16, uppercase: true).leftPadded(to: 4)
        diagnostics.append(.error("field.control-character", "'\(name)' contains the invisible control character \(code)",
                                  at: source.location(of: node),
                                  hint: "remove it: control characters and bidirectional overrides are never published"))
        return false
    }

    public mutating func int(_ name: String, required: Bool = false) -> Int? {
        guard let entry = entry(name) else {
            if required { missing(name, "add '\(name): 10'") }
            return nil
        }
        guard let value = entry.value.int else {
            wrongType(entry, name, expected: "a whole number")
            return nil
        }
        return value
    }

    public mutating func bool(_ name: String) -> Bool? {
        guard let entry = entry(name) else { return nil }
        guard let value = entry.value.bool else {
            wrongType(entry, name, expected: "true or false")
            return nil
        }
        return value
    }

    /// An id (a-z, 0-9, -), with where it was written.
    public mutating func id(_ name: String, required: Bool = false) -> Located<String>? {
        guard let entry = entry(name) else {
            if required { missing(name, "add '\(name): some-id'") }
            return nil
        }
        return Self.id(entry.value, source: entry.source, field: name, diagnostics: &diagnostics)
    }

    /// A list of ids; a single id is accepted as a list of one.
    public mutating func ids(_ name: String) -> [Located<String>] {
        guard let entry = entry(name) else { return [] }
        let items = entry.value.sequence.map(Array.init) ?? [entry.value]
        return items.compactMap { Self.id($0, source: entry.source, field: name, diagnostics: &diagnostics) }
    }

    /// A list of texts; `single` accepts one text as a list of one (a name for `authors`), which
    /// a list that is usually long (`questions`) refuses, as a likely slip.
    public mutating func texts(_ name: String, single: Bool = true) -> [String] {
        guard let entry = entry(name) else { return [] }
        guard let sequence = entry.value.sequence else {
            if single, let text = entry.value.scalar?.string { return [text] }
            wrongType(entry, name, expected: "a list, written [a, b] or as '- a' lines")
            return []
        }
        var out: [String] = []
        for item in sequence {
            if let text = item.scalar?.string {
                guard accepts(text, item, entry.source, name) else { continue }
                out.append(typography.map { $0(text) } ?? text)
            } else {
                diagnostics.append(.error("field.type", "every item of '\(name)' must be text",
                                          at: entry.source.location(of: item)))
            }
        }
        return out
    }

    /// A nested mapping, as fields of its own.
    public mutating func mapping(_ name: String) -> Fields? {
        guard let entry = entry(name) else { return nil }
        return Fields(entry.value, source: entry.source, what: "'\(name)'", diagnostics: &diagnostics)
    }

    static func id(_ node: Node, source: YAMLSource, field: String, diagnostics: inout [Diagnostic]) -> Located<String>? {
        let location = source.location(of: node)
        guard let text = node.scalar?.string else {
            diagnostics.append(.error("field.type", "'\(field)' must be an id", at: location, hint: Identifier.rule))
            return nil
        }
        guard Identifier.isValid(text) else {
            diagnostics.append(.error("id.invalid", "'\(text)' is not a valid id", at: location, hint: Identifier.hint(for: text)))
            return nil
        }
        return Located(text, at: location)
    }

    /// Reports every field that was never asked for, suggesting the nearest known name.
    public mutating func finish() -> [Diagnostic] {
        for name in fields.names where !asked.contains(name) {
            let entry = fields[name]!
            let suggestion = NearestName.suggestion(for: name, among: asked)
            diagnostics.append(.error("field.unknown", "unknown field '\(name)' in the \(context)\(suggestion)",
                                      at: entry.source.location(of: entry.key),
                                      hint: "the known fields are: \(asked.sorted().joined(separator: ", "))"))
        }
        return diagnostics
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
