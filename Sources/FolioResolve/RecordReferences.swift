import FolioModel

/// Checks the typed references that records make in their front matter (a recommendation's
/// towns, a chapter's part, a best practice's report …), by each kind's schema, and records them:
/// as backlinks (a town lists the recommendations that draw on it), as evidence (a white-paper
/// recommendation lists the best practices that name it) or as a source's records (a report
/// lists its best practices).
enum RecordReferences {
    static func check(_ resolved: inout ResolvedSite, _ problems: inout [Diagnostic]) {
        let pages = resolved.site.pages
        for (group, info) in resolved.groups.enumerated() {
            let page = pages[info.original]
            guard let schema = resolved.schemas[page.kind] else { continue }
            let isEvidence = !page.origins.isEmpty
            for field in schema.fields where field.type == .reference {
                for reference in page.fields.references(field.name) {
                    if reference.kind == page.kind && reference.id == page.id {
                        problems.append(.error("reference.self", "a \(page.kind.rawValue) cannot be related to itself",
                                               at: reference.location, hint: "remove '\(page.id)' from '\(field.name)'"))
                        continue
                    }
                    guard let target = resolve(reference, field: field.name, resolved, &problems) else { continue }
                    if field.origin {
                        resolved.recordsOfSource[target, default: []].append(group)
                    } else if isEvidence {
                        resolved.evidence[target, default: []].append(group)
                    } else if field.backlink {
                        resolved.backlinks[target, default: []].append(group)
                    }
                }
            }
        }
        checkTownTables(resolved, &problems)
    }

    /// The group a reference names, or nil with the problem reported.
    private static func resolve(_ reference: RecordReference, field: String, _ resolved: ResolvedSite,
                                _ problems: inout [Diagnostic]) -> Int? {
        if let target = resolved.group(of: reference) { return target }
        let kind = reference.kind
        if let broken = resolved.site.broken.page(kind: kind, id: reference.id) {
            problems.append(BrokenInputs.unchecked(into: broken.source))
            return nil
        }
        let known = resolved.index[kind].map { Array($0.keys) } ?? []
        problems.append(.error("reference.unresolved",
                               "'\(field)' names no \(kind.rawValue) '\(reference.id)'\(NearestName.suggestion(for: reference.id, among: known))",
                               at: reference.location, hint: hint(for: kind)))
        return nil
    }

    /// Every town and figure a ` ```towns ` table names must exist.
    private static func checkTownTables(_ resolved: ResolvedSite, _ problems: inout [Diagnostic]) {
        let figureIDs = Set(resolved.site.data.figures.map(\.id)).union(TownColumns.builtIn)
        let towns = resolved.index(.town)
        let figuresBroken = resolved.site.broken.dataFiles.contains("content/figures.yaml")
        for page in resolved.site.pages {
            for table in page.outline.tables {
                guard case .towns(let spec) = table.source else { continue }
                for town in spec.towns where towns[town.value] == nil {
                    if let kind = resolved.schemas.kind(.town), let broken = resolved.site.broken.page(kind: kind, id: town.value) {
                        problems.append(BrokenInputs.unchecked(into: broken.source))
                        continue
                    }
                    problems.append(.error("reference.unresolved",
                                           "no town '\(town.value)'\(NearestName.suggestion(for: town.value, among: towns.keys))",
                                           at: town.location, hint: hint(for: resolved.schemas.kind(.town) ?? PageKind("town"))))
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
