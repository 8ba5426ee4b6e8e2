/// How much input a build accepts before it refuses a file or the site, so that a runaway file
/// (a log pasted into a page, a generated dump) is reported at its name instead of exhausting
/// memory. Set in folio.yaml: `limits: {file_mb: 8, site_mb: 2048}`.
public struct InputLimits: Sendable, Equatable {
    /// The largest file Folio reads (pages, data, labels, templates, theme files).
    public var fileBytes = 8 << 20
    /// The most page text a site may hold, all languages together.
    public var siteBytes = 2048 << 20

    public init() {}

    /// "8 MB", "12.5 MB": sizes as the messages show them (1 MB = 2²⁰ bytes, as the limits are set).
    public static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 20) / 2) >> 20
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}
