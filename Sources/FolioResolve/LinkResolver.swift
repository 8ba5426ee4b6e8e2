import FolioModel

/// Resolves the links of every page: typed cross-references (`rec:pb1-2`), relative `.md` links,
/// anchors and external URLs. Every failure names the link's place and the nearest id.
enum LinkResolver {
    /// Resolves every page's links in parallel; backlinks are merged in page order. Returns each
    /// page's problems.
    static func resolveAll(_ resolved: inout ResolvedSite, threads: Int) -> [[Diagnostic]] {
        let site = resolved
        let results = Parallel.map(site.site.pages.count, threads: threads) { pageIndex -> ([LinkTarget?], [Diagnostic]) in
            let page = site.site.pages[pageIndex]
            var pageProblems: [Diagnostic] = []
            let targets = page.outline.links.map { resolve($0, on: page, resolved: site, problems: &pageProblems) }
            return (targets, pageProblems)
        }
        for (pageIndex, (targets, _)) in results.enumerated() {
            let group = resolved.groupOfPage[pageIndex]
            guard group >= 0, site.site.pages[pageIndex].language == site.config.defaultLanguage else { continue }
            for target in targets {
                switch target {
                case .page(let to, _)?, .table(let to, _)?:
                    if to != group { resolved.backlinks[to, default: []].append(group) }
                default: break
                }
            }
        }
        resolved.links = results.map(\.0)
        return results.map(\.1)
    }

    /// The problems of one page's links (their targets are `resolved.links`' already).
    static func problems(of page: Page, resolved: ResolvedSite) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for link in page.outline.links { _ = resolve(link, on: page, resolved: resolved, problems: &problems) }
        return problems
    }

    static func resolve(_ link: DocumentOutline.Link, on page: Page, resolved: ResolvedSite,
                        problems: inout [Diagnostic]) -> LinkTarget? {
        let destination = link.destination
        func fail(_ code: String, _ message: String, _ hint: String) -> LinkTarget? {
            problems.append(.error(code, message, at: link.location, hint: hint))
            return nil
        }
        if destination.isEmpty {
            return fail("link.empty", "the link has no destination", "write the target in the parentheses: [text](rec:pb1-1)")
        }
        if URLSafety.isDangerous(destination) {
            return fail("link.unsafe", "links to '\(destination.prefix(30))…' are never published",
                        "javascript:, vbscript: and data: URLs are not allowed")
        }
        if destination.hasPrefix("#") {
            let anchor = String(destination.dropFirst())
            if !page.outline.headings.contains(where: { $0.id == anchor }) && !page.outline.tables.contains(where: { $0.id == anchor }) {
                return fail("link.anchor", "no heading '\(anchor)' on this page\(NearestName.suggestion(for: anchor, among: page.outline.headings.map(\.id)))",
                            "heading ids are made from the heading text; set one with {#id}")
            }
            return .anchor(anchor)
        }
        if let colon = destination.utf8.firstIndex(of: UInt8(ascii: ":")) {
            let scheme = String(destination[..<colon])
            let rest = String(destination[destination.index(after: colon)...])
            if scheme == "cite" { return citation(rest, link: link, resolved: resolved, problems: &problems) }
            if scheme == "lang" {
                guard LanguageTag.isWellFormed(rest) else {
                    return fail("link.language", "'\(rest)' is not a language tag",
                                "write a language code: [Carta dei Sindaci](lang:it), [Leitbild](lang:de)")
                }
                return .language(rest)
            }
            if scheme == "table" {
                guard let table = resolved.tables[rest] else {
                    return fail("link.unresolved", "no table '\(rest)'\(NearestName.suggestion(for: rest, among: resolved.tables.keys, prefix: "table:"))",
                                "a table's id is the 'id:' inside its ```table block")
                }
                return .table(group: table.group, id: rest)
            }
            if let kind = resolved.schemas.kind(prefix: scheme) {
                return typed(kind, prefix: scheme, rest, link: link, resolved: resolved, problems: &problems)
            }
            let lower = scheme.lowercased()
            if ["http", "https", "mailto", "ftp", "tel"].contains(lower) { return .external(destination) }
            let prefixes = resolved.schemas.prefixes + ["table", "cite", "lang"]
            return fail("link.scheme", "unknown link type '\(scheme):'\(NearestName.suggestion(for: scheme, among: prefixes, prefix: ""))",
                        "use one of " + prefixes.map { $0 + ":" }.joined(separator: ", ") + ", or a full https:// address")
        }
        if destination.hasPrefix("//") { return .external(destination) }
        let (pathPart, anchor) = split(destination)
        if pathPart.hasSuffix(".md") {
            return relative(pathPart, anchor: anchor, link: link, page: page, resolved: resolved, problems: &problems)
        }
        if ServerRootPath.matches(destination) {
            problems.append(ServerRootPath.warning(destination, what: "link", at: link.location,
                                                   hint: "link a page by its file ([text](../towns/bebra.md)) or by a cross-reference ([](town:bebra))"))
        }
        return .external(destination)
    }

    private static func split(_ text: String) -> (String, String?) {
        guard let hash = text.utf8.firstIndex(of: UInt8(ascii: "#")) else { return (text, nil) }
        return (String(text[..<hash]), String(text[text.index(after: hash)...]))
    }

    private static func typed(_ kind: PageKind, prefix scheme: String, _ rest: String, link: DocumentOutline.Link,
                              resolved: ResolvedSite, problems: inout [Diagnostic]) -> LinkTarget? {
        let (id, anchor) = split(rest)
        let ids = resolved.index[kind] ?? [:]
        guard let group = ids[id] else {
            if let broken = resolved.site.broken.page(kind: kind, id: id) {
                problems.append(BrokenInputs.unchecked(into: broken.source))
                return nil
            }
            var suggestion = NearestName.suggestion(for: id, among: ids.keys, prefix: scheme + ":")
            // The id of a record of another kind: the prefix is the slip.
            if let other = resolved.schemas.all.first(where: { $0.kind != kind && $0.prefix != nil && resolved.index[$0.kind]?[id] != nil }) {
                suggestion = " (did you mean '\(other.prefix!):\(id)'? '\(id)' is a \(other.kind.rawValue))"
            }
            problems.append(.error("link.unresolved", "no \(kind.rawValue) '\(id)'\(suggestion)",
                                   at: link.location, hint: RecordReferences.hint(for: kind)))
            return nil
        }
        if let anchor {
            guard check(anchor, in: group, link: link, resolved: resolved, problems: &problems) else { return nil }
        }
        return .page(group: group, anchor: anchor)
    }

    private static func check(_ anchor: String, in group: Int, link: DocumentOutline.Link, resolved: ResolvedSite,
                              problems: inout [Diagnostic]) -> Bool {
        let target = resolved.site.pages[resolved.groups[group].original]
        let ids = target.outline.headings.map(\.id) + target.outline.tables.map(\.id)
        if ids.contains(anchor) { return true }
        problems.append(.error("link.anchor", "\(target.source) has no heading '\(anchor)'\(NearestName.suggestion(for: anchor, among: ids))",
                               at: link.location, hint: "heading ids are made from the heading text; set one with {#id}"))
        return false
    }

    private static func relative(_ path: String, anchor: String?, link: DocumentOutline.Link, page: Page,
                                 resolved: ResolvedSite, problems: inout [Diagnostic]) -> LinkTarget? {
        var segments = page.source.utf8.split(separator: UInt8(ascii: "/")).map { String(Substring($0)) }
        segments.removeFirst(2)
        segments.removeLast()
        for part in path.utf8.split(separator: UInt8(ascii: "/")).map({ String(Substring($0)) }) {
            switch part {
            case ".": continue
            case "..":
                guard !segments.isEmpty else {
                    problems.append(.error("link.outside", "the link '\(path)' leaves the content folder",
                                           at: link.location, hint: "link to a page inside content/\(page.language)/"))
                    return nil
                }
                segments.removeLast()
            default: segments.append(part)
            }
        }
        var target = segments.joined(separator: "/")
        target = String(target.dropLast(3))
        if target == "index" { target = "" } else if target.hasSuffix("/index") { target.removeLast(6) }
        guard let group = resolved.groupOfPath[target] else {
            let original = "content/\(resolved.config.defaultLanguage)/\(segments.joined(separator: "/"))"
            if let broken = resolved.site.broken.source(holding: original) {
                problems.append(BrokenInputs.unchecked(into: broken))
                return nil
            }
            problems.append(.error("link.unresolved", "no page content/\(page.language)/\(segments.joined(separator: "/"))",
                                   at: link.location, hint: "the path is relative to this file's folder"))
            return nil
        }
        if let anchor {
            guard check(anchor, in: group, link: link, resolved: resolved, problems: &problems) else { return nil }
        }
        return .page(group: group, anchor: anchor)
    }

    private static func citation(_ rest: String, link: DocumentOutline.Link, resolved: ResolvedSite,
                                 problems: inout [Diagnostic]) -> LinkTarget? {
        var entries: [Int] = []
        for piece in rest.split(separator: ";") {
            // A destination in <…> may hold spaces: "cite:a; b".
            var trimmed = piece.drop { $0 == " " || $0 == "\t" }
            while trimmed.last == " " || trimmed.last == "\t" { trimmed = trimmed.dropLast() }
            guard !trimmed.isEmpty else { continue }
            let id = String(trimmed)
            guard let index = resolved.bibliographyIndex[id] else {
                if let file = resolved.site.broken.dataFiles.first(where: { $0.hasPrefix("content/bibliography") }) {
                    problems.append(BrokenInputs.unchecked(into: file))
                    return nil
                }
                problems.append(.error("link.unresolved",
                                       "no bibliography entry '\(id)'\(NearestName.suggestion(for: id, among: resolved.bibliographyIndex.keys, prefix: "cite:"))",
                                       at: link.location, hint: "entries are in content/bibliography/*.yaml"))
                return nil
            }
            entries.append(index)
        }
        return entries.isEmpty ? nil : .citation(entries: entries, locator: nil)
    }
}
