import FolioMarkdown
import FolioResolve

/// `sitemap.xml` with an `xhtml:link` alternate for every real translation.
enum Sitemap {
    static func xml(_ resolved: ResolvedSite) -> String {
        let config = resolved.config
        let origin = config.origin
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        let groups = resolved.groups.indices.sorted { resolved.groups[$0].path < resolved.groups[$1].path }
        for group in groups {
            let languages = config.languages.filter { resolved.groups[group].variants[$0] != nil }
            for language in languages {
                xml += "<url><loc>\(HTML.escape(origin + resolved.url(of: group, in: language)))</loc>"
                if languages.count > 1 {
                    for other in languages {
                        xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(other)\" href=\"\(HTML.escape(origin + resolved.url(of: group, in: other)))\"/>"
                    }
                }
                xml += "</url>\n"
            }
        }
        return xml + "</urlset>\n"
    }
}
