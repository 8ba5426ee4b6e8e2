import FolioModel

/// The theme's UI strings in one language, falling back to the default language.
struct UIStrings {
    let language: String
    let table: [String: String]
    let fallback: [String: String]

    init(theme: Theme, language: String, defaultLanguage: String) {
        self.language = language
        self.table = theme.strings[language] ?? [:]
        self.fallback = theme.strings[defaultLanguage] ?? [:]
    }

    subscript(key: String) -> String { table[key] ?? fallback[key] ?? key }

    /// All strings, for templates (`{{t.next}}`).
    var all: [String: String] { fallback.merging(table) { _, own in own } }
}
