/// The domains reserved for examples (RFC 2606): a site published with one of them in `base_url`
/// points its canonical links, hreflang alternates and sitemap at nowhere.
enum PlaceholderDomain {
    static let reserved = ["example.org", "example.com", "example.net"]

    /// The host of `url` when it is a reserved example domain or one of its subdomains.
    static func host(of url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        var host = url[scheme.upperBound...].prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        let lower = host.lowercased()
        return reserved.contains { lower == $0 || lower.hasSuffix("." + $0) } ? lower : nil
    }
}
