/// Recognises URLs that must never reach the output.
public enum URLSafety {
    /// True for `javascript:`, `vbscript:` and `data:` URLs, however they are cased or padded.
    public static func isDangerous(_ url: String) -> Bool {
        // Only the first eleven significant characters can decide; they are read as ASCII bytes
        // (a short string stays inline, so the common case allocates nothing).
        var folded = ""
        for byte in url.utf8 {
            if byte >= 0x80 { return isDangerousSlow(url) }
            if byte <= 0x20 || byte == 0x7F { continue }
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            folded.unicodeScalars.append(Unicode.Scalar(lower))
            if folded.utf8.count == 11 { break }
        }
        return hasDangerousScheme(folded)
    }

    /// The same rule over Unicode scalars, for URLs with non-ASCII characters among the first.
    private static func isDangerousSlow(_ url: String) -> Bool {
        hasDangerousScheme(String(url.unicodeScalars.filter { $0.value > 0x20 && $0 != "\u{7F}" }).lowercased())
    }

    private static func hasDangerousScheme(_ folded: String) -> Bool {
        folded.hasPrefix("javascript:") || folded.hasPrefix("vbscript:") || folded.hasPrefix("data:")
    }
}
