import Foundation

/// The lock file beside a staging folder (`<staging>.lock`): it names the build that owns the
/// folder and is held with `flock` for as long as that build runs. The kernel drops the lock when
/// the build ends, however it ends, so the next build can tell a killed build's folder (lock file
/// with Folio's identity, not held) from a running build's (held) and from a folder that is merely
/// named like one (no lock file): only the first kind is removed.
final class StagingClaim {
    /// The first line of every lock file: what makes it Folio's.
    static let identity = "Folio staging folder lock"
    static let suffix = ".lock"

    let path: String
    private var descriptor: Int32

    /// Creates and locks the lock file of the staging folder at `stagingPath`.
    init(stagingPath: String) throws {
        path = stagingPath + Self.suffix
        descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SiteWriter.Failure.io("cannot create \(path): \(SiteWriter.reason())") }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw SiteWriter.Failure.io("cannot lock \(path): \(SiteWriter.reason())")
        }
        let host = ProcessInfo.processInfo.hostName
        let text = "\(Self.identity)\nbuild: process \(getpid()) on \(host), started \(Date())\n"
        _ = text.withCString { write(descriptor, $0, strlen($0)) }
    }

    /// Removes the lock file and lets go of the lock (after the staging folder is gone).
    func release() {
        guard descriptor >= 0 else { return }
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }

    /// Removes, in `parent`, the staging folders named `prefix…` whose lock file is Folio's and held
    /// by no build, and those lock files.
    static func removeStale(in parent: String, prefix: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(suffix) {
            let lockPath = parent + "/" + name
            let descriptor = open(lockPath, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            var header = [UInt8](repeating: 0, count: identity.utf8.count)
            guard read(descriptor, &header, header.count) == header.count, header.elementsEqual(identity.utf8),
                  flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { continue }
            let folder = String(lockPath.dropLast(suffix.count))
            var status = stat()
            if lstat(folder, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR {
                try? DirectoryRemoval.removeTree(at: folder)
            }
            unlink(lockPath)
        }
    }
}
