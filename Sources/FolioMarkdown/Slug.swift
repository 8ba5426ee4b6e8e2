/// Readable heading ids in any script: letters and digits are kept (Greek and German included),
/// spaces become hyphens and punctuation is dropped. Independent of the machine's locale.
public enum Slug {
    public static func make(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.append(scalar)
            } else if properties.isWhitespace || scalar == "-" || scalar == "_" {
                pendingHyphen = true
            } else if properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
                out.append(scalar)
            }
        }
        let slug = String(out)
        return slug.isEmpty ? "section" : slug
    }

    /// Makes ids unique within one page: the second "results" becomes "results-2".
    public struct Uniquer {
        private var used: Set<String> = []

        public init() {}

        public mutating func claim(_ id: String) -> String {
            var candidate = id
            var n = 2
            while used.contains(candidate) {
                candidate = "\(id)-\(n)"
                n += 1
            }
            used.insert(candidate)
            return candidate
        }
    }
}
