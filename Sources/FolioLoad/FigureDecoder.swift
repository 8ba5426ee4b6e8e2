import FolioModel
import Yams

/// Reads a town's `figures:` and types each value by its definition in `content/figures.yaml`.
struct FigureDecoder {
    let data: PublicationData
    /// `content/figures.yaml` failed to load: figures are not checked against it.
    var isBroken = false

    func decode(_ reader: inout FieldReader, field: String) -> [String: FigureValue] {
        guard let fields = reader.mapping(field) else { return [:] }
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
            let alternatives = figure.entry("also").map { alternativesOf($0, definition, reader: &figure) } ?? []
            if let valueEntry = figure.entry("value") {
                if let value = typed(valueEntry.value, definition, at: valueEntry.source.location(of: valueEntry.value),
                                     reader: &figure) {
                    var decoded = FigureValue(value: value, year: year, source: source, note: note, location: location)
                    decoded.alternatives = alternatives
                    figures[name] = decoded
                }
            } else {
                figure.report(Diagnostic.error("field.missing", "figure '\(name)' has no 'value'", at: location))
            }
            for problem in figure.finish() { reader.report(problem) }
        }
        return figures
    }

    /// `also: [{value: 10.6, source: introduction}]`: other values the sources give.
    private func alternativesOf(_ entry: Fields.Entry, _ definition: FigureDefinition,
                                reader: inout FieldReader) -> [FigureValue.Alternative] {
        guard let items = entry.value.sequence else {
            reader.report(.error("figure.also", "'also' of figure '\(definition.id)' must be a list of {value: …, source: …}",
                                 at: entry.source.location(of: entry.value), hint: "write also: [{value: 10.6, source: introduction}]"))
            return []
        }
        var alternatives: [FigureValue.Alternative] = []
        for item in items {
            var problems: [Diagnostic] = []
            guard let fields = Fields(item, source: entry.source, what: "an 'also' value", diagnostics: &problems) else {
                problems.forEach { reader.report($0) }
                continue
            }
            var alternative = FieldReader(fields, context: "an 'also' value of '\(definition.id)'")
            let location = entry.source.location(of: item)
            if let valueEntry = alternative.entry("value") {
                if let value = typed(valueEntry.value, definition, at: entry.source.location(of: valueEntry.value), reader: &alternative) {
                    alternatives.append(.init(value: value, year: alternative.int("year"), source: alternative.text("source"),
                                              note: alternative.text("note")))
                }
            } else {
                alternative.report(.error("field.missing", "an 'also' value of '\(definition.id)' has no 'value'", at: location))
            }
            for problem in alternative.finish() { reader.report(problem) }
        }
        return alternatives
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
            return node.finiteNumber.map { .decimal($0) } ?? fail("a number (148 or 3.5)")
        case .percent:
            return node.finiteNumber.map { .percent($0) } ?? fail("a percentage as a number (13.3 for 13.3 %)")
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
