import ArgumentParser
import Foundation
import FolioLoad
import FolioModel
import FolioResolve

/// `folio translations`: coverage per language, outdated translations, and `--mark` to record
/// which version of the original a translation was made from.
struct TranslationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translations",
        abstract: "Reports translated, outdated and missing pages per language; marks translations as current.")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "text or json.")
    var format: StatsCommand.Format = .text

    @Flag(name: .long, help: "Exit with 1 when a translation is outdated, breaks its termbase or keeps an untranslated paragraph (for CI).")
    var strict = false

    @Option(name: .long, parsing: .upToNextOption,
            help: "Translation files or folders (content/de/...) to mark as made from the current original.")
    var mark: [String] = []

    func run() throws {
        if !mark.isEmpty {
            try TranslationMarker(root: site.rootURL).mark(mark)
        }
        let (resolved, diagnostics) = Pipeline(root: site.rootURL, threads: site.threads).resolve(stopOnErrors: false)
        guard let resolved else {
            Report.print(diagnostics, root: site.rootURL)
            throw ContentErrors()
        }
        let report = TranslationReport(resolved)
        print(format == .json ? report.json : report.text, terminator: "")
        // A translation's own problems: a key term against its termbase, and a paragraph left
        // as in the original (the resolver's warning, reported by check and build too).
        var warnings = checkTerms(resolved)
        warnings.append(contentsOf: diagnostics.all.filter { $0.code == "translation.untranslated" })
        Report.print(warnings, root: site.rootURL)
        if strict && (report.outdatedCount > 0 || !warnings.all.isEmpty) { throw ContentErrors() }
    }

    /// Every translated page against its language's termbase (`content/<lang>/_terms.yaml`).
    private func checkTerms(_ resolved: ResolvedSite) -> Diagnostics {
        var diagnostics = Diagnostics()
        for (language, termbase) in resolved.site.data.termbases.sorted(by: { $0.key < $1.key }) {
            let check = TermbaseCheck(termbase, file: "content/\(language)/_terms.yaml")
            for group in resolved.groups {
                guard let variant = group.variants[language], variant != group.original else { continue }
                let source = resolved.site.pages[variant].source
                guard let text = try? String(contentsOf: site.rootURL.appendingPathComponent(source), encoding: .utf8) else { continue }
                diagnostics.append(contentsOf: check.check(text, file: source))
            }
        }
        return diagnostics
    }
}

/// Writes `source_hash:` (the hash of the original's text) into translations' front matter.
struct TranslationMarker {
    let root: URL

    func mark(_ paths: [String]) throws {
        var diagnostics = Diagnostics()
        guard let config = SiteLoader.loadConfig(root: root, into: &diagnostics) else {
            throw ValidationError("cannot read folio.yaml")
        }
        for path in paths {
            for file in try translationFiles(path) {
                let relative = file.dropFirst("content/".count)
                let parts = relative.split(separator: "/", maxSplits: 1)
                guard parts.count == 2, parts[0] != config.defaultLanguage else {
                    throw ValidationError("\(file) is not a translation (content/<language>/…)")
                }
                let original = "content/\(config.defaultLanguage)/\(parts[1])"
                // The hash is over the text as the build reads it (line endings normalised, no BOM).
                guard case .success(let originalText) = ProjectFiles(root: root).text(original) else {
                    throw ValidationError("\(file) has no readable original \(original)")
                }
                let url = root.appendingPathComponent(String(file))
                let text = try String(contentsOf: url, encoding: .utf8)
                try Data(Self.setHash(ContentHash.of(originalText), in: text).utf8).write(to: url)
                print("marked \(file) as translated from \(original)")
            }
        }
    }

    /// Replaces or adds the `source_hash:` line at the end of the front matter, keeping the
    /// file's own line endings (CRLF stays CRLF) and byte-order mark.
    static func setHash(_ hash: String, in text: String) -> String {
        // Split on the LF scalar (a Character holds CR LF as one): a CRLF line keeps its CR.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        let ending = TextSearch.contains("\r\n", in: text) ? "\r" : ""
        func isFence(_ line: String) -> Bool { line.drop { $0 == "\u{FEFF}" } == "---" + ending }
        guard let first = lines.first, isFence(first),
              let close = lines.dropFirst().firstIndex(where: isFence) else { return text }
        if let existing = lines[1..<close].firstIndex(where: { $0.hasPrefix("source_hash:") }) {
            lines[existing] = "source_hash: \(hash)" + ending
        } else {
            lines.insert("source_hash: \(hash)" + ending, at: close)
        }
        return lines.joined(separator: "\n")
    }

    private func translationFiles(_ path: String) throws -> [String] {
        let url = root.appendingPathComponent(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ValidationError("no such file: \(path)")
        }
        guard isDirectory.boolValue else { return [path] }
        let enumerator = FileManager.default.enumerator(atPath: url.path)
        var files: [String] = []
        while let name = enumerator?.nextObject() as? String {
            if name.hasSuffix(".md") { files.append(path.hasSuffix("/") ? path + name : path + "/" + name) }
        }
        return files.sorted()
    }
}
