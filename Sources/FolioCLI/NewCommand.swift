import ArgumentParser
import Foundation
import FolioLoad
import FolioModel

/// `folio new KIND ID`: a new page with the full front matter of its kind, every field commented.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Writes a new page of a kind with its full front matter commented; never overwrites.")

    @Argument(help: "The page kind, one the site declares: part, chapter, recommendation, challenge, town, term, checklist, page, or a kind of content/_schema/.")
    var kind: String

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
        let language = lang ?? config.defaultLanguage
        guard config.languages.contains(language) else {
            throw ValidationError("'\(language)' is not one of the site's languages (\(config.languages.joined(separator: ", ")))")
        }
        let translation = language != config.defaultLanguage
        let resolved = Pipeline(root: site.rootURL, threads: site.threads).resolve(stopOnErrors: false).site
        let kinds = resolved?.schemas.kinds.map(\.rawValue) ?? []
        guard let schema = resolved?.schemas[PageKind(kind)] else {
            throw ValidationError("the site declares no kind '\(kind)'\(NearestName.suggestion(for: kind, among: kinds)); its kinds are: \(kinds.joined(separator: ", "))")
        }
        let template = FrontMatterTemplate(schema: schema)
        let originalFolder = "content/\(config.defaultLanguage)/"
        let relative: String
        var reference: String?
        if translation {
            // A translation mirrors its original's file, wherever that is.
            guard let group = resolved?.index[schema.kind]?[id], let source = resolved.map({ $0.site.pages[$0.groups[group].original].source }),
                  source.hasPrefix(originalFolder) else {
                throw ValidationError("there is no \(kind) '\(id)' in \(originalFolder) to translate")
            }
            relative = String(source.dropFirst(originalFolder.count))
        } else {
            // A chapter goes into its part's folder; a recommendation or challenge names a chapter.
            // A record of another kind names the first record of its first required reference's kind.
            let target: PageKind? = switch schema.role {
            case .chapter: resolved?.schemas.kind(.part)
            case .recommendation, .challenge: resolved?.schemas.kind(.chapter)
            default: schema.fields.first { $0.required && $0.type == .reference }?.targets.first
            }
            var partFolder: String?
            if let target, let resolved, let group = resolved.index[target]?.min(by: { $0.key < $1.key })?.value {
                reference = resolved.groups[group].id
                if schema.role == .chapter {
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

