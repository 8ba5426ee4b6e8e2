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
        /// `{{> name}}`
        case partial(String)
    }

    let nodes: [Node]
}

/// Renders compiled templates against view models built of `[String: Any]`, `[Any]`, `String`,
/// `Bool` and numbers. Lookups climb the context stack, as in Mustache.
struct TemplateRenderer {
    let templates: [String: Template]

    /// A context frame: the value, and the value as a dictionary, cast once when it is pushed.
    private struct Frame {
        let value: Any
        let dictionary: [String: Any]?

        init(_ value: Any) {
            self.value = value
            self.dictionary = value as? [String: Any]
        }
    }

    func render(_ name: String, _ model: [String: Any], below: [String: Any]? = nil) -> String {
        String(decoding: renderBytes(name, model, below: below), as: UTF8.self)
    }

    /// The rendering as UTF-8, ready to be written.
    func renderBytes(_ name: String, _ model: [String: Any], below: [String: Any]? = nil) -> [UInt8] {
        guard let template = templates[name] else { return [] }
        var out: [UInt8] = []
        out.reserveCapacity(32_768)
        var stack = below.map { [Frame($0), Frame(model)] } ?? [Frame(model)]
        render(template.nodes, stack: &stack, into: &out)
        return out
    }

    private func render(_ nodes: [Template.Node], stack: inout [Frame], into out: inout [UInt8]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                out.append(contentsOf: bytes)
            case .variable(let path, let escaped):
                guard let value = lookup(path, in: stack) else { continue }
                Self.append(value, escaped: escaped, to: &out)
            case .section(let path, let inverted, let body):
                let value = lookup(path, in: stack)
                let truthy = value.map(Self.isTruthy) ?? false
                if inverted {
                    if !truthy { render(body, stack: &stack, into: &out) }
                    continue
                }
                guard truthy, let value else { continue }
                if let list = value as? [Any] {
                    for item in list {
                        stack.append(Frame(item))
                        render(body, stack: &stack, into: &out)
                        stack.removeLast()
                    }
                } else {
                    stack.append(Frame(value))
                    render(body, stack: &stack, into: &out)
                    stack.removeLast()
                }
            case .partial(let name):
                if let partial = templates[name] { render(partial.nodes, stack: &stack, into: &out) }
            }
        }
    }

    /// Appends a value's text, escaped for HTML unless the template says otherwise.
    private static func append(_ value: Any, escaped: Bool, to out: inout [UInt8]) {
        let text = string(value)
        if escaped { HTML.appendEscaped(text, to: &out) } else { out.append(contentsOf: text.utf8) }
    }

    /// The value of a dotted name: the first frame (from the top) that has its first part.
    private func lookup(_ path: [String], in stack: [Frame]) -> Any? {
        if path.isEmpty { return stack.last?.value }
        var value: Any?
        for frame in stack.reversed() {
            if let found = frame.dictionary?[path[0]] {
                value = found
                break
            }
        }
        for name in path.dropFirst() {
            guard let dictionary = value as? [String: Any] else { return nil }
            value = dictionary[name]
        }
        return value
    }

    static func isTruthy(_ value: Any) -> Bool {
        switch value {
        case let flag as Bool: return flag
        case let text as String: return !text.isEmpty
        case let list as [Any]: return !list.isEmpty
        default: return true
        }
    }

    static func string(_ value: Any) -> String {
        switch value {
        case let text as String: return text
        case let number as Int: return String(number)
        case let flag as Bool: return flag ? "true" : ""
        default: return "\(value)"
        }
    }
}
