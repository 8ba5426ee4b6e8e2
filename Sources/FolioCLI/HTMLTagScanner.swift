import Foundation

/// The start tags of the given names in an HTML page, with their attributes, read in one pass over
/// the bytes (no tree). Enough for the pages Folio writes: comments are skipped, and the text of
/// `<script>` and `<style>` elements is not searched for tags.
struct HTMLTagScanner: Sequence, IteratorProtocol {
    struct Tag {
        /// Lowercased.
        var name: String
        /// Lowercased names; values as written, with `&amp;` read as `&`.
        var attributes: [String: String]
    }

    private let bytes: [UInt8]
    /// The wanted names, lowercased, as bytes: a tag's name is compared before any String is made.
    private let names: [[UInt8]]
    private var index = 0

    init(_ bytes: [UInt8], names: Set<String>) {
        self.bytes = bytes
        self.names = names.map { Array($0.lowercased().utf8) }
    }

    mutating func next() -> Tag? {
        while let open = find(UInt8(ascii: "<"), from: index) {
            index = open + 1
            if starts(with: "!--", at: index) {
                index = find("-->", from: index).map { $0 + 3 } ?? bytes.count
                continue
            }
            let start = index
            skipName()
            let name = start..<index
            guard !name.isEmpty else { continue }
            let wanted = names.contains { equalsLowercased(name, $0) }
            let rawText = Self.rawTextElements.first { equalsLowercased(name, $0) }
            let tag = wanted ? Tag(name: String(decoding: bytes[name], as: UTF8.self).lowercased(), attributes: readAttributes()) : nil
            if !wanted { skipTag() }
            if let rawText {
                index = find("</" + String(decoding: rawText, as: UTF8.self), from: index) ?? bytes.count
            }
            if let tag { return tag }
        }
        return nil
    }

    /// Elements whose text is not searched for tags.
    private static let rawTextElements: [[UInt8]] = [Array("script".utf8), Array("style".utf8)]

    /// Whether the bytes in `range`, lowercased, are `name` (lowercase).
    private func equalsLowercased(_ range: Range<Int>, _ name: [UInt8]) -> Bool {
        guard range.count == name.count else { return false }
        for (offset, byte) in name.enumerated() where bytes[range.lowerBound + offset] | 0x20 != byte {
            return false
        }
        return true
    }

    /// Attributes up to the tag's `>`, which `index` is left after.
    private mutating func readAttributes() -> [String: String] {
        var attributes: [String: String] = [:]
        while index < bytes.count {
            skipSpace()
            guard index < bytes.count else { break }
            if bytes[index] == UInt8(ascii: ">") {
                index += 1
                break
            }
            if bytes[index] == UInt8(ascii: "/") {
                index += 1
                continue
            }
            let name = attributeName()
            if name.isEmpty {
                index += 1
                continue
            }
            skipSpace()
            var value = ""
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                skipSpace()
                value = readValue()
            }
            attributes[name] = attributes[name] ?? value.replacingOccurrences(of: "&amp;", with: "&")
        }
        return attributes
    }

    /// Past the tag's `>`, outside quoted values, without reading the attributes.
    private mutating func skipTag() {
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return
            }
        }
    }

    private mutating func readValue() -> String {
        guard index < bytes.count else { return "" }
        let quote = bytes[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let end = find(quote, from: index + 1) ?? bytes.count
            defer { index = Swift.min(end + 1, bytes.count) }
            return String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        }
        let start = index
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// An attribute name, lowercased (see `skipName`).
    private mutating func attributeName() -> String {
        let start = index
        skipName()
        return String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
    }

    /// Moves `index` past a tag or attribute name: letters, digits, `-`, `_`, `:`.
    private mutating func skipName() {
        while index < bytes.count {
            let byte = bytes[index] | 0x20
            let isName = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9"))
                || bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "_") || bytes[index] == UInt8(ascii: ":")
            guard isName else { break }
            index += 1
        }
    }

    private mutating func skipSpace() {
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    private func find(_ byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            memchr(buffer.baseAddress! + start, Int32(byte), buffer.count - start).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - buffer.baseAddress! }
        }
    }

    private func starts(with text: String, at position: Int) -> Bool {
        let pattern = Array(text.utf8)
        guard position + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() where bytes[position + offset] | 0x20 != byte | 0x20 {
            return false
        }
        return true
    }

    /// The first place from `start` where `text` is written, in any case (its first byte is not a letter).
    private func find(_ text: String, from start: Int) -> Int? {
        let first = text.utf8.first!
        var position = start
        while let candidate = find(first, from: position) {
            if starts(with: text, at: candidate) { return candidate }
            position = candidate + 1
        }
        return nil
    }
}
