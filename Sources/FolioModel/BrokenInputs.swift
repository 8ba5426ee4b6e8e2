/// What exists but failed to load: pages whose file could not be read or decoded, and data files
/// with errors. Later checks do not report the consequences of these (a reference to a page that
/// failed to load is not "no such page"), so the cause stays the first thing an editor reads.
public struct BrokenInputs: Sendable {
    public struct BrokenPage: Sendable {
        /// Nil when the front matter could not be read far enough to know it.
        public var kind: PageKind?
        public var id: String
        public var source: String

        public init(kind: PageKind?, id: String, source: String) {
            self.kind = kind
            self.id = id
            self.source = source
        }
    }

    /// The code of the stand-in diagnostic a check records for each reference it could not check;
    /// the resolver folds them into one warning per broken file (`folded`).
    public static let uncheckedCode = "reference.unchecked"

    public var pages: [BrokenPage] = []
    /// Folders of the default language that could not be read ("content/en/towns"): any page
    /// could be in them.
    public var folders: [String] = []
    /// Data files with errors ("content/facets.yaml").
    public var dataFiles: Set<String> = []

    public init() {}

    /// The broken page (or unreadable folder) a reference to `kind`/`id` might have found, if any.
    public func page(kind: PageKind, id: String) -> BrokenPage? {
        pages.first { $0.id == id && ($0.kind == nil || $0.kind == kind) }
            ?? folders.first.map { BrokenPage(kind: nil, id: id, source: $0) }
    }

    /// The broken file or folder that holds the page file `source`, if any.
    public func source(holding source: String) -> String? {
        pages.first { $0.source == source }?.source ?? folders.first { source.hasPrefix($0 + "/") }
    }

    /// The stand-in for a reference into a broken file (see `uncheckedCode`).
    public static func unchecked(into file: String) -> Diagnostic {
        .warning(uncheckedCode, "", at: .file(file))
    }

    /// Replaces the stand-ins with one warning per broken file, counting its references.
    public static func folded(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var counts: [String: Int] = [:]
        var out: [Diagnostic] = []
        for diagnostic in diagnostics {
            if diagnostic.code == uncheckedCode, let file = diagnostic.location?.file {
                counts[file, default: 0] += 1
            } else {
                out.append(diagnostic)
            }
        }
        for (file, count) in counts.sorted(by: { $0.key < $1.key }) {
            out.append(.warning(uncheckedCode,
                                "\(count) reference\(count == 1 ? "" : "s") to \(file) \(count == 1 ? "is" : "are") not checked until it loads",
                                at: .file(file), hint: "fix the error in this file first"))
        }
        return out
    }
}
