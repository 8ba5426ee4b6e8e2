import ArgumentParser
import Foundation
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
        let (resolved, diagnostics) = Pipeline(root: site.rootURL, threads: site.threads).resolve(stopOnErrors: true)
        guard let resolved else {
            Report.print(diagnostics, root: site.rootURL)
            throw ContentErrors()
        }
        let statistics = SiteStatistics(resolved)
        print(format == .json ? statistics.json : statistics.text, terminator: "")
    }
}
