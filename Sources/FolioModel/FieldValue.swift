/// A decoded front-matter value of a declared field, typed by its `FieldSchema`.
public indirect enum FieldValue: Sendable {
    /// Text, strings, ids and enum values.
    case text(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case reference(RecordReference)
    case list([FieldValue])
    case figures([String: FigureValue])
    case tags([String: [Located<String>]])
    case representation(Representation)
    case counts([String: StatedCount])

    /// The references it holds (one, the items of a list, or none).
    public var references: [RecordReference] {
        switch self {
        case .reference(let reference): [reference]
        case .list(let items): items.flatMap(\.references)
        default: []
        }
    }
}

/// A typed reference from one record to another (`rec:pb1-2`, or a plain id of the field's kind).
public struct RecordReference: Sendable, Hashable {
    public var kind: PageKind
    public var id: String
    public var location: SourceLocation

    public init(kind: PageKind, id: String, location: SourceLocation) {
        self.kind = kind
        self.id = id
        self.location = location
    }

    public var located: Located<String> { Located(id, at: location) }
}

/// How many records of a kind a source states, and the line of the source that says so.
public struct StatedCount: Sendable, Equatable {
    public var value: Int
    public var line: Int?

    public init(value: Int, line: Int?) {
        self.value = value
        self.line = line
    }
}

/// The declared fields of one record.
public struct RecordFields: Sendable {
    public var values: [String: FieldValue] = [:]

    public init(_ values: [String: FieldValue] = [:]) { self.values = values }

    public subscript(name: String) -> FieldValue? {
        get { values[name] }
        set { values[name] = newValue }
    }

    public func text(_ name: String) -> String? {
        if case .text(let text)? = values[name] { return text }
        return nil
    }

    public func texts(_ name: String) -> [String] {
        guard case .list(let items)? = values[name] else { return [] }
        return items.compactMap { if case .text(let text) = $0 { text } else { nil } }
    }

    public func reference(_ name: String) -> RecordReference? {
        if case .reference(let reference)? = values[name] { return reference }
        return nil
    }

    public func references(_ name: String) -> [RecordReference] { values[name]?.references ?? [] }

    public func bool(_ name: String) -> Bool? {
        if case .boolean(let value)? = values[name] { return value }
        return nil
    }
}
