import Foundation

/// One in-memory build of the site, as `PreviewBuilder` made it.
struct PreviewBuild {
    /// Every file of the site by its path ("en/index.html"); nil when the build had errors.
    var site: [String: SiteFile]?
    /// The diagnostics as the CLI prints them, warnings too.
    var diagnostics: [String]
    /// The diagnostics when the build failed (for the overlay); empty on success.
    var errors: [String]
    var basePath: String
    var summary: String
    /// The pages rendered again after a change; nil when every file was rendered (or none, when
    /// the build failed before rendering).
    var rendered: Set<String>?

    /// Every file's bytes, the deferred ones made now (for tests).
    var files: [String: [UInt8]]? { site?.mapValues(\.bytes) }
}
