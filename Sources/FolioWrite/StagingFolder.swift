import CFolioSystem
import Foundation
import FolioModel

/// A folder beside the output that a build writes into, page by page as they are rendered, and
/// that replaces the output in one step when the build succeeds. A build that fails or is killed
/// leaves the output as it was (and at most a hidden staging folder, removed by the next build).
public final class StagingFolder: @unchecked Sendable {
    public let output: URL
    public let url: URL
    /// `url.path`, computed once: pages are written by path thousands of times.
    private let path: String
    private let lock = NSLock()
    private var directories: Set<String> = [""]

    /// Checks that the output may be replaced and creates an empty staging folder beside it.
    public init(replacing output: URL) throws {
        let fileManager = FileManager.default
        self.output = output.standardizedFileURL
        try SiteWriter.checkReplaceable(self.output)
        let parent = self.output.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let prefix = ".\(self.output.lastPathComponent).folio-staging-"
        url = parent.appendingPathComponent(prefix + String(getpid()))
        path = url.path
        // Staging folders of builds that were killed (their process is gone) are removed.
        for name in (try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(prefix) {
            if let pid = Int32(name.dropFirst(prefix.count)), pid == getpid() || kill(pid, 0) != 0 {
                try? fileManager.removeItem(at: parent.appendingPathComponent(name))
            }
        }
        try fileManager.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes one file with one system call; safe to call from several threads.
    public func write(_ file: OutputFile) throws {
        guard SiteWriter.isSafe(file.path) else { throw SiteWriter.Failure.unsafePath(file.path) }
        let directory = Self.parent(of: file.path)
        lock.lock()
        let known = directories.contains(directory)
        lock.unlock()
        if !known { try makeDirectory(directory) }
        let descriptor = open(path + "/" + file.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SiteWriter.Failure.io("cannot write \(file.path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        let complete = file.bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
        if !complete { throw SiteWriter.Failure.io("cannot write \(file.path): \(String(cString: strerror(errno)))") }
    }

    /// Creates a folder of the staging folder, and its parents that do not exist yet, with one
    /// `mkdir` each (FileManager would first stat every component of the path).
    private func makeDirectory(_ directory: String) throws {
        var made = mkdir(path + "/" + directory, 0o755) == 0 || errno == EEXIST
        if !made && errno == ENOENT && !directory.isEmpty {
            try makeDirectory(Self.parent(of: directory))
            made = mkdir(path + "/" + directory, 0o755) == 0 || errno == EEXIST
        }
        guard made else { throw SiteWriter.Failure.io("cannot create \(directory): \(String(cString: strerror(errno)))") }
        lock.lock()
        directories.insert(directory)
        lock.unlock()
    }

    /// "en/towns/bebra" for "en/towns/bebra/index.html"; "" at the top.
    private static func parent(of path: String) -> String {
        path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
    }

    /// Marks the folder as Folio's and swaps it into place: atomically where the kernel can
    /// exchange two paths, else by two renames.
    public func commit() throws {
        let fileManager = FileManager.default
        try Data("Folio output folder. Folio replaces this folder on every build.\n".utf8)
            .write(to: url.appendingPathComponent(SiteWriter.marker))
        if fileManager.fileExists(atPath: output.path) {
            if folio_exchange_paths(url.path, output.path) == 0 {
                // The previous site now sits at the staging path.
                if (try? DirectoryRemoval.removeTree(at: path)) == nil { try fileManager.removeItem(at: url) }
                return
            }
            let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).folio-old-\(getpid())")
            try fileManager.moveItem(at: output, to: old)
            try fileManager.moveItem(at: url, to: output)
            try? fileManager.removeItem(at: old)
        } else {
            try fileManager.moveItem(at: url, to: output)
        }
    }

    /// Removes the staging folder; the output is untouched.
    public func discard() {
        try? FileManager.default.removeItem(at: url)
    }
}
