import FolioModel

/// Compiles Mustache text into a `Template`, reporting the line and column of a problem.
/// Supports variables, `{{{ }}}` and `{{& }}`, sections, inverted sections, partials and
/// comments; a tag alone on its line takes the line with it ("standalone" tags).
enum TemplateParser {
    struct Failure: Error {
        var message: String
        var line: Int
        var column: Int
    }

    static func parse(_ text: String) throws -> Template {
        var parser = Scanner(text: Array(text.unicodeScalars))
        let nodes = try parser.readNodes(until: nil)
        return Template(nodes: nodes, names: parser.names)
    }

    private struct Scanner {
        let text: [Unicode.Scalar]
        var position = 0
        /// Sections open around the current position; parsing and rendering recurse per level.
        var depth = 0
        static let maximumDepth = 100
        /// The last place counted: tags are met in order, so counting goes on from there and a
        /// template with many partial tags is read once, not once per tag.
        private var counted = (index: 0, line: 1, column: 1)
        /// The name tags read so far, in order.
        var names: [Template.NameTag] = []

        init(text: [Unicode.Scalar]) { self.text = text }

        mutating func place(_ index: Int) -> (line: Int, column: Int) {
            let index = min(index, text.count)
            if index < counted.index { counted = (0, 1, 1) }
            var (line, column) = (counted.line, counted.column)
            for scalar in text[counted.index..<index] {
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            counted = (index, line, column)
            return (line, column)
        }

        mutating func fail(_ message: String, at index: Int) -> Failure {
            let (line, column) = place(index)
            return Failure(message: message, line: line, column: column)
        }

        func starts(_ string: String, at index: Int) -> Bool {
            var i = index
            for scalar in string.unicodeScalars {
                guard i < text.count, text[i] == scalar else { return false }
                i += 1
            }
            return true
        }

        /// Reads nodes up to the closing tag of `section` (or the end of the text).
        mutating func readNodes(until section: (name: String, start: Int)?) throws -> [Template.Node] {
            var nodes: [Template.Node] = []
            var pending = String.UnicodeScalarView()
            func flush() {
                if !pending.isEmpty { nodes.append(.text(Array(String(pending).utf8))) }
                pending = String.UnicodeScalarView()
            }
            while position < text.count {
                guard starts("{{", at: position) else {
                    pending.append(text[position])
                    position += 1
                    continue
                }
                let tagStart = position
                let triple = starts("{{{", at: position)
                let close = triple ? "}}}" : "}}"
                var end = position + (triple ? 3 : 2)
                // A tag ends at its own close: another {{ first means this one was left open.
                while end < text.count && !starts(close, at: end) && !starts("{{", at: end) { end += 1 }
                guard end < text.count, starts(close, at: end) else {
                    throw fail("this tag is never closed with \(close)", at: tagStart)
                }
                var content = String(String.UnicodeScalarView(text[(position + (triple ? 3 : 2))..<end]))
                let afterTag = end + close.unicodeScalars.count
                var sigil: Character = " "
                if triple {
                    sigil = "{"
                } else if let first = content.first, "#^/>!&".contains(first) {
                    sigil = first
                    content.removeFirst()
                }
                let name = content.trimmingWhitespace()
                // A section, close, partial or comment tag alone on its line removes that line.
                var resume = afterTag
                if "#^/>!".contains(sigil), let lineStart = standaloneStart(before: tagStart, pending: pending),
                   let lineEnd = standaloneEnd(after: afterTag) {
                    pending = String.UnicodeScalarView(pending.dropLast(tagStart - lineStart))
                    resume = lineEnd
                }
                flush()
                position = resume
                if "#^{& ".contains(sigil), case let path = Self.path(name), !path.isEmpty {
                    let (line, column) = place(tagStart)
                    names.append(Template.NameTag(path: path, line: line, column: column))
                }
                switch sigil {
                case "!":
                    continue
                case "#", "^":
                    guard depth < Self.maximumDepth else {
                        throw fail("sections are nested more than \(Self.maximumDepth) deep", at: tagStart)
                    }
                    depth += 1
                    let body = try readNodes(until: (name, tagStart))
                    depth -= 1
                    nodes.append(.section(path: Self.path(name), inverted: sigil == "^", body: body))
                case "/":
                    guard let section, section.name == name else {
                        throw fail(section.map { "{{/\(name)}} closes nothing: '\($0.name)' is open" }
                                   ?? "{{/\(name)}} closes a section that was never opened", at: tagStart)
                    }
                    return nodes
                case ">":
                    let (line, column) = place(tagStart)
                    nodes.append(.partial(name, line: line, column: column))
                case "{", "&":
                    nodes.append(.variable(path: Self.path(name), escaped: false))
                default:
                    nodes.append(.variable(path: Self.path(name), escaped: true))
                }
            }
            flush()
            if let section { throw fail("{{#\(section.name)}} is never closed", at: section.start) }
            return nodes
        }

        /// The start of the tag's line when only spaces stand before the tag on it.
        func standaloneStart(before index: Int, pending: String.UnicodeScalarView) -> Int? {
            var i = index - 1
            while i >= 0 && (text[i] == " " || text[i] == "\t") { i -= 1 }
            guard i < 0 || text[i] == "\n" else { return nil }
            let lineStart = i + 1
            return index - lineStart <= pending.count ? lineStart : nil
        }

        /// The start of the next line when only spaces follow the tag on its line.
        func standaloneEnd(after index: Int) -> Int? {
            var i = index
            while i < text.count && (text[i] == " " || text[i] == "\t" || text[i] == "\r") { i += 1 }
            if i == text.count { return i }
            return text[i] == "\n" ? i + 1 : nil
        }

        static func path(_ name: String) -> [String] {
            name == "." ? [] : name.split(separator: ".").map(String.init)
        }
    }
}

private extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while scalars.first?.isWhitespace == true { scalars.removeFirst() }
        while scalars.last?.isWhitespace == true { scalars.removeLast() }
        return String(scalars)
    }
}
