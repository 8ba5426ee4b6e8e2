import FolioModel
import Yams

/// The fields of a YAML mapping, each with the source it came from. A translation's fields are
/// merged over its original's, so one page's fields may come from two files.
public struct Fields {
    public struct Entry {
        public var key: Node
        public var value: Node
        public var source: YAMLSource
    }

    public private(set) var entries: [String: Entry] = [:]
    /// Where the mapping starts, for "missing field" errors.
    public var start: SourceLocation

    public init(start: SourceLocation) { self.start = start }

    /// Reads a mapping node; a non-mapping is reported.
    public init?(_ node: Node?, source: YAMLSource, what: String, diagnostics: inout [Diagnostic]) {
        self.start = node.map { source.location(of: $0) } ?? SourceLocation(file: source.file, line: source.firstLine, column: 1)
        guard let node else { return }
        guard let mapping = node.mapping else {
            diagnostics.append(.error("yaml.not-mapping", "\(what) must be a set of 'field: value' lines",
                                      at: source.location(of: node), hint: "write one 'name: value' per line"))
            return nil
        }
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                diagnostics.append(.error("yaml.key", "a field name must be plain text", at: source.location(of: key)))
                continue
            }
            entries[name] = Entry(key: key, value: value, source: source)
        }
    }

    public subscript(name: String) -> Entry? {
        get { entries[name] }
        set { entries[name] = newValue }
    }

    public var names: [String] { entries.keys.sorted() }

    /// Drops a field that a stage has read on its own.
    public mutating func remove(_ name: String) { entries[name] = nil }
}
