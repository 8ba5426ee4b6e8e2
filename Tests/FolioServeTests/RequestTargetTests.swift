import XCTest
@testable import FolioServe

final class RequestTargetTests: XCTestCase {
    func testPlainPathsAndFolders() {
        XCTAssertEqual(RequestTarget.parse("/"), .folder(""))
        XCTAssertEqual(RequestTarget.parse("/en/"), .folder("en/"))
        XCTAssertEqual(RequestTarget.parse("/en/chapter/?x=1#top"), .folder("en/chapter/"))
        XCTAssertEqual(RequestTarget.parse("/assets/folio.css"), .file("assets/folio.css"))
        XCTAssertEqual(RequestTarget.parse("/el/%CE%B1/"), .folder("el/α/"))
    }

    func testTheSiteIsServedUnderItsBasePath() {
        XCTAssertEqual(RequestTarget.parse("/pub/en/", under: "/pub/"), .folder("en/"))
        XCTAssertEqual(RequestTarget.parse("/pub/", under: "/pub/"), .folder(""))
        XCTAssertEqual(RequestTarget.parse("/en/", under: "/pub/"), .file(""))
        XCTAssertNil(RequestTarget.parse("/pub/../etc/passwd", under: "/pub/"))
    }

    func testEveryTraversalFormIsRefused() {
        let attacks = [
            "/../etc/passwd", "/en/../../etc/passwd", "/./en/", "/%2e%2e/etc/passwd", "/%2E%2E/", "/.%2e/",
            "/en%2f..%2f..%2fetc", "/en/..%5c..%5cetc", "/a\\b", "//etc/passwd", "/en//x", "/en/%00", "/en/%0a",
            "http://example.org/en/", "example.org:80", "*", "", "/en/%zz", "/en/%2", "/en/%", "/en/%ff%fe",
        ]
        for attack in attacks {
            XCTAssertNil(RequestTarget.parse(attack), attack)
        }
    }
}

final class PreviewPiecesTests: XCTestCase {
    func testContentTypesSayUTF8ForText() {
        XCTAssertEqual(ContentType.of("en/index.html"), "text/html; charset=utf-8")
        XCTAssertEqual(ContentType.of("assets/folio.css"), "text/css; charset=utf-8")
        XCTAssertEqual(ContentType.of("sitemap.xml"), "application/xml; charset=utf-8")
        XCTAssertEqual(ContentType.of("assets/logo.png"), "image/png")
        XCTAssertEqual(ContentType.of("assets/README"), "application/octet-stream")
    }

    func testNearestPathsByEditDistance() {
        let pages = ["/en/", "/en/towns/", "/en/towns/bebra/", "/de/towns/bebra/", "/en/glossary/"]
        XCTAssertEqual(NearestPaths.of("/en/towns/bebr/", among: pages, count: 2), ["/en/towns/bebra/", "/de/towns/bebra/"])
    }

    func testInjectionGoesBeforeTheClosingTags() {
        let page = Array("<html><body><main><p>x</p></main></body></html>".utf8)
        let reloaded = String(decoding: PageInjection.liveReload(into: page, generation: 7), as: UTF8.self)
        XCTAssertTrue(reloaded.hasSuffix("})(7);\n</script>\n</body></html>"), reloaded)
        let listed = String(decoding: PageInjection.notFound(page, nearest: ["/en/a&b/"], basePath: "/pub/"), as: UTF8.self)
        XCTAssertTrue(listed.contains("<li><a href=\"/en/a&amp;b/\">/en/a&amp;b/</a></li></ul></nav>\n</main>"), listed)
        let headed = Array("<html><head><title>x</title></head><body><main></main></body></html>".utf8)
        XCTAssertTrue(String(decoding: PageInjection.notFound(headed, nearest: [], basePath: "/pub/"), as: UTF8.self)
            .hasPrefix("<html><head><base href=\"/pub/\"><title>"))
    }
}
