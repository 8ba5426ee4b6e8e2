/// Recognises URLs that must never reach the output.
public enum URLSafety {
    /// True for `javascript:`, `vbscript:` and `data:` URLs, however they are cased or padded.
    public static func isDangerous(_ url: String) -> Bool {
        // Only the first eleven significant characters can decide; they are compared as ASCII
        // bytes with each scheme while they are read.
        var alive = (1 << schemes.count) - 1 // one bit per scheme still matching
        var position = 0
        for byte in url.utf8 {
            if byte >= 0x80 { return isDangerousSlow(url) }
            if byte <= 0x20 || byte == 0x7F { continue }
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            for (index, scheme) in schemes.enumerated() where alive & (1 << index) != 0 {
                if lower != scheme[position] { alive &= ~(1 << index) } else if position == scheme.count - 1 { return true }
            }
            position += 1
            if alive == 0 { return false }
        }
        return false
    }

    /// The same rule over Unicode scalars, for URLs with non-ASCII characters among the first.
    private static func isDangerousSlow(_ url: String) -> Bool {
        hasDangerousScheme(String(url.unicodeScalars.filter { $0.value > 0x20 && $0 != "\u{7F}" }).lowercased())
    }

    private static let schemes: [[UInt8]] = ["javascript:", "vbscript:", "data:"].map { Array($0.utf8) }

    private static func hasDangerousScheme(_ folded: String) -> Bool {
        folded.hasPrefix("javascript:") || folded.hasPrefix("vbscript:") || folded.hasPrefix("data:")
    }
}
