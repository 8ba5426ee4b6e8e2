/// The rules for ids and path segments: lowercase ASCII letters, digits and single hyphens,
/// so that every id is also a safe URL and file-name segment.
public enum Identifier {
    public static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= 100, id.first != "-", id.last != "-" else { return false }
        var previousWasHyphen = false
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default:
                return false
            }
        }
        return true
    }

    /// Explains the rule, for hints.
    public static let rule = "use only lowercase letters a–z, digits and single hyphens, e.g. 'pb1-2'"

    /// The hint for an invalid id: the rule, after the id it was likely meant to be when lower
    /// case and hyphens make it one ('DE' → 'de', 'Pb1_2' → 'pb1-2').
    public static func hint(for invalid: String) -> String {
        let spelled = String(invalid.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
        return isValid(spelled) ? "did you mean '\(spelled)'? " + rule : rule
    }
}

/// Finds the closest name among candidates, for "did you mean …?" hints.
public enum NearestName {
    /// The candidate with the smallest edit distance, if it is close enough to be a plausible typo.
    public static func find<S: Sequence>(_ name: String, among candidates: S) -> String? where S.Element == String {
        let target = Array(name.lowercased().unicodeScalars)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.name) {
                best = (candidate, distance)
            }
        }
        guard let best else { return nil }
        let limit = max(2, target.count / 3)
        return best.distance <= limit ? best.name : nil
    }

    /// Edit distance counting a swap of two neighbouring letters as one edit, as a typist makes
    /// it (`titel` is one edit from `title`, not two: the optimal string alignment distance).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// " (did you mean 'x'?)" or "".
    public static func suggestion<S: Sequence>(for name: String, among candidates: S, prefix: String = "") -> String
    where S.Element == String {
        guard let near = find(name, among: candidates) else { return "" }
        return " (did you mean '\(prefix)\(near)'?)"
    }
}
