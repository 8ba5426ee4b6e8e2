import Foundation

/// One successful build as the server sees it: every output file by its path ("en/index.html"),
/// the print editions made on their first request.
/// Never changed after it is made; a rebuild makes a new one and swaps it in whole (`PreviewState`),
/// so a request is always answered from one complete build.
final class SiteSnapshot: @unchecked Sendable {
    private let files: [String: SiteFile]
    /// Counts successful builds; open pages reload when it moves past theirs.
    let generation: Int
    /// Where the site is served: base_url's path ("/" or "/pub/"), as the pages' links expect.
    let basePath: String
    private let lock = NSLock()
    private var listedPaths: [String]?

    init(files: [String: SiteFile], generation: Int, basePath: String) {
        self.files = files
        self.generation = generation
        self.basePath = basePath
    }

    /// The URL path of every page ("/en/chapter/"), sorted, for the 404 page's suggestions; made
    /// on the first request for a missing page, not on every rebuild.
    var pagePaths: [String] {
        lock.lock()
        defer { lock.unlock() }
        if let listedPaths { return listedPaths }
        var pages: [String] = []
        for path in files.keys where path == "index.html" || path.hasSuffix("/index.html") {
            pages.append(basePath + path.dropLast("index.html".count))
        }
        listedPaths = pages.sorted()
        return listedPaths!
    }

    /// The bytes of the file at `path`, nil when the site has none.
    func bytes(at path: String) -> [UInt8]? { files[path]?.bytes }

    func contains(_ path: String) -> Bool { files[path] != nil }

    /// The empty site served before the first successful build.
    static let empty = SiteSnapshot(files: [:], generation: 0, basePath: "/")
}
