import ArgumentParser
import Foundation
import FolioLoad
import FolioModel

/// `folio new KIND ID`: a new page with the full front matter of its kind, every field commented.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Writes a new page of a kind with its full front matter commented; never overwrites.")

    @Argument(help: "The page kind: \(PageKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: PageKind

    @Argument(help: "The page's id (lowercase letters, digits and hyphens); also its file name.")
    var id: String

    @Option(name: .long, help: "Write the translation into this language (the original must exist).")
    var lang: String?

    @OptionGroup var site: SiteOptions

    func validate() throws {
        guard Identifier.isValid(id) else { throw ValidationError("'\(id)' is not a valid id: \(Identifier.rule)") }
    }

    func run() throws {
        var diagnostics = Diagnostics()
        guard let config = SiteLoader.loadConfig(root: site.rootURL, into: &diagnostics) else {
            Report.print(diagnostics, root: site.rootURL)
            throw ContentErrors()
        }
        let template = FrontMatterTemplate(kind: kind)
        let relative = template.path(id: id)
        let language = lang ?? config.defaultLanguage
        guard config.languages.contains(language) else {
            throw ValidationError("'\(language)' is not one of the site's languages (\(config.languages.joined(separator: ", ")))")
        }
        let translation = language != config.defaultLanguage
        let original = site.rootURL.appendingPathComponent("content/\(config.defaultLanguage)/\(relative)")
        if translation && !FileManager.default.fileExists(atPath: original.path) {
            throw ValidationError("there is no original content/\(config.defaultLanguage)/\(relative) to translate")
        }
        let file = "content/\(language)/\(relative)"
        let url = site.rootURL.appendingPathComponent(file)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw ValidationError("\(file) exists already; Folio never overwrites a page")
        }
        let text = template.text(id: id, title: Self.title(from: id), reference: translation ? nil : reference(),
                                 translation: translation)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        print("wrote \(file)")
    }

    /// The id a required reference field starts with: the first part for a chapter, the first
    /// chapter for a recommendation or challenge (nil when the site has none).
    private func reference() -> String? {
        let target: PageKind
        switch kind {
        case .chapter: target = .part
        case .recommendation, .challenge: target = .chapter
        default: return nil
        }
        let resolved = Pipeline(root: site.rootURL, threads: site.threads).resolve(stopOnErrors: false).site
        return resolved?.index[target]?.keys.sorted().first
    }

    /// `second-chapter` → `Second chapter`.
    static func title(from id: String) -> String {
        let words = id.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

extension PageKind: ExpressibleByArgument {}
