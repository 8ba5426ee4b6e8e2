import Foundation
import FolioModel

/// Paths of the repository and its test fixtures, found from this source file's location.
public enum Fixtures {
    public static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let fixtures = repository.appendingPathComponent("Tests/Fixtures")

    /// A copy of `Tests/Fixtures/<group>/<name>` with the repository's themes, in a new temporary
    /// folder, so that tests may build into it and change it.
    public static func copySite(_ name: String, group: String = "Sites") throws -> URL {
        let fileManager = FileManager.default
        let target = fileManager.temporaryDirectory.appendingPathComponent("folio-\(name)-\(UUID().uuidString)")
        try fileManager.copyItem(at: fixtures.appendingPathComponent("\(group)/\(name)"), to: target)
        try? fileManager.removeItem(at: target.appendingPathComponent("expected"))
        try fileManager.copyItem(at: repository.appendingPathComponent("themes"), to: target.appendingPathComponent("themes"))
        TemporaryCopies.add(target)
        return target
    }

    /// A copy of the real publication (`folio.yaml`, `content/`, `themes/`) in a new temporary
    /// folder, for tests that change one thing in it.
    public static func copyPublication() throws -> URL {
        let fileManager = FileManager.default
        let target = fileManager.temporaryDirectory.appendingPathComponent("folio-publication-\(UUID().uuidString)")
        try fileManager.createDirectory(at: target, withIntermediateDirectories: true)
        TemporaryCopies.add(target)
        for item in ["folio.yaml", "content", "themes"] {
            try fileManager.copyItem(at: repository.appendingPathComponent(item), to: target.appendingPathComponent(item))
        }
        return target
    }

    /// Writes a file below a folder, creating its folders.
    public static func write(_ text: String, to relative: String, in root: URL) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Every regular file below a folder: relative path → bytes.
    public static func tree(_ root: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let prefix = root.standardizedFileURL.path + "/"
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            files[String(url.standardizedFileURL.path.dropFirst(prefix.count))] = FileManager.default.contents(atPath: url.path)
        }
        return files
    }

    /// `file:line:column: severity: message` lines, sorted, as the CLI prints them.
    public static func headlines(_ diagnostics: Diagnostics) -> [String] {
        diagnostics.sorted.map(\.headline)
    }
}

/// The fixture copies this test process made, removed when it exits: many tests leave theirs for
/// the process's end, and a temporary folder on a tmpfs is memory.
private enum TemporaryCopies {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var made: [URL] = []
    private static let removalAtExit: Void = { atexit { TemporaryCopies.removeAll() } }()

    static func add(_ copy: URL) {
        _ = removalAtExit
        lock.withLock { made.append(copy) }
    }

    private static func removeAll() {
        for copy in lock.withLock({ made }) { try? FileManager.default.removeItem(at: copy) }
    }
}
