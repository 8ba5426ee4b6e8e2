import ArgumentParser
import Foundation
import FolioModel

/// `folio`: builds and checks a Folio site.
public struct FolioCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Builds a multilingual, cross-linked publication from content/ into a static site.",
        version: FolioCommand.version,
        subcommands: [BuildCommand.self, CheckCommand.self, StatsCommand.self, TranslationsCommand.self,
                      InitCommand.self, NewCommand.self, ServeCommand.self, PDFCommand.self],
        defaultSubcommand: BuildCommand.self)

    /// `folio --version`.
    public static let version = "0.2.0"

    public init() {}

    /// Runs the command line and exits: 0 ok, 1 content errors, 2 usage errors.
    public static func run(arguments: [String]? = nil) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch let exit as ContentErrors {
            Foundation.exit(exit.code)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                FolioCommand.exit(withError: error)
            }
            // An ExitCode thrown after its message was printed has no message of its own.
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(2)
        }
    }
}

/// Where the site is: the folder holding folio.yaml.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The folder that holds folio.yaml and content/.")
    var root: String = "."

    @Option(name: .long, help: "Threads to use (default: one per core). The output does not depend on it.")
    var jobs: Int?

    var threads: Int { max(1, jobs ?? Parallel.defaultThreads) }

    var rootURL: URL { URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL }

    /// What goes before a site-relative path to name the file as the command line does:
    /// "" for the current folder, else `--root` with a slash, so that CI annotations point at
    /// the repository's files.
    var displayPrefix: String {
        let trimmed = root.hasSuffix("/") ? String(root.dropLast()) : root
        return trimmed == "." || trimmed.isEmpty ? "" : trimmed + "/"
    }
}

/// Thrown after diagnostics are printed, to exit with 1.
struct ContentErrors: Error {
    let code: Int32 = 1
}
