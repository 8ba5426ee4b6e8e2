import FolioModel
import FolioResolve

/// The recommendation finder of one language (`<lang>/finder/`): every recommendation grouped by
/// section and challenge, each carrying its facet tags as data, and a form of the facets that the
/// theme's script uses to narrow the list (the choice kept in the page's URL). Without the script
/// the page is the complete list with each recommendation's facets as labels. Which facets exist,
/// their labels and which recommendation fits which all come from the records and `facets.yaml`.
///
/// Recommendations of other reports (a `source:`) are listed after the publication's own, one
/// section per report, unnumbered, each marked with its source (`data-source`); the form then
/// offers the source as a choice whose default, the publication's own, is not written into the
/// URL, so the finder's addresses from before still show what they showed.
struct RecommendationFinder {
    let naming: Naming
    /// The page's way back to the site root.
    let root: String
    private var resolved: ResolvedSite { naming.resolved }
    private var environment: LanguageEnvironment { naming.environment }

    static func folder(_ language: String) -> String { language + "/finder/" }

    /// The keys of `model()`, its facets, sections, groups and items (see `TemplateVocabulary`).
    static let viewKeys: Set<String> = [
        "kind", "title", "facets", "sections", "total", "unindexed", "id", "label", "values", "href", "groups", "challenge",
        "items", "hreflang", "number", "tags", "data", "facet", "sources", "own", "list", "source",
    ]

    /// The finder's address relative to a page, with a recommendation's own facets as the choice
    /// ("recommendations for towns like this"); nil when it carries no tag.
    static func link(for tags: [String: [Located<String>]], root: String, language: String) -> String? {
        let query = tags.keys.sorted().compactMap { facet in tags[facet]?.first.map { "\(facet)=\($0.value)" } }
        return query.isEmpty ? nil : root + folder(language) + "index.html?" + query.joined(separator: "&")
    }

    func model() -> ViewModel {
        let facets = resolved.tagFacets
        let form = facets.map { facet -> ViewValue in
            ["id": .text(facet.id), "label": .text(environment.label(\.facets, facet.id)),
             "values": .list(facet.values.map { value in
                 ["id": .text(value), "label": .text(environment.label(\.facetValues, facet.id + "." + value))]
             })]
        }
        var sections: [ViewValue] = []
        var total = 0
        for chapter in resolved.readingOrder {
            guard let recommendations = resolved.recommendationsOfSection[chapter], !recommendations.isEmpty else { continue }
            var byChallenge: [(challenge: Int?, items: [Int])] = []
            for recommendation in recommendations {
                guard case .recommendation(let data) = naming.page(recommendation).data else { continue }
                let challenge = data.challenge.flatMap { resolved.index(.challenge)[$0.value] }
                if let last = byChallenge.last, last.challenge == challenge {
                    byChallenge[byChallenge.count - 1].items.append(recommendation)
                } else {
                    byChallenge.append((challenge, [recommendation]))
                }
            }
            total += recommendations.count
            sections.append(["title": .text(naming.linkText(chapter)), "href": .text(naming.url(chapter, root: root).href),
                             "groups": .list(byChallenge.map { group in
                                 ["challenge": ViewValue(group.challenge.map { naming.title($0) }),
                                  "items": .list(group.items.map { item($0) })]
                             })])
        }
        let bySource = resolved.groupsBySource(.recommendation)
        for (source, recommendations) in bySource {
            let id = resolved.groups[source].id
            total += recommendations.count
            sections.append(["title": .text(naming.title(source)), "href": .text(naming.url(source, root: root).href),
                             "source": .text(id),
                             "groups": .list([["challenge": false, "items": .list(recommendations.map { item($0, source: id) })]])])
        }
        // The publication's own recommendations are the default choice, named as the publication;
        // each report by its label under `sources:` in `_labels.yaml`.
        let sources: ViewValue = bySource.isEmpty ? false : [
            "own": .text(environment.publicationName),
            "list": .list(bySource.map { source, _ in
                let id = resolved.groups[source].id
                return ["id": .text(id), "label": .text(environment.sourceLabel(id))]
            }),
        ]
        return ["kind": "finder", "title": .text(environment.strings["finder-title"]),
                "facets": .list(form), "sources": sources, "sections": .list(sections), "total": .number(total),
                // The finder repeats every recommendation's title: searching it would only echo them.
                "unindexed": true]
    }

    /// `source`: the report a recommendation comes from (nil for the publication's own).
    private func item(_ group: Int, source: String? = nil) -> ViewValue {
        guard case .recommendation(let data) = naming.page(group).data else { return .map([:]) }
        let (href, hreflang) = naming.url(group, root: root)
        let tags = data.tags.keys.sorted().compactMap { facet -> ViewValue? in
            guard let values = data.tags[facet], !values.isEmpty else { return nil }
            return ["facet": .text(environment.label(\.facets, facet)),
                    "values": .text(values.map { environment.label(\.facetValues, facet + "." + $0.value) }.joined(separator: ", "))]
        }
        // "facet=value facet=value": a facet left out fits every value of it.
        let pairs = data.tags.keys.sorted().flatMap { facet in (data.tags[facet] ?? []).map { "\(facet)=\($0.value)" } }
        return ["href": .text(href), "hreflang": ViewValue(hreflang), "number": ViewValue(resolved.numbers[group]),
                "title": .text(naming.title(group)), "tags": PageViewModel.section(tags) ?? false, "data": .text(pairs.joined(separator: " ")),
                "source": ViewValue(source)]
    }
}
