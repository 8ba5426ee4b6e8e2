import FolioModel

/// Checks a translated page's text against its language's termbase: a form the termbase says to
/// avoid, or a key term left in English where the termbase gives a translation, is a warning at
/// its line and column. Front-matter names, link targets, inline code, heading ids and the ids
/// inside table blocks are not text and are not checked.
public struct TermbaseCheck {
    private struct Form {
        var scalars: [Unicode.Scalar]
        var text: String
        var entry: Int
    }

    private let termbase: Termbase
    private let termbaseFile: String
    private let avoided: [Form]
    private let english: [Form]
    private let preferred: [Form]

    public init(_ termbase: Termbase, file: String) {
        self.termbase = termbase
        self.termbaseFile = file
        func forms(_ keyPath: KeyPath<Termbase.Entry, [String]>) -> [Form] {
            termbase.entries.enumerated().flatMap { index, entry in
                entry[keyPath: keyPath].map { Form(scalars: Self.folded($0), text: $0, entry: index) }
            }.filter { !$0.scalars.isEmpty }
        }
        let preferred = forms(\.preferred)
        self.preferred = preferred
        self.avoided = forms(\.avoid)
        // An English form that is also a preferred one (a kept acronym) is never a warning.
        self.english = forms(\.english).filter { form in !preferred.contains { $0.scalars == form.scalars } }
    }

    /// The warnings for one translated page, `text` being the whole file.
    public func check(_ text: String, file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var mask = LineMask()
        for (index, line) in lines.enumerated() {
            let scalars = Self.folded(String(line))
            let checked = mask.checkedScalars(of: Array(line.unicodeScalars), lineIndex: index)
            let kept = Self.occurrences(of: preferred, in: scalars, checked: checked)
            for (form, start) in Self.occurrences(of: avoided, in: scalars, checked: checked) {
                let entry = termbase.entries[form.entry]
                diagnostics.append(.warning(
                    "translation.term-avoided", "'\(form.text)' is a form the termbase avoids for '\(entry.id)'",
                    at: SourceLocation(file: file, line: index + 1, column: start + 1),
                    hint: "write \(Self.quoted(entry.preferred)) (\(termbaseFile):\(entry.location.line))"))
            }
            for (form, start) in Self.occurrences(of: english, in: scalars, checked: checked)
            where !kept.contains(where: { $0.start <= start && start + form.scalars.count <= $0.start + $0.form.scalars.count }) {
                let entry = termbase.entries[form.entry]
                diagnostics.append(.warning(
                    "translation.term-english", "'\(form.text)' is left in English",
                    at: SourceLocation(file: file, line: index + 1, column: start + 1),
                    hint: "the termbase gives \(Self.quoted(entry.preferred)) (\(termbaseFile):\(entry.location.line))"))
            }
        }
        return diagnostics
    }

    private static func quoted(_ forms: [String]) -> String {
        forms.map { "'\($0)'" }.joined(separator: " or ")
    }

    /// Where each form occurs as whole words in checked text, case-insensitively.
    private static func occurrences(of forms: [Form], in line: [Unicode.Scalar], checked: [Bool]) -> [(form: Form, start: Int)] {
        var found: [(form: Form, start: Int)] = []
        for form in forms where form.scalars.count <= line.count {
            let first = form.scalars[0]
            var start = 0
            while start + form.scalars.count <= line.count {
                defer { start += 1 }
                guard line[start] == first, line[start..<start + form.scalars.count].elementsEqual(form.scalars) else { continue }
                let end = start + form.scalars.count
                guard (start == 0 || !isWordScalar(line[start - 1])) && (end == line.count || !isWordScalar(line[end])),
                      checked[start..<end].allSatisfy({ $0 }) else { continue }
                found.append((form, start))
            }
        }
        return found
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Lowercased scalar by scalar, so that indices stay those of the line (a scalar whose
    /// lowercase is several scalars is kept as it is).
    static func folded(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.map { scalar in
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            return lower.count == 1 ? lower.first! : scalar
        }
    }
}

/// Which characters of a page's lines are text to check: it follows the front matter and fenced
/// blocks from line to line.
private struct LineMask {
    private enum Region { case start, frontMatter, body, fence }
    private var region = Region.start
    /// Fields of a table block whose values are ids, not text.
    private static let idFields: Set<String> = ["id", "figures", "towns", "show", "header_column"]

    mutating func checkedScalars(of line: [Unicode.Scalar], lineIndex: Int) -> [Bool] {
        var checked = [Bool](repeating: true, count: line.count)
        let text = String(String.UnicodeScalarView(line))
        switch region {
        case .start:
            region = text == "---" ? .frontMatter : .body
            if region == .frontMatter { return [Bool](repeating: false, count: line.count) }
        case .frontMatter:
            if text == "---" { region = .body; return checked }
            return Self.maskingKey(of: line, text: text, &checked, skipping: ["source_hash"])
        case .fence:
            if text.hasPrefix("```") { region = .body; return [Bool](repeating: false, count: line.count) }
            return Self.maskingKey(of: line, text: text, &checked, skipping: Self.idFields)
        case .body:
            break
        }
        if text.hasPrefix("```") {
            region = .fence
            return [Bool](repeating: false, count: line.count)
        }
        Self.maskMarkup(line, &checked)
        return checked
    }

    /// Unchecks a `name:` at the start of a YAML line, and the whole line for the given names.
    private static func maskingKey(of line: [Unicode.Scalar], text: String, _ checked: inout [Bool],
                                   skipping names: Set<String>) -> [Bool] {
        let indent = line.prefix { $0 == " " || $0 == "-" }.count
        guard let colon = line[indent...].firstIndex(of: ":") else {
            maskMarkup(line, &checked)
            return checked
        }
        let name = String(String.UnicodeScalarView(line[indent..<colon]))
        if names.contains(name) { return [Bool](repeating: false, count: line.count) }
        if name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "_" || $0 == "-" }) {
            for index in 0...colon { checked[index] = false }
        }
        maskMarkup(line, &checked)
        return checked
    }

    /// Quotation marks and the marks that close them: quoted or italic English is a quotation or
    /// a title (the name of a project, a report), kept in English on purpose.
    private static let quotes: [Unicode.Scalar: Unicode.Scalar] = ["«": "»", "“": "”", "„": "“", "‘": "’"]

    /// Unchecks link targets `](…)`, autolinks `<…>`, inline code, heading ids `{#…}`, and
    /// quotations and italics (`*…*`, `_…_`).
    private static func maskMarkup(_ line: [Unicode.Scalar], _ checked: inout [Bool]) {
        var index = 0
        func mask(until end: Unicode.Scalar, from start: Int) -> Int {
            var cursor = start
            while cursor < line.count && line[cursor] != end { checked[cursor] = false; cursor += 1 }
            if cursor < line.count { checked[cursor] = false }
            return cursor + 1
        }
        while index < line.count {
            switch line[index] {
            case "]" where index + 1 < line.count && line[index + 1] == "(":
                checked[index] = false
                index = mask(until: ")", from: index + 1)
            case "`":
                checked[index] = false
                index = mask(until: "`", from: index + 1)
            case "<" where index + 1 < line.count && line[index + 1].properties.isAlphabetic:
                index = mask(until: ">", from: index)
            case "{" where index + 1 < line.count && line[index + 1] == "#":
                index = mask(until: "}", from: index)
            case "*" where index + 1 < line.count && line[index + 1] == "*":
                index += 2
            case "*":
                checked[index] = false
                index = mask(until: "*", from: index + 1)
            case "_" where index == 0 || !line[index - 1].properties.isAlphabetic:
                checked[index] = false
                index = mask(until: "_", from: index + 1)
            case let mark where quotes[mark] != nil:
                index = mask(until: quotes[mark]!, from: index + 1)
            default:
                index += 1
            }
        }
    }
}
