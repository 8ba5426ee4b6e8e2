import FolioModel
@testable import FolioRender
import FuzzDriver

runFuzzer(fuzzTemplates)

/// A theme's templates: the input is one or more templates separated by NUL bytes, each a name
/// on its first line and the Mustache text below it, so that partials can include each other
/// (and themselves). They are compiled as a theme is, and every template is rendered against a
/// view model that gives each name the templates use a value: text that needs escaping, a list,
/// a map, a flag, a number or nothing, nested three deep.
/// Besides not crashing or hanging: rendering is deterministic, and where the templates write
/// no `<` themselves and nothing unescaped, the output has no `<` either.
func fuzzTemplates(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    var templates: [String: (text: String, file: String)] = [:]
    for chunk in input.split(separator: 0, omittingEmptySubsequences: false) {
        let newline = chunk.firstIndex(of: UInt8(ascii: "\n")) ?? chunk.endIndex
        let name = String(decoding: chunk[..<newline], as: UTF8.self)
        let text = newline < chunk.endIndex ? String(decoding: chunk[(newline + 1)...], as: UTF8.self) : ""
        templates[name] = (text, "themes/fuzz/templates/\(name).mustache")
    }
    var diagnostics: [Diagnostic] = []
    let set = TemplateSet.compile(Theme(templates: templates, strings: [:], assets: [:]), into: &diagnostics)
    var names: Set<String> = []
    for (text, _) in templates.values {
        if let template = try? TemplateParser.parse(text) { collectNames(template.nodes, into: &names) }
    }
    let model = viewModel(names: names.sorted(), depth: 3)
    let writesNoMarkup = templates.values.allSatisfy { !$0.text.contains("<") && !$0.text.contains("{{{") && !$0.text.contains("{{&") }
    for name in templates.keys.sorted() {
        let bytes = set.renderBytes(model, name)
        require(set.renderBytes(model, name) == bytes, "rendering is deterministic")
        if writesNoMarkup { require(!bytes.contains(UInt8(ascii: "<")), "a value was written unescaped") }
    }
    return 0
}

/// Every name a variable or section looks up, dotted paths split.
private func collectNames(_ nodes: [Template.Node], into names: inout Set<String>) {
    for node in nodes {
        switch node {
        case .variable(let path, _): names.formUnion(path)
        case .section(let path, _, let body):
            names.formUnion(path)
            collectNames(body, into: &names)
        case .text, .partial: break
        }
    }
}

/// A value for each name, chosen by the name's bytes so that the same input renders the same;
/// lists and maps hold the model one level down (built once per level, so its size stays linear).
private func viewModel(names: [String], depth: Int) -> ViewModel {
    var inner: ViewModel = [:]
    for level in 0...depth {
        var model: ViewModel = [:]
        for name in names {
            let pick = name.utf8.reduce(level) { ($0 &* 31 &+ Int($1)) & 0xFFFF } % 7
            switch level > 0 ? pick : pick % 3 {
            case 0: model[name] = .text("<b class=\"x\">Tom & 'Jerry'</b> {{name}}")
            case 1: model[name] = .flag(pick % 2 == 0)
            case 2: model[name] = .number(pick - 3)
            case 3: model[name] = .list([.map(inner), .text("item <2>"), .flag(true)])
            case 4: model[name] = .map(inner)
            case 5: model[name] = .utf8(Array("<p>rendered</p>".utf8))
            default: model[name] = .list([])
            }
        }
        inner = model
    }
    return inner
}
