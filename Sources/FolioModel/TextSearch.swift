/// Substring search over UTF-8 bytes, for hot paths where Foundation's
/// locale-aware `range(of:)` costs more than the rest of the work.
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
}
