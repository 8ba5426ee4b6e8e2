import Foundation
import FolioModel
import Yams

/// Reads `themes/<name>/`: `templates/**/*.mustache`, `i18n/<lang>.yaml`, `static/**`.
public enum ThemeLoader {
    public static func load(root: URL, name: String, into diagnostics: inout Diagnostics) -> Theme? {
        let base = root.appendingPathComponent("themes/\(name)")
        var problems: [Diagnostic] = []
        defer { diagnostics.append(contentsOf: problems) }
        guard FileManager.default.fileExists(atPath: base.path) else {
            problems.append(.error("theme.missing", "there is no theme 'themes/\(name)'", at: .file("folio.yaml"),
                                   hint: "set 'theme:' in folio.yaml to a folder under themes/"))
            return nil
        }
        var templates: [String: (text: String, file: String)] = [:]
        for relative in files(under: base.appendingPathComponent("templates")) where relative.hasSuffix(".mustache") {
            let file = "themes/\(name)/templates/\(relative)"
            if let text = try? String(contentsOf: base.appendingPathComponent("templates/\(relative)"), encoding: .utf8) {
                templates[String(relative.dropLast(".mustache".count))] = (text, file)
            }
        }
        var strings: [String: [String: String]] = [:]
        for relative in files(under: base.appendingPathComponent("i18n")) where relative.hasSuffix(".yaml") {
            let file = "themes/\(name)/i18n/\(relative)"
            let language = String(relative.dropLast(5))
            guard let text = try? String(contentsOf: base.appendingPathComponent("i18n/\(relative)"), encoding: .utf8) else { continue }
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
        for relative in files(under: base.appendingPathComponent("static")) {
            if let data = FileManager.default.contents(atPath: base.appendingPathComponent("static/\(relative)").path) {
                assets[relative] = [UInt8](data)
            }
        }
        return Theme(templates: templates, strings: strings, assets: assets)
    }

    /// Regular files below a folder, as sorted relative paths.
    private static func files(under directory: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var out: [String] = []
        let prefix = directory.standardizedFileURL.path + "/"
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            if path.hasPrefix(prefix), !url.lastPathComponent.hasPrefix(".") { out.append(String(path.dropFirst(prefix.count))) }
        }
        return out.sorted()
    }
}
