/// What a request's target names, checked before anything is looked up: only an origin-form path
/// ("/en/chapter/") whose segments decode to plain names. Anything that could step outside the
/// built site (`..` or `.` segments, plain or percent-encoded; encoded slashes or backslashes;
/// backslashes; NUL and other control bytes; empty segments such as `//etc`; absolute-form or
/// authority-form targets; malformed percent escapes or UTF-8) is refused as a bad request.
enum RequestTarget: Equatable {
    /// A file path inside the site ("assets/folio.css"); may name a page folder without its slash.
    case file(String)
    /// A folder ("en/chapter/", or "" for the root), served by its index.html.
    case folder(String)

    /// The path inside the site, as decoded.
    var path: String {
        switch self {
        case .file(let path), .folder(let path): return path
        }
    }

    /// Parses the target of a request line; nil means 400 Bad Request. A path outside `basePath`
    /// (base_url's path, "/" or "/pub/") names nothing in the site: it becomes an empty file name,
    /// which is never found.
    static func parse(_ target: String, under basePath: String = "/") -> RequestTarget? {
        var bytes = Array(target.utf8)
        if let end = bytes.firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) {
            bytes.removeSubrange(end...)
        }
        guard bytes.first == UInt8(ascii: "/") else { return nil }
        let base = Array(basePath.utf8)
        let inside = bytes.starts(with: base)
        let rawSegments = bytes.dropFirst(inside ? base.count : 1).split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        var names: [String] = []
        for (index, raw) in rawSegments.enumerated() {
            let isLast = index == rawSegments.count - 1
            if raw.isEmpty {
                guard isLast else { return nil }
                continue
            }
            guard let decoded = decode(raw), let name = String(validating: decoded, as: UTF8.self),
                  name != ".", name != ".." else { return nil }
            names.append(name)
        }
        let path = names.joined(separator: "/")
        if !inside { return .file("") }
        return bytes.last == UInt8(ascii: "/") ? .folder(path.isEmpty ? "" : path + "/") : .file(path)
    }

    /// Percent-decodes one segment; nil when an escape is malformed or a byte (raw or decoded) is a
    /// slash, a backslash or a control character.
    private static func decode(_ raw: ArraySlice<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            var byte = raw[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < raw.endIndex,
                      let high = hexValue(raw[index + 1]), let low = hexValue(raw[index + 2]) else { return nil }
                byte = high << 4 | low
                index += 2
            }
            guard byte >= 0x20, byte != 0x7F, byte != UInt8(ascii: "/"), byte != UInt8(ascii: "\\") else { return nil }
            out.append(byte)
            index += 1
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
