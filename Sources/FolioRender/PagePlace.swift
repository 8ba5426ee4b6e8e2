/// Where a page sits in the output, and so how its internal links are written. Every internal
/// URL is relative to the page that holds it, so that the output folder works opened from disk
/// (`file://`), at a domain root and under any sub-path, without a rebuild: a link is the page's
/// `root` (one `../` per folder the page sits in) followed by the target's path from the site
/// root, and a link to a folder names its `index.html`, which a file system does not add. Only
/// canonical, hreflang and sitemap URLs are absolute (on `base_url`).
struct PagePlace {
    /// The page's folder from the site root: `en/towns/bebra/`, or "" for a file at the root.
    let folder: String
    /// How many folders deep the page is: 3 for `en/towns/bebra/`.
    let depth: Int
    /// The way back to the site root: "../../../" for `en/towns/bebra/`, "" at the root.
    let root: String

    init(folder: String) {
        self.folder = folder
        depth = Self.depth(of: folder)
        root = Self.root(depth: depth)
    }

    /// One per "/": 1 for `en/`, 3 for `en/towns/bebra/`, 0 for a file at the root.
    static func depth(of folder: String) -> Int {
        folder.utf8.lazy.filter { $0 == UInt8(ascii: "/") }.count
    }

    /// "../" once per folder: the way back to the root from a page `depth` folders deep.
    static func root(depth: Int) -> String {
        String(repeating: "../", count: depth)
    }

    /// `en/towns/bebra/index.html` for the folder `en/towns/bebra/`: the page's path from the root.
    static func page(_ folder: String) -> String {
        folder + "index.html"
    }
}
