import FolioModel

/// Puts parts, chapters, recommendations, challenges and tables in order and numbers them.
enum Numbering {
    static func assign(_ resolved: inout ResolvedSite, _ problems: inout [Diagnostic]) {
        let pages = resolved.site.pages
        func original(_ group: Int) -> Page { pages[resolved.groups[group].original] }
        func ordered(_ groups: [Int]) -> [Int] {
            groups.sorted { (original($0).order, original($0).id) < (original($1).order, original($1).id) }
        }

        for kind in PageKind.allCases {
            resolved.groupsOfKind[kind] = ordered(resolved.groups.indices.filter { resolved.groups[$0].kind == kind })
        }
        let parts = resolved.groupsOfKind[.part] ?? []
        let partIndex = resolved.index[.part] ?? [:]
        for chapter in resolved.groupsOfKind[.chapter] ?? [] {
            guard case .chapter(let data) = original(chapter).data, let part = data.part else { continue }
            if let partGroup = partIndex[part.value] {
                resolved.chaptersOfPart[partGroup, default: []].append(chapter)
            }
        }
        for part in parts {
            resolved.readingOrder.append(part)
            guard case .part(let data) = original(part).data else { continue }
            let chapters = ordered(resolved.chaptersOfPart[part] ?? [])
            resolved.chaptersOfPart[part] = chapters
            for (position, chapter) in chapters.enumerated() {
                resolved.readingOrder.append(chapter)
                guard case .chapter(let chapterData) = original(chapter).data else { continue }
                if let number = chapterData.number {
                    resolved.numbers[chapter] = number
                } else if data.numbered {
                    resolved.numbers[chapter] = data.numberPrefix + String(position + 1)
                }
            }
        }

        resolved.readingPosition = Dictionary(resolved.readingOrder.enumerated().map { ($1, $0) },
                                              uniquingKeysWith: { first, _ in first })
        let chapterIndex = resolved.index[.chapter] ?? [:]
        for challenge in resolved.groupsOfKind[.challenge] ?? [] {
            guard case .challenge(let data) = original(challenge).data, let section = data.section,
                  let sectionGroup = chapterIndex[section.value] else { continue }
            resolved.challengesOfSection[sectionGroup, default: []].append(challenge)
        }
        let challengeIndex = resolved.index[.challenge] ?? [:]
        for recommendation in resolved.groupsOfKind[.recommendation] ?? [] {
            guard case .recommendation(let data) = original(recommendation).data else { continue }
            if let section = data.section, let sectionGroup = chapterIndex[section.value] {
                resolved.recommendationsOfSection[sectionGroup, default: []].append(recommendation)
            }
            if let challenge = data.challenge, let challengeGroup = challengeIndex[challenge.value] {
                resolved.recommendationsOfChallenge[challengeGroup, default: []].append(recommendation)
            }
        }
        for (section, recommendations) in resolved.recommendationsOfSection {
            let prefix = resolved.numbers[section].map { $0 + "." } ?? ""
            for (position, recommendation) in recommendations.enumerated() {
                resolved.numbers[recommendation] = prefix + String(position + 1)
            }
        }

        numberTables(&resolved, &problems)
    }

    /// Tables are numbered through the publication in reading order, then the other pages by path.
    private static func numberTables(_ resolved: inout ResolvedSite, _ problems: inout [Diagnostic]) {
        let inReadingOrder = Set(resolved.readingOrder)
        let rest = resolved.groups.indices.filter { !inReadingOrder.contains($0) }
            .sorted { resolved.groups[$0].path < resolved.groups[$1].path }
        var number = 0
        for group in resolved.readingOrder + rest {
            let page = resolved.site.pages[resolved.groups[group].original]
            for table in page.outline.tables {
                if let existing = resolved.tables[table.id] {
                    let other = resolved.site.pages[resolved.groups[existing.group].original].source
                    problems.append(.error("id.duplicate", "the table id '\(table.id)' is already used in \(other)",
                                           at: table.location, hint: "give the table another 'id:'"))
                    continue
                }
                number += 1
                resolved.tables[table.id] = (number, group)
            }
        }
        // A translation repeats its original's tables, under the same ids.
        for (index, page) in resolved.site.pages.enumerated() where page.language != resolved.config.defaultLanguage {
            let group = resolved.groupOfPage[index]
            guard group >= 0 else { continue }
            let original = resolved.site.pages[resolved.groups[group].original]
            let ids = original.outline.tables.map(\.id)
            for table in page.outline.tables where !ids.contains(table.id) {
                problems.append(.error("table.translation", "the table '\(table.id)' is not in the original \(original.source)",
                                       at: table.location,
                                       hint: "a translated table keeps the original's id"
                                           + NearestName.suggestion(for: table.id, among: ids)))
            }
        }
    }
}
