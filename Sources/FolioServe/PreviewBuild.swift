import Foundation
import FolioCLI
import FolioModel

/// One in-memory build of the site (the same Load → Resolve → Render as `folio build`, without
/// the Write stage): nothing is written to output/, so `folio build` can run beside the server.
struct PreviewBuild {
    /// The files of the site; nil when the build had errors.
    var files: [OutputFile]?
    /// The errors as the CLI prints them (empty on success).
    var errors: [String]
    var basePath: String
    var summary: String

    static func run(root: URL, threads: Int) -> PreviewBuild {
        let start = Date()
        let outcome = Pipeline(root: root, threads: threads).run()
        let printed = Report.formatted(outcome.diagnostics, root: root)
        let failed = outcome.diagnostics.hasErrors
        let summary = Report.summary(outcome, seconds: Date().timeIntervalSince(start),
                                     verb: failed ? "build failed, still serving the last good site" : "built")
        return PreviewBuild(files: failed ? nil : outcome.files, errors: failed ? printed : [], basePath: outcome.basePath,
                            summary: summary)
            .printing(printed)
    }

    /// Prints every diagnostic and the summary to standard error, as `folio build` does.
    private func printing(_ diagnostics: [String]) -> PreviewBuild {
        let text = (diagnostics + [summary]).map { $0 + "\n" }.joined()
        FileHandle.standardError.write(Data(text.utf8))
        return self
    }
}
