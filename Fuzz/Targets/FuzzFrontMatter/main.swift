@testable import FolioLoad
import FolioModel
import FuzzDriver
import Yams

runFuzzer(fuzzFrontMatter)

/// A content file: split into front matter and body, the front matter read as a page's fields.
/// Besides not crashing, the split must account for every line: the body is the file's end, and
/// the lines before it are the ones the body's line numbers are offset by.
func fuzzFrontMatter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let file = "content/en/page.md"
    switch FrontMatterSplitter.split(text, file: file) {
    case .failure(let problem):
        require(problem.location?.file == file, "a splitter error names the file")
    case .success(let split):
        let bytes = Array(text.utf8)
        let body = Array(split.body.utf8)
        require(bytes.count >= body.count && Array(bytes.suffix(body.count)) == body, "the body is the file's end")
        let before = bytes.dropLast(body.count)
        let newlines = before.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        require(newlines == split.bodyLineOffset || (body.isEmpty && newlines == split.bodyLineOffset - 1),
                     "the body's line offset counts the lines before it")
        let yaml = Array(split.yaml.utf8)
        require(yaml.isEmpty || before.starts(with: Array("---".utf8)) || before.starts(with: Array("\u{FEFF}---".utf8)))
        require(yaml.count <= before.count, "the front matter lies before the body")

        let source = YAMLSource(file: file, firstLine: split.yamlFirstLine)
        // Lines as YAML counts them: it also breaks lines at a lone CR, NEL, LS and PS. (A file with
        // lone CRs is the loader's to normalise, issue 13; until then its YAML errors count them.)
        let lines = lineCount(text)
        switch source.compose(split.yaml) {
        case .failure(let problem):
            if let location = problem.location, location.line > 0 {
                require(location.line <= lines + 1, "a YAML error points into the file: \(problem.message) at line \(location.line) of \(lines)")
            }
        case .success(let node):
            var diagnostics: [Diagnostic] = []
            _ = Fields(node, source: source, what: "the front matter", diagnostics: &diagnostics)
            for diagnostic in diagnostics {
                guard let location = diagnostic.location, location.line > 0 else { continue }
                require(location.line <= lines + 1, "a field error points into the file: \(diagnostic.message) at line \(location.line) of \(lines)")
            }
        }
    }
    return 0
}
