import FolioModel
import FolioResolve

/// A citable page's "Cite this" block (`cite` partial), its Google Scholar tags (`scholar`, in
/// `head-meta`) and its citation files (`CitationFiles`), all from the one `Citation`.
enum CiteBlock {
    /// The keys `add` sets, and those of `cite` and `scholar` (see `TemplateVocabulary`).
    static let viewKeys: Set<String> = Set(["cite", "html", "key", "scholar", "title", "authors", "date", "inbook", "publisher", "language"]
                                           + CitationFiles.Format.allCases.map(\.rawValue))

    /// Sets `cite` and `scholar` on the page's model. The downloads sit beside the page's
    /// `index.html`, so their links are the bare file names.
    static func add(_ citation: Citation, to model: inout ViewModel, strings: UIStrings) {
        var cite: ViewModel = ["html": .text(CitationText(strings: strings).html(citation)), "key": .text(citation.key)]
        for format in CitationFiles.Format.allCases {
            cite[format.rawValue] = .text(CitationFiles.page(folder: "", format))
        }
        model["cite"] = .map(cite)
        model["scholar"] = [
            "title": ViewValue(citation.fullTitle), "authors": .list(citation.authors.map(ViewValue.text)),
            "date": ViewValue(citation.year), "inbook": ViewValue(citation.fullContainerTitle),
            "publisher": ViewValue(citation.publisher), "language": ViewValue(citation.language),
        ]
    }

    /// The citation as BibTeX, RIS and CSL-JSON, at the paths `CitationFiles` gives.
    static func files(_ citation: Citation, path: (CitationFiles.Format) -> String) -> [OutputFile] {
        CitationFiles.Format.allCases.map { format in
            let text = switch format {
            case .bibtex: citation.bibTeX
            case .ris: citation.ris
            case .cslJSON: citation.cslJSON
            }
            return OutputFile(path: path(format), text: text)
        }
    }
}
