import FolioModel

/// `robots.txt`: every page may be crawled, and the sitemap is named by its absolute URL (which
/// the format requires: without an origin in `base_url` the line is left out).
enum Robots {
    static func txt(_ config: SiteConfig) -> String {
        var text = "User-agent: *\nAllow: /\n"
        if !config.origin.isEmpty { text += "\nSitemap: " + config.origin + config.basePath + "sitemap.xml\n" }
        return text
    }
}
