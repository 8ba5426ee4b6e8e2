import Foundation
import FolioModel
import Yams

/// Reads `themes/<name>/`: `templates/**/*.mustache`, `i18n/<lang>.yaml`, `static/**`.
public enum ThemeLoader {
    /// The site's own `themes/<name>` wins (read under the project's link policy); otherwise the
    /// first of `installed` (folders of themes, such as the one installed next to the binary) that
    /// holds `<name>`. Files of a site's theme are named relative to the site, those of an
    /// installed theme by their full path.
    public static func load(root: URL, name: String, installed: [URL] = [], limits: InputLimits = InputLimits(),
                            into diagnostics: inout Diagnostics) -> Theme? {
        var problems: [Diagnostic] = []
        defer { diagnostics.append(contentsOf: problems) }
        var files = ProjectFiles(root: root)
        files.maximumFileBytes = limits.fileBytes
        var base = "themes/\(name)"
        var label = base
        let entry = files.entry(base)
        if entry != .directory {
            if let refusal = files.refusal(of: entry, base), entry != .missing {
                problems.append(refusal)
                return nil
            }
            guard let folder = installed.first(where: { ProjectFiles(root: $0).entry(name) == .directory }) else {
                problems.append(.error("theme.missing", "there is no theme 'themes/\(name)'", at: .file("folio.yaml"),
                                       hint: "set 'theme:' in folio.yaml to a folder under themes/"))
                return nil
            }
            files = ProjectFiles(root: folder)
            files.maximumFileBytes = limits.fileBytes
            base = name
            label = folder.appendingPathComponent(name).path
        }
        var templates: [String: (text: String, file: String)] = [:]
        for relative in regularFiles(under: base + "/templates", files, &problems) where relative.hasSuffix(".mustache") {
            if let text = text(files, "\(base)/templates/\(relative)", &problems) {
                templates[String(relative.dropLast(".mustache".count))] = (text, "\(label)/templates/\(relative)")
            }
        }
        var strings: [String: [String: String]] = [:]
        for relative in regularFiles(under: base + "/i18n", files, &problems) where relative.hasSuffix(".yaml") {
            let file = "\(label)/i18n/\(relative)"
            let language = String(relative.dropLast(5))
            guard let text = text(files, "\(base)/i18n/\(relative)", &problems) else { continue }
            let source = YAMLSource(file: file)
            switch source.compose(text) {
            case .failure(let problem): problems.append(problem)
            case .success(let node):
                var table: [String: String] = [:]
                if let node, node.mapping == nil {
                    problems.append(.error("i18n.shape", "a UI strings file is a mapping of 'key: text' lines",
                                           at: source.location(of: node)))
                }
                for (key, value) in node?.mapping ?? [:] {
                    guard let name = key.scalar?.string, let string = value.scalar?.string else {
                        problems.append(.error("i18n.shape", "UI strings are 'key: text' lines", at: source.location(of: key)))
                        continue
                    }
                    table[name] = string
                }
                strings[language] = table
            }
        }
        var assets: [String: [UInt8]] = [:]
        for relative in regularFiles(under: base + "/static", files, &problems) {
            switch files.bytes("\(base)/static/\(relative)") {
            case .success(let bytes): assets[relative] = bytes
            case .failure(let problem): problems.append(problem)
            }
        }
        return Theme(templates: templates, strings: strings, assets: assets)
    }

    private static func text(_ files: ProjectFiles, _ file: String, _ problems: inout [Diagnostic]) -> String? {
        switch files.text(file, notes: &problems) {
        case .success(let text): return text
        case .failure(let problem):
            problems.append(problem)
            return nil
        }
    }

    /// The files below a folder of the theme, as sorted relative paths; links out of the project
    /// and special files are reported, hidden names skipped, a missing folder is empty.
    private static func regularFiles(under folder: String, _ files: ProjectFiles, _ problems: inout [Diagnostic]) -> [String] {
        guard files.entry(folder) == .directory else { return [] }
        var out: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? folder : folder + "/" + relative
            let names: [String]
            switch files.names(in: path) {
            case .success(let found): names = found
            case .failure(let problem):
                problems.append(problem)
                continue
            }
            for name in names {
                let child = relative.isEmpty ? name : relative + "/" + name
                let entry = files.entry(folder + "/" + child)
                if let refusal = files.refusal(of: entry, folder + "/" + child) {
                    problems.append(refusal)
                } else if entry == .directory {
                    pending.append(child)
                } else {
                    out.append(child)
                }
            }
        }
        return out.sorted()
    }
}
