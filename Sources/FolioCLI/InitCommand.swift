import ArgumentParser
import Foundation

/// `folio init DIR`: a new, minimal site that builds with no warning.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Writes a minimal working site (two languages, a part, a chapter, a recommendation) into a new or empty folder.")

    @Argument(help: "The folder to create (it must not exist or be empty).")
    var directory: String

    func run() throws {
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        guard existing.isEmpty else {
            throw ValidationError("\(directory) is not empty; folio init writes only into a new or empty folder")
        }
        for file in StarterSite.files {
            let url = root.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
        }
        print("wrote a new site into \(directory): build it with `folio build --root \(directory)`")
    }
}
