import Foundation
import FolioMarkdown
import FolioModel
import FolioResolve

/// The towns of every source on one page (a page with `list: town` and `include_sources: true`):
/// grouped by country, each town with its sources, its size class and its population (every value
/// with its source, none silently dropped), a dot plot of the populations by country, and a form
/// the theme's script uses to filter the list (the choice kept in the URL). The filters are the
/// town's sources (its schema's origin fields; the publication's own towns under `own_source`)
/// and every field of the town kind that takes its values from a facet (country, size class),
/// named by their labels: nothing about them is written into the script. Each town carries its
/// values as `data-filters="source=cor-study country=be size-class=city"`; a town without a
/// value for a facet has `none` there, offered as "not stated".
struct TownsIndex {
    let naming: Naming
    /// The page's way back to the site root.
    let root: String
    /// The publication's own name as a source (`own_source:`), else the theme's wording.
    let ownSource: String?

    /// The keys of `model()`, its filters, groups and towns (see `TemplateVocabulary`).
    static let viewKeys: Set<String> = [
        "filters", "name", "label", "values", "id", "total", "plot", "plot_title", "unplotted", "population_label",
        "groups", "title", "towns", "href", "hreflang", "data", "sources", "facets", "value", "population",
    ]

    /// The figure the plot draws and the list shows beside each town.
    static let sizeFigure = "population"
    /// The filter value of the publication's own towns, and of a town without a value.
    static let ownValue = "publication"
    static let noValue = "none"

    private var resolved: ResolvedSite { naming.resolved }
    private var environment: LanguageEnvironment { naming.environment }
    private var strings: UIStrings { environment.strings }

    /// A filter: its name in the URL, its label, and the values in the order offered.
    private struct Filter {
        var name: String
        var label: String
        var values: [(id: String, label: String)]
    }

    /// A field of the town kind whose values are a facet's (`country_code`, `size_class`).
    private struct FacetField {
        var name: String
        var facet: String
    }

    /// A town as the index sees it: its values by filter name.
    private struct Entry {
        var group: Int
        var town: Town
        var sources: [Int]
        var values: [String: String]
    }

    func model() -> ViewModel {
        let townGroups = resolved.groups(.town)
        guard let kind = resolved.schemas.kind(.town), let schema = resolved.schemas[kind], !townGroups.isEmpty else { return [:] }
        let facetFields = schema.fields.compactMap { field in field.type == .enum ? field.facet.map { FacetField(name: field.name, facet: $0) } : nil }
        // The country is the heading the towns are grouped under, when its code takes a facet's values.
        let countryField = facetFields.first { $0.name == "country_code" }
        let entries = townGroups.compactMap { group -> Entry? in
            guard case .town(let town) = naming.page(group).data else { return nil }
            let original = resolved.site.pages[resolved.groups[group].original]
            var values: [String: String] = [:]
            for field in facetFields { values[field.facet] = original.fields.text(field.name) ?? Self.noValue }
            return Entry(group: group, town: town, sources: original.origins.compactMap(resolved.group(of:)), values: values)
        }
        let filters = [sourceFilter(entries)] + facetFields.map { field in
            facetFilter(field.facet, entries, alphabetical: field.name == countryField?.name)
        }
        let groups = countryGroups(entries, facet: countryField?.facet)
        let definition = resolved.site.data.figures.first { $0.id == Self.sizeFigure }
        let plotTitle = strings["town-sizes-title"]
        let plot = TownDotPlot(environment: environment, definition: definition).svg(groups.map { group in
            TownDotPlot.Row(country: group.title, towns: group.entries.compactMap { entry in
                entry.town.figures[Self.sizeFigure].map { TownDotPlot.Town(id: resolved.groups[entry.group].id, name: entry.town.name, population: $0) }
            })
        }, title: plotTitle)
        let unplotted = groups.flatMap(\.entries).filter { $0.town.figures[Self.sizeFigure]?.value.number == nil }
            .map(\.town.name).sorted { Self.key($0) < Self.key($1) }
        let shownFacets = facetFields.filter { $0.name != countryField?.name }
        return [
            "filters": .list(filters.map { filter in
                ["name": .text(filter.name), "label": .text(filter.label),
                 "values": .list(filter.values.map { ["id": .text($0.id), "label": .text($0.label)] })]
            }),
            "total": .number(entries.count),
            "groups": .list(groups.map { group in
                ["id": .text(group.id), "title": .text(group.title),
                 "towns": .list(group.entries.map { item($0, facets: shownFacets, definition: definition) })]
            }),
            "plot": ViewValue(plot), "plot_title": .text(plotTitle),
            "population_label": .text(environment.label(\.figures, Self.sizeFigure)),
            "unplotted": ViewValue(unplotted.isEmpty ? nil : unplotted.joined(separator: ", ")),
        ]
    }

    private var ownLabel: String { ownSource ?? strings["towns-own-source"] }

    /// The sources: the publication's own towns first, then the reports in the order of their pages.
    private func sourceFilter(_ entries: [Entry]) -> Filter {
        var values: [(id: String, label: String)] = []
        if entries.contains(where: { $0.sources.isEmpty }) { values.append((Self.ownValue, ownLabel)) }
        values += Set(entries.flatMap(\.sources)).sorted().map { (resolved.groups[$0].id, environment.sourceLabel(resolved.groups[$0].id)) }
        return Filter(name: "source", label: strings["towns-source"], values: values)
    }

    /// A facet's values that some town has, in the facet's order (countries by name), then
    /// "not stated" when some town has none.
    private func facetFilter(_ facet: String, _ entries: [Entry], alphabetical: Bool) -> Filter {
        let used = Set(entries.compactMap { $0.values[facet] })
        let declared = resolved.site.data.facets.first { $0.id == facet }?.values ?? []
        var values = declared.filter(used.contains).map { (id: $0, label: environment.label(\.facetValues, facet + "." + $0)) }
        if alphabetical { values.sort { Self.key($0.label) < Self.key($1.label) } }
        if used.contains(Self.noValue) { values.append((Self.noValue, strings["towns-not-stated"])) }
        return Filter(name: facet, label: environment.label(\.facets, facet), values: values)
    }

    /// The towns by country, countries and towns in the alphabetical order of the reader's language.
    /// With a country facet, a country is its code's label, as the filter names it (a town without
    /// a code is under "not stated", as the filter has it); without one, the town's `country`.
    private func countryGroups(_ entries: [Entry], facet: String?) -> [(id: String, title: String, entries: [Entry])] {
        var byCountry: [String: (title: String, entries: [Entry])] = [:]
        for entry in entries {
            let key = (facet == nil ? entry.town.country : entry.town.countryCode) ?? Self.noValue
            let title = key == Self.noValue ? strings["towns-not-stated"]
                : facet.map { environment.label(\.facetValues, $0 + "." + key) } ?? key
            byCountry[key, default: (title, [])].entries.append(entry)
        }
        return byCountry.map { (id: $0.key, title: $0.value.title, entries: $0.value.entries.sorted { Self.key($0.town.name) < Self.key($1.town.name) }) }
            .sorted { (Self.key($0.title), $0.id) < (Self.key($1.title), $1.id) }
    }

    /// A town of the list: its link, its filter values as data, its sources, the values of its
    /// facets other than the country (which heads its group) and its population.
    private func item(_ entry: Entry, facets: [FacetField], definition: FigureDefinition?) -> ViewValue {
        let (href, hreflang) = naming.url(entry.group, root: root)
        let sources = entry.sources.map { resolved.groups[$0].id }
        let pairs = (sources.isEmpty ? [Self.ownValue] : sources).map { "source=" + $0 }
            + entry.values.sorted { $0.key < $1.key }.map { $0.key + "=" + $0.value }
        let named = entry.sources.isEmpty ? [ownLabel] : entry.sources.map { environment.sourceLabel(resolved.groups[$0].id) }
        let shown = facets.map { field -> ViewValue in
            let value = entry.values[field.facet] ?? Self.noValue
            return ["label": .text(environment.label(\.facets, field.facet)),
                    "value": .text(value == Self.noValue ? strings["towns-not-stated"] : environment.label(\.facetValues, field.facet + "." + value))]
        }
        return ["id": .text(resolved.groups[entry.group].id), "href": .text(href), "hreflang": ViewValue(hreflang), "name": .text(entry.town.name), "data": .text(pairs.joined(separator: " ")),
                "sources": .text(named.joined(separator: ", ")), "facets": .list(shown),
                "population": ViewValue(entry.town.figures[Self.sizeFigure].map { population($0, own: entry.sources.isEmpty, definition: definition) })]
    }

    /// Every population a town's sources give, each with its year, source and note; a value
    /// without a source on one of the publication's own towns comes from the publication.
    private func population(_ figure: FigureValue, own: Bool, definition: FigureDefinition?) -> String {
        let formatter = FigureFormatter(environment: environment)
        let values = [(figure.value, figure.year, figure.source, figure.note)] + figure.alternatives.map { ($0.value, $0.year, $0.source, $0.note) }
        return values.map { value, year, source, note -> String in
            let named = source.map(formatter.source) ?? (own ? ownLabel : nil)
            let detail = [year.map(String.init), named, note.map(formatter.note)].compactMap { $0 }
            return HTML.escape(formatter.format(value, definition: definition))
                + (detail.isEmpty ? "" : " <span class=\"figure-detail\">· " + HTML.escape(detail.joined(separator: " · ")) + "</span>")
        }.joined(separator: "; ")
    }

    /// A name's sort key: case and accents folded, so that "Österreich" sorts among the O's.
    private static func key(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
