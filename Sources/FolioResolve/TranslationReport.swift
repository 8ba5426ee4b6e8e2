import Foundation
import FolioModel

/// Per language: which pages are translated, outdated, unmarked or missing, overall and per
/// section (the first folder of the page's path, "home" for the home page).
public struct TranslationReport: Sendable {
    public struct Row: Sendable {
        public var language: String
        public var section: String?
        public var counts: [TranslationState: Int]
        public var total: Int

        /// Translated (current or unmarked) pages as a share of all pages, 0–100.
        public var coverage: Int {
            total == 0 ? 100 : ((counts[.translated, default: 0] + counts[.unmarked, default: 0]) * 100) / total
        }
    }

    public var rows: [Row] = []
    /// Language → state → source paths of the original pages.
    public var pages: [String: [TranslationState: [String]]] = [:]

    public init(_ resolved: ResolvedSite) {
        let languages = resolved.config.languages.filter { $0 != resolved.config.defaultLanguage }
        let sectionOf = resolved.groups.indices.map { Self.section(of: $0, in: resolved) }
        let sections = Set(sectionOf).sorted()
        for language in languages {
            var overall = Row(language: language, section: nil, counts: [:], total: 0)
            var perSection: [String: Row] = [:]
            for (group, info) in resolved.groups.enumerated() {
                let state = resolved.translationState(of: group, in: language)
                let section = sectionOf[group]
                overall.counts[state, default: 0] += 1
                overall.total += 1
                perSection[section, default: Row(language: language, section: section, counts: [:], total: 0)].counts[state, default: 0] += 1
                perSection[section]!.total += 1
                pages[language, default: [:]][state, default: []].append(resolved.site.pages[info.original].source)
            }
            rows.append(overall)
            rows += sections.compactMap { perSection[$0] }
        }
        for language in pages.keys {
            for state in pages[language]!.keys { pages[language]![state]!.sort() }
        }
    }

    /// Where a page belongs for coverage: a part's own id for parts, their chapters, and the
    /// recommendations and challenges of those chapters ("policy-brief", "themes"); else the
    /// first folder of its path ("towns", "glossary"), "home" for the home page.
    static func section(of group: Int, in resolved: ResolvedSite) -> String {
        let info = resolved.groups[group]
        let page = resolved.site.pages[info.original]
        func partOfChapter(_ id: String?) -> String? {
            guard let id, let chapter = resolved.index(.chapter)[id],
                  case .chapter(let data) = resolved.site.pages[resolved.groups[chapter].original].data else { return nil }
            return data.part?.value
        }
        switch page.data {
        case .part: return info.id
        case .chapter(let data): if let part = data.part?.value { return part }
        case .recommendation(let data): if let part = partOfChapter(data.section?.value) { return part }
        case .challenge(let data): if let part = partOfChapter(data.section?.value) { return part }
        default: break
        }
        return info.path.isEmpty ? "home" : String(info.path.split(separator: "/").first!)
    }

    public var outdatedCount: Int { rows.filter { $0.section == nil }.reduce(0) { $0 + $1.counts[.outdated, default: 0] } }

    public var text: String {
        var out = "language  section              translated  outdated  unmarked  missing  coverage\n"
        for row in rows {
            let name = row.section.map { "  " + $0 } ?? "(all)"
            func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(1, width - text.count)) }
            out += pad(row.language, 10) + pad(name, 21)
                + pad(String(row.counts[.translated, default: 0]), 12) + pad(String(row.counts[.outdated, default: 0]), 10)
                + pad(String(row.counts[.unmarked, default: 0]), 10) + pad(String(row.counts[.missing, default: 0]), 9)
                + "\(row.coverage)%\n"
        }
        for language in pages.keys.sorted() {
            for state in [TranslationState.outdated, .unmarked] {
                for source in pages[language]![state] ?? [] { out += "\(language): \(state.rawValue): \(source)\n" }
            }
        }
        return out
    }

    public var json: String {
        func quote(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        var entries: [String] = []
        for row in rows {
            var fields = ["\"language\": \(quote(row.language))", "\"section\": " + (row.section.map(quote) ?? "null"),
                          "\"total\": \(row.total)", "\"coverage\": \(row.coverage)"]
            for state in TranslationState.allCases where state != .original {
                fields.append("\"\(state.rawValue)\": \(row.counts[state, default: 0])")
            }
            entries.append("    {" + fields.joined(separator: ", ") + "}")
        }
        var lists: [String] = []
        for language in pages.keys.sorted() {
            let states = TranslationState.allCases.filter { $0 != .original && $0 != .translated }.map { state in
                "      \"\(state.rawValue)\": [" + (pages[language]![state] ?? []).map(quote).joined(separator: ", ") + "]"
            }
            lists.append("    \(quote(language)): {\n" + states.joined(separator: ",\n") + "\n    }")
        }
        return "{\n  \"coverage\": [\n" + entries.joined(separator: ",\n") + "\n  ],\n  \"pages\": {\n"
            + lists.joined(separator: ",\n") + "\n  }\n}\n"
    }
}
