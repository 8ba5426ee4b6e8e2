import ArgumentParser
import Foundation
import FolioModel
import FolioResolve
import FolioSearch
import FolioWrite

/// `folio build`: everything `check` does, then writes the site atomically.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Builds the site into the output folder (replaced in one step, only on success).")

    @OptionGroup var site: SiteOptions

    @OptionGroup var report: DiagnosticOptions

    @Option(name: .long, help: "Where to write the site (default: output/ inside --root).")
    var output: String?

    @Flag(name: .long, help: "Print the time each stage took.")
    var timings = false

    @Flag(name: .long, help: "Replace the output folder even when it holds files Folio did not write.")
    var force = false

    @Option(name: .long, help: "The Pagefind program that makes the search index (default: folio.yaml's pagefind:, then PATH, then python3 -m pagefind_bin).")
    var pagefind: String?

    func run() throws {
        try build()
    }

    /// Builds the site; with `pdf` (`folio pdf`), its print editions are printed to PDF in the
    /// staging folder before the swap, and the pages link those PDFs.
    func build(pdf: PDFPlan? = nil) throws {
        let start = Date()
        let destination = output.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? site.rootURL.appendingPathComponent("output", isDirectory: true)
        let search = SearchPlan(root: site.rootURL, pagefind: pagefind)
        let staging: StagingFolder
        do {
            staging = try StagingFolder(replacing: destination, force: force)
        } catch {
            Report.writeFailure(error)
            throw ExitCode(2)
        }
        // Pages are written into the staging folder as they are rendered.
        let lock = NSLock()
        var written = 0
        var writeFailure: Error?
        let progress = BuildProgress()
        let weights = PageWeights()
        var pipeline = Pipeline(root: site.rootURL, threads: site.threads)
        pipeline.withoutSearch = search.withoutSearch
        pipeline.pdfLanguages = Set(pdf?.languages ?? [])
        let outcome = pipeline.run(emit: { file in
            do {
                try staging.write(file)
                weights.add(file)
                progress.pageWritten()
                lock.lock()
                written += 1
                lock.unlock()
            } catch {
                lock.lock()
                writeFailure = writeFailure ?? error
                lock.unlock()
            }
        }, stage: progress.enter)
        progress.finish()
        Report.print(outcome.diagnostics, site: site, format: report.format)
        guard !report.fails(outcome.diagnostics) else {
            staging.discard()
            let summary = Report.summary(outcome, seconds: Date().timeIntervalSince(start),
                                         verb: "build failed, \(staging.output.path) left unchanged")
            FileHandle.standardError.write(Data((summary + "\n").utf8))
            throw ContentErrors()
        }
        if let missing = search.missing {
            staging.discard()
            FileHandle.standardError.write(Data("error: \(missing)\n".utf8))
            throw ExitCode(2)
        }
        var indexReport: Pagefind.Report?
        var pdfReport: PDFPlan.Report?
        do {
            if let writeFailure { throw writeFailure }
            // The index is made in the staging folder: a failed index never replaces a good site.
            if let indexer = search.indexer {
                // The print editions repeat the pages' text in one file each; Pagefind need not read them.
                let printFolders = outcome.languages.flatMap { language in
                    outcome.printEditions.map { String(PrintEdition.folder($0, language: language).dropLast()) }
                }
                let made = try indexer.index(staging.url, languages: outcome.languages, excluding: Set(printFolders),
                                             previous: staging.output)
                for bundle in made.bundles { try staging.adopt(folder: bundle) }
                try staging.write(OutputFile(path: made.record.name, bytes: made.record.bytes))
                indexReport = made
            }
            pdfReport = try pdf?.print(editions: outcome.printEditions, in: staging)
        } catch {
            staging.discard()
            Report.writeFailure(error)
            throw ExitCode(1)
        }
        let commitStart = Date()
        do {
            try staging.commit()
        } catch {
            staging.discard()
            Report.writeFailure(error)
            throw ExitCode(2)
        }
        if timings {
            // Writing overlaps rendering; "commit" is the swap into place.
            let stages = outcome.timings + (indexReport.map { [("search index", $0.seconds)] } ?? [])
                + (pdfReport.map { [("pdf", $0.seconds)] } ?? [])
                + [("commit", Date().timeIntervalSince(commitStart))]
            Report.printSummary(stages.map { "\($0.stage) \(Int(($0.seconds * 1000).rounded())) ms" }.joined(separator: ", "),
                                format: report.format)
        }
        let summary = Report.summary(outcome, seconds: Date().timeIntervalSince(start), verb: "built")
        Report.printSummary(summary + "; \(written) files in \(staging.output.path)", format: report.format)
        let homes = Set(outcome.languages.map { "\($0)/index.html" })
        if let weight = weights.summary(homes: homes, read: { path in
            (try? Data(contentsOf: staging.output.appendingPathComponent(path))).map { Array($0) }
        }) {
            Report.printSummary(weight, format: report.format)
        }
        if let indexReport {
            Report.printSummary("search index: " + indexReport.languages.map { index in
                "\(index.language) \(index.pages) pages \((index.bytes + 512) / 1024) kB" + (index.kept ? " (kept)" : "")
            }.joined(separator: ", ") + "; \(Int((indexReport.seconds * 1000).rounded())) ms", format: report.format)
        }
        if let pdfReport { Report.printSummary(pdfReport.summary, format: report.format) }
    }
}

/// `folio check`: validates everything a build validates and writes nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Checks the content (front matter, links, translations, templates) without writing anything.")

    @OptionGroup var site: SiteOptions

    @OptionGroup var report: DiagnosticOptions

    func run() throws {
        let start = Date()
        let outcome = Pipeline(root: site.rootURL, threads: site.threads).run()
        Report.print(outcome.diagnostics, site: site, format: report.format)
        Report.printSummary(Report.summary(outcome, seconds: Date().timeIntervalSince(start), verb: "checked"),
                            format: report.format)
        if report.fails(outcome.diagnostics) { throw ContentErrors() }
    }
}
