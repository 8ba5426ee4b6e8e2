import XCTest
@testable import FolioLoad

final class PlaceholderDomainTests: XCTestCase {
    func testTheReservedExampleDomainsAndTheirSubdomainsArePlaceholders() {
        XCTAssertEqual(PlaceholderDomain.host(of: "https://piste.example.org/"), "piste.example.org")
        XCTAssertEqual(PlaceholderDomain.host(of: "http://EXAMPLE.com:8080/pub/"), "example.com")
        XCTAssertEqual(PlaceholderDomain.host(of: "https://user@example.net"), "example.net")
    }

    func testRealAddressesAndPathsAreNotPlaceholders() {
        XCTAssertNil(PlaceholderDomain.host(of: "https://piste.uniurb.it/"))
        XCTAssertNil(PlaceholderDomain.host(of: "https://example.org.uk/"))
        XCTAssertNil(PlaceholderDomain.host(of: "https://myexample.org/"))
        XCTAssertNil(PlaceholderDomain.host(of: "/piste/"))
    }
}
