import CFolioSystem
import Foundation
import FolioModel

/// Stage 4: writes the site into a sibling staging folder and swaps it into place in one step,
/// so a build that fails or is killed leaves the previous output exactly as it was.
public enum SiteWriter {
    /// The file that marks a folder as Folio's output; Folio replaces no folder without it.
    public static let marker = ".folio-output"

    public enum Failure: Error, CustomStringConvertible {
        case notFolioOutput(String)
        case unsafePath(String)
        case io(String)

        public var description: String {
            switch self {
            case .notFolioOutput(let path):
                "\(path) is not empty and was not made by Folio (it has no \(SiteWriter.marker)); refusing to replace it. Choose an empty or new folder with --output"
            case .unsafePath(let path): "refusing to write outside the output folder: \(path)"
            case .io(let message): message
            }
        }
    }

    public static func write(_ files: [OutputFile], to output: URL, threads: Int = Parallel.defaultThreads) throws {
        let fileManager = FileManager.default
        let output = output.standardizedFileURL
        try checkReplaceable(output)
        let parent = output.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).folio-staging-\(getpid())")
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            try writeFiles(files, into: staging, threads: threads)
            try Data("Folio output folder. Folio replaces this folder on every build.\n".utf8)
                .write(to: staging.appendingPathComponent(marker))
            try swap(staging, into: output)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
    }

    /// Refuses a non-empty folder without the marker, so `--output ~` cannot destroy anything.
    static func checkReplaceable(_ output: URL) throws {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw Failure.notFolioOutput(output.path) }
        let contents = (try? fileManager.contentsOfDirectory(atPath: output.path)) ?? []
        if !contents.isEmpty && !contents.contains(marker) { throw Failure.notFolioOutput(output.path) }
    }

    private static func writeFiles(_ files: [OutputFile], into staging: URL, threads: Int) throws {
        let root = staging.path + "/"
        var directories: Set<String> = []
        for file in files {
            guard isSafe(file.path) else { throw Failure.unsafePath(file.path) }
            let directory = (file.path as NSString).deletingLastPathComponent
            if !directory.isEmpty { directories.insert(directory) }
        }
        for directory in directories.sorted() {
            try FileManager.default.createDirectory(atPath: root + directory, withIntermediateDirectories: true)
        }
        let failures = Parallel.map(files.count, threads: threads) { index -> String? in
            let file = files[index]
            let descriptor = open(root + file.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { return "cannot write \(file.path): \(String(cString: strerror(errno)))" }
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
            return complete ? nil : "cannot write \(file.path): \(String(cString: strerror(errno)))"
        }
        let failure = failures.compactMap { $0 }.first
        if let failure { throw Failure.io(failure) }
    }

    /// A relative path of plain segments: no "..", no absolute paths, no empty segments.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0")
        }
    }

    /// Exchanges staging and output atomically where the kernel can, else renames in two steps.
    private static func swap(_ staging: URL, into output: URL) throws {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: output.path) {
            if folio_exchange_paths(staging.path, output.path) == 0 {
                try fileManager.removeItem(at: staging)
                return
            }
            let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).folio-old-\(getpid())")
            try fileManager.moveItem(at: output, to: old)
            try fileManager.moveItem(at: staging, to: output)
            try? fileManager.removeItem(at: old)
        } else {
            try fileManager.moveItem(at: staging, to: output)
        }
    }
}
