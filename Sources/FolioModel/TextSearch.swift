#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Search and counting over UTF-8 bytes, for hot paths where Foundation's locale-aware
/// `range(of:)` or a walk over Characters costs more than the rest of the work.
public enum TextSearch {
    /// The first range of `needle` in `text` at or after `start`, or nil.
    public static func range<S: StringProtocol>(of needle: String, in text: S, from start: S.Index? = nil) -> Range<S.Index>? {
        let utf8 = text.utf8
        let begin = start.map { utf8.distance(from: utf8.startIndex, to: $0) } ?? 0
        var needle = needle
        let found: Int? = needle.withUTF8 { pattern -> Int? in
            guard !pattern.isEmpty else { return begin }
            let search: (UnsafeBufferPointer<UInt8>) -> Int? = { bytes in
                let first = pattern[0]
                let last = bytes.count - pattern.count
                guard begin <= last else { return nil }
                var index = begin
                while index <= last {
                    if bytes[index] == first {
                        var matched = 1
                        while matched < pattern.count && bytes[index + matched] == pattern[matched] { matched += 1 }
                        if matched == pattern.count { return index }
                    }
                    index += 1
                }
                return nil
            }
            if let result = utf8.withContiguousStorageIfAvailable(search) { return result }
            return Array(utf8).withUnsafeBufferPointer(search)
        }
        guard let offset = found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    public static func contains<S: StringProtocol>(_ needle: String, in text: S) -> Bool {
        range(of: needle, in: text) != nil
    }

    /// The offset of the first `byte` in `bytes` at or after `start` (memchr), or nil.
    public static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// How many Unicode scalars UTF-8 bytes hold: every byte that does not continue a sequence.
    /// Inlinable, so that callers get it specialised for their byte sequence (a generic call per
    /// byte was three times the whole build).
    @inlinable
    public static func scalarCount<Bytes: Sequence>(_ bytes: Bytes) -> Int where Bytes.Element == UInt8 {
        bytes.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }
}
