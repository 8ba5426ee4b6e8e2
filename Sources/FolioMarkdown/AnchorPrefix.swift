/// Puts a prefix in front of the ids a body gives its own elements (headings, footnote
/// references) and of the same-page links to them (`href="#…"`), so that several bodies can
/// share one page (a print edition) without two elements having one id.
///
/// It reads the static HTML of a compiled body only, which cmark and Folio wrote: a `"` in text
/// is always escaped there (`&quot;`), so `id="` and `href="#` are attributes, never text.
enum AnchorPrefix {
    private static let equals = UInt8(ascii: "=")
    private static let quote = UInt8(ascii: "\"")
    private static let hash = UInt8(ascii: "#")
    private static let idName = Array(" id".utf8)
    private static let hrefName = Array(" href".utf8)

    /// Appends `piece` to `out` with `prefix` after the opening quote of every `id="` and every `href="#`.
    static func append(_ piece: ArraySlice<UInt8>, prefix: [UInt8], to out: inout [UInt8]) {
        var copied = piece.startIndex
        var position = piece.startIndex
        while let sign = piece[position...].firstIndex(of: equals) {
            position = sign + 1
            guard position < piece.endIndex, piece[position] == quote else { continue }
            let name = piece[..<sign]
            var insertAt: Int?
            if name.elementsEqual(idName, suffix: true) {
                insertAt = position + 1
            } else if name.elementsEqual(hrefName, suffix: true), position + 1 < piece.endIndex, piece[position + 1] == hash {
                insertAt = position + 2
            }
            guard let insertAt else { continue }
            out += piece[copied..<insertAt]
            out += prefix
            copied = insertAt
            position = insertAt
        }
        out += piece[copied...]
    }
}

private extension ArraySlice where Element == UInt8 {
    /// Whether the slice ends with `other`.
    func elementsEqual(_ other: [UInt8], suffix: Bool) -> Bool {
        count >= other.count && self.suffix(other.count).elementsEqual(other)
    }
}
