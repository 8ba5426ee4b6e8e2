/// A theme as read from `themes/<name>/`: Mustache template texts, UI strings per language and
/// static files copied as they are.
public struct Theme: Sendable {
    /// Template name ("base", "chapter", "partials/nav") → text, with the file it came from.
    public var templates: [String: (text: String, file: String)]
    /// Language → key → string, from `i18n/<lang>.yaml`.
    public var strings: [String: [String: String]]
    /// Path under `static/` → bytes.
    public var assets: [String: [UInt8]]

    public init(templates: [String: (text: String, file: String)], strings: [String: [String: String]],
                assets: [String: [UInt8]]) {
        self.templates = templates
        self.strings = strings
        self.assets = assets
    }
}
