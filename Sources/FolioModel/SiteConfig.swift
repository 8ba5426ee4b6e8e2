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
    public var baseURL: String
    public var languages: [String]
    public var defaultLanguage: String
    public var theme: String
    /// Lets raw HTML in Markdown through; off by default.
    public var allowRawHTML: Bool

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
        self.languages = languages
        self.defaultLanguage = defaultLanguage
        self.theme = theme
        self.allowRawHTML = allowRawHTML
    }

    /// The text in a language, falling back to the default language.
    public func text(_ value: Localized, in language: String) -> String {
        value[language] ?? value[defaultLanguage] ?? value["*"] ?? ""
    }

    /// The path part of the base URL ("/" or "/piste/"), the prefix of every link in the site.
    public var basePath: String {
        var rest = Substring(baseURL)
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
        }
        var path = String(rest)
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        return path
    }
}
