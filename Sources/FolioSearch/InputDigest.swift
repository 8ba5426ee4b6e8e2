/// A 128-bit fingerprint of bytes, eight at a time in two lanes, for telling whether a language's
/// pages are the ones its search index was made from. Fast (a build digests every page it indexes)
/// and stable across runs and machines; not for security.
struct InputDigest {
    private var first: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var second: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<bytes.count { tail = tail << 8 | UInt64(bytes[index]) }
        // The length ends every input, so "ab" + "c" and "a" + "bc" differ.
        mix(tail)
        mix(UInt64(bytes.count))
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    private mutating func mix(_ word: UInt64) {
        first = ((first ^ word) &* 0x0000_0100_0000_01B3).rotatedLeft(by: 29)
        second = ((second ^ word.rotatedLeft(by: 17)) &* 0xFF51_AFD7_ED55_8CCD).rotatedLeft(by: 31)
    }

    /// The fingerprint as 32 hex digits.
    var hex: String {
        [first, second].map { value in
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}

private extension UInt64 {
    func rotatedLeft(by count: UInt64) -> UInt64 { self << count | self >> (64 - count) }
}
