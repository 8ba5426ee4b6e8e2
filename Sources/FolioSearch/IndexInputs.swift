import Foundation

/// What Pagefind reads for one language: every HTML file under the language's folder except the
/// excluded folders (the print editions), with a fingerprint of their paths and bytes. Two builds
/// whose inputs have the same key would make the same index, so the second keeps the first's.
struct IndexInputs {
    /// The HTML files, paths from the language's folder, sorted.
    let files: [String]
    /// Whether a page asks to be indexed (`data-pagefind-body`). Without one Pagefind would index
    /// every page whole, navigation included, so such a language gets no index.
    let asksForIndex: Bool
    /// Pagefind's version, its arguments and the files, fingerprinted (`InputDigest`).
    let key: String

    /// `excluded`: folders from the language's folder ("print/white-paper").
    init(folder: URL, excluding excluded: Set<String>, program: String, arguments: [String]) {
        var files: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let here = relative.isEmpty ? folder.path : folder.path + "/" + relative
            for name in (try? FileManager.default.contentsOfDirectory(atPath: here)) ?? [] {
                let path = relative.isEmpty ? name : relative + "/" + name
                var status = stat()
                guard lstat(here + "/" + name, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFDIR {
                    if !excluded.contains(path) { pending.append(path) }
                } else if name.hasSuffix(".html") {
                    files.append(path)
                }
            }
        }
        files.sort()
        var digest = InputDigest()
        digest.add(program)
        arguments.forEach { digest.add($0) }
        var asks = false
        let marker = Array("data-pagefind-body".utf8)
        for file in files {
            digest.add(file)
            guard let bytes = FileManager.default.contents(atPath: folder.path + "/" + file) else { continue }
            bytes.withUnsafeBytes { buffer in
                digest.add(buffer)
                if !asks { asks = Self.find(marker, in: buffer) }
            }
        }
        self.files = files
        self.asksForIndex = asks
        self.key = digest.hex
    }

    /// Whether `needle` occurs in `buffer` (memchr for its first byte, then memcmp).
    static func find(_ needle: [UInt8], in buffer: UnsafeRawBufferPointer) -> Bool {
        guard let base = buffer.baseAddress, !needle.isEmpty, needle.count <= buffer.count else { return false }
        let last = buffer.count - needle.count
        var offset = 0
        while offset <= last, let found = memchr(base + offset, Int32(needle[0]), last - offset + 1) {
            let at = base.distance(to: UnsafeRawPointer(found))
            if memcmp(base + at, needle, needle.count) == 0 { return true }
            offset = at + 1
        }
        return false
    }
}
