/// Finds templates that would render without end in practice: `{{> a}}{{> a}}` in b, b twice in
/// c, and so on doubles the work at each level, so twenty levels render a million copies of a
/// for every page. Counted once per theme, in time linear in its templates and tags.
enum PartialExpansion {
    /// More nodes than any page needs (the default theme's largest template renders a few hundred).
    static let maximumNodes = 1_000_000

    /// The templates whose nodes, partials inlined (each section counted once), pass the maximum
    /// while none of the partials they include does: where the doubling happens. `templates` has
    /// no cycles (see `PartialCycles`).
    static func excessive(in templates: [String: Template]) -> [(name: String, nodes: Int)] {
        var sizes: [String: Int] = [:]
        func size(of name: String) -> Int {
            if let known = sizes[name] { return known }
            let counted = templates[name].map { count($0.nodes) } ?? 1
            sizes[name] = counted
            return counted
        }
        func count(_ nodes: [Template.Node]) -> Int {
            var total = 0
            for node in nodes {
                switch node {
                case .text, .variable: total += 1
                case .section(_, _, let body): total += 1 + count(body)
                case .partial(let name, _, _): total += 1 + size(of: name)
                }
                total = min(total, maximumNodes + 1)
            }
            return total
        }
        return templates.keys.sorted().compactMap { name in
            guard size(of: name) > maximumNodes else { return nil }
            let included = PartialCycles.partialTags(in: templates[name]!.nodes).map(\.name)
            guard included.allSatisfy({ size(of: $0) <= maximumNodes }) else { return nil }
            return (name, size(of: name))
        }
    }
}
