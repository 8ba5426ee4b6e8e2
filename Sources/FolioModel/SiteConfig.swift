import Foundation

/// `folio.yaml`: the publication's metadata, its languages and its theme.
public struct SiteConfig: Sendable {
    /// Language code → text; a language without its own value uses the default language's.
    public typealias Localized = [String: String]

    public var title: Localized
    public var subtitle: Localized
    public var description: Localized
    public var authors: [String]
    public var publisher: String?
    public var year: Int?
    public var licence: String?
    public var doi: String?
    public var isbn: String?
    /// Absolute URL of the site root, ending in "/".
    public let baseURL: String
    /// The path part of the base URL ("/" or "/piste/"), the prefix of every link in the site.
    public let basePath: String
    /// Scheme and host of the base URL ("https://example.org"), or "" for a path-only base.
    public let origin: String
    public var languages: [String]
    public var defaultLanguage: String
    public var theme: String
    /// Lets raw HTML in Markdown through; off by default.
    public var allowRawHTML: Bool
    /// Whether the site gets a search index (Pagefind): a build fails without Pagefind when it is
    /// `required`, warns and builds without search when `optional`, and never indexes when `off`.
    public var search: SearchMode = .required
    /// Where Pagefind is, when not on PATH.
    public var pagefind: String?
    public var limits = InputLimits()

    public enum SearchMode: String, Sendable, CaseIterable {
        case required, optional, off
    }

    public init(title: Localized, subtitle: Localized = [:], description: Localized = [:], authors: [String] = [],
                publisher: String? = nil, year: Int? = nil, licence: String? = nil, doi: String? = nil,
                isbn: String? = nil, baseURL: String, languages: [String], defaultLanguage: String,
                theme: String = "default", allowRawHTML: Bool = false) {
        self.title = title
        self.subtitle = subtitle
        self.description = description
        self.authors = authors
        self.publisher = publisher
        self.year = year
        self.licence = licence
        self.doi = doi
        self.isbn = isbn
        self.baseURL = baseURL
        (self.origin, self.basePath) = Self.split(baseURL)
        self.languages = languages
        self.defaultLanguage = defaultLanguage
        self.theme = theme
        self.allowRawHTML = allowRawHTML
    }

    /// The text in a language, falling back to the default language.
    public func text(_ value: Localized, in language: String) -> String {
        value[language] ?? value[defaultLanguage] ?? value["*"] ?? ""
    }

    /// Splits a base URL into its origin and its path, which starts and ends with "/".
    static func split(_ url: String) -> (origin: String, path: String) {
        var origin = ""
        var rest = Substring(url)
        if let scheme = TextSearch.range(of: "://", in: rest) {
            let afterScheme = rest[scheme.upperBound...]
            let slash = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
            origin = String(rest[..<slash])
            rest = rest[slash...]
        }
        var path = String(rest)
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        return (origin, path)
    }
}
