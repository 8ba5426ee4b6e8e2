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
        var config = SiteConfig(
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
        if let mode = reader.text("search") {
            if let search = SiteConfig.SearchMode(rawValue: mode) {
                config.search = search
            } else {
                reader.report(.error("config.search", "search: '\(mode)' is not one of: required, optional, off",
                                     at: fields["search"].map { source.location(of: $0.value) },
                                     hint: "required fails a build without Pagefind; optional builds without search and warns"))
            }
        }
        config.pagefind = reader.text("pagefind")
        if let entry = reader.entry("limits") {
            config.limits = limits(entry, source: source, into: &reader)
        }
        if let entry = fields["base_url"], !Self.isWebAddress(config.baseURL) {
            reader.report(.error("config.base-url", "base_url '\(config.baseURL.prefix(60))' is not an http:// or https:// address",
                                 at: source.location(of: entry.value),
                                 hint: "write the address the site is published at, e.g. https://piste.uniurb.it/"))
        }
        for language in languages where !LanguageTag.isWellFormed(language) {
            reader.report(.error("config.language-tag", "'\(language)' is not a language code",
                                 at: fields["languages"].map { source.location(of: $0.value) },
                                 hint: "use ISO 639-1 codes such as en, de, it, nl, el (optionally with a region: pt-br)"))
        }
        if let host = PlaceholderDomain.host(of: config.baseURL) {
            reader.report(.warning("config.placeholder-url", "base_url uses the placeholder domain '\(host)'",
                                   at: fields["base_url"].map { source.location(of: $0.value) },
                                   hint: "canonical links, hreflang and the sitemap use it: write the address the site is published at"))
        }
        diagnostics.append(contentsOf: reader.finish())
        // Without a valid default language no page can be placed: every page would report it.
        return languages.isEmpty || languages.contains(defaultLanguage) ? config : nil
    }

    /// `limits: {file_mb: 8, site_mb: 2048}`: whole megabytes, at least 1.
    private static func limits(_ entry: Fields.Entry, source: YAMLSource, into reader: inout FieldReader) -> InputLimits {
        var limits = InputLimits()
        var problems: [Diagnostic] = []
        guard let fields = Fields(entry.value, source: entry.source, what: "'limits'", diagnostics: &problems) else {
            problems.forEach { reader.report($0) }
            return limits
        }
        var nested = FieldReader(fields, context: "limits")
        for (name, keyPath) in [("file_mb", \InputLimits.fileBytes), ("site_mb", \InputLimits.siteBytes)] {
            guard let megabytes = nested.int(name) else { continue }
            if megabytes >= 1 && megabytes <= 1 << 20 {
                limits[keyPath: keyPath] = megabytes << 20
            } else {
                nested.report(.error("config.limits", "limits: \(name) must be a whole number of megabytes from 1 to 1048576",
                                     at: fields[name].map { source.location(of: $0.value) },
                                     hint: "e.g. limits: {file_mb: 8, site_mb: 2048}"))
            }
        }
        nested.finish().forEach { reader.report($0) }
        return limits
    }

    /// `http://host/…` or `https://host/…` with a host and nothing that could break out of an
    /// attribute or a URL (spaces, quotes, angle brackets).
    static func isWebAddress(_ url: String) -> Bool {
        let lower = url.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lower.hasPrefix) else { return false }
        let rest = url.dropFirst(scheme.count)
        return !rest.isEmpty && rest.first != "/"
            && !rest.contains { $0.isWhitespace || "\"'<>`\\".contains($0) || $0.asciiValue.map { $0 < 0x20 } == true }
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
