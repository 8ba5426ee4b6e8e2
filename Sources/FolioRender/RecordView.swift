import FolioModel
import FolioResolve

/// The declared fields of a record that its role does not show in its own way, for its template
/// under `record` (`{{record.publisher}}`, `{{#record.town}}<a href="{{href}}">{{text}}</a>{{/record.town}}`):
/// text as written, numbers in the reader's language (with their unit), enum values by their
/// labels, references as links (`href`, `text`, `title`), lists of references as `{list: …}`,
/// lists of text joined by commas. Every declared field is set (false when empty), so that a
/// name never falls through to the page's own values.
struct RecordView {
    let page: PageViewModel
    let naming: Naming

    func model(of record: Page, schema: KindSchema) -> ViewModel {
        var model: ViewModel = [:]
        let environment = naming.environment
        let shownByRole = schema.role.fields
        for field in schema.fields where !shownByRole.contains(field.name) {
            guard let value = record.fields[field.name] else {
                model[field.name] = false
                continue
            }
            switch (field.type, value) {
            case (.reference, .reference(let reference)):
                model[field.name] = naming.resolved.group(of: reference).map { .map(page.link($0)) } ?? false
            case (.reference, .list):
                let groups = value.references.compactMap(naming.resolved.group(of:))
                model[field.name] = PageViewModel.section(groups.map { .map(page.link($0)) }) ?? false
            case (.enum, .text(let id)):
                model[field.name] = .text(label(field, id))
            case (.enum, .list(let items)):
                let ids = items.compactMap { if case .text(let id) = $0 { id } else { nil } }
                model[field.name] = ViewValue(ids.isEmpty ? nil : ids.map { label(field, $0) }.joined(separator: ", "))
            case (_, .text(let text)):
                model[field.name] = .text(text)
            case (_, .list(let items)):
                let texts = items.compactMap { if case .text(let text) = $0 { text } else { nil } }
                model[field.name] = ViewValue(texts.isEmpty ? nil : texts.joined(separator: ", "))
            case (.year, .integer(let year)):
                model[field.name] = .text(String(year))
            case (_, .integer(let number)):
                model[field.name] = .text(NumberFormat.integer(number, environment.language) + unit(field))
            case (_, .number(let number)):
                model[field.name] = .text(NumberFormat.decimal(number, environment.language) + unit(field))
            case (_, .boolean(let flag)):
                model[field.name] = .text(environment.strings[flag ? "yes" : "no"])
            default:
                model[field.name] = false
            }
        }
        return model
    }

    /// A facet value by its label in `_labels.yaml`; a value of the schema's own list by its
    /// label under `choices:` ("systematized.yes"), else as written.
    private func label(_ field: FieldSchema, _ id: String) -> String {
        if let facet = field.facet { return naming.environment.label(\.facetValues, facet + "." + id) }
        let environment = naming.environment
        let key = field.name + "." + id
        return environment.labels.choices[key] ?? environment.defaultLabels.choices[key] ?? id
    }

    private func unit(_ field: FieldSchema) -> String {
        field.unit.map { "\u{00A0}" + naming.environment.label(\.units, $0) } ?? ""
    }
}
