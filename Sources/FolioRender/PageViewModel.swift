import FolioMarkdown
import FolioModel
import FolioResolve

/// Builds the view model a page template receives. Templates hold no logic: every list, label
/// and URL is prepared here.
struct PageViewModel {
    let naming: Naming
    /// The page's way back to the site root, in front of every internal link (see `PagePlace`).
    let root: String
    let pageIndex: Int
    let group: Int

    private var resolved: ResolvedSite { naming.resolved }
    private var environment: LanguageEnvironment { naming.environment }
    private var strings: UIStrings { environment.strings }

    /// Every key a page's model, its links (`link`) and the items of its lists can hold (see
    /// `TemplateVocabulary`); a record's own fields (`record`) are its schema's.
    static let viewKeys: Set<String> = [
        // link(_:) and section(_:)
        "href", "text", "title", "hreflang", "number", "summary", "questions", "chapters", "list",
        // build(body:sectionNumbers:), footnotes, toc, search filters, neighbours
        "kind", "content", "description", "editorial_note", "footnotes", "note", "html", "toc", "id", "sub", "backlinks",
        "search_filters", "name", "value", "prev", "next", "pager",
        // addKindData: chapters, recommendations, challenges, towns, terms, checklists, lists of pages
        "authors", "author_role", "part", "original_language", "paraphrased", "challenges", "recommendations", "label",
        "fits_best", "tags", "facet", "values", "towns", "grounding", "related", "challenge", "challenge_text", "section",
        "finder", "facts", "detail", "also", "electoral", "formal", "informal", "term", "acronym", "definition",
        "downloads", "csv", "json", "items", "is_home", "parts", "source_groups", "towns_index",
        // addRecord, evidenceItem, addTownComparison
        "record", "evidence", "records", "source", "town_table", "charts", "svg", "alternatives",
    ]

    func link(_ group: Int) -> ViewModel {
        let (href, hreflang) = naming.url(group, root: root)
        // Every key is set (false when absent): Mustache would otherwise find the page's own value.
        return ["href": .text(href), "text": .text(naming.linkText(group)), "title": .text(naming.title(group)),
                "hreflang": ViewValue(hreflang), "number": ViewValue(resolved.numbers[group]),
                "summary": ViewValue(naming.summary(group)), "questions": false, "chapters": false]
    }

    /// A link as a list item.
    private func linkItem(_ group: Int) -> ViewValue { .map(link(group)) }

    /// A list for a template section: nil when empty (the section disappears), else `{list: …}`.
    static func section(_ list: [ViewValue]) -> ViewValue? { list.isEmpty ? nil : ["list": .list(list)] }

    /// `sectionNumbers` are the ones the body was rendered with (`PageRenderContext`), by heading.
    func build(body: RenderedBody, sectionNumbers: [String?]) -> ViewModel {
        let page = resolved.site.pages[pageIndex]
        var model: ViewModel = [
            "kind": .text(page.kind.rawValue),
            "title": .text(page.title),
            "content": .utf8(body.bytes),
        ]
        if let number = resolved.numbers[group] { model["number"] = .text(number) }
        if let summary = page.summary { model["summary"] = .text(summary) }
        if let description = description(page, body: body) { model["description"] = .text(PageDescription.cut(description)) }
        if let note = page.editorialNote { model["editorial_note"] = .text(note) }
        if !body.footnotes.isEmpty {
            model["footnotes"] = Self.section(body.footnotes.map { ["note": .number($0.number), "html": .text($0.html)] })
        }
        let toc = page.outline.headings.enumerated().filter { $0.element.level == 2 || $0.element.level == 3 }
        if toc.count >= 2 {
            model["toc"] = Self.section(toc.map { index, heading -> ViewValue in
                ["id": .text(heading.id), "text": .text(heading.text), "sub": .flag(heading.level == 3),
                 "number": ViewValue(sectionNumbers[index])]
            })
        }
        if let sources = resolved.backlinks[group], !sources.isEmpty {
            model["backlinks"] = Self.section(sources.map(linkItem))
        }
        addNeighbours(&model)
        addKindData(page, &model)
        addRecord(page, &model)
        model["search_filters"] = .list(searchFilters(page).map { ["name": .text($0.name), "value": .text($0.value)] })
        return model
    }

    /// What the page says it is about: its summary, a term's definition, else its first paragraph.
    private func description(_ page: Page, body: RenderedBody) -> String? {
        if let summary = page.summary { return summary }
        if case .term(let term) = page.data { return term.definition }
        return PageDescription.firstParagraph(body.bytes)
    }

    /// The filters the search offers for this page (`data-pagefind-filter`), named in the
    /// reader's language: the kind of page, its section and challenge, its facets, its country.
    private func searchFilters(_ page: Page) -> [(name: String, value: String)] {
        var filters: [(name: String, value: String)] = []
        switch page.data {
        case .recommendation(let data):
            filters.append((strings["filter-kind"], naming.recordLabel(group)))
            if let section = data.section.flatMap({ resolved.index(.chapter)[$0.value] }) {
                filters.append((strings["filter-section"], naming.linkText(section)))
            }
            if let challenge = data.challenge.flatMap({ resolved.index(.challenge)[$0.value] }) {
                filters.append((strings["filter-challenge"], naming.title(challenge)))
            }
            for facet in data.tags.keys.sorted() {
                for value in data.tags[facet] ?? [] {
                    filters.append((environment.label(\.facets, facet), environment.label(\.facetValues, facet + "." + value.value)))
                }
            }
        case .town(let town):
            filters.append((strings["filter-kind"], strings["town"]))
            if let country = town.country { filters.append((strings["filter-country"], country)) }
        case .challenge:
            filters.append((strings["filter-kind"], strings["challenge"]))
        case .term:
            filters.append((strings["filter-kind"], strings["glossary"]))
        case .chapter(let data):
            filters.append((strings["filter-kind"], strings["kind-text"]))
            if let part = data.part.flatMap({ resolved.index(.part)[$0.value] }) {
                filters.append((strings["filter-section"], naming.title(part)))
            }
        case .part, .checklist, .page:
            filters.append((strings["filter-kind"], strings["kind-text"]))
        case .record:
            filters.append((strings["filter-kind"], strings["kind-" + page.kind.rawValue]))
        }
        return filters
    }

    /// Previous and next in reading order: parts and chapters among themselves, recommendations
    /// among themselves (section by section).
    private func addNeighbours(_ model: inout ViewModel) {
        let (order, position): ([Int], Int?) = resolved.readingPosition[group].map { (resolved.readingOrder, $0) }
            ?? (naming.recommendationOrder, naming.recommendationPosition[group])
        guard let position else { return }
        if position > 0 { model["prev"] = linkItem(order[position - 1]) }
        if position + 1 < order.count { model["next"] = linkItem(order[position + 1]) }
        model["pager"] = true
    }

    private func addKindData(_ page: Page, _ model: inout ViewModel) {
        switch page.data {
        case .part:
            model["chapters"] = Self.section((resolved.chaptersOfPart[group] ?? []).map(linkItem))
        case .chapter(let data):
            if !data.authors.isEmpty { model["authors"] = .text(data.authors.joined(separator: ", ")) }
            if let role = data.authorRole { model["author_role"] = .text(role) }
            if let part = data.part.flatMap({ resolved.index(.part)[$0.value] }) { model["part"] = linkItem(part) }
            if let original = data.originalLanguage { model["original_language"] = .text(strings["language-name-" + original]) }
            if data.paraphrased { model["paraphrased"] = .flag(true) }
            let challenges = resolved.challengesOfSection[group] ?? []
            if !challenges.isEmpty {
                model["challenges"] = Self.section(challenges.map { challenge -> ViewValue in
                    var item = link(challenge)
                    item["recommendations"] = .list((resolved.recommendationsOfChallenge[challenge] ?? []).map(linkItem))
                    return .map(item)
                })
            } else if let recommendations = resolved.recommendationsOfSection[group], !recommendations.isEmpty {
                model["recommendations"] = Self.section(recommendations.map(linkItem))
            }
        case .recommendation(let data):
            model["label"] = .text(naming.recordLabel(group))
            if let fits = data.fitsBest { model["fits_best"] = .text(fits) }
            model["tags"] = Self.section(data.tags.keys.sorted().compactMap { facet -> ViewValue? in
                let values = data.tags[facet] ?? []
                guard !values.isEmpty else { return nil }
                return ["facet": .text(environment.label(\.facets, facet)),
                        "values": .text(values.map { environment.label(\.facetValues, facet + "." + $0.value) }.joined(separator: ", "))]
            })
            func links(_ ids: [Located<String>], _ role: KindRole) -> ViewValue? {
                Self.section(ids.compactMap { resolved.index(role)[$0.value] }.map(linkItem))
            }
            model["towns"] = links(data.towns, .town)
            model["grounding"] = links(data.chapters, .chapter)
            // The link text and then the title ("Policy option 2.1 Create …"); a link text that
            // already ends with the title (a record without a number, "3 Local policymaking…") is
            // not followed by it again.
            model["related"] = Self.section(data.related.compactMap(resolved.group(of:)).map { group -> ViewValue in
                var item = link(group)
                if naming.linkText(group).hasSuffix(naming.title(group)) { item["title"] = false }
                return .map(item)
            })
            if let challenge = data.challenge.flatMap({ resolved.index(.challenge)[$0.value] }) {
                model["challenge"] = linkItem(challenge)
                model["challenge_text"] = .text(naming.title(challenge))
            }
            if let section = data.section.flatMap({ resolved.index(.chapter)[$0.value] }) { model["section"] = linkItem(section) }
            if let finder = RecommendationFinder.link(for: data.tags, root: root, language: environment.language) {
                model["finder"] = .text(finder)
            }
        case .challenge(let data):
            model["recommendations"] = Self.section((resolved.recommendationsOfChallenge[group] ?? []).map(linkItem))
            if let section = data.section.flatMap({ resolved.index(.chapter)[$0.value] }) { model["section"] = linkItem(section) }
        case .town(let town):
            var facts: [ViewValue] = []
            for (key, value) in [("country", town.country), ("region", town.region), ("province", town.province)] {
                guard let value else { continue }
                var fact: ViewModel = ["label": .text(strings[key]), "value": .text(HTML.escape(value))]
                // The country's code (`country_code: DE`) is shown beside its name.
                if key == "country", let code = town.countryCode { fact["detail"] = .text(code.uppercased()) }
                facts.append(.map(fact))
            }
            let formatter = FigureFormatter(environment: environment)
            for definition in resolved.site.data.figures {
                guard let figure = town.figures[definition.id] else { continue }
                var fact: ViewModel = ["label": .text(environment.label(\.figures, definition.id)),
                                       "value": .text(HTML.escape(formatter.value(figure, definition: definition)))]
                let detail = [figure.year.map(String.init), figure.source.map(formatter.source),
                              figure.note.map(formatter.note)].compactMap { $0 }
                if !detail.isEmpty { fact["detail"] = .text(detail.joined(separator: " · ")) }
                let others = formatter.alternatives(figure, definition: definition)
                if !others.isEmpty { fact["also"] = .text(others.joined(separator: "; ")) }
                facts.append(.map(fact))
            }
            model["facts"] = .list(facts)
            if let representation = town.representation {
                model["electoral"] = .text(representation.electoral ?? "–")
                model["formal"] = .text(RepresentationList.html(representation.formal, strings: strings))
                model["informal"] = .text(RepresentationList.html(representation.informal, strings: strings))
            }
        case .term(let term):
            model["term"] = .text(term.term)
            if let acronym = term.acronym { model["acronym"] = .text(acronym) }
            model["definition"] = .text(term.definition)
        case .checklist(let checklist):
            model["questions"] = .list(checklist.questions.map(ViewValue.text))
        case .record:
            break
        case .page(let data):
            let listed = data.list.map(resolved.schemas.role(of:))
            if data.includeSources && listed == .town {
                model["towns_index"] = .map(TownsIndex(naming: naming, root: root, ownSource: data.ownSource).model())
            } else if let kind = data.list {
                // The downloads, the towns' table and charts hold the publication's own records only.
                if !data.includeSources, let role = listed, let name = [KindRole.recommendation: "recommendations", .town: "towns"][role] {
                    let path = root + DataDownloads.folder(environment.language) + name
                    model["downloads"] = ["csv": .text(path + ".csv"), "json": .text(path + ".json")]
                }
                if listed == .town { addTownComparison(&model) }
                // The publication's own records (recommendations section by section, in reading
                // order), unless the page asks for every source's; those from a source are listed
                // on the source's page too, and a report's recommendations also here, after the
                // own, report by report.
                let listedGroups = listed == .recommendation ? naming.recommendationOrder
                    : (resolved.groupsOfKind[kind] ?? []).filter {
                        data.includeSources || resolved.site.pages[resolved.groups[$0].original].origins.isEmpty
                    }
                if listed == .recommendation {
                    model["source_groups"] = Self.section(resolved.groupsBySource(.recommendation).map { source, groups -> ViewValue in
                        ["title": .text(naming.title(source)), "href": .text(naming.url(source, root: root).href),
                         "items": .list(groups.map(linkItem))]
                    })
                }
                model["items"] = Self.section(listedGroups.map { item -> ViewValue in
                    var entry = link(item)
                    if case .term(let term) = naming.page(item).data { entry["summary"] = .text(term.definition) }
                    if case .checklist(let list) = naming.page(item).data {
                        entry["questions"] = Self.section(list.questions.map(ViewValue.text))
                    }
                    return .map(entry)
                })
            }
            if page.path.isEmpty {
                model["is_home"] = true
                model["parts"] = Self.section(resolved.groups(.part).map { part -> ViewValue in
                    var item = link(part)
                    item["chapters"] = Self.section((resolved.chaptersOfPart[part] ?? []).map(linkItem))
                    return .map(item)
                })
            }
        }
    }

    /// The declared fields its role does not show (`RecordView`), the evidence from other sources
    /// that names the page, and on a source's page the records that come from it, by kind.
    private func addRecord(_ page: Page, _ model: inout ViewModel) {
        guard let schema = resolved.schemas[page.kind] else { return }
        model["record"] = .map(RecordView(page: self, naming: naming).model(of: page, schema: schema))
        if let evidence = resolved.evidence[group], !evidence.isEmpty {
            model["evidence"] = Self.section(evidence.map(evidenceItem))
        }
        if let records = resolved.recordsOfSource[group], !records.isEmpty {
            var byKind: [(kind: PageKind, items: [Int])] = []
            for record in records {
                let kind = resolved.groups[record].kind
                if let index = byKind.firstIndex(where: { $0.kind == kind }) { byKind[index].items.append(record) } else { byKind.append((kind, [record])) }
            }
            model["records"] = Self.section(byKind.sorted { $0.kind < $1.kind }.map { group -> ViewValue in
                ["kind": .text(strings["kinds-" + group.kind.rawValue]), "list": .list(group.items.map(linkItem))]
            })
        }
    }

    /// A record that names this page, with its kind and its source ("Best practice · MUST-a-Lab …").
    private func evidenceItem(_ record: Int) -> ViewValue {
        var item = link(record)
        let recordPage = naming.page(record)
        item["kind"] = .text(strings["kind-" + recordPage.kind.rawValue])
        let sources = recordPage.origins.compactMap(resolved.group(of:)).map { naming.title($0) }
        item["source"] = ViewValue(sources.isEmpty ? nil : sources.joined(separator: ", "))
        return .map(item)
    }

    /// The towns overview: every town's figures in one sortable table, and a chart per numeric figure.
    private func addTownComparison(_ model: inout ViewModel) {
        let towns = resolved.ownGroups(.town).compactMap { group -> (group: Int, town: Town)? in
            guard case .town(let town) = naming.page(group).data else { return nil }
            return (group, town)
        }
        guard !towns.isEmpty else { return }
        let figures = resolved.site.data.figures
        let rows = towns.map { TownTable.Row(name: $0.town.name, href: naming.url($0.group, root: root).href,
                                             country: $0.town.country, figures: $0.town.figures) }
        model["town_table"] = .text(TownTable(environment: environment).html(rows, figures: figures,
                                                                            caption: strings["towns-compared"]))
        let charts = TownCharts(environment: environment)
            .charts(towns.map { TownCharts.Row(name: $0.town.name, figures: $0.town.figures) }, figures: figures)
        model["charts"] = Self.section(charts.map { chart in
            ["svg": .text(chart.svg), "alternatives": Self.section(chart.alternatives.map(ViewValue.text)) ?? false]
        })
    }
}
