import ArgumentParser
import Foundation
import FolioModel

/// The options of `folio serve`, shared by the `serve` subcommand (which checks them and hands them
/// on) and the `folio-serve` program (which runs the server).
public struct ServeOptions: ParsableArguments {
    @Option(name: .long, help: "The folder that holds folio.yaml and content/.")
    public var root: String = "."

    @Option(name: .long, help: "The address to listen on (loopback by default; 0.0.0.0 exposes the preview to the network).")
    public var host: String = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0 picks a free one).")
    public var port: Int = 8080

    @Flag(name: .long, help: "Open the site in the default browser once it is served.")
    public var open = false

    @Option(name: .long, help: "Threads to use for a build (default: one per core).")
    public var jobs: Int?

    public init() {}

    public var rootURL: URL { URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL }

    public var threads: Int { max(1, jobs ?? Parallel.defaultThreads) }

    public mutating func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
    }

    /// The same options as command-line arguments, for handing them to `folio-serve`.
    var arguments: [String] {
        ["--root", root, "--host", host, "--port", String(port)] + (open ? ["--open"] : [])
            + (jobs.map { ["--jobs", String($0)] } ?? [])
    }
}
