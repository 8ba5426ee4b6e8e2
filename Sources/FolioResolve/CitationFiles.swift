import FolioModel

/// Where the downloadable citations are written: a citable page's folder holds `cite.bib`,
/// `cite.ris` and `cite.json` (BibTeX, RIS, CSL-JSON) in every language, and each bibliography
/// entry has `bibliography/<id>.bib|ris|json` at the site root (an entry is the same in every
/// language). The one place these paths are made, for `OutputPaths` (one producer per path) and
/// for the renderer that writes the files.
public enum CitationFiles {
    public enum Format: String, CaseIterable, Sendable {
        case bibtex = "bib", ris, cslJSON = "json"
    }

    /// The home page (the publication), its chapters and its recommendations are what readers
    /// cite; every other page is part of one of them.
    public static func isCitable(_ role: KindRole, path: String) -> Bool {
        role == .chapter || role == .recommendation || (role == .page && path.isEmpty)
    }

    /// `en/white-paper/themes/cite.bib` for the page in the folder `en/white-paper/themes/`.
    public static func page(folder: String, _ format: Format) -> String {
        folder + "cite." + format.rawValue
    }

    /// `bibliography/rossi-2023.ris`.
    public static func entry(_ id: String, _ format: Format) -> String {
        "bibliography/" + id + "." + format.rawValue
    }
}
