import FolioModel
import Yams

/// Reads a town's `figures:` and types each value by its definition in `content/figures.yaml`.
struct FigureDecoder {
    let data: PublicationData
    /// `content/figures.yaml` failed to load: figures are not checked against it.
    var isBroken = false

    func decode(_ reader: inout FieldReader) -> [String: FigureValue] {
        guard let fields = reader.mapping("figures") else { return [:] }
        let definitions = Dictionary(data.figures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var figures: [String: FigureValue] = [:]
        for name in fields.names {
            let entry = fields[name]!
            guard let definition = definitions[name] else {
                if isBroken { continue }
                reader.report(.error("figure.unknown", "no figure '\(name)'\(NearestName.suggestion(for: name, among: definitions.keys))",
                                     at: entry.source.location(of: entry.key),
                                     hint: "figures are declared in content/figures.yaml"))
                continue
            }
            var problems: [Diagnostic] = []
            guard let figureFields = Fields(entry.value, source: entry.source, what: "figure '\(name)'",
                                            diagnostics: &problems) else {
                problems.forEach { reader.report($0) }
                continue
            }
            var figure = FieldReader(figureFields, context: "figure '\(name)'")
            let year = figure.int("year")
            let source = figure.text("source")
            let note = figure.text("note")
            let location = entry.source.location(of: entry.value)
            if let valueEntry = figure.entry("value") {
                if let value = typed(valueEntry.value, definition, at: valueEntry.source.location(of: valueEntry.value),
                                     reader: &figure) {
                    figures[name] = FigureValue(value: value, year: year, source: source, note: note, location: location)
                }
            } else {
                figure.report(Diagnostic.error("field.missing", "figure '\(name)' has no 'value'", at: location))
            }
            for problem in figure.finish() { reader.report(problem) }
        }
        return figures
    }

    private func typed(_ node: Node, _ definition: FigureDefinition, at location: SourceLocation,
                       reader: inout FieldReader) -> FigureValue.Value? {
        func fail(_ expected: String) -> FigureValue.Value? {
            reader.report(.error("figure.type", "figure '\(definition.id)' must be \(expected)", at: location))
            return nil
        }
        switch definition.kind {
        case .integer:
            return node.int.map { .integer($0) } ?? fail("a whole number, written without separators (13855)")
        case .decimal:
            return node.float.map { .decimal($0) } ?? fail("a number (148 or 3.5)")
        case .percent:
            return node.float.map { .percent($0) } ?? fail("a percentage as a number (13.3 for 13.3 %)")
        case .boolean:
            return node.bool.map { .boolean($0) } ?? fail("true or false")
        case .text:
            return node.scalar.map { .text($0.string) } ?? fail("text")
        case .choice:
            guard let choice = node.scalar?.string else { return fail("one of: \(definition.choices.joined(separator: ", "))") }
            guard definition.choices.contains(choice) else {
                return fail("one of: \(definition.choices.joined(separator: ", "))"
                            + NearestName.suggestion(for: choice, among: definition.choices))
            }
            return .choice(choice)
        }
    }
}
