import FolioModel

/// Puts every kind's records in list order and numbers them as their schemas declare: records
/// numbered `in-part` follow their part in the reading order, `in-section` ones carry their
/// section's number; tables are numbered through the publication, or within the record whose
/// kind numbers its own (`table_numbers: own`: a report and the records that come from it).
enum Numbering {
    static func assign(_ resolved: inout ResolvedSite, _ problems: inout [Diagnostic]) {
        let pages = resolved.site.pages
        func original(_ group: Int) -> Page { pages[resolved.groups[group].original] }
        func ordered(_ groups: [Int]) -> [Int] {
            groups.sorted { (original($0).order, original($0).id) < (original($1).order, original($1).id) }
        }

        for schema in resolved.schemas.all {
            let groups = resolved.groups.indices.filter { resolved.groups[$0].kind == schema.kind }
            resolved.groupsOfKind[schema.kind] = schema.sort == .order ? ordered(groups) : groups.sorted {
                schema.sort == .id ? original($0).id < original($1).id
                    : (original($0).title, original($0).id) < (original($1).title, original($1).id)
            }
        }
        /// The group a page's reference field names.
        func target(_ page: Page, _ field: String) -> Int? { page.fields.reference(field).flatMap(resolved.group(of:)) }

        let parts = resolved.groups(.part)
        for kind in resolved.schemas.kinds(numbered: .inPart) {
            for chapter in resolved.groupsOfKind[kind] ?? [] {
                if let part = target(original(chapter), "part") { resolved.chaptersOfPart[part, default: []].append(chapter) }
            }
        }
        for part in parts {
            resolved.readingOrder.append(part)
            let partPage = original(part)
            let chapters = ordered(resolved.chaptersOfPart[part] ?? [])
            resolved.chaptersOfPart[part] = chapters
            for (position, chapter) in chapters.enumerated() {
                resolved.readingOrder.append(chapter)
                if let number = original(chapter).fields.text("number") {
                    resolved.numbers[chapter] = number
                } else if partPage.fields.bool("numbered") == true {
                    resolved.numbers[chapter] = (partPage.fields.text("number_prefix") ?? "") + String(position + 1)
                }
            }
        }

        resolved.readingPosition = Dictionary(resolved.readingOrder.enumerated().map { ($1, $0) },
                                              uniquingKeysWith: { first, _ in first })
        for challenge in resolved.groups(.challenge) {
            if let section = target(original(challenge), "section") {
                resolved.challengesOfSection[section, default: []].append(challenge)
            }
        }
        for kind in resolved.schemas.kinds(numbered: .inSection) {
            for recommendation in resolved.groupsOfKind[kind] ?? [] {
                let page = original(recommendation)
                if let section = target(page, "section") {
                    resolved.recommendationsOfSection[section, default: []].append(recommendation)
                }
                if let challenge = target(page, "challenge") {
                    resolved.recommendationsOfChallenge[challenge, default: []].append(recommendation)
                }
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

    /// Tables are numbered in reading order, then the other pages by path: through the publication,
    /// except those of a record whose kind numbers its own and of the records that come from it.
    private static func numberTables(_ resolved: inout ResolvedSite, _ problems: inout [Diagnostic]) {
        let inReadingOrder = Set(resolved.readingOrder)
        let rest = resolved.groups.indices.filter { !inReadingOrder.contains($0) }
            .sorted { resolved.groups[$0].path < resolved.groups[$1].path }
        var counts: [Int?: Int] = [:]
        for group in resolved.readingOrder + rest {
            let page = resolved.site.pages[resolved.groups[group].original]
            guard !page.outline.tables.isEmpty else { continue }
            let scope = resolved.tableScope(of: group)
            for table in page.outline.tables {
                if let existing = resolved.tables[table.id] {
                    let other = resolved.site.pages[resolved.groups[existing.group].original].source
                    problems.append(.error("id.duplicate", "the table id '\(table.id)' is already used in \(other)",
                                           at: table.location, hint: "give the table another 'id:'"))
                    continue
                }
                counts[scope, default: 0] += 1
                resolved.tables[table.id] = (counts[scope]!, group)
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
