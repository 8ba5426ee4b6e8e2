import FolioModel
import FolioResolve

extension Citation {
    /// The citation of a page in the reader's language (`naming`), or nil for a page that is not
    /// cited on its own (`CitationFiles.isCitable`). Its names are those the sources give: the
    /// publication's `authors` from folio.yaml, a chapter's own `authors`; a recommendation names
    /// none. The year is folio.yaml's, when it has one. A page shown in the original (not
    /// translated yet) is cited as the original: its title, language and URL.
    static func page(_ group: Int, naming: Naming) -> Citation? {
        let resolved = naming.resolved
        let config = resolved.config
        let page = naming.page(group)
        guard CitationFiles.isCitable(naming.resolved.schemas.role(of: page.kind), path: page.path) else { return nil }
        let language = naming.environment.language
        var citation = Citation(kind: .partOfReport, key: page.id)
        citation.publisher = config.publisher
        citation.year = config.year.map(String.init)
        citation.language = page.language
        citation.url = config.origin + resolved.url(of: group, in: page.language)
        if page.language != language { citation.titleLanguage = page.language }
        let title = config.text(config.title, in: language)
        let subtitle = config.text(config.subtitle, in: language)
        switch page.data {
        case .chapter(let chapter):
            citation.authors = chapter.authors
            citation.title = page.title
            citation.part = naming.part(ofChapter: group).map(naming.title)
        case .recommendation(let recommendation):
            // "Recommendation PB2.1: Organise …"; a report's recommendation has no number, and its
            // link text is its title.
            let label = naming.linkText(group)
            citation.title = label == page.title ? page.title : label + ": " + page.title
            let section = recommendation.section.flatMap { resolved.index(.chapter)[$0.value] }
            citation.part = section.flatMap(naming.part(ofChapter:)).map(naming.title)
        default:
            citation.kind = .report
            citation.authors = config.authors
            citation.title = title
            citation.subtitle = subtitle.isEmpty ? nil : subtitle
            return citation
        }
        citation.containerTitle = title
        citation.containerSubtitle = subtitle.isEmpty ? nil : subtitle
        return citation
    }
}
