/// A short, stable fingerprint of a text (64-bit FNV-1a, hex), for telling when a translation's
/// original has changed. Not for security.
public enum ContentHash {
    public static func of(_ text: String) -> String {
        let hex = String(value(text), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The fingerprint as a number, for comparing many texts at once.
    public static func value(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8(value(utf8:))
    }

    /// The fingerprint of text given as UTF-8.
    public static func value(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}
