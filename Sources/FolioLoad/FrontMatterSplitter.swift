import FolioModel

/// Splits a content file into its YAML front matter and its Markdown body, keeping the line
/// numbers needed to point back into the file.
public struct SplitFile {
    public var yaml: String
    /// The file line of the first YAML line (2 when the file starts with `---`).
    public var yamlFirstLine: Int
    public var body: String
    /// Lines of the file before the body.
    public var bodyLineOffset: Int
}

public enum FrontMatterSplitter {
    public static func split(_ text: String, file: String) -> Result<SplitFile, Diagnostic> {
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCarriageReturn() == "---" else {
            return .failure(.error("frontmatter.missing", "the file does not start with front matter",
                                   at: .file(file),
                                   hint: "start the file with a line '---', the YAML fields (at least 'title:'), and another '---'"))
        }
        for index in 1..<lines.count where lines[index].trimmingCarriageReturn() == "---" {
            let yaml = lines[1..<index].joined(separator: "\n")
            let body = lines[(index + 1)...].joined(separator: "\n")
            return .success(SplitFile(yaml: yaml, yamlFirstLine: 2, body: body, bodyLineOffset: index + 1))
        }
        return .failure(.error("frontmatter.unterminated", "the front matter is never closed",
                               at: SourceLocation(file: file, line: 1, column: 1),
                               hint: "add a line '---' after the last front-matter field"))
    }
}

extension Substring {
    func trimmingCarriageReturn() -> Substring { last == "\r" ? dropLast() : self }
}
