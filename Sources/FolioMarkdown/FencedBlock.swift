import FolioModel

/// The content of a ` ```table ` or ` ```towns ` block, decoded by the Load stage (which knows YAML)
/// and handed back to the Markdown layer, which parses the cells as Markdown.
public enum FencedBlock: Sendable {
    case table(WrittenTable)
    case towns(id: String, caption: String, spec: TownTableSpec, notes: [String])
}

/// A table written out in a ` ```table ` block. Cells, caption and notes are inline Markdown.
public struct WrittenTable: Sendable {
    public var id: String
    public var caption: String
    public var columns: [String]
    public var rows: [[String]]
    public var notes: [String]
    public var headerColumn: Bool

    public init(id: String, caption: String, columns: [String], rows: [[String]], notes: [String], headerColumn: Bool) {
        self.id = id
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.notes = notes
        self.headerColumn = headerColumn
    }
}

/// Decodes the body of a fenced block whose info word names a Folio block.
/// Arguments: the info word, the block's text, and the location of its first line of content.
public typealias FencedBlockDecoder = (_ info: String, _ literal: String, _ location: SourceLocation)
    -> (block: FencedBlock?, diagnostics: [Diagnostic])
