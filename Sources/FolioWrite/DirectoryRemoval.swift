#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Removes a folder and everything in it with one `unlinkat` per entry, through directory
/// descriptors (FileManager stats and re-resolves every path first: on a rebuild, removing the
/// previous site took longer than writing the new one). Links are removed, never followed.
enum DirectoryRemoval {
    struct Failure: Error {
        let path: String
    }

    static func removeTree(at path: String) throws {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: path) }
        try removeContents(of: descriptor, path: path)
        guard rmdir(path) == 0 else { throw Failure(path: path) }
    }

    /// Empties the folder open at `descriptor`, and closes it.
    private static func removeContents(of descriptor: Int32, path: String) throws {
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            throw Failure(path: path)
        }
        defer { closedir(directory) }
        // Every name is read before anything is removed, so the listing never changes under readdir.
        var entries: [(name: String, isDirectory: Bool)] = []
        while let entry = readdir(directory) {
            var entryName = entry.pointee.d_name
            let name = withUnsafeBytes(of: &entryName) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            var isDirectory = Int32(entry.pointee.d_type) == DT_DIR
            if Int32(entry.pointee.d_type) == DT_UNKNOWN {
                var status = stat()
                guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { throw Failure(path: path + "/" + name) }
                isDirectory = status.st_mode & S_IFMT == S_IFDIR
            }
            entries.append((name, isDirectory))
        }
        for (name, isDirectory) in entries {
            if isDirectory {
                let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard child >= 0 else { throw Failure(path: path + "/" + name) }
                try removeContents(of: child, path: path + "/" + name)
                guard unlinkat(descriptor, name, AT_REMOVEDIR) == 0 else { throw Failure(path: path + "/" + name) }
            } else {
                guard unlinkat(descriptor, name, 0) == 0 else { throw Failure(path: path + "/" + name) }
            }
        }
    }
}
