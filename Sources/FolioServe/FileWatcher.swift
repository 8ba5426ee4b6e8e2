import Foundation
#if canImport(Glibc)
import Glibc

/// Watches what a build reads (folio.yaml, content/ and themes/, every folder below them) with
/// inotify and calls `onChange` once per burst: after the first event it waits until the files
/// have been quiet for a while (an editor's save writes several events; `git checkout`
/// hundreds), so a burst becomes one rebuild: `quiet` milliseconds while a file is being written
/// (created or modified and not yet closed), `settled` once every file named is closed, renamed
/// into place or deleted, the ends of a save, so that a save is built without waiting out the
/// longer pause. Runs on its own thread; `onChange` runs there too, and events that arrive while
/// it runs make the next burst.
///
/// `onChange` is told the files the burst named ("content/en/towns/bebra.md"), or nil when it
/// cannot be sure it saw every one: a folder was created, moved or deleted (its files come and go
/// without an event each), or the kernel's event queue overflowed.
final class FileWatcher: @unchecked Sendable {
    private let root: URL
    private let quiet: Int32
    private let settled: Int32
    private let onChange: (Set<String>?) -> Void
    private let fd: Int32
    /// Watch descriptor → the folder it watches, relative to the root ("" is the root itself).
    private var folders: [Int32: String] = [:]
    private static let watched = ["content", "themes"]
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
        | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    init?(root: URL, quietMilliseconds: Int32 = 30, settledMilliseconds: Int32 = 5,
          onChange: @escaping (Set<String>?) -> Void) {
        self.root = root
        self.quiet = quietMilliseconds
        self.settled = settledMilliseconds
        self.onChange = onChange
        fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        add("")
        for folder in Self.watched { addTree(folder) }
    }

    func start() {
        let thread = Thread { [self] in run() }
        thread.name = "folio-serve watcher"
        thread.start()
    }

    private func run() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            guard wait(timeout: -1) else { continue }
            var burst = Burst()
            drain(&buffer, into: &burst)
            // Coalesce: keep reading until the tree has been quiet for a while (at most a second,
            // so a process that never stops writing still gets its rebuilds).
            let start = Date()
            while Date().timeIntervalSince(start) < 1, wait(timeout: burst.writing.isEmpty ? settled : quiet) {
                drain(&buffer, into: &burst)
            }
            if burst.relevant { onChange(burst.complete ? burst.files : nil) }
        }
    }

    private func wait(timeout: Int32) -> Bool {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, timeout) > 0
    }

    /// What a burst of events named.
    private struct Burst {
        /// Whether an event concerns a file a build reads.
        var relevant = false
        /// The files named, relative to the root.
        var files = Set<String>()
        /// False when files may have changed without an event naming them.
        var complete = true
        /// The files created or modified and not yet closed, renamed or deleted.
        var writing = Set<String>()
    }

    /// Reads the pending events into `burst` and watches new folders.
    private func drain(_ buffer: inout [UInt8], into burst: inout Burst) {
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return }
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
            let (wd, mask, length) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                return (event.wd, event.mask, Int(event.len))
            }
            let nameBytes = buffer[(offset + header)..<(offset + header + length)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            offset += header + length
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                burst.relevant = true
                burst.complete = false
                continue
            }
            guard let folder = folders[wd] else { continue }
            if mask & UInt32(IN_IGNORED) != 0 { folders[wd] = nil; continue }
            if folder.isEmpty {
                // In the root only folio.yaml and the watched folders matter (not output/, .build/, …).
                guard name == "folio.yaml" || Self.watched.contains(name) else { continue }
                if Self.watched.contains(name), mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addTree(name) }
                burst.relevant = true
                if name == "folio.yaml" { burst.files.insert(name) } else { burst.complete = false }
                continue
            }
            let path = folder + "/" + name
            if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addTree(path) }
            burst.relevant = true
            if mask & UInt32(IN_ISDIR | IN_DELETE_SELF | IN_MOVE_SELF) != 0 { burst.complete = false }
            burst.files.insert(path)
            if mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE) != 0 {
                burst.writing.remove(path)
            } else if mask & UInt32(IN_CREATE | IN_MODIFY) != 0, mask & UInt32(IN_ISDIR) == 0 {
                burst.writing.insert(path)
            }
        }
    }

    private func add(_ folder: String) {
        let wd = inotify_add_watch(fd, root.appendingPathComponent(folder).path, Self.mask)
        if wd >= 0 { folders[wd] = folder }
    }

    /// Watches `folder` and every folder below it.
    private func addTree(_ folder: String) {
        // Not through symbolic links: a link to a folder above would make the walk endless.
        let attributes = try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(folder).path)
        guard attributes?[.type] as? FileAttributeType == .typeDirectory else { return }
        add(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        for name in names.sorted() { addTree(folder + "/" + name) }
    }
}
#endif
