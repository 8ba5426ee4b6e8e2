import FolioLoad
import FolioModel
import XCTest
@testable import FolioResolve

/// A site loaded and resolved, with every diagnostic of both stages.
enum ResolvedFixture {
    static func resolve(_ site: URL, threads: Int = 1) throws -> (ResolvedSite, Diagnostics) {
        var diagnostics = Diagnostics()
        let loaded = try XCTUnwrap(SiteLoader.load(root: site, threads: threads, into: &diagnostics))
        return (SiteResolver.resolve(loaded.site, into: &diagnostics), diagnostics)
    }
}
