import Yams

/// Compares two YAML node trees as Folio reads them: text, tag, style, line and column of every
/// node. `SimpleYAML` must build exactly the tree Yams builds; its tests and the fuzz target
/// `FuzzSimpleYAML` both ask this.
public enum YAMLTrees {
    public static func same(_ a: Node?, _ b: Node?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        guard a.mark?.line == b.mark?.line, a.mark?.column == b.mark?.column, a.tag.description == b.tag.description else { return false }
        switch (a, b) {
        case let (.scalar(x), .scalar(y)): return x.string == y.string && x.style == y.style
        case let (.mapping(x), .mapping(y)):
            return x.count == y.count && zip(x, y).allSatisfy { same($0.key, $1.key) && same($0.value, $1.value) }
        case let (.sequence(x), .sequence(y)): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        default: return false
        }
    }
}
