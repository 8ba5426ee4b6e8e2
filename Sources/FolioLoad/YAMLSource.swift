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

    /// Where the character `offset` characters into `yaml` stands in the file.
    func location(ofCharacter offset: Int, in yaml: String) -> SourceLocation {
        let end = yaml.index(yaml.startIndex, offsetBy: offset, limitedBy: yaml.endIndex) ?? yaml.endIndex
        var line = 1
        var lineStart = yaml.startIndex
        var index = yaml.startIndex
        while index < end {
            let next = yaml.index(after: index)
            if yaml[index] == "\n" || yaml[index] == "\r\n" { line += 1; lineStart = next }
            index = next
        }
        let column = yaml.unicodeScalars[lineStart..<end].count + 1
        return SourceLocation(file: file, line: line + firstLine - 1, column: column + columnOffset)
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        let hint = "check the indentation, and put text containing ': ' or starting with a special character in quotes"
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return .error("yaml.invalid", "malformed YAML: \(detail)", at: location(of: mark), hint: hint)
        case let .reader(problem, offset, value, yaml):
            // libyaml's reader (control characters, broken encodings) gives no mark, only an offset
            // in characters.
            let hex = String(value, radix: 16, uppercase: true)
            let character = value >= 0 ? " (U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ")" : ""
            return .error("yaml.invalid", "malformed YAML: \(problem)\(character)",
                          at: offset.map { location(ofCharacter: $0, in: yaml) } ?? .file(file),
                          hint: "remove the character: most editors do not show it")
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error("yaml.duplicate-key", "the field '\(duplicates.sorted().joined(separator: "', '"))' is written twice",
                          at: location(of: context.mark), hint: "keep one of them")
        default:
            return .error("yaml.invalid", "malformed YAML: \(error)", at: .file(file), hint: hint)
        }
    }
}
