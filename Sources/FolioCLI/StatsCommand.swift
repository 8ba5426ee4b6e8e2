import ArgumentParser
import Foundation
import FolioLoad
import FolioModel
import FolioResolve

/// `folio stats`: counts what the publication contains (parts, chapters, recommendations per
/// section and challenge, towns, terms, checklist, tables, footnotes, references).
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts the content of the publication (default language).")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "text or json (one key per count).")
    var format: Format = .text

    func run() throws {
        var diagnostics = Diagnostics()
        guard let loaded = SiteLoader.load(root: site.rootURL, threads: site.threads, into: &diagnostics) else {
            Report.print(diagnostics, root: site.rootURL)
            throw ContentErrors()
        }
        let resolved = SiteResolver.resolve(loaded.site, into: &diagnostics)
        if diagnostics.hasErrors {
            Report.print(diagnostics, root: site.rootURL)
            throw ContentErrors()
        }
        let statistics = SiteStatistics(resolved)
        print(format == .json ? statistics.json : statistics.text, terminator: "")
    }
}
