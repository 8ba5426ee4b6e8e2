import FolioModel
import Yams

/// A YAML text and where it sits in its file, so that every node's mark becomes a file location.
public struct YAMLSource: Sendable {
    public var file: String
    /// The file line of the YAML's first line.
    public var firstLine: Int
    /// Added to columns on every line (for YAML indented inside another block).
    public var columnOffset: Int

    public init(file: String, firstLine: Int = 1, columnOffset: Int = 0) {
        self.file = file
        self.firstLine = firstLine
        self.columnOffset = columnOffset
    }

    public func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return .file(file) }
        return location(of: mark)
    }

    func location(of mark: Mark) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + firstLine - 1, column: mark.column + columnOffset)
    }

    /// Tags plain scalars as booleans where they read as one and as strings otherwise: the
    /// readers parse numbers from the text themselves, and only `Node.bool` looks at the tag.
    /// (Yams' default resolver runs up to seven regular expressions on every scalar.)
    static let resolver = Resolver.basic.appending(.bool)

    /// Composes the YAML into a node tree, or reports why it cannot be read. The common, simple
    /// forms are read by `SimpleYAML`; everything else, and every error, by Yams.
    public func compose(_ yaml: String) -> Result<Node?, Diagnostic> {
        if let node = SimpleYAML.compose(yaml, resolver: Self.resolver) { return .success(node) }
        do {
            return .success(try Yams.compose(yaml: yaml, Self.resolver, .default, .utf8))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error))
        } catch {
            return .failure(.error("yaml.invalid", "cannot read the YAML: \(error)", at: .file(file)))
        }
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        let hint = "check the indentation, and put text containing ': ' or starting with a special character in quotes"
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return .error("yaml.invalid", "malformed YAML: \(detail)", at: location(of: mark), hint: hint)
        case let .reader(problem, offset?, _, yaml):
            // The reader (e.g. a control character) gives a character offset, not a mark.
            let before = yaml.prefix(offset)
            let line = before.reduce(1) { $1.isNewline ? $0 + 1 : $0 }
            let column = before.reversed().prefix { !$0.isNewline }.reduce(1) { $0 + $1.unicodeScalars.count }
            return .error("yaml.invalid", "malformed YAML: \(problem)",
                          at: SourceLocation(file: file, line: line + firstLine - 1, column: column + columnOffset),
                          hint: "remove the control character; write it as an escape in double quotes (\"\\t\") if it is meant")
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error("yaml.duplicate-key", "the field '\(duplicates.sorted().joined(separator: "', '"))' is written twice",
                          at: location(of: context.mark), hint: "keep one of them")
        default:
            return .error("yaml.invalid", "malformed YAML: \(error)", at: .file(file), hint: hint)
        }
    }
}
