import Foundation

/// One file of a preview's site: its bytes, or, for a print edition, how to make them, run on the
/// first request for it (`RenderCache.defersPrintEditions`) and kept from then on.
enum SiteFile {
    case bytes([UInt8])
    case deferred(DeferredFile)

    /// The file's bytes, made now when they were deferred.
    var bytes: [UInt8] {
        switch self {
        case .bytes(let bytes): bytes
        case .deferred(let file): file.bytes
        }
    }
}

/// A file made once, when first asked for, by whichever thread asks first; the others wait.
final class DeferredFile: @unchecked Sendable {
    private let lock = NSLock()
    private var make: (() -> [UInt8])?
    private var made: [UInt8]?

    init(_ make: @escaping () -> [UInt8]) { self.make = make }

    var bytes: [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let bytes = make!()
        made = bytes
        // What the render held on to (the resolved site, the layout) is let go.
        make = nil
        return bytes
    }
}
