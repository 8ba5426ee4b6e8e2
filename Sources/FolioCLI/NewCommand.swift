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
        let language = lang ?? config.defaultLanguage
        guard config.languages.contains(language) else {
            throw ValidationError("'\(language)' is not one of the site's languages (\(config.languages.joined(separator: ", ")))")
        }
        let translation = language != config.defaultLanguage
        let resolved = Pipeline(root: site.rootURL, threads: site.threads).resolve(stopOnErrors: false).site
        let originalFolder = "content/\(config.defaultLanguage)/"
        let relative: String
        var reference: String?
        if translation {
            // A translation mirrors its original's file, wherever that is.
            guard let group = resolved?.index[kind]?[id], let source = resolved.map({ $0.site.pages[$0.groups[group].original].source }),
                  source.hasPrefix(originalFolder) else {
                throw ValidationError("there is no \(kind.rawValue) '\(id)' in \(originalFolder) to translate")
            }
            relative = String(source.dropFirst(originalFolder.count))
        } else {
            // A chapter goes into its part's folder; a recommendation or challenge names a chapter.
            let target: PageKind? = switch kind {
            case .chapter: .part
            case .recommendation, .challenge: .chapter
            default: nil
            }
            var partFolder: String?
            if let target, let resolved, let group = resolved.index[target]?.min(by: { $0.key < $1.key })?.value {
                reference = resolved.groups[group].id
                if kind == .chapter {
                    let partSource = resolved.site.pages[resolved.groups[group].original].source
                    partFolder = String((partSource as NSString).deletingLastPathComponent.dropFirst(originalFolder.count))
                }
            }
            relative = template.path(id: id, partFolder: partFolder)
        }
        let file = "content/\(language)/\(relative)"
        let url = site.rootURL.appendingPathComponent(file)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw ValidationError("\(file) exists already; Folio never overwrites a page")
        }
        let text = template.text(id: id, title: Self.title(from: id), reference: reference, translation: translation)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        print("wrote \(file)")
    }

    /// `second-chapter` → `Second chapter`.
    static func title(from id: String) -> String {
        let words = id.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

extension PageKind: ExpressibleByArgument {}
