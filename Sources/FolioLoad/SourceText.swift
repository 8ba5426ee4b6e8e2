import FolioModel

/// The text of an input file as every stage sees it: UTF-8 without a byte-order mark, with CRLF
/// and lone CR line endings turned into LF, and without NUL bytes. A file that is already LF
/// without a mark comes out unchanged, so hashes recorded over it (`source_hash:`) keep their value.
public enum SourceText {
    /// The normalised text of `bytes`, or the error at the offending byte's own line and column
    /// (counted after line endings are normalised, as every other diagnostic is).
    public static func decode(_ bytes: [UInt8], file: String) -> Result<String, Diagnostic> {
        var bytes = bytes
        if startsWithByteOrderMark(bytes) { bytes.removeFirst(3) }
        // Searched with memchr: Array's generic search looks at a byte per step, and every
        // input file is read this way.
        if find(0x0D, in: bytes) != nil { bytes = normalisingLineEndings(bytes) }
        if let nul = find(0, in: bytes) {
            return .failure(.error("encoding.nul", "\(file) contains a NUL byte", at: location(of: nul, in: bytes, file: file),
                                   hint: "remove the NUL byte (0x00); text files never hold one"))
        }
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        let offset = firstInvalidByte(bytes)
        let byte = String(bytes[offset], radix: 16, uppercase: true)
        return .failure(.error("encoding.utf8", "\(file) is not valid UTF-8: byte 0x\(byte) here starts no character",
                               at: location(of: offset, in: bytes, file: file),
                               hint: "save the file as UTF-8 (most editors: 'Save with encoding')"))
    }

    private static func find(_ byte: UInt8, in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { TextSearch.firstIndex(of: byte, in: $0) }
    }

    public static func startsWithByteOrderMark(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0xEF, 0xBB, 0xBF]) }

    /// CRLF and lone CR become LF.
    static func normalisingLineEndings(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                out.append(0x0A)
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 character.
    private static func firstInvalidByte(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return min(offset, bytes.count - 1)
    }

    /// The line and column (in scalars) of a byte, all bytes before it being valid UTF-8.
    private static func location(of offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let line = 1 + bytes[..<lineStart].lazy.filter { $0 == 0x0A }.count
        let before = bytes[lineStart..<offset]
        let column = 1 + (String(validating: before, as: UTF8.self) ?? "").unicodeScalars.count
        return SourceLocation(file: file, line: line, column: column)
    }
}
