import FolioModel
import Yams

/// Reads a language's termbase, `content/<lang>/_terms.yaml`:
///
/// ```yaml
/// smst:
///   en: ["SMST", "small and medium-sized towns"]
///   preferred: ["kleine und mittelgroße Städte"]
///   avoid: ["Kleinstädte und Mittelstädte"]
/// ```
enum TermbaseLoader {
    static func load(_ text: String, file: String, into diagnostics: inout [Diagnostic]) -> Termbase {
        guard let (node, source) = PublicationDataLoader.compose(text, file: file, into: &diagnostics) else { return Termbase() }
        guard let mapping = node.mapping else {
            diagnostics.append(.error("yaml.not-mapping", "_terms.yaml must be a set of 'term-id:' entries",
                                      at: source.location(of: node), hint: "see docs/authoring.md, Translations"))
            return Termbase()
        }
        var entries: [Termbase.Entry] = []
        for (key, value) in mapping {
            guard let id = FieldReader.id(key, source: source, field: "term", diagnostics: &diagnostics),
                  let fields = Fields(value, source: source, what: "term '\(id.value)'", diagnostics: &diagnostics)
            else { continue }
            var reader = FieldReader(fields, context: "termbase entry")
            let english = reader.texts("en")
            let preferred = reader.texts("preferred")
            let avoid = reader.texts("avoid")
            if english.isEmpty {
                reader.report(.error("termbase.no-english", "term '\(id.value)' gives no English form",
                                     at: id.location, hint: "add en: [\"the English term\"]"))
            }
            if preferred.isEmpty {
                reader.report(.error("termbase.no-preferred", "term '\(id.value)' gives no preferred translation",
                                     at: id.location, hint: "add preferred: [\"…\"]: the form this edition uses"))
            }
            diagnostics.append(contentsOf: reader.finish())
            entries.append(Termbase.Entry(id: id.value, english: english, preferred: preferred, avoid: avoid,
                                          location: id.location))
        }
        return Termbase(entries: entries)
    }
}
