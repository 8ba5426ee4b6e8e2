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
    /// Walks the lines of the front matter only; the body is taken as one slice.
    public static func split(_ text: String, file: String) -> Result<SplitFile, Diagnostic> {
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        var lineStart = text.startIndex
        var lineNumber = 0
        var yamlStart: Substring.Index?
        while lineStart < text.endIndex || lineNumber == 0 {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[lineStart..<lineEnd].trimmingCarriageReturn()
            lineNumber += 1
            let next = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
            if lineNumber == 1 {
                guard line == "---" else {
                    return .failure(.error("frontmatter.missing", "the file does not start with front matter",
                                           at: .file(file),
                                           hint: "start the file with a line '---', the YAML fields (at least 'title:'), and another '---'"))
                }
                yamlStart = next
            } else if line == "---" {
                let yaml = text[yamlStart!..<lineStart].dropLast(lineStart > yamlStart! ? 1 : 0)
                return .success(SplitFile(yaml: String(yaml), yamlFirstLine: 2, body: String(text[next...]),
                                          bodyLineOffset: lineNumber))
            }
            if lineEnd == text.endIndex { break }
            lineStart = next
        }
        return .failure(.error("frontmatter.unterminated", "the front matter is never closed",
                               at: SourceLocation(file: file, line: 1, column: 1),
                               hint: "add a line '---' after the last front-matter field"))
    }
}

extension Substring {
    func trimmingCarriageReturn() -> Substring { last == "\r" ? dropLast() : self }
}
