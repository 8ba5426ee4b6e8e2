import FolioMarkdown

/// A Mustache template compiled once into a tree: text (as UTF-8), variables, sections, inverted
/// sections and partials. Rendering appends bytes to one buffer and looks values up in
/// dictionaries (see BENCHMARKS.md for why Folio does this itself).
struct Template: Sendable {
    indirect enum Node: Sendable {
        case text([UInt8])
        /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (as is).
        case variable(path: [String], escaped: Bool)
        /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
        case section(path: [String], inverted: Bool, body: [Node])
        /// `{{> name}}`, and where the tag stands (for a cycle's error).
        case partial(String, line: Int, column: Int)
    }

    let nodes: [Node]
    /// Every variable, section and inverted-section tag in the order they stand, with the place of
    /// its `{{`, for the check of the names a template uses (`TemplateNameCheck`).
    var names: [NameTag] = []

    struct NameTag: Sendable {
        /// The dotted name, split (`record.town` → `["record", "town"]`); never empty (`{{.}}` is not listed).
        var path: [String]
        var line: Int
        var column: Int
    }
}

/// Renders compiled templates against view models. Lookups climb the context stack, as in Mustache.
struct TemplateRenderer {
    let templates: [String: Template]
    /// Collects the keys of every model rendered, when set (see `ViewModelKeyLog`).
    var keyLog: ViewModelKeyLog?

    /// A context frame: the value, and its named values when it has them.
    private struct Frame {
        let value: ViewValue
        let names: ViewModel?

        init(_ value: ViewValue) {
            self.value = value
            if case .map(let names) = value { self.names = names } else { self.names = nil }
        }
    }

    func render(_ name: String, _ model: ViewModel, below: ViewModel? = nil) -> String {
        String(decoding: renderBytes(name, model, below: below), as: UTF8.self)
    }

    /// The rendering as UTF-8, ready to be written; `capacity`: the bytes to reserve up front.
    func renderBytes(_ name: String, _ model: ViewModel, below: ViewModel? = nil, capacity: Int = 32_768) -> [UInt8] {
        guard let template = templates[name] else { return [] }
        if let keyLog {
            keyLog.record(model)
            if let below { keyLog.record(below) }
        }
        var out: [UInt8] = []
        out.reserveCapacity(capacity)
        render(template, model, below: below, into: &out)
        return out
    }

    private func render(_ template: Template, _ model: ViewModel, below: ViewModel?, into out: inout [UInt8]) {
        var stack = below.map { [Frame(.map($0)), Frame(.map(model))] } ?? [Frame(.map(model))]
        render(template.nodes, stack: &stack, into: &out)
    }

    private func render(_ nodes: [Template.Node], stack: inout [Frame], into out: inout [UInt8]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                out.append(contentsOf: bytes)
            case .variable(let path, let escaped):
                guard let value = lookup(path, in: stack) else { continue }
                if case .inline(let inline) = value {
                    renderInline(inline, escaped: escaped, into: &out)
                } else {
                    Self.append(value, escaped: escaped, to: &out)
                }
            case .section(let path, let inverted, let body):
                let value = lookup(path, in: stack)
                let truthy = value?.isTruthy ?? false
                if inverted {
                    if !truthy { render(body, stack: &stack, into: &out) }
                    continue
                }
                guard truthy, let value else { continue }
                if case .list(let list) = value {
                    for item in list {
                        stack.append(Frame(item))
                        render(body, stack: &stack, into: &out)
                        stack.removeLast()
                    }
                } else if case .lazyList(let list) = value {
                    for number in 0..<list.count {
                        let rendered = list.rendered?(number)
                        if let kept = rendered?.kept {
                            out.append(contentsOf: kept)
                            continue
                        }
                        let item = list.item(number)
                        if let keyLog, case .map(let names) = item { keyLog.record(names) }
                        let start = out.count
                        stack.append(Frame(item))
                        render(body, stack: &stack, into: &out)
                        stack.removeLast()
                        rendered?.keep(Array(out[start...]))
                    }
                } else {
                    stack.append(Frame(value))
                    render(body, stack: &stack, into: &out)
                    stack.removeLast()
                }
            case .partial(let name, _, _):
                if let partial = templates[name] { render(partial.nodes, stack: &stack, into: &out) }
            }
        }
    }

    /// Renders an inline template where its tag stands (escaped only if the tag says so, through a copy).
    private func renderInline(_ inline: InlineTemplate, escaped: Bool, into out: inout [UInt8]) {
        guard let template = templates[inline.name] else { return }
        if let keyLog {
            keyLog.record(inline.model)
            if let below = inline.below { keyLog.record(below) }
        }
        guard escaped else { return render(template, inline.model, below: inline.below, into: &out) }
        var inner: [UInt8] = []
        render(template, inline.model, below: inline.below, into: &inner)
        HTML.appendEscaped(inner, to: &out)
    }

    /// Appends a value's text, escaped for HTML unless the template says otherwise.
    private static func append(_ value: ViewValue, escaped: Bool, to out: inout [UInt8]) {
        switch value {
        case .text(let text):
            if escaped { HTML.appendEscaped(text, to: &out) } else { out.append(contentsOf: text.utf8) }
        case .utf8(let bytes):
            if escaped { HTML.appendEscaped(bytes, to: &out) } else { out.append(contentsOf: bytes) }
        case .number(let number):
            out.append(contentsOf: String(number).utf8)
        case .flag(let flag):
            if flag { out.append(contentsOf: "true".utf8) }
        case .list, .lazyList, .map, .inline:
            break
        }
    }

    /// The value of a dotted name: the first frame (from the top) that has its first part.
    private func lookup(_ path: [String], in stack: [Frame]) -> ViewValue? {
        guard let first = path.first else { return stack.last?.value }
        var value: ViewValue?
        // By index: iterating the frames would copy each one (and retain its values) per lookup.
        var index = stack.count - 1
        while index >= 0 {
            if let found = stack[index].names?[first] {
                value = found
                break
            }
            index -= 1
        }
        for name in path.dropFirst() {
            guard case .map(let names)? = value else { return nil }
            value = names[name]
        }
        return value
    }
}
