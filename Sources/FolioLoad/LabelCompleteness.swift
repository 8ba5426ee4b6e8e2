import FolioModel

/// Every facet, facet value, figure and figure choice the publication declares needs a label in
/// every language's `_labels.yaml`: without one, readers would see the bare id ("long-standing-
/// destination") or another language's label, so a missing label is an error in that file.
enum LabelCompleteness {
    static func check(_ data: PublicationData, labelFiles: [String: String], languages: [String],
                      into diagnostics: inout [Diagnostic]) {
        var needed: [(table: KeyPath<Labels, [String: String]>, section: String, key: String)] = []
        for facet in data.facets {
            needed.append((\.facets, "facets", facet.id))
            needed += facet.values.map { (\.facetValues, "facet_values", facet.id + "." + $0) }
        }
        for figure in data.figures {
            needed.append((\.figures, "figures", figure.id))
            needed += figure.choices.map { (\.choices, "choices", figure.id + "." + $0) }
            if let unit = figure.unit { needed.append((\.units, "units", unit)) }
        }
        guard !needed.isEmpty else { return }
        for language in languages {
            let file = labelFiles[language] ?? "content/\(language)/_labels.yaml"
            let labels = data.labels[language] ?? Labels()
            let missing = needed.filter { labels[keyPath: $0.table][$0.key] == nil }
            for (section, keys) in Dictionary(grouping: missing, by: \.section).sorted(by: { $0.key < $1.key }) {
                let names = keys.map(\.key)
                diagnostics.append(.error(
                    "labels.missing", "\(file) has no \(section) label for \(names.map { "'\($0)'" }.joined(separator: ", "))",
                    at: .file(file),
                    hint: "add under \(section): " + names.prefix(2).map { "\($0): …" }.joined(separator: ", ")
                        + (labelFiles[language] == nil ? " (the file does not exist yet)" : "")))
            }
        }
    }
}
