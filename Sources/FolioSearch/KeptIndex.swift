import Foundation

/// Keeping a language's index from the output folder being replaced (see `IndexRecord`).
extension Pagefind {
    /// Links the recorded index files of `bundle` from `previous` into `folder` (copies them where
    /// a link cannot be made). False, with nothing left behind, unless every file is still there
    /// with its recorded size.
    static func keep(_ entry: IndexRecord.Entry, bundle: String, from previous: URL, into folder: URL) -> Bool {
        guard !entry.files.isEmpty, entry.files.keys.allSatisfy({ path in
            path.hasPrefix(bundle + "/") && !path.split(separator: "/").contains { $0 == ".." || $0 == "." }
        }) else { return false }
        for (path, size) in entry.files {
            var status = stat()
            guard lstat(previous.path + "/" + path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == size
            else { return false }
        }
        for path in entry.files.keys.sorted() {
            let target = folder.appendingPathComponent(path)
            let source = previous.appendingPathComponent(path)
            let made = (try? FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)) != nil
                && (link(source.path, target.path) == 0 || (try? FileManager.default.copyItem(at: source, to: target)) != nil)
            if !made {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(bundle))
                return false
            }
        }
        return true
    }

    /// The regular files under `bundle` (a folder from `folder`), paths from `folder` → size.
    static func files(under bundle: String, in folder: URL) -> [String: Int] {
        let base = folder.appendingPathComponent(bundle).path
        var files: [String: Int] = [:]
        for name in (FileManager.default.enumerator(atPath: base)?.allObjects as? [String]) ?? [] {
            var status = stat()
            if lstat(base + "/" + name, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
                files[bundle + "/" + name] = Int(status.st_size)
            }
        }
        return files
    }
}
