import Foundation

/// Where the themes that come with Folio are, for a site without a `themes/` folder of its own:
/// `PREFIX/share/folio/themes` next to an installed binary (`PREFIX/bin/folio`), or the
/// repository's `themes/` for a binary built inside it (`.build/<triple>/release/folio`).
enum InstalledThemes {
    static let folders: [URL] = {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folders: [URL] = []
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<5 {
            folder = folder.deletingLastPathComponent()
            let installed = folder.appendingPathComponent("share/folio/themes")
            if FileManager.default.fileExists(atPath: installed.path) { folders.append(installed) }
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                folders.append(folder.appendingPathComponent("themes"))
                break
            }
        }
        return folders
    }()
}
