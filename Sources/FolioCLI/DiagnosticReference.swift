import FolioModel

/// docs/diagnostics.md, generated from `DiagnosticCatalog` (a test keeps the file equal to it).
enum DiagnosticReference {
    static var markdown: String {
        var out = """
        # Diagnostic codes

        Generated from `Sources/FolioModel/DiagnosticCatalog.swift`; do not edit by hand (the test
        `DiagnosticCatalogTests` rewrites it when run with `FOLIO_WRITE_DOCS=1`).

        Every problem Folio reports has a dotted code (used in the source), a stable number and a
        name. `folio check --format github` uses `F101 unknown-reference` as the annotation's title;
        `--format json` gives `code`, `number` and `name`. Warnings fail only under `--strict`.

        | number | name | code | severity | what it means |
        |---|---|---|---|---|

        """
        for entry in DiagnosticCatalog.all {
            out += "| \(entry.number) | [\(entry.name)](#\(entry.number.lowercased())-\(entry.name)) | `\(entry.code)` | \(entry.severity.rawValue) | \(cell(entry.summary)) |\n"
        }
        for entry in DiagnosticCatalog.all {
            out += "\n## \(entry.number) \(entry.name)\n\n"
            out += "`\(entry.code)`, \(entry.severity.rawValue). \(entry.summary)\n\n"
            out += "Example:\n\n```\n\(entry.example)\n```\n\n"
            out += "Fix: \(entry.fix)\n"
        }
        return out
    }

    private static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
