import Foundation
import FolioModel

/// Checks the theme's UI strings: a key that a template or the renderer uses must be defined in
/// the default language (error); a key missing in another language falls back and is reported
/// (warning).
enum UIStringsCheck {
    /// Keys the renderer itself looks up, besides those the templates name.
    /// `recordKinds` are kinds whose records are named by their kind ("Best practice") in lists of
    /// evidence and of a source's records: kinds without a role, and kinds with records from a source.
    static func keysUsedByCode(languages: [String], recordKinds: [PageKind] = []) -> Set<String> {
        var keys: Set<String> = [
            "recommendation", "table", "town", "name", "country", "region", "province", "pros", "cons", "yes", "no",
            "representation-formal", "representation-informal", "representation-electoral",
            "language-name", "fallback-notice", "fallback-link", "outdated-notice", "outdated-link",
            "bibliography", "incomplete-reference", "not-found-title", "not-found-text",
            "cite-in", "cite-quote-open", "cite-quote-close", "og-locale", "choose-language",
            "towns-source", "towns-own-source", "towns-not-stated", "town-sizes-title", "town-sizes-axis",
        ]
        for language in languages { keys.insert("language-name-" + language) }
        for kind in recordKinds { keys.formUnion(["kind-" + kind.rawValue, "kinds-" + kind.rawValue]) }
        return keys
    }

    static func run(theme: Theme, themeName: String, languages: [String], defaultLanguage: String,
                    recordKinds: [PageKind] = []) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var used: [String: SourceLocation] = [:]
        let pattern = try! NSRegularExpression(pattern: #"\{\{[#^/&{]?\s*t\.([A-Za-z0-9_-]+)"#)
        for name in theme.templates.keys.sorted() {
            let (text, file) = theme.templates[name]!
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = String(line)
                for match in pattern.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
                    let key = String(line[Range(match.range(at: 1), in: line)!])
                    let column = line[..<Range(match.range, in: line)!.lowerBound].unicodeScalars.count + 1
                    if used[key] == nil { used[key] = SourceLocation(file: file, line: number + 1, column: column) }
                }
            }
        }
        for key in keysUsedByCode(languages: languages, recordKinds: recordKinds) where used[key] == nil {
            used[key] = SourceLocation.file("themes/\(themeName)/i18n/\(defaultLanguage).yaml")
        }
        let defaults = theme.strings[defaultLanguage] ?? [:]
        for key in used.keys.sorted() where defaults[key] == nil {
            problems.append(.error("i18n.undefined", "the UI string '\(key)' is used but not defined in \(defaultLanguage).yaml",
                                   at: used[key], hint: "add '\(key): …' to themes/\(themeName)/i18n/\(defaultLanguage).yaml"))
        }
        for language in languages where language != defaultLanguage {
            let file = "themes/\(themeName)/i18n/\(language).yaml"
            guard let strings = theme.strings[language] else {
                problems.append(.warning("i18n.missing-language", "the theme has no UI strings for '\(language)'; \(defaultLanguage) is used",
                                         at: .file(file), hint: "add \(file)"))
                continue
            }
            for key in used.keys.sorted() where strings[key] == nil && defaults[key] != nil {
                problems.append(.warning("i18n.missing", "the UI string '\(key)' is missing in \(language); the \(defaultLanguage) text is used",
                                         at: .file(file), hint: "add '\(key): …' to \(file)"))
            }
        }
        return problems
    }
}
