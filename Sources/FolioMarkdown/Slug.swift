/// Readable heading ids in any script: letters and digits are kept (Greek and German included),
/// spaces become hyphens and punctuation is dropped. Independent of the machine's locale.
public enum Slug {
    public static func make(_ text: String) -> String {
        latin1(text) ?? unicode(text)
    }

    /// The rule for any text (internal: tests compare the faster paths with it).
    static func unicode(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII {
                // The ASCII rule, without Unicode property lookups.
                if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                    if pendingHyphen && !out.isEmpty { out.append("-") }
                    pendingHyphen = false
                    out.append(scalar)
                } else if scalar == " " || (0x09...0x0D).contains(scalar.value) || scalar == "-" || scalar == "_" {
                    pendingHyphen = true
                }
                continue
            }
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

    /// The same rule for text in ASCII and Latin-1 letters (German, Italian, Dutch accents and ß),
    /// lowercased one by one as Unicode does for them; nil for any other text.
    static func latin1(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            var value = scalar.value
            switch value {
            case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: value += 0x20
            case 0x61...0x7A, 0x30...0x39, 0xDF...0xF6, 0xF8...0xFF: break
            case 0x20, 0x09...0x0D, 0x2D, 0x5F:
                pendingHyphen = true
                continue
            case 0x00..<0x80:
                continue
            default:
                return nil
            }
            if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            if value < 0x80 {
                out.append(UInt8(value))
            } else {
                out.append(0xC0 | UInt8(value >> 6))
                out.append(0x80 | UInt8(value & 0x3F))
            }
        }
        return out.isEmpty ? "section" : String(decoding: out, as: UTF8.self)
    }

    /// Makes ids unique within one page: the second "results" becomes "results-2".
    public struct Uniquer {
        private var used: Set<String> = []
        /// The next suffix to try per id, so that n headings with one text take linear time.
        private var nextSuffix: [String: Int] = [:]

        public init() {}

        public mutating func claim(_ id: String) -> String {
            // Most ids are new: one hash of the id, not three.
            if used.insert(id).inserted { return id }
            var n = nextSuffix[id] ?? 2
            var candidate: String
            repeat {
                candidate = "\(id)-\(n)"
                n += 1
            } while !used.insert(candidate).inserted
            nextSuffix[id] = n
            return candidate
        }
    }
}
