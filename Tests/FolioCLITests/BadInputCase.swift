import Foundation
import XCTest

/// One defect applied to a copy of the real site (folio.yaml, content/, themes/): its name, what
/// it does in an editor's words, and the change itself. The expected outcome of every case is in
/// `Tests/Fixtures/BadInput/expectations.txt`.
struct BadInputCase {
    /// The change, applied to the copy's root folder.
    typealias Defect = (BadInputSite) throws -> Void

    var name: String
    var defect: String
    /// True when the case changes file permissions, which root ignores: the case then runs with
    /// the effective user `nobody`.
    var needsUnprivilegedUser = false
    var apply: Defect

    init(_ name: String, _ defect: String, needsUnprivilegedUser: Bool = false, _ apply: @escaping Defect) {
        self.name = name
        self.defect = defect
        self.needsUnprivilegedUser = needsUnprivilegedUser
        self.apply = apply
    }
}

/// A copy of the site a defect is applied to, with the few edits the cases need. Every edit
/// fails when its target is not there, so that a case cannot silently stop testing anything
/// when the content changes, and records the paths it touched (the defect's own files).
final class BadInputSite {
    let root: URL
    private(set) var touched: Set<String> = []

    init(root: URL) { self.root = root }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func read(_ relative: String) throws -> Data {
        try Data(contentsOf: url(relative))
    }

    func text(_ relative: String) throws -> String {
        try String(decoding: read(relative), as: UTF8.self)
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        touched.insert(relative)
        try FileManager.default.createDirectory(at: url(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url(relative))
    }

    /// Replaces the first occurrence of `old` in a file.
    func replace(_ relative: String, _ old: String, with new: String) throws {
        let original = try text(relative)
        guard let range = original.range(of: old) else {
            throw BadInputSiteError.notFound(old, relative)
        }
        try write(relative, original.replacingCharacters(in: range, with: new))
    }

    /// Rewrites a file byte by byte (encodings, line endings).
    func transform(_ relative: String, _ change: (Data) -> Data) throws {
        try write(relative, change(try read(relative)))
    }

    func delete(_ relative: String) throws {
        touched.insert(relative)
        try FileManager.default.removeItem(at: url(relative))
    }

    func move(_ relative: String, to destination: String) throws {
        touched.formUnion([relative, destination])
        try FileManager.default.moveItem(at: url(relative), to: url(destination))
    }

    func symlink(_ relative: String, to destination: String) throws {
        touched.insert(relative)
        try FileManager.default.createSymbolicLink(atPath: url(relative).path, withDestinationPath: destination)
    }

    func makeDirectory(_ relative: String) throws {
        touched.insert(relative)
        try FileManager.default.createDirectory(at: url(relative), withIntermediateDirectories: true)
    }

    func makeFIFO(_ relative: String) throws {
        touched.insert(relative)
        guard mkfifo(url(relative).path, 0o644) == 0 else { throw POSIXError(.EIO) }
    }

    func removePermissions(_ relative: String) throws {
        touched.insert(relative)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: url(relative).path)
    }

    /// True when a diagnostic's file is one the defect touched, lies below one or holds one.
    func isOwn(_ file: String) -> Bool {
        touched.contains { file == $0 || file.hasPrefix($0 + "/") || $0.hasPrefix(file + "/") }
    }
}

enum BadInputSiteError: Error, CustomStringConvertible {
    case notFound(String, String)

    var description: String {
        switch self {
        case let .notFound(text, file): return "the case's target \"\(text)\" is no longer in \(file): update the case"
        }
    }
}
