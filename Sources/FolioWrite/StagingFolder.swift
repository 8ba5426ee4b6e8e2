import CFolioSystem
import Foundation
import FolioModel

/// A folder beside the output that a build writes into, page by page as they are rendered, and
/// that replaces the output in one step when the build succeeds. A build that fails or is killed
/// leaves the output as it was (and at most a hidden staging folder with its lock file, removed by
/// the next build: see `StagingClaim`).
public final class StagingFolder: @unchecked Sendable {
    /// The folder that is replaced: `--output`, or the folder a `--output` link points to.
    public let output: URL
    public let url: URL
    /// `url.path`, computed once: pages are written by path thousands of times.
    private let path: String
    private let lock = NSLock()
    private var directories: Set<String> = [""]
    /// Every path written, for the manifest and to refuse writing one path twice.
    private var written: Set<String> = []
    private let claim: StagingClaim

    /// Checks that the output may be replaced (`force`: even when it holds files Folio did not
    /// write), removes stale staging folders and creates an empty, locked staging folder beside it.
    /// An output that is a symbolic link is followed: its target is replaced, the link kept.
    public init(replacing output: URL, force: Bool = false) throws {
        var target = output.standardizedFileURL
        var status = stat()
        if lstat(target.path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(target.path, nil) else {
                throw SiteWriter.Failure.io("\(target.path) is a symbolic link to a folder that does not exist")
            }
            target = URL(fileURLWithPath: String(cString: resolved), isDirectory: true)
            free(resolved)
        }
        self.output = target
        try SiteWriter.checkReplaceable(target, force: force)
        let parent = target.deletingLastPathComponent().path
        try Self.makeFolders(parent)
        let prefix = ".\(target.lastPathComponent).folio-staging-"
        StagingClaim.removeStale(in: parent, prefix: prefix)
        path = parent + "/" + prefix + "\(getpid())-" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        url = URL(fileURLWithPath: path, isDirectory: true)
        claim = try StagingClaim(stagingPath: path)
        guard mkdir(path, 0o755) == 0 else {
            claim.release()
            throw SiteWriter.Failure.io("cannot create \(path): \(SiteWriter.reason())")
        }
    }

    /// Writes one file with one system call; safe to call from several threads. A path is
    /// written once: a second file for it is refused, never mixed with the first.
    public func write(_ file: OutputFile) throws {
        guard SiteWriter.isSafe(file.path), file.path != SiteWriter.marker else { throw SiteWriter.Failure.unsafePath(file.path) }
        let directory = Self.parent(of: file.path)
        lock.lock()
        let known = directories.contains(directory)
        let isNew = written.insert(file.path).inserted
        lock.unlock()
        guard isNew else { throw SiteWriter.Failure.writtenTwice(file.path) }
        if !known { try makeDirectory(directory) }
        try create(file.path, bytes: file.bytes)
    }

    /// Records the files another program wrote under `folder` of the staging folder (the search
    /// index), so that the manifest lists them as Folio's. A path Folio already wrote is refused.
    public func adopt(folder: String) throws {
        guard SiteWriter.isSafe(folder) else { throw SiteWriter.Failure.unsafePath(folder) }
        let base = url.appendingPathComponent(folder)
        let found = (FileManager.default.enumerator(atPath: base.path)?.allObjects as? [String]) ?? []
        try adopt(files: found.sorted().map { folder + "/" + $0 })
    }

    /// Records these files (paths from the staging folder) that another program wrote (the PDFs
    /// `folio pdf` prints); what is not a regular file is skipped.
    public func adopt(files: [String]) throws {
        lock.lock()
        defer { lock.unlock() }
        for file in files {
            guard SiteWriter.isSafe(file) else { throw SiteWriter.Failure.unsafePath(file) }
            var status = stat()
            guard lstat(path + "/" + file, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            guard written.insert(file).inserted else { throw SiteWriter.Failure.writtenTwice(file) }
        }
    }

    /// Creates a file of the staging folder that must not exist yet, with one `write` as a rule.
    private func create(_ relative: String, bytes: [UInt8]) throws {
        let descriptor = open(path + "/" + relative, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SiteWriter.Failure.io("cannot write \(relative): \(SiteWriter.reason())") }
        defer { close(descriptor) }
        let complete = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
        if !complete { throw SiteWriter.Failure.io("cannot write \(relative): \(SiteWriter.reason())") }
    }

    /// Creates a folder of the staging folder, and its parents that do not exist yet, with one
    /// `mkdir` each (FileManager would first stat every component of the path).
    private func makeDirectory(_ directory: String) throws {
        var made = mkdir(path + "/" + directory, 0o755) == 0 || errno == EEXIST
        if !made && errno == ENOENT && !directory.isEmpty {
            try makeDirectory(Self.parent(of: directory))
            made = mkdir(path + "/" + directory, 0o755) == 0 || errno == EEXIST
        }
        guard made else { throw SiteWriter.Failure.io("cannot create \(directory): \(SiteWriter.reason())") }
        lock.lock()
        directories.insert(directory)
        lock.unlock()
    }

    /// An absolute folder and its missing parents.
    private static func makeFolders(_ folder: String) throws {
        if mkdir(folder, 0o755) == 0 { return }
        if errno == EEXIST {
            var status = stat()
            guard stat(folder, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
                throw SiteWriter.Failure.io("cannot create \(folder): it is a file, not a folder")
            }
            return
        }
        guard errno == ENOENT, folder != "/" else { throw SiteWriter.Failure.io("cannot create \(folder): \(SiteWriter.reason())") }
        try makeFolders(parent(of: folder))
        guard mkdir(folder, 0o755) == 0 || errno == EEXIST else {
            throw SiteWriter.Failure.io("cannot create \(folder): \(SiteWriter.reason())")
        }
    }

    /// "en/towns/bebra" for "en/towns/bebra/index.html"; "" at the top.
    private static func parent(of path: String) -> String {
        path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
    }

    /// Writes the manifest and swaps the folder into place: atomically where the kernel can
    /// exchange two paths, else by two renames.
    public func commit() throws {
        lock.lock()
        let manifest = OutputManifest.text(listing: written)
        lock.unlock()
        try create(SiteWriter.marker, bytes: Array(manifest.utf8))
        var status = stat()
        if lstat(output.path, &status) == 0 {
            if folio_exchange_paths(path, output.path) == 0 {
                // The previous site now sits at the staging path, still covered by the lock file.
                try? DirectoryRemoval.removeTree(at: path)
                claim.release()
                return
            }
            let old = output.deletingLastPathComponent().path + "/.\(output.lastPathComponent).folio-old-\(getpid())"
            guard rename(output.path, old) == 0 else {
                throw SiteWriter.Failure.io("cannot move \(output.path) aside: \(SiteWriter.reason())")
            }
            guard rename(path, output.path) == 0 else {
                let reason = SiteWriter.reason()
                rename(old, output.path)
                throw SiteWriter.Failure.io("cannot move the new site to \(output.path): \(reason)")
            }
            try? DirectoryRemoval.removeTree(at: old)
        } else if rename(path, output.path) != 0 {
            throw SiteWriter.Failure.io("cannot move the new site to \(output.path): \(SiteWriter.reason())")
        }
        claim.release()
    }

    /// Removes the staging folder and its lock file; the output is untouched.
    public func discard() {
        try? DirectoryRemoval.removeTree(at: path)
        claim.release()
    }
}
