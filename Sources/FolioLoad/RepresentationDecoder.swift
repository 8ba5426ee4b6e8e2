import FolioModel

/// Reads a town's `representation:` (electoral participation, formal and informal forms).
enum RepresentationDecoder {
    static func decode(_ reader: inout FieldReader, field: String) -> Representation? {
        guard let fields = reader.mapping(field) else { return nil }
        var nested = FieldReader(fields, context: "representation", typography: reader.typography)
        let electoral = nested.text("electoral")
        let formal = forms(&nested, "formal")
        let informal = forms(&nested, "informal")
        for problem in nested.finish() { reader.report(problem) }
        return Representation(electoral: electoral, formal: formal, informal: informal)
    }

    private static func forms(_ reader: inout FieldReader, _ name: String) -> [Representation.Form] {
        guard let entry = reader.entry(name) else { return [] }
        guard let items = entry.value.sequence else {
            reader.report(.error("field.type", "'\(name)' must be a list of '- name: …' entries",
                                 at: entry.source.location(of: entry.value)))
            return []
        }
        var forms: [Representation.Form] = []
        for item in items {
            var problems: [Diagnostic] = []
            guard let fields = Fields(item, source: entry.source, what: "a form of representation", diagnostics: &problems) else {
                problems.forEach { reader.report($0) }
                continue
            }
            var form = FieldReader(fields, context: "form of representation", typography: reader.typography)
            if let formName = form.text("name", required: true) {
                forms.append(.init(name: formName, pros: form.text("pros"), cons: form.text("cons")))
            }
            for problem in form.finish() { reader.report(problem) }
        }
        return forms
    }
}
