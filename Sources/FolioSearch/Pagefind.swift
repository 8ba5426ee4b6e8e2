import Foundation

/// Pagefind (PyPI `pagefind-bin`), run over a built site to make its search indexes: one per
/// language, in the language's folder. Folio runs it on the staging folder, before the site is
/// swapped into place, so that a failed index never replaces a good site.
public struct Pagefind: Sendable {
    /// The Pagefind binary.
    public let program: String

    /// Finds Pagefind: the path given (`--pagefind`, folio.yaml `pagefind:`), else `pagefind` on
    /// PATH, else the binary of the `pagefind_bin` module of `python3` (what `pip install
    /// pagefind-bin` gives), run directly rather than through Python (which takes 0.1 s to start).
    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> Pagefind? {
        if let explicit {
            return FileManager.default.isExecutableFile(atPath: explicit) ? Pagefind(program: explicit) : nil
        }
        let path = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        if let binary = path.map({ $0 + "/pagefind" }).first(where: FileManager.default.isExecutableFile(atPath:)) {
            return Pagefind(program: binary)
        }
        guard let python = path.map({ $0 + "/python3" }).first(where: FileManager.default.isExecutableFile(atPath:)) else { return nil }
        guard let found = try? run(python, ["-c", "import pagefind_bin; print(pagefind_bin.get_executable())"]), found.status == 0
        else { return nil }
        let binary = found.output.trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.isExecutableFile(atPath: binary) ? Pagefind(program: binary) : nil
    }

    /// What indexing produced.
    public struct Report: Sendable {
        public struct Language: Sendable {
            public var language: String
            public var pages: Int
            /// What a reader may load for it: index chunks, metadata and its WebAssembly.
            public var bytes: Int
            /// Whether the last build's index was kept, its pages being unchanged.
            public var kept: Bool
        }

        public var languages: [Language]
        public var seconds: Double
        /// The folders of the indexes, from the site root ("en/pagefind").
        public var bundles: [String]
        /// The record the next build reads to keep unchanged indexes: its name and bytes.
        public var record: (name: String, bytes: [UInt8])
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

    /// The folder of a language's index inside the language's folder.
    public static let bundleFolder = "pagefind"

    /// Indexes the site in `folder` one language at a time, each into its own `<language>/pagefind/`
    /// (a reader's search loads only their language's index), languages side by side. A language
    /// whose pages are byte for byte the ones the last build in `previous` (the output folder being
    /// replaced) indexed, with the same Pagefind, keeps that index: its files are linked, not made
    /// again (see `IndexRecord`). Pagefind does not read the folders in `excluding` (paths from the
    /// site root, e.g. the print editions, which repeat every page's text in one file: their pages
    /// are not indexed anyway, but Pagefind parses every HTML file it finds).
    public func index(_ folder: URL, languages: [String], excluding: Set<String> = [], previous: URL? = nil) throws -> Report {
        let start = Date()
        let version = try run(["--version"])
        guard version.status == 0 else { throw Failure.failed(status: version.status, output: version.output) }
        let last = previous.map(IndexRecord.init(in:)) ?? IndexRecord()
        var outcomes = [Result<(entry: IndexRecord.Entry, kept: Bool)?, Error>](repeating: .success(nil), count: languages.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: languages.count) { index in
            let outcome = Result {
                try indexLanguage(languages[index], in: folder, excluding: excluding, version: version.output, last: last, previous: previous)
            }
            lock.lock()
            outcomes[index] = outcome
            lock.unlock()
        }
        var record = IndexRecord()
        var report: [Report.Language] = []
        for (language, outcome) in zip(languages, outcomes) {
            guard let made = try outcome.get() else { continue }
            record.entries[language] = made.entry
            report.append(Self.size(of: folder.appendingPathComponent(language + "/" + Self.bundleFolder), language: language, kept: made.kept))
        }
        return Report(languages: report, seconds: Date().timeIntervalSince(start),
                      bundles: record.entries.keys.sorted().map { $0 + "/" + Self.bundleFolder },
                      record: (IndexRecord.name, Array(record.text.utf8)))
    }

    /// One language's index: kept from `previous` when its inputs' key is the one recorded there,
    /// else made by Pagefind; nil when no page of the language asks to be indexed.
    private func indexLanguage(_ language: String, in folder: URL, excluding: Set<String>, version: String,
                               last: IndexRecord, previous: URL?) throws -> (entry: IndexRecord.Entry, kept: Bool)? {
        let site = folder.appendingPathComponent(language)
        guard FileManager.default.fileExists(atPath: site.path) else { return nil }
        let prefix = language + "/"
        let inside = Set(excluding.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) })
        var arguments = ["--output-subdir", Self.bundleFolder]
        if !inside.isEmpty, let glob = Self.glob(site, excluding: inside) { arguments += ["--glob", glob] }
        let inputs = IndexInputs(folder: site, excluding: inside, program: version, arguments: arguments)
        guard inputs.asksForIndex else { return nil }
        let bundle = prefix + Self.bundleFolder
        if let entry = last.entries[language], entry.key == inputs.key, let previous,
           Self.keep(entry, bundle: bundle, from: previous, into: folder) {
            return (entry, true)
        }
        let result = try run(["--site", site.path, "--quiet"] + arguments)
        guard result.status == 0 else { throw Failure.failed(status: result.status, output: result.output) }
        // Pagefind writes its entry file's keys in hash order, which changes from run to run.
        let entryURL = site.appendingPathComponent(Self.bundleFolder + "/pagefind-entry.json")
        let entry = try JSONSerialization.jsonObject(with: Data(contentsOf: entryURL))
        try JSONSerialization.data(withJSONObject: entry, options: [.sortedKeys, .withoutEscapingSlashes]).write(to: entryURL)
        return (IndexRecord.Entry(key: inputs.key, files: Self.files(under: bundle, in: folder)), false)
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
                _ = FileManager.default.fileExists(atPath: here.appendingPathComponent(name).path, isDirectory: &isFolder)
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

    /// A language's index: its pages (from the entry file) and the bytes a reader may load for it
    /// (index chunks, metadata and the WebAssembly); page fragments are fetched one per shown
    /// result and not counted.
    static func size(of bundle: URL, language: String, kept: Bool) -> Report.Language {
        let entry = (try? Data(contentsOf: bundle.appendingPathComponent("pagefind-entry.json")))
            .flatMap { try? JSONSerialization.jsonObject(with: $0) } as? [String: Any]
        let indexes = (entry?["languages"] as? [String: [String: Any]]) ?? [:]
        let files = (FileManager.default.enumerator(atPath: bundle.path)?.allObjects as? [String]) ?? []
        let read = files.filter { file in
            file.hasPrefix("index/") || (file.hasPrefix("pagefind.") && file.hasSuffix(".pf_meta"))
                || (file.hasPrefix("wasm.") && file != "wasm.unknown.pagefind")
        }
        let bytes = read.reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: bundle.appendingPathComponent(file).path)[.size] as? Int) ?? 0)
        }
        let pages = indexes.values.reduce(0) { $0 + ($1["page_count"] as? Int ?? 0) }
        return Report.Language(language: language, pages: pages, bytes: bytes, kept: kept)
    }

    private func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try Self.run(program, arguments)
    }

    /// Runs `program` and waits for it: its exit status and its output, standard error included.
    private static func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
