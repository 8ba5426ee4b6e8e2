import FolioModel

/// Counts of what the publication contains, in the default language: what `folio stats` prints.
/// Keys are plain names; per-part and per-section counts are keyed by id.
public struct SiteStatistics: Sendable {
    public var counts: [String: Int] = [:]
    public var breakdowns: [String: [String: Int]] = [:]

    public init(_ resolved: ResolvedSite) {
        let site = resolved.site
        let originals = resolved.groups.map { site.pages[$0.original] }
        /// The publication's own records of a role (records from another source are counted below).
        func count(_ role: KindRole) -> Int { originals.filter { $0.data.role == role && $0.origins.isEmpty }.count }
        counts["parts"] = count(.part)
        counts["chapters"] = count(.chapter)
        counts["recommendations"] = count(.recommendation)
        counts["challenges"] = count(.challenge)
        counts["towns"] = count(.town)
        counts["glossary_terms"] = count(.term)
        counts["checklist_groups"] = count(.checklist)
        counts["checklist_questions"] = originals.reduce(0) { total, page in
            if case .checklist(let list) = page.data { return total + list.questions.count }
            return total
        }
        counts["tables"] = resolved.tables.count
        counts["footnotes"] = originals.reduce(0) { $0 + $1.outline.footnoteCount }
        counts["bibliography_entries"] = site.data.bibliography.count
        counts["bibliography_entries_incomplete"] = site.data.bibliography.filter(\.incomplete).count
        counts["cross_references"] = originals.reduce(0) { $0 + $1.outline.links.count }
        for language in site.config.languages {
            counts["pages_" + language] = site.pages.filter { $0.language == language }.count
        }

        func ids(_ groups: [Int: [Int]]) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: groups.map { (resolved.groups[$0.key].id, $0.value.count) })
        }
        breakdowns["chapters_per_part"] = ids(resolved.chaptersOfPart)
        breakdowns["recommendations_per_section"] = ids(resolved.recommendationsOfSection)
        breakdowns["recommendations_per_challenge"] = ids(resolved.recommendationsOfChallenge)
        breakdowns["challenges_per_section"] = ids(resolved.challengesOfSection)
        addRecordCounts(originals, site.schemas)
    }

    /// Per kind, per source ("cor-study") and per source and kind ("cor-study/recommendation");
    /// the distinct values of the fields a schema names in `count_distinct`, per source and kind
    /// ("must-a-lab/best-practice/town"); and the counts the sources state (`counts:` fields) with
    /// the line each was counted from.
    private mutating func addRecordCounts(_ originals: [Page], _ schemas: KindSchemas) {
        var perKind: [String: Int] = [:]
        var perSource: [String: Int] = [:]
        var perSourceAndKind: [String: Int] = [:]
        var distinct: [String: Set<String>] = [:]
        var stated: [String: Int] = [:]
        var statedLines: [String: Int] = [:]
        for page in originals {
            let kind = page.kind.rawValue
            perKind[kind, default: 0] += 1
            for source in Set(page.origins.map(\.id)) {
                perSource[source, default: 0] += 1
                perSourceAndKind[source + "/" + kind, default: 0] += 1
                for field in schemas[page.kind]?.countDistinct ?? [] {
                    let values: [String] = switch page.fields[field] {
                    case .text(let text)?: [text]
                    case let value?: value.references.map(\.id)
                    case nil: []
                    }
                    distinct[source + "/" + kind + "/" + field, default: []].formUnion(values)
                }
            }
            for field in schemas[page.kind]?.fields ?? [] where field.type == .counts {
                guard case .counts(let counts)? = page.fields[field.name] else { continue }
                for (counted, count) in counts {
                    stated[page.id + "/" + counted] = count.value
                    if let line = count.line { statedLines[page.id + "/" + counted] = line }
                }
            }
        }
        breakdowns["records_per_kind"] = perKind
        breakdowns["records_per_source"] = perSource
        breakdowns["records_per_source_and_kind"] = perSourceAndKind
        breakdowns["distinct_per_source"] = distinct.mapValues(\.count)
        breakdowns["stated_counts"] = stated
        breakdowns["stated_count_lines"] = statedLines
    }

    /// A JSON object with sorted keys, so that the output is stable.
    public var json: String {
        var lines: [String] = []
        for key in counts.keys.sorted() { lines.append("  \"\(key)\": \(counts[key]!)") }
        for key in breakdowns.keys.sorted() {
            let inner = breakdowns[key]!.keys.sorted().map { "    \"\($0)\": \(breakdowns[key]![$0]!)" }
            lines.append("  \"\(key)\": {" + (inner.isEmpty ? "}" : "\n" + inner.joined(separator: ",\n") + "\n  }"))
        }
        return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
    }

    /// Aligned "name  count" lines, breakdowns indented below their name.
    public var text: String {
        var out = ""
        let width = (counts.keys.map(\.count) + breakdowns.values.flatMap { $0.keys.map { $0.count + 2 } }).max() ?? 10
        func line(_ name: String, _ value: Int) {
            out += name + String(repeating: " ", count: max(1, width - name.count + 2)) + String(value) + "\n"
        }
        for key in counts.keys.sorted() { line(key, counts[key]!) }
        for key in breakdowns.keys.sorted() {
            out += key + "\n"
            for inner in breakdowns[key]!.keys.sorted() { line("  " + inner, breakdowns[key]![inner]!) }
        }
        return out
    }
}
