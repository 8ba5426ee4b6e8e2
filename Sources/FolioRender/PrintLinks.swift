import FolioModel
import FolioResolve

/// What a page carries for print: its running head (the publication's and the page's title,
/// drawn by Chromium at the top of each printed page), and links to the print editions and their
/// PDFs: the home page lists every edition, a part's page links to the edition that holds it; the
/// edition's pages carry the PDF's address for Google Scholar (`citation_pdf_url`) when this build
/// makes it.
struct PrintLinks {
    let resolved: ResolvedSite
    let editions: [PrintEdition]
    /// The languages whose PDFs this build makes (`folio pdf`); empty for `folio build`.
    let pdfLanguages: Set<String>
    /// Part group → its edition.
    private let editionOfPart: [Int: PrintEdition]

    /// The keys `add` sets, and those of an edition's link (see `TemplateVocabulary`).
    static let viewKeys: Set<String> = ["running_head", "citation_pdf_url", "print_editions", "href", "title", "pdf"]

    init(resolved: ResolvedSite, editions: [PrintEdition], pdfLanguages: Set<String>) {
        self.resolved = resolved
        self.editions = editions
        self.pdfLanguages = pdfLanguages
        editionOfPart = Dictionary(editions.flatMap { edition in edition.parts.map { ($0, edition) } }, uniquingKeysWith: { first, _ in first })
    }

    /// Adds `running_head`, `print_editions` to the home page and a part's page, and
    /// `citation_pdf_url` to the pages of an edition whose PDF exists.
    func add(to model: inout ViewModel, group: Int, language: String, root: String, naming: Naming) {
        let page = resolved.groups[group]
        let isHome = naming.resolved.schemas.role(of: page.kind) == .page && page.path.isEmpty
        let title = resolved.config.text(resolved.config.title, in: language)
        model["running_head"] = .text(Self.cssString(isHome ? title : title + " · " + naming.linkText(group)))
        let part = naming.resolved.schemas.role(of: page.kind) == .part ? group : chapterPart(group)
        guard isHome || part != nil else { return }
        if let part, let edition = editionOfPart[part] {
            if let url = pdfURL(edition, language: language) { model["citation_pdf_url"] = .text(url) }
            if naming.resolved.schemas.role(of: page.kind) == .part { model["print_editions"] = PageViewModel.section([link(edition, language: language, root: root, naming: naming)]) }
        }
        if isHome {
            model["print_editions"] = PageViewModel.section(editions.map { link($0, language: language, root: root, naming: naming) })
        }
    }

    /// The absolute address of an edition's PDF, when this build makes it.
    func pdfURL(_ edition: PrintEdition, language: String) -> String? {
        guard pdfLanguages.contains(language) else { return nil }
        return resolved.config.origin + resolved.config.basePath + PrintEdition.pdfPath(edition.name, language: language)
    }

    /// `text` as the inside of a CSS string in a `<style>` element: backslashes, quotes, line
    /// breaks and `<` (which could close the element) escaped.
    static func cssString(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "<") || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C })
        else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "<": out += "\\3C "
            case "\n", "\r", "\u{C}": out += "\\A "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private func chapterPart(_ group: Int) -> Int? {
        guard case .chapter(let data) = resolved.site.pages[resolved.groups[group].original].data, let part = data.part else { return nil }
        return resolved.index(.part)[part.value]
    }

    private func link(_ edition: PrintEdition, language: String, root: String, naming: Naming) -> ViewValue {
        ["href": .text(root + PagePlace.page(PrintEdition.folder(edition.name, language: language))),
         "title": .text(PrintEditionPage.title(edition, naming: naming)),
                "pdf": pdfLanguages.contains(language) ? .text(root + PrintEdition.pdfPath(edition.name, language: language)) : false]
    }
}
