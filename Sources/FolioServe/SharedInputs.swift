import Foundation
import FolioLoad
import FolioModel
#if canImport(Glibc)
import Glibc
#endif

/// The inputs every page of a build reads, as one digest: folio.yaml, every file under content/
/// that is not a page (facets, figures, labels, termbases, the bibliography, and any data file a
/// later version adds, such as schema files), the theme as loaded, and what each page file shows
/// of itself to the other pages (`PageReadCache.Fingerprint.shared`: its path, front matter,
/// headings, link targets and tables). Resolving and rendering depend on nothing else but the
/// page bodies, so when the digest is unchanged, only the pages that show a changed body can change.
enum SharedInputs {
    /// folio.yaml and the data files, hashed before a build reads them: a file that changes after
    /// it is hashed makes a next build (the watcher sees it), whose hash differs.
    static func data(root: URL) -> (digest: UInt64, files: Set<String>) {
        var digest = Digest()
        digest.add(file: "folio.yaml", root: root)
        let files = dataFiles(root: root, folder: "content")
        for file in files { digest.add(file: file, root: root) }
        return (digest.value, Set(files))
    }

    /// Whether the `changed` files (a watcher's report; nil when unknown) can change `data`'s
    /// digest: folio.yaml, or a file under content/ that is not a page and is there now or was one
    /// of the last digest's `files` (a file that came and went, an editor's temporary copy, cannot).
    static func dataMayDiffer(changed: Set<String>?, root: URL, files: Set<String>) -> Bool {
        guard let changed else { return true }
        return changed.contains { path in
            path == "folio.yaml" || (path.hasPrefix("content/") && !path.hasSuffix(".md")
                && (files.contains(path) || FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)))
        }
    }

    /// `data`: the files' hash taken before the build (`data(root:)`); `theme`: the theme's
    /// (`theme(_:)`); the pages' fingerprints are what the build read. The pages are combined
    /// in any order (a wrapping sum of each page's mixed hash), so that no sort of every path
    /// is made on each rebuild.
    static func digest(data: UInt64, theme: UInt64, pages: [String: PageReadCache.Fingerprint]) -> UInt64 {
        var sum: UInt64 = 0
        for (source, fingerprint) in pages {
            sum &+= mixed(ContentHash.value(source) ^ mixed(fingerprint.shared))
        }
        var digest = Digest()
        digest.add(text: "data \(data) theme \(theme) pages \(pages.count) \(sum)")
        return digest.value
    }

    /// SplitMix64's finaliser: every bit of the input moves about half the output's bits.
    private static func mixed(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// The theme as loaded: its templates, UI strings and assets.
    static func theme(_ theme: Theme) -> UInt64 {
        var digest = Digest()
        for name in theme.templates.keys.sorted() {
            let template = theme.templates[name]!
            digest.add(text: "template \(name) \(template.file)")
            digest.add(text: template.text)
        }
        for language in theme.strings.keys.sorted() {
            let strings = theme.strings[language]!
            for key in strings.keys.sorted() { digest.add(text: "string \(language) \(key) \(strings[key]!)") }
        }
        for path in theme.assets.keys.sorted() {
            digest.add(text: "asset \(path)")
            digest.add(bytes: theme.assets[path]!)
        }
        return digest.value
    }

    /// Every file below `folder` whose name does not end in `.md`, hidden names left out as the
    /// content scan leaves them out, sorted.
    static func dataFiles(root: URL, folder: String) -> [String] {
        guard let directory = opendir(root.appendingPathComponent(folder).path) else { return [] }
        defer { closedir(directory) }
        var found: [String] = []
        while let entry = readdir(directory) {
            var entryName = entry.pointee.d_name
            let name = withUnsafeBytes(of: &entryName) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard !name.hasPrefix(".") else { continue }
            let path = folder + "/" + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): found += dataFiles(root: root, folder: path)
            case _ where name.hasSuffix(".md"): break
            default: found.append(path)
            }
        }
        return found.sorted()
    }

    /// FNV-1a over everything added, with each part's length in front so that parts cannot run
    /// into each other.
    private struct Digest {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(bytes: some Collection<UInt8>) {
            for byte in withUnsafeBytes(of: UInt64(bytes.count).littleEndian, Array.init) + Array(bytes) {
                value ^= UInt64(byte)
                value &*= 0x0000_0100_0000_01b3
            }
        }

        mutating func add(text: String) { add(bytes: Array(text.utf8)) }

        /// A file by its path and bytes; a file that cannot be read counts by its path alone (the
        /// build reports it).
        mutating func add(file: String, root: URL) {
            add(text: file)
            add(bytes: FileManager.default.contents(atPath: root.appendingPathComponent(file).path).map(Array.init) ?? [])
        }
    }
}
