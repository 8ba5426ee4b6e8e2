import FolioModel
import Yams

/// A fast reader for the YAML that front matter and table blocks are almost always written in:
/// `name: value` lines, values that are plain or double-quoted text, `[a, "b"]` lists or
/// `{name: value}` mappings on one line, and below a `name:` line either indented `name: value`
/// lines (nested to any depth) or `- value` items, which may themselves be `- name: value`
/// fields. It builds the same nodes Yams would (text, tags, styles, lines and columns), without
/// libyaml's event stream, a resolver call per scalar or Yams' node-hashing duplicate check.
///
/// Comment lines are skipped. Anything else (comments after a value, single quotes, escapes,
/// text over several lines, nested lists on one line, repeated names, tabs, control characters)
/// makes it return nil,
/// and Yams reads the text, so its errors and its reading stay the reference. `SimpleYAMLTests`
/// compares the two on every form.
enum SimpleYAML {
    /// The nodes of `yaml`, or nil when it is outside the subset (or empty).
    static func compose(_ yaml: String, resolver: Resolver) -> Node? {
        guard MarkMaker.isAvailable else { return nil }
        var yaml = yaml
        return yaml.withUTF8 { bytes in
            var reader = Reader(bytes: bytes, resolver: resolver)
            return reader.document()
        }
    }

    private struct Line {
        /// 1-based, in the YAML text.
        let number: Int
        let start: Int
        let end: Int
        let indent: Int
        var content: Int { start + indent }
    }

    private struct Failure: Error {}

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let resolver: Resolver
        /// One per document, as Yams' parser has (`Constructor.default` builds a new one each time).
        let constructor = Constructor.default
        var lines: [Line] = []
        var next = 0

        init(bytes: UnsafeBufferPointer<UInt8>, resolver: Resolver) {
            self.bytes = bytes
            self.resolver = resolver
        }

        mutating func document() -> Node? {
            guard splitLines(), !lines.isEmpty, lines[0].indent == 0 else { return nil }
            let root = isItem(lines[0]) ? try? sequence(indent: 0) : try? mapping(indent: 0)
            guard let root, next == lines.count else { return nil }
            return root
        }

        /// Non-blank lines; false when a byte outside the subset's layout appears.
        private mutating func splitLines() -> Bool {
            var start = 0
            var number = 1
            while start <= bytes.count {
                var end = start
                var indent = 0
                var counting = true
                while end < bytes.count && bytes[end] != UInt8(ascii: "\n") {
                    let byte = bytes[end]
                    // Tabs, CR, other controls and the characters YAML reads as line breaks or refuses.
                    if byte < 0x20 || byte == 0x7F || (byte >= 0xC2 && isSpecial(at: end)) { return false }
                    if counting { if byte == UInt8(ascii: " ") { indent += 1 } else { counting = false } }
                    end += 1
                }
                if !counting {
                    let first = bytes[start + indent]
                    if first == UInt8(ascii: "%") { return false }
                    // A comment line is read as a blank one, as YAML does.
                    if first == UInt8(ascii: "#") { start = end + 1; number += 1; continue }
                    if indent == 0 && end - start >= 3 && (isRun(start, "---") || isRun(start, "...")) { return false }
                    lines.append(Line(number: number, start: start, end: end, indent: indent))
                }
                start = end + 1
                number += 1
            }
            return true
        }

        /// Whether a character YAML treats apart starts at `at` (a UTF-8 lead byte): C1 controls
        /// (NEL among them), the line and paragraph separators, the byte-order mark and the
        /// noncharacters U+FFFE and U+FFFF. libyaml refuses the controls and breaks lines at NEL, LS
        /// and PS, so a line or column of SimpleYAML's would differ from Yams'.
        private func isSpecial(at at: Int) -> Bool {
            let second = at + 1 < bytes.count ? bytes[at + 1] : 0
            let third = at + 2 < bytes.count ? bytes[at + 2] : 0
            switch bytes[at] {
            case 0xC2: return second >= 0x80 && second <= 0x9F
            case 0xE2: return second == 0x80 && (third == 0xA8 || third == 0xA9)
            case 0xEF: return (second == 0xBB && third == 0xBF) || (second == 0xBF && (third == 0xBE || third == 0xBF))
            default: return false
            }
        }

        private func isRun(_ at: Int, _ text: StaticString) -> Bool {
            let pattern = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
            return pattern.indices.allSatisfy { bytes[at + $0] == pattern[$0] }
        }

        /// `name: value` lines at `indent`, with their blocks.
        private mutating func mapping(indent: Int) throws -> Node {
            let first = lines[next]
            var pairs: [(Node, Node)] = []
            var names: Set<String> = []
            while next < lines.count, lines[next].indent == indent, !isItem(lines[next]) {
                let line = lines[next]
                next += 1
                let key: Node
                var position = line.content
                if bytes[position] == UInt8(ascii: "\"") {
                    // A quoted name: `"yes": …` (a plain yes would read as a boolean).
                    (key, position) = try quoted(line, from: position)
                } else {
                    while position < line.end, isNameByte(bytes[position]) { position += 1 }
                    key = scalar(text(line.content, position), quoted: false, line: line, at: line.content)
                }
                guard position > line.content, position < line.end, bytes[position] == UInt8(ascii: ":"),
                      let name = key.scalar?.string, names.insert(name).inserted else { throw Failure() }
                position += 1
                let valueStart = skipSpaces(position, line.end)
                if valueStart == line.end {
                    guard position == line.end || valueStart > position else { throw Failure() }
                    pairs.append((key, try block(below: indent)))
                } else {
                    guard valueStart > position else { throw Failure() }
                    pairs.append((key, try inline(line, from: valueStart)))
                }
                // A deeper line after an inline value would continue it: not in the subset.
                if next < lines.count, lines[next].indent > indent, valueStart != line.end { throw Failure() }
            }
            if next < lines.count, lines[next].indent > indent { throw Failure() }
            return .mapping(.init(pairs, Tag(.implicit, resolver, constructor), .block, MarkMaker.mark(first.number, first.indent + 1)))
        }

        /// What follows a `name:` line: indented fields, or `- ` items (indented or not).
        private mutating func block(below indent: Int) throws -> Node {
            guard next < lines.count else { throw Failure() }
            let line = lines[next]
            if isItem(line) && line.indent >= indent {
                return try sequence(indent: line.indent)
            }
            guard line.indent > indent else { throw Failure() }
            return try mapping(indent: line.indent)
        }

        private mutating func sequence(indent: Int) throws -> Node {
            let first = lines[next]
            var items: [Node] = []
            while next < lines.count, lines[next].indent == indent, isItem(lines[next]) {
                let line = lines[next]
                let itemStart = skipSpaces(line.content + 2, line.end)
                if startsField(line, at: itemStart) {
                    // `- name: value` and the lines aligned with `name` below it: a mapping item.
                    lines[next] = Line(number: line.number, start: line.start, end: line.end, indent: itemStart - line.start)
                    items.append(try mapping(indent: itemStart - line.start))
                    continue
                }
                next += 1
                items.append(try inline(line, from: itemStart))
                if next < lines.count, lines[next].indent > indent { throw Failure() }
            }
            return .sequence(.init(items, Tag(.implicit, resolver, constructor), .block, MarkMaker.mark(first.number, first.indent + 1)))
        }

        /// Whether a `name:` field starts at `position`.
        private func startsField(_ line: Line, at position: Int) -> Bool {
            var end = position
            while end < line.end, isNameByte(bytes[end]) { end += 1 }
            return end > position && end < line.end && bytes[end] == UInt8(ascii: ":")
                && (end + 1 == line.end || bytes[end + 1] == UInt8(ascii: " "))
        }

        private func isItem(_ line: Line) -> Bool {
            bytes[line.content] == UInt8(ascii: "-") && line.content + 1 < line.end && bytes[line.content + 1] == UInt8(ascii: " ")
        }

        /// A value on the rest of a line: a quoted or plain text, or a `[…]` list.
        private func inline(_ line: Line, from start: Int) throws -> Node {
            guard start < line.end else { throw Failure() }
            if bytes[start] == UInt8(ascii: "[") {
                var items: [Node] = []
                var position = skipSpaces(start + 1, line.end)
                if position < line.end && bytes[position] == UInt8(ascii: "]") {
                    position += 1
                } else {
                    while true {
                        let (item, end) = try flowItem(line, from: position)
                        items.append(item)
                        position = skipSpaces(end, line.end)
                        guard position < line.end else { throw Failure() }
                        if bytes[position] == UInt8(ascii: "]") { position += 1; break }
                        guard bytes[position] == UInt8(ascii: ",") else { throw Failure() }
                        position = skipSpaces(position + 1, line.end)
                    }
                }
                guard skipSpaces(position, line.end) == line.end else { throw Failure() }
                return .sequence(.init(items, Tag(.implicit, resolver, constructor), .flow, mark(line, start)))
            }
            if bytes[start] == UInt8(ascii: "{") {
                let (node, end) = try flowMapping(line, from: start)
                guard skipSpaces(end, line.end) == line.end else { throw Failure() }
                return node
            }
            if bytes[start] == UInt8(ascii: "\"") {
                let (node, end) = try quoted(line, from: start)
                guard skipSpaces(end, line.end) == line.end else { throw Failure() }
                return node
            }
            guard !isIndicator(bytes[start]) else { throw Failure() }
            var end = line.end
            while end > start && bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            guard bytes[end - 1] != UInt8(ascii: ":") else { throw Failure() }
            for position in start..<(end - 1) {
                let pair = (bytes[position], bytes[position + 1])
                if pair == (UInt8(ascii: ":"), UInt8(ascii: " ")) || pair == (UInt8(ascii: " "), UInt8(ascii: "#")) { throw Failure() }
            }
            return scalar(text(start, end), quoted: false, line: line, at: start)
        }

        /// `{name: value, …}` on one line, and the position after it.
        private func flowMapping(_ line: Line, from start: Int) throws -> (Node, Int) {
            var pairs: [(Node, Node)] = []
            var names: Set<String> = []
            var position = skipSpaces(start + 1, line.end)
            if position < line.end && bytes[position] == UInt8(ascii: "}") {
                position += 1
            } else {
                while true {
                    guard startsField(line, at: position) else { throw Failure() }
                    var colon = position
                    while bytes[colon] != UInt8(ascii: ":") { colon += 1 }
                    let name = text(position, colon)
                    guard names.insert(name).inserted else { throw Failure() }
                    let key = scalar(name, quoted: false, line: line, at: position)
                    let valueStart = skipSpaces(colon + 1, line.end)
                    guard valueStart > colon + 1 else { throw Failure() }
                    let (value, end) = try flowItem(line, from: valueStart)
                    pairs.append((key, value))
                    position = skipSpaces(end, line.end)
                    guard position < line.end else { throw Failure() }
                    if bytes[position] == UInt8(ascii: "}") { position += 1; break }
                    guard bytes[position] == UInt8(ascii: ",") else { throw Failure() }
                    position = skipSpaces(position + 1, line.end)
                }
            }
            return (.mapping(.init(pairs, Tag(.implicit, resolver, constructor), .flow, mark(line, start))), position)
        }

        /// One item of a `[…]` list or value of a `{…}` mapping, and where it ends.
        private func flowItem(_ line: Line, from start: Int) throws -> (Node, Int) {
            guard start < line.end else { throw Failure() }
            if bytes[start] == UInt8(ascii: "\"") { return try quoted(line, from: start) }
            guard !isIndicator(bytes[start]) else { throw Failure() }
            var end = start
            while end < line.end, bytes[end] != UInt8(ascii: ","), bytes[end] != UInt8(ascii: "]"), bytes[end] != UInt8(ascii: "}") {
                switch bytes[end] {
                case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "#"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                    throw Failure()
                case UInt8(ascii: ":") where end + 1 < line.end && bytes[end + 1] == UInt8(ascii: " "):
                    throw Failure()
                default: end += 1
                }
            }
            var last = end
            while last > start && bytes[last - 1] == UInt8(ascii: " ") { last -= 1 }
            guard last > start, bytes[last - 1] != UInt8(ascii: ":") else { throw Failure() }
            return (scalar(text(start, last), quoted: false, line: line, at: start), end)
        }

        /// `"…"` without escapes; returns the node and the position after the closing quote.
        private func quoted(_ line: Line, from start: Int) throws -> (Node, Int) {
            var end = start + 1
            while end < line.end && bytes[end] != UInt8(ascii: "\"") {
                if bytes[end] == UInt8(ascii: "\\") { throw Failure() }
                end += 1
            }
            guard end < line.end else { throw Failure() }
            return (scalar(text(start + 1, end), quoted: true, line: line, at: start), end + 1)
        }

        private func scalar(_ string: String, quoted: Bool, line: Line, at position: Int) -> Node {
            .scalar(.init(string, Tag(quoted ? .str : .implicit, resolver, constructor),
                          quoted ? .doubleQuoted : .plain, mark(line, position)))
        }

        /// Yams' mark for a byte position: the line, and the column in Unicode scalars (1-based).
        private func mark(_ line: Line, _ position: Int) -> Mark {
            MarkMaker.mark(line.number, 1 + TextSearch.scalarCount(bytes[line.start..<position]))
        }

        private func text(_ start: Int, _ end: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }

        private func skipSpaces(_ from: Int, _ end: Int) -> Int {
            var position = from
            while position < end && bytes[position] == UInt8(ascii: " ") { position += 1 }
            return position
        }

        private func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ".")
        }

        /// Characters that start something other than plain text in YAML.
        private func isIndicator(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
                 UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
                 UInt8(ascii: "`"), UInt8(ascii: " "):
                return true
            default:
                return false
            }
        }
    }
}

/// Yams gives `Mark` (a node's line and column) no public initialiser. Its layout is two `Int`s;
/// marks are made with that layout only after checking, once, that a mark made so equals the
/// one Yams itself reports for a known position. If it ever does not, `SimpleYAML` stands aside.
enum MarkMaker {
    private struct Layout {
        let line: Int
        let column: Int
    }

    static func mark(_ line: Int, _ column: Int) -> Mark {
        unsafeBitCast(Layout(line: line, column: column), to: Mark.self)
    }

    static let isAvailable: Bool = {
        guard MemoryLayout<Mark>.size == MemoryLayout<Layout>.size,
              MemoryLayout<Mark>.alignment == MemoryLayout<Layout>.alignment,
              let node = try? Yams.compose(yaml: "a:\n  bc: d\n"),
              let inner = node.mapping?.first?.value.mapping?.first, let mark = inner.value.mark else { return false }
        let made = MarkMaker.mark(2, 7)
        return mark.line == made.line && mark.column == made.column && mark.line == 2 && mark.column == 7
    }()
}
