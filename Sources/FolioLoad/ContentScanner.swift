import Foundation
import FolioModel

/// Finds the content files of a site: `content/<lang>/**/*.md`, the labels, termbases and data files,
/// and rejects names that could not be published safely.
struct ContentScanner {
    struct PageFile {
        var language: String
        /// "towns/bebra.md"
        var relativePath: String
        /// "content/en/towns/bebra.md"
        var source: String
        /// In bytes, as listed.
        var size: Int
    }

    let root: URL
    let languages: [String]

    /// What a scan finds; labels and termbases are keyed by language.
    struct Result {
        var pages: [PageFile] = []
        var labels: [String: String] = [:]
        var termbases: [String: String] = [:]
        var bibliography: [String] = []
    }

    func scan(into diagnostics: inout [Diagnostic]) -> Result {
        let fileManager = FileManager.default
        let content = root.appendingPathComponent("content")
        var result = Result()
        guard let top = try? fileManager.contentsOfDirectory(atPath: content.path) else {
            diagnostics.append(.error("content.missing", "there is no content/ folder", at: nil,
                                      hint: "run folio in the folder that holds folio.yaml and content/"))
            return result
        }
        for name in top.sorted() where !name.hasPrefix(".") {
            let path = "content/\(name)"
            let isDirectory = Self.kind(of: content.path + "/" + name) == .directory
            if name == "facets.yaml" || name == "figures.yaml" { continue }
            if name == "bibliography.yaml" { result.bibliography.append(path); continue }
            if name == "bibliography" && isDirectory {
                let files = (try? fileManager.contentsOfDirectory(atPath: content.appendingPathComponent(name).path)) ?? []
                result.bibliography += files.sorted().filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map { "\(path)/\($0)" }
                continue
            }
            guard isDirectory, languages.contains(name) else {
                diagnostics.append(.error("content.unexpected",
                                          "content/\(name) is neither a configured language nor a data file",
                                          at: .file(path),
                                          hint: "languages are \(languages.joined(separator: ", ")) (folio.yaml 'languages')"))
                continue
            }
            walk(language: name, relative: "", into: &result, diagnostics: &diagnostics)
        }
        return result
    }

    private func walk(language: String, relative: String, into result: inout Result, diagnostics: inout [Diagnostic]) {
        let fileManager = FileManager.default
        let directory = root.appendingPathComponent("content/\(language)/\(relative)")
        let names = ((try? fileManager.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") {
            let relativePath = relative.isEmpty ? name : "\(relative)/\(name)"
            let source = "content/\(language)/\(relativePath)"
            let (kind, size) = Self.entry(at: directory.path + "/" + name)
            if kind == .symbolicLink {
                diagnostics.append(.error("content.symlink", "\(source) is a symbolic link; Folio does not follow links",
                                          at: .file(source), hint: "copy the file into content/ instead"))
                continue
            }
            let isDirectory = kind == .directory
            if relative.isEmpty && name == "_labels.yaml" {
                result.labels[language] = source
                continue
            }
            if relative.isEmpty && name == "_terms.yaml" {
                result.termbases[language] = source
                continue
            }
            let stem = isDirectory ? name : String(name.dropLast(name.hasSuffix(".md") ? 3 : 0))
            guard Identifier.isValid(stem) else {
                diagnostics.append(.error("path.invalid", "'\(name)' cannot be part of a page address",
                                          at: .file(source), hint: "rename it: \(Identifier.rule)"))
                continue
            }
            if isDirectory {
                walk(language: language, relative: relativePath, into: &result, diagnostics: &diagnostics)
            } else if name.hasSuffix(".md") {
                result.pages.append(PageFile(language: language, relativePath: relativePath, source: source, size: size))
            } else {
                diagnostics.append(.warning("content.ignored", "\(source) is not a Markdown file and is not published",
                                            at: .file(source), hint: "content pages end in .md"))
            }
        }
    }

    enum EntryKind { case file, directory, symbolicLink, missing }

    static func kind(of path: String) -> EntryKind { entry(at: path).kind }

    /// What a path is and its size, from one `lstat` (links are not followed).
    static func entry(at path: String) -> (kind: EntryKind, size: Int) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return (.missing, 0) }
        switch status.st_mode & S_IFMT {
        case S_IFLNK: return (.symbolicLink, 0)
        case S_IFDIR: return (.directory, 0)
        default: return (.file, Int(status.st_size))
        }
    }
}
