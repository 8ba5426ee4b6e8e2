import ArgumentParser
import Foundation

/// `folio serve`: runs `folio-serve`, the live-preview server, from the folder this program is in.
/// The server is a separate program so that only it links the HTTP stack (SwiftNIO): `folio build`
/// and `make site` stay as small and as quick to compile as before.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serves a live preview: builds in memory, rebuilds on every save, reloads open pages.")

    @OptionGroup var options: ServeOptions

    func run() throws {
        let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        let server = folder.appendingPathComponent("folio-serve").path
        guard FileManager.default.isExecutableFile(atPath: server) else {
            FileHandle.standardError.write(Data("""
                error: \(server) is missing
                    hint: build it beside folio: swift build -c release --product folio-serve

                """.utf8))
            throw ExitCode(2)
        }
        let arguments = [server] + options.arguments
        var pointers = arguments.map { strdup($0) } + [nil]
        execv(server, &pointers)
        FileHandle.standardError.write(Data("error: cannot run \(server): \(String(cString: strerror(errno)))\n".utf8))
        throw ExitCode(2)
    }
}
