import FolioModel
import Yams

/// Reads `folio.yaml`.
enum SiteConfigLoader {
    static func load(text: String, file: String, into diagnostics: inout [Diagnostic]) -> SiteConfig? {
        let source = YAMLSource(file: file)
        let node: Node?
        switch source.compose(text) {
        case .success(let composed): node = composed
        case .failure(let problem):
            diagnostics.append(problem)
            return nil
        }
        guard let fields = Fields(node, source: source, what: "folio.yaml", diagnostics: &diagnostics) else { return nil }
        var reader = FieldReader(fields, context: "folio.yaml")
        let languages = reader.ids("languages").map(\.value)
        let defaultLanguage = reader.id("default_language")?.value ?? languages.first ?? "en"
        if languages.isEmpty {
            reader.report(.error("config.languages", "folio.yaml lists no languages", at: fields.start,
                                 hint: "add 'languages: [en]'"))
        } else if !languages.contains(defaultLanguage) {
            reader.report(.error("config.languages", "the default language '\(defaultLanguage)' is not in 'languages'",
                                 at: fields["default_language"].map { source.location(of: $0.value) },
                                 hint: "add it to 'languages' or choose one of: \(languages.joined(separator: ", "))"))
        }
        let config = SiteConfig(
            title: localized(&reader, "title", required: true),
            subtitle: localized(&reader, "subtitle"),
            description: localized(&reader, "description"),
            authors: reader.texts("authors"),
            publisher: reader.text("publisher"),
            year: reader.int("year"),
            licence: reader.text("licence"),
            doi: reader.text("doi"),
            isbn: reader.text("isbn"),
            baseURL: reader.text("base_url") ?? "/",
            languages: languages.isEmpty ? [defaultLanguage] : languages,
            defaultLanguage: defaultLanguage,
            theme: reader.id("theme")?.value ?? "default",
            allowRawHTML: reader.bool("allow_raw_html") ?? false)
        diagnostics.append(contentsOf: reader.finish())
        // Without a valid default language no page can be placed: every page would report it.
        return languages.isEmpty || languages.contains(defaultLanguage) ? config : nil
    }

    /// `title: {en: …, de: …}`, or a plain text meaning the default language's.
    private static func localized(_ reader: inout FieldReader, _ name: String, required: Bool = false) -> SiteConfig.Localized {
        guard let entry = reader.entry(name) else {
            if required { _ = reader.text(name, required: true) }
            return [:]
        }
        if let text = entry.value.scalar?.string { return ["*": text] }
        var problems: [Diagnostic] = []
        guard let fields = Fields(entry.value, source: entry.source, what: "'\(name)'", diagnostics: &problems) else {
            problems.forEach { reader.report($0) }
            return [:]
        }
        var values: SiteConfig.Localized = [:]
        var nested = FieldReader(fields)
        for language in fields.names { values[language] = nested.text(language) }
        return values
    }
}
