import ArgumentParser
import Foundation
import FolioLoad
import FolioModel
import FolioPDF

/// `folio pdf`: a build whose print editions are also printed to PDF by headless Chromium, in the
/// staging folder before the swap, so that the pages link exactly the PDFs the output holds.
/// Without Chromium it stops before building (exit 2): `folio build` makes the site without PDFs.
struct PDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: "Builds the site and prints its print editions to PDF with headless Chromium (<lang>/pdf/<edition>-<lang>.pdf).")

    @OptionGroup var build: BuildCommand

    @Option(name: .long, help: "Print the editions of this language (repeatable; default: every language).")
    var lang: [String] = []

    @Option(name: .long, help: "The Chromium program (default: chromium, chromium-browser, google-chrome or google-chrome-stable on PATH).")
    var chromium: String?

    func run() throws {
        guard let found = Chromium.locate(explicit: chromium) else {
            let problem = chromium.map { "Chromium is not at \($0)" }
                ?? "Chromium is not installed (none of \(["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"].joined(separator: ", ")) on PATH)"
            FileHandle.standardError.write(Data(("error: \(problem). Install it (Debian: apt-get install chromium) or give its path "
                + "with --chromium; `folio build` builds the site without PDFs.\n").utf8))
            throw ExitCode(2)
        }
        var diagnostics = Diagnostics()
        let languages = SiteLoader.loadConfig(root: build.site.rootURL, into: &diagnostics)?.languages ?? []
        if let unknown = lang.first(where: { !languages.isEmpty && !languages.contains($0) }) {
            FileHandle.standardError.write(Data("error: the site has no language '\(unknown)'; its languages are \(languages.joined(separator: ", "))\n".utf8))
            throw ExitCode(2)
        }
        try build.build(pdf: PDFPlan(chromium: found, languages: lang.isEmpty ? languages : languages.filter(lang.contains),
                                     threads: build.site.threads))
    }
}
