import Foundation
import FolioModel
import FolioPDF
import FolioResolve
import FolioWrite

/// What `folio pdf` adds to a build: Chromium prints each print edition of the chosen languages,
/// from the staging folder, to `<lang>/pdf/<edition>-<lang>.pdf` beside it, before the site is
/// swapped into place; a failed print leaves the previous output as it was.
struct PDFPlan {
    let chromium: Chromium
    let languages: [String]
    /// PDFs printed at once (Chromium is itself several processes).
    let threads: Int

    /// What printing produced: each PDF's path and size, and the time it took.
    struct Report {
        var files: [(path: String, bytes: Int)]
        var seconds: Double

        var summary: String {
            "pdf: " + files.map { "\($0.path) \(($0.bytes + 512) / 1024) kB" }.joined(separator: ", ")
                + "; \(Int((seconds * 1000).rounded())) ms"
        }
    }

    /// Prints `editions` (their names) in every language of the plan into the staging folder and
    /// records the PDFs as the build's files.
    func print(editions: [String], in staging: StagingFolder) throws -> Report {
        let start = Date()
        let jobs = languages.flatMap { language in editions.map { (language: language, edition: $0) } }
        let paths = jobs.map { PrintEdition.pdfPath($0.edition, language: $0.language) }
        for language in languages {
            try FileManager.default.createDirectory(at: staging.url.appendingPathComponent(language + "/pdf"),
                                                    withIntermediateDirectories: true)
        }
        let failures = Parallel.map(jobs.count, threads: threads) { index -> Error? in
            let page = staging.url.appendingPathComponent(PrintEdition.folder(jobs[index].edition, language: jobs[index].language) + "index.html")
            do { try chromium.printToPDF(page: page, pdf: staging.url.appendingPathComponent(paths[index])) } catch { return error }
            return nil
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
        try staging.adopt(files: paths)
        let sizes = paths.map { path in
            (path, (try? FileManager.default.attributesOfItem(atPath: staging.url.appendingPathComponent(path).path)[.size] as? Int) ?? 0)
        }
        return Report(files: sizes, seconds: Date().timeIntervalSince(start))
    }
}
