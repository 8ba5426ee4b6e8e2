import Foundation
import NIOCore
import NIOHTTP1

/// The open event streams (server-sent events at /__folio/events): every page served in serve
/// mode keeps one open, and each build's state is sent to all of them.
final class LiveReload: @unchecked Sendable {
    private let lock = NSLock()
    private var channels: [ObjectIdentifier: Channel] = [:]

    /// Keeps `channel` (whose response head is sent) and sends it the current state at once.
    func add(_ channel: Channel, state: String) {
        let key = ObjectIdentifier(channel)
        lock.lock()
        channels[key] = channel
        lock.unlock()
        channel.closeFuture.whenComplete { [weak self] _ in
            guard let self else { return }
            self.lock.lock()
            self.channels[key] = nil
            self.lock.unlock()
        }
        send("retry: 500\n", to: channel)
        send(Self.event(state), to: channel)
    }

    func broadcast(_ state: String) {
        lock.lock()
        let open = Array(channels.values)
        lock.unlock()
        let text = Self.event(state)
        for channel in open { send(text, to: channel) }
    }

    private static func event(_ data: String) -> String { "data: " + data + "\n\n" }

    private func send(_ text: String, to channel: Channel) {
        let buffer = channel.allocator.buffer(string: text)
        channel.writeAndFlush(HTTPServerResponsePart.body(.byteBuffer(buffer)), promise: nil)
    }
}
