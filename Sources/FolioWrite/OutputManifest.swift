import Foundation

/// `.folio-output`: the list of the files a build wrote, kept in the output folder. It proves the
/// folder is Folio's: a folder is replaced only when every file in it is listed (or with `--force`),
/// so neither an empty marker file nor a user's own file beside the site is ever enough.
enum OutputManifest {
    static let header = "Folio output folder. Folio replaces this folder on every build; it wrote the files listed below."

    static func text(listing paths: some Sequence<String>) -> String {
        ([header] + paths.sorted()).joined(separator: "\n") + "\n"
    }

    /// The files a manifest lists; empty when the file is missing or is not a Folio manifest.
    static func listed(in folder: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: folder + "/" + SiteWriter.marker) else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard lines.first == header else { return [] }
        return Set(lines.dropFirst())
    }

    /// The files (and links and other non-folders) below `folder` that its manifest does not list,
    /// sorted: what replacing the folder would destroy that Folio did not write.
    static func foreignFiles(in folder: String) -> [String] {
        let listed = listed(in: folder)
        var foreign: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? folder : folder + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                foreign.append(relative.isEmpty ? "." : relative)
                continue
            }
            for name in names {
                let child = relative.isEmpty ? name : relative + "/" + name
                var status = stat()
                if lstat(folder + "/" + child, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR {
                    pending.append(child)
                } else if child != SiteWriter.marker && !listed.contains(child) {
                    foreign.append(child)
                }
            }
        }
        return foreign.sorted()
    }
}
