import FolioModel
import XCTest
@testable import FolioServe

final class PreviewStateTests: XCTestCase {
    private func build(_ text: String?, errors: [String] = []) -> PreviewBuild {
        PreviewBuild(site: text.map { ["en/index.html": .bytes(Array($0.utf8))] }, diagnostics: errors, errors: errors, basePath: "/",
                     summary: "")
    }

    func testAFailedBuildKeepsTheLastGoodSiteAndAGoodOneClearsTheErrors() {
        let state = PreviewState()
        XCTAssertEqual(state.record(build("one")).site.generation, 1)
        let failed = state.record(build(nil, errors: ["content/en/index.md:1:1: error: x"]))
        XCTAssertEqual(failed.site.bytes(at: "en/index.html"), Array("one".utf8))
        XCTAssertEqual(failed.site.generation, 1)
        XCTAssertEqual(failed.errors, ["content/en/index.md:1:1: error: x"])
        XCTAssertEqual(failed.builds, 2)
        let fixed = state.record(build("two"))
        XCTAssertEqual(fixed.site.bytes(at: "en/index.html"), Array("two".utf8))
        XCTAssertEqual(fixed.site.generation, 2)
        XCTAssertEqual(fixed.errors, [])
        XCTAssertEqual(fixed.site.pagePaths, ["/en/"])
    }
}
