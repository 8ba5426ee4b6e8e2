/// A link or image source that starts at the server's root (`/en/`). The site's own links are
/// relative, so that it works opened from disk and served under any sub-path; such a path breaks
/// both, so it is reported as a warning (`link.root-absolute`).
public enum ServerRootPath {
    /// True for `/en/`, false for `//host/…` (another site) and for relative paths.
    public static func matches(_ url: String) -> Bool {
        url.hasPrefix("/") && !url.hasPrefix("//")
    }

    /// The warning for `url`, found as `what` ("link", "image source").
    public static func warning(_ url: String, what: String, at location: SourceLocation?, hint: String) -> Diagnostic {
        .warning("link.root-absolute",
                 "\(what) '\(url.prefix(40))' starts at the server's root, which is not the site's when it is opened from disk or served under a sub-path",
                 at: location, hint: hint)
    }
}
