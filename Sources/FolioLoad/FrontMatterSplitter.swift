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
    /// Walks the lines of the front matter only, over UTF-8 (a line ends at a newline byte, and
    /// the markers are ASCII); the body is taken as one slice.
    public static func split(_ text: String, file: String) -> Result<SplitFile, Diagnostic> {
        let utf8 = text.utf8
        var start = utf8.startIndex
        if text.hasPrefix("\u{FEFF}") { start = utf8.index(start, offsetBy: 3) }
        var lineStart = start
        var lineNumber = 0
        var yamlStart = start
        while lineStart < utf8.endIndex || lineNumber == 0 {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let isMarker = isDashes(utf8[lineStart..<lineEnd])
            lineNumber += 1
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : utf8.endIndex
            if lineNumber == 1 {
                guard isMarker else {
                    return .failure(.error("frontmatter.missing", "the file does not start with front matter",
                                           at: .file(file),
                                           hint: "start the file with a line '---', the YAML fields (at least 'title:'), and another '---'"))
                }
                yamlStart = next
            } else if isMarker {
                // The YAML ends before the line break (CR LF or LF) that precedes the marker.
                var yamlEnd = lineStart > yamlStart ? utf8.index(before: lineStart) : lineStart
                if yamlEnd > yamlStart, utf8[utf8.index(before: yamlEnd)] == UInt8(ascii: "\r") {
                    yamlEnd = utf8.index(before: yamlEnd)
                }
                return .success(SplitFile(yaml: String(text[yamlStart..<yamlEnd]), yamlFirstLine: 2,
                                          body: String(text[next...]), bodyLineOffset: lineNumber))
            }
            if lineEnd == utf8.endIndex { break }
            lineStart = next
        }
        return .failure(.error("frontmatter.unterminated", "the front matter is never closed",
                               at: SourceLocation(file: file, line: 1, column: 1),
                               hint: "add a line '---' after the last front-matter field"))
    }

    /// A line that is `---`, with or without a carriage return.
    private static func isDashes(_ line: Substring.UTF8View) -> Bool {
        var line = line
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        return line.elementsEqual("---".utf8)
    }
}
