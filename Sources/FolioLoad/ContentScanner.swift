import Foundation
import FolioModel

/// Finds the content files of a site: `content/<lang>/**/*.md`, the labels, termbases and data files,
/// and rejects names that could not be published safely. Links are followed by the project's
/// policy (`ProjectFiles`): inside the project yes, out of it never.
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

    /// What a scan finds; labels and termbases are keyed by language. What it refused inside the
    /// language folders (reported) is kept, so that its consequences are not reported again.
    struct Result {
        var pages: [PageFile] = []
        var labels: [String: String] = [:]
        var termbases: [String: String] = [:]
        var bibliography: [String] = []
        /// The site's kind declarations: "content/_schema/town.yaml".
        var schemas: [String] = []
        /// Page files refused (a link out of the project, a FIFO …).
        var refusedPages: [PageFile] = []
        /// Folders that could not be read or were refused: "content/en/towns".
        var refusedFolders: [(language: String, source: String)] = []
    }

    let files: ProjectFiles
    let languages: [String]

    func scan(into diagnostics: inout [Diagnostic]) -> Result {
        var result = Result()
        let contentEntry = files.entry("content")
        guard contentEntry == .directory else {
            diagnostics.append(contentEntry == .missing
                ? .error("content.missing", "there is no content/ folder", at: nil,
                         hint: "run folio in the folder that holds folio.yaml and content/")
                : files.refusal(of: contentEntry, "content")
                    ?? .error("content.missing", "content is a file, not a folder", at: .file("content")))
            return result
        }
        let top: [String]
        switch files.names(in: "content") {
        case .success(let names): top = names
        case .failure(let problem):
            diagnostics.append(problem)
            return result
        }
        for name in top {
            let path = "content/\(name)"
            let entry = files.entry(path)
            if let refusal = files.refusal(of: entry, path) {
                diagnostics.append(refusal)
                if languages.contains(name) { result.refusedFolders.append((name, path)) }
                continue
            }
            let isDirectory = entry == .directory
            if name == "facets.yaml" || name == "figures.yaml" { continue }
            if name == "bibliography.yaml" { result.bibliography.append(path); continue }
            if (name == "bibliography" || name == "_schema") && isDirectory {
                switch files.names(in: path) {
                case .success(let names):
                    let found = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map { "\(path)/\($0)" }
                    if name == "_schema" { result.schemas += found } else { result.bibliography += found }
                case .failure(let problem): diagnostics.append(problem)
                }
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
        let folder = "content/\(language)" + (relative.isEmpty ? "" : "/\(relative)")
        let names: [String]
        switch files.names(in: folder) {
        case .success(let found): names = found
        case .failure(let problem):
            diagnostics.append(problem)
            result.refusedFolders.append((language, folder))
            return
        }
        for name in names {
            let relativePath = relative.isEmpty ? name : "\(relative)/\(name)"
            let source = "content/\(language)/\(relativePath)"
            // Read (or refused) by the loader, which then knows the file is broken.
            if relative.isEmpty && name == "_labels.yaml" {
                result.labels[language] = source
                continue
            }
            if relative.isEmpty && name == "_terms.yaml" {
                result.termbases[language] = source
                continue
            }
            let entry = files.entry(source)
            if let refusal = files.refusal(of: entry, source) {
                diagnostics.append(refusal)
                if name.hasSuffix(".md") {
                    result.refusedPages.append(PageFile(language: language, relativePath: relativePath, source: source, size: 0))
                } else if !name.contains(".") {
                    result.refusedFolders.append((language, source))
                }
                continue
            }
            let isDirectory = entry == .directory
            guard isDirectory || name.hasSuffix(".md") else {
                diagnostics.append(.warning("content.ignored", "\(source) is not a Markdown file and is not published",
                                            at: .file(source), hint: "content pages end in .md"))
                continue
            }
            let stem = isDirectory ? name : String(name.dropLast(3))
            guard Identifier.isValid(stem) else {
                diagnostics.append(.error("path.invalid", "'\(name)' cannot be part of a page address",
                                          at: .file(source), hint: "rename it: \(Identifier.rule)"))
                continue
            }
            if isDirectory {
                walk(language: language, relative: relativePath, into: &result, diagnostics: &diagnostics)
            } else if case .file(let size) = entry {
                result.pages.append(PageFile(language: language, relativePath: relativePath, source: source, size: size))
            }
        }
    }
}
