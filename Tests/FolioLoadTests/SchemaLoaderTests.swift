import FolioModel
import XCTest
@testable import FolioLoad

/// Schema files (`content/_schema/<kind>.yaml`): what they declare, and every mistake in them
/// reported at its line and column with a hint.
final class SchemaLoaderTests: XCTestCase {
    private func load(_ files: [String: String], facets: [(id: String, values: [String])]? = [("size-class", ["city", "small-town"])])
        -> (SchemaLoader.Result, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let result = SchemaLoader.load(files.sorted { $0.key < $1.key }.map { (path: "content/_schema/\($0.key).yaml", text: $0.value) },
                                       facets: facets, into: &diagnostics)
        return (result, diagnostics)
    }

    func testTheBuiltInKindsAreDeclaredWithTheirRolesPrefixesAndNumbering() throws {
        let (result, diagnostics) = load([:])
        XCTAssertEqual(diagnostics.map(\.headline), [])
        let schemas = result.schemas
        XCTAssertEqual(schemas.kinds.map(\.rawValue), ["challenge", "chapter", "checklist", "page", "part", "recommendation", "term", "town"])
        XCTAssertEqual(schemas.kind(prefix: "rec"), PageKind("recommendation"))
        XCTAssertNil(schemas.kind(prefix: "page"))
        XCTAssertEqual(schemas[PageKind("chapter")]?.numbering, .inPart)
        XCTAssertEqual(schemas[PageKind("recommendation")]?.numbering, .inSection)
        XCTAssertEqual(schemas[PageKind("town")]?.role, .town)
        XCTAssertEqual(schemas[PageKind("town")]?.sharedFields, ["kind", "id", "order", "country_code", "figures"])
        XCTAssertEqual(schemas[PageKind("term")]?.titleField, "term")
    }

    func testASiteFileDeclaresANewKindAndAddsFieldsToABuiltInOne() throws {
        let (result, diagnostics) = load([
            "report": "prefix: report\ntable_numbers: own\nfields:\n  publisher: string\n  authors: {type: string, list: true}\n",
            "best-practice": """
            prefix: best-practice
            template: practice
            sort: title
            fields:
              report: {type: reference, to: report, required: true, origin: true}
              size: {type: enum, facet: size-class}
              related: {type: reference, list: true, to: [recommendation, best-practice]}
            """,
            "town": "fields:\n  sources: {type: reference, list: true, to: report, origin: true}\n",
        ])
        XCTAssertEqual(diagnostics.map(\.headline), [])
        let practice = try XCTUnwrap(result.schemas[PageKind("best-practice")])
        XCTAssertEqual(practice.role, .record)
        XCTAssertEqual(practice.template, "practice")
        XCTAssertEqual(practice.sort, .title)
        XCTAssertEqual(practice.fields.map(\.name), ["report", "size", "related"], "in the file's order")
        XCTAssertEqual(practice.fields[1].values, ["city", "small-town"], "an enum takes its facet's values")
        XCTAssertEqual(practice.fields[2].targets, [PageKind("recommendation"), PageKind("best-practice")])
        XCTAssertEqual(practice.originFields.map(\.name), ["report"])
        let town = try XCTUnwrap(result.schemas[PageKind("town")])
        XCTAssertEqual(town.role, .town, "the built-in keys stand")
        XCTAssertEqual(town.fields.map(\.name).suffix(2), ["representation", "sources"], "the site's fields are added")
        XCTAssertEqual(result.schemas[PageKind("report")]?.fields.first { $0.name == "authors" }?.list, true)
        XCTAssertEqual(result.schemas[PageKind("report")]?.tableNumbers, .own)
        XCTAssertEqual(practice.tableNumbers, .publication, "tables are numbered through the publication unless a kind says otherwise")
        XCTAssertEqual(result.broken, [])
    }

    func testAnUnknownFieldTypeIsReportedAtItsValueWithTheTypes() {
        let (result, diagnostics) = load(["thing": "prefix: thing\nfields:\n  size: {type: numbr}\n  weight: intger\n"])
        XCTAssertEqual(diagnostics.map(\.headline), [
            "content/_schema/thing.yaml:3:16: error: no field type 'numbr' (did you mean 'number'?)",
            "content/_schema/thing.yaml:4:11: error: no field type 'intger' (did you mean 'integer'?)",
        ])
        XCTAssertEqual(diagnostics.map(\.code), ["schema.type", "schema.type"])
        XCTAssertTrue(diagnostics[0].hint?.hasPrefix("use one of: text, string, integer, number, year") == true)
        XCTAssertEqual(result.broken, [PageKind("thing")], "pages of a kind whose schema is broken are not decoded")
    }

    func testAnUnknownKeySuggestsTheNearestName() {
        let (_, diagnostics) = load(["thing": "prefx: thing\nfields:\n  town: {type: reference, too: town, requird: true}\n"])
        XCTAssertEqual(diagnostics.map(\.headline).sorted(), [
            "content/_schema/thing.yaml:1:1: error: unknown field 'prefx' in the schema (did you mean 'prefix'?)",
            "content/_schema/thing.yaml:3:27: error: unknown field 'too' in the field 'town' (did you mean 'to'?)",
            "content/_schema/thing.yaml:3:38: error: unknown field 'requird' in the field 'town' (did you mean 'required'?)",
            "content/_schema/thing.yaml:3:3: error: the reference 'town' names no kind to refer to",
        ])
        XCTAssertEqual(Set(diagnostics.map(\.code)), ["schema.unknown-key", "schema.kind"])
    }

    func testAReferenceToAKindNoSchemaDeclaresIsReported() {
        let (_, diagnostics) = load([
            "report": "prefix: report\n",
            "finding": "prefix: finding\nfields:\n  source: {type: reference, to: reprot}\n  facet: {type: enum, facet: size-klass}\n",
        ])
        XCTAssertEqual(diagnostics.map(\.headline), [
            "content/_schema/finding.yaml:3:3: error: 'source' refers to no kind 'reprot' (did you mean 'report'?)",
            "content/_schema/finding.yaml:4:3: error: 'facet' takes its values from no facet 'size-klass' (did you mean 'size-class'?)",
        ])
        XCTAssertEqual(diagnostics.map(\.code), ["schema.kind", "schema.value"])
    }

    func testBadValuesAndSharedPrefixesAreReported() {
        let (_, diagnostics) = load([
            "finding": "prefix: rec\nnumbering: by-chapter\nrole: recomendation\ntable_numbers: report\n",
        ])
        XCTAssertEqual(diagnostics.map(\.headline).sorted(), [
            "content/_schema/finding.yaml:1:1: error: the prefix 'rec:' is already used by the kind 'recommendation'",
            "content/_schema/finding.yaml:2:12: error: 'numbering' cannot be 'by-chapter'",
            "content/_schema/finding.yaml:3:7: error: 'role' cannot be 'recomendation' (did you mean 'recommendation'?)",
            "content/_schema/finding.yaml:4:16: error: 'table_numbers' cannot be 'report'",
        ])
    }
}
