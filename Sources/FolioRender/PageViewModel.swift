import FolioMarkdown
import FolioModel
import FolioResolve

/// Builds the dictionary a page template receives. Templates hold no logic: every list, label
/// and URL is prepared here.
struct PageViewModel {
    let naming: Naming
    let pageIndex: Int
    let group: Int

    private var resolved: ResolvedSite { naming.resolved }
    private var environment: LanguageEnvironment { naming.environment }
    private var strings: UIStrings { environment.strings }

    func link(_ group: Int) -> [String: Any] {
        let (href, hreflang) = naming.url(group)
        // Every key is set (false when absent): Mustache would otherwise find the page's own value.
        return ["href": href, "text": naming.linkText(group), "title": naming.title(group),
                "hreflang": hreflang ?? false, "number": resolved.numbers[group] ?? false,
                "summary": naming.summary(group) ?? false, "questions": false, "chapters": false]
    }

    /// A list for a template section: nil when empty (the section disappears), else `{list: …}`.
    static func section(_ list: [Any]) -> Any? { list.isEmpty ? nil : ["list": list] }

    /// `sectionNumbers` are the ones the body was rendered with (`PageRenderContext`), by heading.
    func build(body: RenderedBody, sectionNumbers: [String?]) -> [String: Any] {
        let page = resolved.site.pages[pageIndex]
        var model: [String: Any] = [
            "kind": page.kind.rawValue,
            "title": page.title,
            "url": resolved.url(of: group, in: page.language),
            "content": body.html,
        ]
        if let number = resolved.numbers[group] { model["number"] = number }
        if let summary = page.summary { model["summary"] = summary }
        if let note = page.editorialNote { model["editorial_note"] = note }
        if !body.footnotes.isEmpty {
            model["footnotes"] = Self.section(body.footnotes.map { ["note": $0.number, "html": $0.html] as [String: Any] })
        }
        let toc = page.outline.headings.enumerated().filter { $0.element.level == 2 || $0.element.level == 3 }
        if toc.count >= 2 {
            model["toc"] = Self.section(toc.map { index, heading -> [String: Any] in
                ["id": heading.id, "text": heading.text, "sub": heading.level == 3, "number": sectionNumbers[index] ?? false]
            })
        }
        if let sources = resolved.backlinks[group], !sources.isEmpty {
            model["backlinks"] = Self.section(sources.map(link))
        }
        addNeighbours(&model)
        addKindData(page, &model)
        return model
    }

    private func addNeighbours(_ model: inout [String: Any]) {
        guard let position = resolved.readingPosition[group] else { return }
        if position > 0 { model["prev"] = link(resolved.readingOrder[position - 1]) }
        if position + 1 < resolved.readingOrder.count { model["next"] = link(resolved.readingOrder[position + 1]) }
        model["pager"] = true
    }

    private func addKindData(_ page: Page, _ model: inout [String: Any]) {
        switch page.data {
        case .part:
            model["chapters"] = Self.section((resolved.chaptersOfPart[group] ?? []).map(link))
        case .chapter(let data):
            if !data.authors.isEmpty { model["authors"] = data.authors.joined(separator: ", ") }
            if let role = data.authorRole { model["author_role"] = role }
            if let part = data.part.flatMap({ resolved.index[.part]?[$0.value] }) { model["part"] = link(part) }
            if let original = data.originalLanguage { model["original_language"] = strings["language-name-" + original] }
            let challenges = resolved.challengesOfSection[group] ?? []
            if !challenges.isEmpty {
                model["challenges"] = Self.section(challenges.map { challenge -> [String: Any] in
                    var item = link(challenge)
                    item["recommendations"] = (resolved.recommendationsOfChallenge[challenge] ?? []).map(link)
                    return item
                })
            } else if let recommendations = resolved.recommendationsOfSection[group], !recommendations.isEmpty {
                model["recommendations"] = Self.section(recommendations.map(link))
            }
        case .recommendation(let data):
            model["label"] = naming.recordLabel(group)
            if let fits = data.fitsBest { model["fits_best"] = fits }
            model["tags"] = Self.section(data.tags.keys.sorted().compactMap { facet -> [String: Any]? in
                let values = data.tags[facet] ?? []
                guard !values.isEmpty else { return nil }
                return ["facet": environment.label(\.facets, facet),
                        "values": values.map { environment.label(\.facetValues, facet + "." + $0.value) }.joined(separator: ", ")]
            })
            func links(_ ids: [Located<String>], _ kind: PageKind) -> Any? {
                Self.section(ids.compactMap { resolved.index[kind]?[$0.value] }.map(link))
            }
            model["towns"] = links(data.towns, .town)
            model["grounding"] = links(data.chapters, .chapter)
            model["related"] = links(data.related, .recommendation)
            if let challenge = data.challenge.flatMap({ resolved.index[.challenge]?[$0.value] }) {
                model["challenge"] = link(challenge)
                model["challenge_text"] = naming.title(challenge)
            }
            if let section = data.section.flatMap({ resolved.index[.chapter]?[$0.value] }) { model["section"] = link(section) }
        case .challenge(let data):
            model["recommendations"] = Self.section((resolved.recommendationsOfChallenge[group] ?? []).map(link))
            if let section = data.section.flatMap({ resolved.index[.chapter]?[$0.value] }) { model["section"] = link(section) }
        case .town(let town):
            var facts: [[String: Any]] = []
            for (key, value) in [("country", town.country), ("region", town.region), ("province", town.province)] {
                if let value { facts.append(["label": strings[key], "value": HTML.escape(value)]) }
            }
            let formatter = FigureFormatter(environment: environment)
            for definition in resolved.site.data.figures {
                guard let figure = town.figures[definition.id] else { continue }
                var fact: [String: Any] = ["label": environment.label(\.figures, definition.id),
                                           "value": HTML.escape(formatter.value(figure, definition: definition))]
                let detail = [figure.year.map(String.init), figure.source.map(formatter.source),
                              figure.note.map(formatter.note)].compactMap { $0 }
                if !detail.isEmpty { fact["detail"] = detail.joined(separator: " · ") }
                facts.append(fact)
            }
            model["facts"] = facts
            if let representation = town.representation {
                model["electoral"] = representation.electoral ?? "–"
                model["formal"] = RepresentationList.html(representation.formal, strings: strings)
                model["informal"] = RepresentationList.html(representation.informal, strings: strings)
            }
        case .term(let term):
            model["term"] = term.term
            if let acronym = term.acronym { model["acronym"] = acronym }
            model["definition"] = term.definition
        case .checklist(let checklist):
            model["questions"] = checklist.questions
        case .page(let data):
            if let kind = data.list {
                model["items"] = Self.section((resolved.groupsOfKind[kind] ?? []).map { item -> [String: Any] in
                    var entry = link(item)
                    if case .term(let term) = naming.page(item).data { entry["summary"] = term.definition }
                    if case .checklist(let list) = naming.page(item).data { entry["questions"] = Self.section(list.questions) }
                    return entry
                })
            }
            if page.path.isEmpty {
                model["is_home"] = true
                model["parts"] = Self.section((resolved.groupsOfKind[.part] ?? []).map { part -> [String: Any] in
                    var item = link(part)
                    item["chapters"] = Self.section((resolved.chaptersOfPart[part] ?? []).map(link))
                    return item
                })
            }
        }
    }
}
