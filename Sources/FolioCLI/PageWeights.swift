import Foundation
import FolioModel

/// What a reader's browser downloads for each page: its HTML and the style sheets and scripts it
/// names (`<link rel="stylesheet" href>`, `<script src>`). The build summary names the heaviest
/// home page and the heaviest page of the site. Resources a page's script fetches later (the
/// search index) are not counted.
///
/// While the build writes, only sizes are noted (no page is read then: the build stays as fast);
/// afterwards pages are read back in order of their HTML size, and the search stops as soon as no
/// page left could outweigh the heaviest found even with every style sheet and script of the site.
final class PageWeights: @unchecked Sendable {
    /// A page and its weight in bytes (HTML, CSS and JS).
    struct Weight: Equatable {
        var path: String
        var bytes: Int
    }

    private let lock = NSLock()
    /// HTML page → its size.
    private var pages: [String: Int] = [:]
    /// Style sheet or script → its size.
    private var assets: [String: Int] = [:]

    /// Notes a written file's size; called from the render threads.
    func add(_ file: OutputFile) {
        lock.lock()
        defer { lock.unlock() }
        if file.path.hasSuffix(".html") {
            pages[file.path] = file.bytes.count
        } else if file.path.hasSuffix(".css") || file.path.hasSuffix(".js") {
            assets[file.path] = file.bytes.count
        }
    }

    /// The heaviest of `homes` (paths of the home pages) and the heaviest page, reading pages with
    /// `read`; ties go to the first path in order, so the answer does not depend on the order
    /// pages were written.
    func heaviest(homes: Set<String>, read: (String) -> [UInt8]?) -> (home: Weight?, page: Weight?) {
        lock.lock()
        defer { lock.unlock() }
        func weight(_ path: String, _ bytes: Int) -> Weight {
            let named = read(path).map { Self.resources(of: $0, at: path) } ?? []
            return Weight(path: path, bytes: bytes + named.reduce(0) { $0 + (assets[$1] ?? 0) })
        }
        func heavier(_ a: Weight, than b: Weight?) -> Bool {
            guard let b else { return true }
            return a.bytes > b.bytes || (a.bytes == b.bytes && a.path < b.path)
        }
        var home: Weight?
        for path in homes.sorted() {
            guard let bytes = pages[path] else { continue }
            let candidate = weight(path, bytes)
            if heavier(candidate, than: home) { home = candidate }
        }
        let allAssets = assets.values.reduce(0, +)
        var heaviest: Weight?
        for (path, bytes) in pages.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
            if let found = heaviest, bytes + allAssets < found.bytes { break }
            let candidate = weight(path, bytes)
            if heavier(candidate, than: heaviest) { heaviest = candidate }
        }
        return (home, heaviest)
    }

    /// The summary line: `page weight (HTML + CSS + JS): home en/index.html 28012 bytes, heaviest …`.
    func summary(homes: Set<String>, read: (String) -> [UInt8]?) -> String? {
        let (home, page) = heaviest(homes: homes, read: read)
        guard let page else { return nil }
        let parts = (home.map { ["home \($0.path) \($0.bytes) bytes"] } ?? []) + ["heaviest \(page.path) \(page.bytes) bytes"]
        return "page weight (HTML + CSS + JS): " + parts.joined(separator: ", ")
    }

    /// The site paths of the style sheets and scripts an HTML page names, resolved against the
    /// page's folder; other sites' addresses and `data:` URLs are left out.
    static func resources(of html: [UInt8], at path: String) -> Set<String> {
        var found = Set<String>()
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        for tag in HTMLTagScanner(html, names: ["link", "script"]) {
            let url: String?
            if tag.name == "script" {
                url = tag.attributes["src"]
            } else {
                let rel = tag.attributes["rel"]?.lowercased().split(whereSeparator: \.isWhitespace) ?? []
                url = rel.contains("stylesheet") ? tag.attributes["href"] : nil
            }
            if let url, let resolved = resolve(url, in: folder) { found.insert(resolved) }
        }
        return found
    }

    /// `url` relative to `folder` as a path inside the site, or nil for another site or scheme.
    static func resolve(_ url: String, in folder: [String]) -> String? {
        let address = url.prefix { $0 != "?" && $0 != "#" }
        guard !address.isEmpty, !address.hasPrefix("//"), !address.contains(":") else { return nil }
        var parts = address.hasPrefix("/") ? [] : folder
        for part in address.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(String(part).removingPercentEncoding ?? String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
