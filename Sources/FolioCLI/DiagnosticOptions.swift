import ArgumentParser
import Foundation
import FolioModel

/// `--format` and `--strict`, shared by `check` and `build`.
struct DiagnosticOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// Compiler style on standard error, coloured on a terminal unless NO_COLOR is set.
        case human
        /// GitHub Actions workflow commands (`::error file=…::…`) on standard output.
        case github
        /// One JSON array of diagnostics on standard output.
        case json
    }

    @Option(name: .long, help: "How to print diagnostics: human, github (Actions annotations) or json.")
    var format: Format = .human

    @Flag(name: .long, help: "Treat warnings as errors: any warning fails with exit code 1.")
    var strict = false

    /// True when the diagnostics fail the command: any error, or any warning under `--strict`.
    func fails(_ diagnostics: Diagnostics) -> Bool {
        diagnostics.hasErrors || (strict && diagnostics.warningCount > 0)
    }
}
