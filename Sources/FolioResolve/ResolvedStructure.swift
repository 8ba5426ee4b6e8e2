import FolioModel

/// What resolving a site decides from what its pages show each other (their paths, front matter,
/// headings, link targets and tables), with the data files and folio.yaml: the groups, numbers,
/// link targets and backlinks, and the problems found, each page's link problems apart (they are
/// placed in its body). A preview server keeps it, and after an edit that changed only page
/// bodies (`SiteResolver.structure(_:withBodiesOf:)`) resolves nothing again but the problems of
/// the links that moved and the untranslated paragraphs of the groups whose pages changed.
public struct ResolvedStructure: Sendable {
    public internal(set) var resolved: ResolvedSite
    /// The problems found before the links were resolved.
    var problems: [Diagnostic]
    /// Each page's link problems, in page order.
    var linkProblems: [[Diagnostic]]
    /// The warnings about the whole site (unused terms and references, duplicate titles), found
    /// when nothing before had an error.
    var warnings: [Diagnostic]
    /// Each page group's untranslated paragraphs (`UntranslatedParagraphs`), in group order,
    /// reported when nothing else had an error.
    var untranslated: [[Diagnostic]]
}
