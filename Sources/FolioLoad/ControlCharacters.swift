/// Characters no text field may carry: C0 control characters other than tab and line feed (they
/// make the HTML invalid), and the bidirectional embeddings, overrides and isolates U+202A–U+202E
/// and U+2066–U+2069 (an unclosed override reverses everything after it on the page).
enum ControlCharacters {
    /// The first such character in `text`, or nil; a scan of its UTF-8 bytes.
    static func first(in text: String) -> Unicode.Scalar? {
        var utf8 = text.utf8.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        while let byte = utf8.next() {
            if byte < 0x20 && byte != 0x09 && byte != 0x0A { return Unicode.Scalar(byte) }
            if previous.0 == 0xE2 {
                if previous.1 == 0x80 && (0xAA...0xAE).contains(byte) { return Unicode.Scalar(0x2000 + 0x2A + UInt32(byte - 0xAA)) }
                if previous.1 == 0x81 && (0xA6...0xA9).contains(byte) { return Unicode.Scalar(0x2066 + UInt32(byte - 0xA6)) }
            }
            previous = (previous.1, byte)
        }
        return nil
    }
}
