import Foundation

/// Pagefind (PyPI `pagefind-bin`), run over a built site to make its search index: one index per
/// language, from each page's `lang`. Folio runs it on the staging folder, before the site is
/// swapped into place, so that a failed index never replaces a good site.
public struct Pagefind: Sendable {
    /// The command that runs Pagefind: the binary, or a Python interpreter with `-m pagefind_bin`.
    public let command: [String]

    /// Finds Pagefind: the path given (`--pagefind`, folio.yaml `pagefind:`), else `pagefind` on
    /// PATH, else the `pagefind_bin` module of `python3` (what `pip install pagefind-bin` gives).
    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> Pagefind? {
        if let explicit {
            return FileManager.default.isExecutableFile(atPath: explicit) ? Pagefind(command: [explicit]) : nil
        }
        let path = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        if let binary = path.map({ $0 + "/pagefind" }).first(where: FileManager.default.isExecutableFile(atPath:)) {
            return Pagefind(command: [binary])
        }
        guard let python = path.map({ $0 + "/python3" }).first(where: FileManager.default.isExecutableFile(atPath:)) else { return nil }
        let probe = Pagefind(command: [python, "-m", "pagefind_bin"])
        return (try? probe.run(["--version"]))?.status == 0 ? probe : nil
    }

    /// What indexing produced: pages and bytes of index per language, and the time it took.
    public struct Report: Sendable {
        public var languages: [(language: String, pages: Int, bytes: Int)]
        public var seconds: Double
    }

    public enum Failure: Error, CustomStringConvertible {
        case failed(status: Int32, output: String)

        public var description: String {
            switch self {
            case .failed(let status, let output):
                "Pagefind failed (exit \(status)): " + output.split(separator: "\n").suffix(5).joined(separator: " / ")
            }
        }
    }

    /// Indexes the site in `folder` into `folder/pagefind/`, and rewrites Pagefind's entry file
    /// with sorted keys (Pagefind writes its languages in hash order, which changes from run to
    /// run), so that the same site gives the same bytes. Pagefind does not read the folders in
    /// `excluding` (paths from the site root, e.g. the print editions, which repeat every page's text
    /// in one file: their pages are not indexed anyway, but Pagefind parses every HTML file it finds).
    public func index(_ folder: URL, excluding: Set<String> = []) throws -> Report {
        let start = Date()
        var arguments = ["--site", folder.path, "--output-subdir", "pagefind", "--quiet"]
        if !excluding.isEmpty, let glob = Self.glob(folder, excluding: excluding) { arguments += ["--glob", glob] }
        let result = try run(arguments)
        guard result.status == 0 else { throw Failure.failed(status: result.status, output: result.output) }
        let bundle = folder.appendingPathComponent("pagefind")
        let entryURL = bundle.appendingPathComponent("pagefind-entry.json")
        let entry = try JSONSerialization.jsonObject(with: Data(contentsOf: entryURL))
        try JSONSerialization.data(withJSONObject: entry, options: [.sortedKeys, .withoutEscapingSlashes]).write(to: entryURL)
        return Report(languages: Self.sizes(bundle, entry: entry), seconds: Date().timeIntervalSince(start))
    }

    /// A glob for every HTML file under `folder` except those in the `excluded` folders: the
    /// folders above an excluded one are listed entry by entry, every other folder is `name/**`.
    /// Nil when a name would need escaping (Folio's output names never do), so the caller keeps
    /// Pagefind's default.
    static func glob(_ folder: URL, excluding excluded: Set<String>) -> String? {
        func patterns(_ relative: String) -> [String]? {
            let here = relative.isEmpty ? folder : folder.appendingPathComponent(relative)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: here.path) else { return [] }
            var found: [String] = []
            for name in names.sorted() {
                guard !name.contains(where: { "{}[]*?,!\\".contains($0) }) else { return nil }
                let path = relative.isEmpty ? name : relative + "/" + name
                guard !excluded.contains(path) else { continue }
                var isFolder: ObjCBool = false
                FileManager.default.fileExists(atPath: here.appendingPathComponent(name).path, isDirectory: &isFolder)
                if !isFolder.boolValue {
                    if name.hasSuffix(".html") { found.append(path) }
                } else if excluded.contains(where: { $0.hasPrefix(path + "/") }) {
                    guard let inner = patterns(path) else { return nil }
                    found += inner
                } else {
                    found.append(path + "/**/*.html")
                }
            }
            return found
        }
        return patterns("").map { "{" + $0.joined(separator: ",") + "}" }
    }

    /// Per language: its pages and the bytes a reader may load for it (index chunks, metadata and
    /// the language's WebAssembly); page fragments are fetched one per shown result and not counted.
    static func sizes(_ bundle: URL, entry: Any) -> [(language: String, pages: Int, bytes: Int)] {
        guard let languages = (entry as? [String: Any])?["languages"] as? [String: [String: Any]] else { return [] }
        let files = (FileManager.default.enumerator(atPath: bundle.path)?.allObjects as? [String]) ?? []
        return languages.keys.sorted().map { language in
            let hash = languages[language]?["hash"] as? String ?? language
            let mine = files.filter { file in
                file.hasPrefix("index/\(language)_") || file == "pagefind.\(hash).pf_meta" || file == "wasm.\(language).pagefind"
            }
            let bytes = mine.reduce(0) { total, file in
                total + ((try? FileManager.default.attributesOfItem(atPath: bundle.appendingPathComponent(file).path)[.size] as? Int) ?? 0)
            }
            return (language, languages[language]?["page_count"] as? Int ?? 0, bytes)
        }
    }

    private func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst()) + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
