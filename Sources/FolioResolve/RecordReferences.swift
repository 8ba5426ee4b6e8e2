import FolioModel

/// Checks the ids that records name in their front matter (a recommendation's towns, a chapter's
/// part …) and records them as backlinks: a town lists the recommendations that draw on it.
enum RecordReferences {
    static func check(_ resolved: inout ResolvedSite, _ problems: inout [Diagnostic]) {
        let pages = resolved.site.pages
        for (group, info) in resolved.groups.enumerated() {
            let page = pages[info.original]
            func refer(_ id: Located<String>?, to kind: PageKind, field: String, backlink: Bool = true) {
                guard let id else { return }
                guard let target = resolved.index[kind]?[id.value] else {
                    if let broken = resolved.site.broken.page(kind: kind, id: id.value) {
                        problems.append(BrokenInputs.unchecked(into: broken.source))
                        return
                    }
                    let known = resolved.index[kind].map { Array($0.keys) } ?? []
                    problems.append(.error("reference.unresolved",
                                           "'\(field)' names no \(kind.rawValue) '\(id.value)'\(NearestName.suggestion(for: id.value, among: known))",
                                           at: id.location, hint: hint(for: kind)))
                    return
                }
                if backlink { resolved.backlinks[target, default: []].append(group) }
            }
            switch page.data {
            case .chapter(let data):
                refer(data.part, to: .part, field: "part", backlink: false)
            case .recommendation(let data):
                refer(data.section, to: .chapter, field: "section", backlink: false)
                refer(data.challenge, to: .challenge, field: "challenge", backlink: false)
                data.towns.forEach { refer($0, to: .town, field: "towns") }
                data.chapters.forEach { refer($0, to: .chapter, field: "chapters") }
                for related in data.related where related.value == page.id {
                    problems.append(.error("reference.self", "a recommendation cannot be related to itself",
                                           at: related.location, hint: "remove '\(page.id)' from 'related'"))
                }
                data.related.filter { $0.value != page.id }.forEach { refer($0, to: .recommendation, field: "related") }
            case .challenge(let data):
                refer(data.section, to: .chapter, field: "section", backlink: false)
            default:
                break
            }
        }
        checkTownTables(resolved, &problems)
    }

    /// Every town and figure a ` ```towns ` table names must exist.
    private static func checkTownTables(_ resolved: ResolvedSite, _ problems: inout [Diagnostic]) {
        let figureIDs = Set(resolved.site.data.figures.map(\.id)).union(TownColumns.builtIn)
        let towns = resolved.index[.town] ?? [:]
        let figuresBroken = resolved.site.broken.dataFiles.contains("content/figures.yaml")
        for page in resolved.site.pages {
            for table in page.outline.tables {
                guard case .towns(let spec) = table.source else { continue }
                for town in spec.towns where towns[town.value] == nil {
                    if let broken = resolved.site.broken.page(kind: .town, id: town.value) {
                        problems.append(BrokenInputs.unchecked(into: broken.source))
                        continue
                    }
                    problems.append(.error("reference.unresolved",
                                           "no town '\(town.value)'\(NearestName.suggestion(for: town.value, among: towns.keys))",
                                           at: town.location, hint: hint(for: .town)))
                }
                for figure in spec.figures where !figureIDs.contains(figure.value) && !figuresBroken {
                    problems.append(.error("figure.unknown",
                                           "no figure '\(figure.value)'\(NearestName.suggestion(for: figure.value, among: figureIDs))",
                                           at: figure.location, hint: "figures are declared in content/figures.yaml"))
                }
            }
        }
    }

    static func hint(for kind: PageKind) -> String {
        "check the id: it is the file name of a \(kind.rawValue) page, without .md"
    }
}

/// Town fields that a towns table can show next to the declared figures.
public enum TownColumns {
    public static let builtIn: Set<String> = ["name", "country", "region", "province"]
}
