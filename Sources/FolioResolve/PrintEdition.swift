import FolioModel

/// A print edition: the parts under one top-level folder of the content (`white-paper/…`, or the
/// single part `policy-brief`) with every chapter, on one page per language, which `folio pdf`
/// prints to PDF. Its address and its PDF's name follow from the folder's name alone.
public struct PrintEdition: Sendable, Equatable {
    /// The top-level folder: `white-paper`.
    public let name: String
    /// Its parts (groups), in reading order.
    public let parts: [Int]

    /// The editions of a resolved site, in the reading order of their first parts.
    public static func all(_ resolved: ResolvedSite) -> [PrintEdition] {
        var editions: [PrintEdition] = []
        for part in resolved.groups(.part) {
            guard let name = name(ofPartPath: resolved.groups[part].path) else { continue }
            if let index = editions.firstIndex(where: { $0.name == name }) {
                editions[index] = PrintEdition(name: name, parts: editions[index].parts + [part])
            } else {
                editions.append(PrintEdition(name: name, parts: [part]))
            }
        }
        return editions
    }

    /// The groups the edition holds, in reading order: each part, then each of its chapters with
    /// the chapter's challenges and their recommendations, or its policy options.
    public func groups(_ resolved: ResolvedSite) -> [Int] {
        var groups: [Int] = []
        for part in parts {
            groups.append(part)
            for chapter in resolved.chaptersOfPart[part] ?? [] {
                groups.append(chapter)
                for challenge in Self.challenges(of: chapter, resolved) {
                    groups.append(challenge)
                    groups += resolved.recommendationsOfChallenge[challenge] ?? []
                }
                groups += Self.options(of: chapter, resolved)
            }
        }
        return groups
    }

    /// A chapter's challenges.
    public static func challenges(of chapter: Int, _ resolved: ResolvedSite) -> [Int] {
        resolved.challengesOfSection[chapter] ?? []
    }

    /// The recommendations of a chapter without challenges: a thematic chapter's policy options.
    public static func options(of chapter: Int, _ resolved: ResolvedSite) -> [Int] {
        challenges(of: chapter, resolved).isEmpty ? resolved.recommendationsOfSection[chapter] ?? [] : []
    }

    /// The edition names of a loaded site (its parts' top-level folders), for `OutputPaths`.
    static func names(_ site: LoadedSite) -> Set<String> {
        Set(site.pages.filter { site.schemas.role(of: $0.kind) == .part && $0.language == site.config.defaultLanguage }
            .compactMap { name(ofPartPath: $0.path) })
    }

    /// `white-paper` for the part at `white-paper/forewords`; nil for a part at the root.
    static func name(ofPartPath path: String) -> String? {
        path.split(separator: "/").first.map(String.init)
    }

    /// `en/print/white-paper/`: the edition's folder in a language, from the site root.
    public static func folder(_ name: String, language: String) -> String {
        language + "/print/" + name + "/"
    }

    /// `en/pdf/white-paper-en.pdf`: where `folio pdf` writes the edition's PDF, from the site root.
    public static func pdfPath(_ name: String, language: String) -> String {
        language + "/pdf/" + name + "-" + language + ".pdf"
    }
}
