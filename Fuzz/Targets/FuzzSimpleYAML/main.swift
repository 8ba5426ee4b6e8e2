@testable import FolioLoad
import FolioTestSupport
import FuzzDriver
import Yams

runFuzzer(fuzzSimpleYAML)

/// SimpleYAML against Yams on any text: where SimpleYAML reads a tree, Yams must read the same
/// one (text, tags, styles, lines, columns); where it stands aside, Yams alone decides, and
/// `YAMLSource.compose` (the two together, as Folio reads YAML) must give what Yams gives, or
/// refuse as Yams refuses.
func fuzzSimpleYAML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let yaml = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let resolver = YAMLSource.resolver
    let reference = Result { try Yams.compose(yaml: yaml, resolver, .default, .utf8) }
    if let fast = SimpleYAML.compose(yaml, resolver: resolver) {
        guard case .success(let node) = reference else { fatalError("SimpleYAML reads what Yams refuses: \(yaml.debugDescription)") }
        require(YAMLTrees.same(fast, node), "SimpleYAML and Yams read different trees: \(yaml.debugDescription)")
    }
    switch (YAMLSource(file: "f.yaml").compose(yaml), reference) {
    case (.success(let folio), .success(let yams)):
        require(YAMLTrees.same(folio, yams), "Folio and Yams read different trees: \(yaml.debugDescription)")
    case (.failure, .failure):
        break
    default:
        fatalError("Folio and Yams disagree on whether this is YAML: \(yaml.debugDescription)")
    }
    return 0
}
