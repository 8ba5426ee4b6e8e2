import Foundation
import FolioModel

/// The one way Folio reads its input (pages, data, bibliography, labels, themes, static files):
/// paths relative to the project root; a symbolic link is followed while its target stays inside
/// the project and refused when it leads out of it; only regular files are read; text goes
/// through `SourceText`. Every refusal is a diagnostic that says what the path is.
public struct ProjectFiles: Sendable {
    public enum Entry: Equatable, Sendable {
        case file(size: Int)
        case directory
        case missing
        /// A link whose target is outside the project (or does not exist).
        case linkOutside(target: String)
        /// A FIFO, socket or device.
        case special(String)
    }

    public let root: URL
    /// The root's path ending in "/": a file's path is this and its relative path (joined as
    /// strings; URL.appendingPathComponent cost more than reading a page when nothing changed).
    private let rootPrefix: String
    /// The project root with its own links resolved: every link target is compared with it.
    private let realRoot: String
    /// A larger file is refused at its name before it is read (`limits: file_mb:` in folio.yaml).
    public var maximumFileBytes = InputLimits().fileBytes

    public init(root: URL) {
        self.root = root
        rootPrefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        let path = root.standardizedFileURL.path
        realRoot = Self.realPath(path) ?? path
    }

    /// What a path of the project is, links inside the project followed.
    public func entry(_ relative: String) -> Entry {
        let path = rootPrefix + relative
        var status = stat()
        guard lstat(path, &status) == 0 else { return .missing }
        if status.st_mode & S_IFMT == S_IFLNK {
            guard let target = Self.realPath(path) else {
                return .linkOutside(target: (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")
            }
            guard target == realRoot || target.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else {
                return .linkOutside(target: target)
            }
            guard stat(path, &status) == 0 else { return .missing }
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file(size: Int(status.st_size))
        case S_IFIFO: return .special("a FIFO (named pipe)")
        case S_IFSOCK: return .special("a socket")
        default: return .special("a device")
        }
    }

    /// The refusal for an entry that cannot be read as a file or folder, nil for one that can.
    public func refusal(of entry: Entry, _ relative: String) -> Diagnostic? {
        switch entry {
        case .file, .directory: nil
        case .missing:
            .error("file.missing", "\(relative) does not exist", at: .file(relative))
        case .linkOutside(let target):
            .error("file.symlink-outside", "\(relative) is a symbolic link to \(target), outside the project",
                   at: .file(relative),
                   hint: "Folio follows links only inside the project folder; copy the file into it instead")
        case .special(let what):
            .error("file.not-regular", "\(relative) is \(what), not a regular file", at: .file(relative),
                   hint: "replace it with a regular file or remove it")
        }
    }

    /// The bytes of a regular file of the project (links followed inside the project only).
    public func bytes(_ relative: String) -> Result<[UInt8], Diagnostic> {
        let found = entry(relative)
        guard case .file = found else {
            return .failure(refusal(of: found, relative) ?? .error("file.not-regular", "\(relative) is a folder, not a file",
                                                                   at: .file(relative)))
        }
        let descriptor = open(rootPrefix + relative, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(Self.readError(relative)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            return .failure(.error("file.not-regular", "\(relative) is not a regular file", at: .file(relative)))
        }
        guard Int(status.st_size) <= maximumFileBytes else {
            return .failure(.error("file.too-large",
                                   "\(relative) is \(InputLimits.megabytes(Int(status.st_size))), more than the limit of \(InputLimits.megabytes(maximumFileBytes)) per file",
                                   at: .file(relative),
                                   hint: "split it into several files, or raise the limit in folio.yaml: limits: {file_mb: …}"))
        }
        var out = [UInt8](repeating: 0, count: Int(status.st_size))
        var filled = 0
        while true {
            if filled == out.count { out.append(contentsOf: repeatElement(0, count: max(4096, out.count))) }
            let count = out.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 { return .failure(Self.readError(relative)) }
            if count == 0 { break }
            filled += count
        }
        out.removeSubrange(filled...)
        return .success(out)
    }

    /// The normalised text of a file of the project (see `SourceText`), for readers that report
    /// no notes.
    public func text(_ relative: String) -> Result<String, Diagnostic> {
        var ignored: [Diagnostic] = []
        return text(relative, notes: &ignored)
    }

    /// The normalised text of a file of the project, and a note in `notes` when a byte-order mark
    /// was dropped.
    public func text(_ relative: String, notes: inout [Diagnostic]) -> Result<String, Diagnostic> {
        bytes(relative).flatMap { bytes in
            if SourceText.startsWithByteOrderMark(bytes) {
                notes.append(.note("encoding.byte-order-mark", "\(relative) starts with a UTF-8 byte-order mark; Folio reads the file without it",
                                   at: SourceLocation(file: relative, line: 1, column: 1),
                                   hint: "nothing to do; to silence this, save the file as UTF-8 without BOM"))
            }
            return SourceText.decode(bytes, file: relative)
        }
    }

    /// The names in a folder of the project, sorted, hidden names left out.
    public func names(in relative: String) -> Result<[String], Diagnostic> {
        guard let directory = opendir(rootPrefix + relative) else {
            return .failure(Self.readError(relative, what: "list the folder"))
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            var entryName = entry.pointee.d_name
            let name = withUnsafeBytes(of: &entryName) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return .success(names.sorted())
    }

    /// "cannot read content/x.md: permission denied", from the failed call's errno.
    private static func readError(_ relative: String, what: String = "read") -> Diagnostic {
        let code = errno
        return .error("file.unreadable", "cannot \(what) \(relative): \(String(cString: strerror(code)).lowercased())",
                      at: .file(relative), hint: code == EACCES ? "let Folio's user read it (chmod a+r)" : nil)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
