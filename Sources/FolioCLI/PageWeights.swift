import Foundation
import FolioModel

/// What a reader's browser downloads for each page: its HTML and the style sheets and scripts it
/// names (`<link rel="stylesheet" href>`, `<script src>`), counted from the files the build
/// writes. The build summary names the heaviest home page and the heaviest page of the site.
/// Resources a page's script fetches later (the search index) are not counted.
final class PageWeights: @unchecked Sendable {
    /// A page and the site paths of the resources it names.
    private struct Page {
        var path: String
        var bytes: Int
        var resources: Set<String>
    }

    /// A page and its weight in bytes (HTML, CSS and JS).
    struct Weight: Equatable {
        var path: String
        var bytes: Int
    }

    private let lock = NSLock()
    private var sizes: [String: Int] = [:]
    private var pages: [Page] = []

    /// Records a written file; called from the render threads.
    func add(_ file: OutputFile) {
        let page = file.path.hasSuffix(".html")
            ? Page(path: file.path, bytes: file.bytes.count, resources: Self.resources(of: file.bytes, at: file.path)) : nil
        lock.lock()
        defer { lock.unlock() }
        sizes[file.path] = file.bytes.count
        if let page { pages.append(page) }
    }

    /// The heaviest of `homes` (paths of the home pages) and the heaviest page; ties go to the
    /// first path in order, so the answer does not depend on the order pages were written.
    func heaviest(homes: Set<String>) -> (home: Weight?, page: Weight?) {
        lock.lock()
        defer { lock.unlock() }
        let weights = pages.map { page in
            Weight(path: page.path, bytes: page.bytes + page.resources.reduce(0) { $0 + (sizes[$1] ?? 0) })
        }
        func heaviest(_ candidates: [Weight]) -> Weight? {
            candidates.max { ($0.bytes, $1.path) < ($1.bytes, $0.path) }
        }
        return (heaviest(weights.filter { homes.contains($0.path) }), heaviest(weights))
    }

    /// The summary line: `page weight (HTML + CSS + JS): home en/index.html 28012 bytes, heaviest …`.
    func summary(homes: Set<String>) -> String? {
        let (home, page) = heaviest(homes: homes)
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
