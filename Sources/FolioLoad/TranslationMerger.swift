import FolioModel
import Yams

/// Builds a translation's fields: its own text fields over its original's fields. A translation
/// that writes a shared field must write the original's value, or it is an error.
enum TranslationMerger {
    static func merge(original: Fields, translation: Fields, shared: Set<String>, originalFile: String) -> (Fields, [Diagnostic]) {
        var merged = original
        var diagnostics: [Diagnostic] = []
        for name in translation.names {
            let entry = translation[name]!
            if shared.contains(name) {
                if let inherited = original[name], canonical(inherited.value) == canonical(entry.value) { continue }
                diagnostics.append(.error(
                    "translation.shared-field",
                    "'\(name)' is shared by all languages and differs from \(originalFile)",
                    at: entry.source.location(of: entry.key),
                    hint: "remove '\(name)' from the translation; it inherits the value from \(originalFile)"))
            } else {
                merged[name] = entry
            }
        }
        return (merged, diagnostics)
    }

    /// A text form of a node that ignores marks and quoting style.
    static func canonical(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return "s:" + scalar.string
        case .sequence(let sequence): return "[" + sequence.map(canonical).joined(separator: ",") + "]"
        case .mapping(let mapping):
            return "{" + mapping.map { canonical($0.key) + ":" + canonical($0.value) }.sorted().joined(separator: ",") + "}"
        case .alias: return "*"
        }
    }
}
