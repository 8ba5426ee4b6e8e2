/// Recognises URLs that must never reach the output.
public enum URLSafety {
    /// True for `javascript:`, `vbscript:` and `data:` URLs, however they are cased or padded.
    public static func isDangerous(_ url: String) -> Bool {
        let folded = String(url.unicodeScalars.filter { $0.value > 0x20 && $0 != "\u{7F}" }).lowercased()
        return folded.hasPrefix("javascript:") || folded.hasPrefix("vbscript:") || folded.hasPrefix("data:")
    }
}
