import NIOCore
import NIOHTTP1

/// Answers one connection's requests from the current build, held in memory: nothing outside the
/// build's own files can be named (see `RequestTarget`), folders are never listed, only GET and
/// HEAD are allowed. NIOHTTP1 parses the requests; a malformed one gets 400 from NIO's
/// HTTPServerProtocolErrorHandler and the server goes on.
final class PreviewHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    static let eventsPath = "/__folio/events"
    static let statePath = "/__folio/state"

    private let state: PreviewState
    private let liveReload: LiveReload
    private var request: HTTPRequestHead?

    init(state: PreviewState, liveReload: LiveReload) {
        self.state = state
        self.liveReload = liveReload
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            request = head
        case .body:
            break
        case .end:
            guard let head = request else { return }
            request = nil
            respond(to: head, context: context)
        }
    }

    private func respond(to head: HTTPRequestHead, context: ChannelHandlerContext) {
        guard head.method == .GET || head.method == .HEAD else {
            return send(.methodNotAllowed, text: "405 Method Not Allowed: only GET and HEAD\n", extra: [("Allow", "GET, HEAD")],
                        to: head, context: context)
        }
        let current = state.current
        let pathOnly = head.uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if pathOnly == Self.eventsPath { return openEvents(head, state: current, context: context) }
        if pathOnly == Self.statePath {
            return send(.ok, body: Array(current.json.utf8), type: "application/json; charset=utf-8", to: head, context: context)
        }
        let site = current.site
        guard let target = RequestTarget.parse(head.uri, under: site.basePath) else {
            return send(.badRequest, text: "400 Bad Request\n", to: head, context: context)
        }
        if site.generation == 0 {
            return send(.serviceUnavailable, body: PageInjection.noSite(errors: current.errors, generation: 0),
                        type: ContentType.of("index.html"), to: head, context: context)
        }
        if pathOnly == "/", site.basePath != "/" {
            return send(.found, text: "", extra: [("Location", site.basePath)], to: head, context: context)
        }
        switch target {
        case .folder(let folder):
            if let bytes = site.bytes(at: folder + "index.html") {
                return send(.ok, file: folder + "index.html", bytes: bytes, site: site, to: head, context: context)
            }
        case .file(let path):
            if let bytes = site.bytes(at: path) {
                return send(.ok, file: path, bytes: bytes, site: site, to: head, context: context)
            }
            if site.contains(path + "/index.html") {
                return send(.movedPermanently, text: "", extra: [("Location", site.basePath + path + "/")], to: head, context: context)
            }
        }
        let missing = site.basePath + target.path
        let page = PageInjection.notFound(site.bytes(at: "404.html") ?? Array("404 Not Found\n".utf8),
                                          nearest: NearestPaths.of(missing, among: site.pagePaths), basePath: site.basePath)
        send(.notFound, file: "404.html", bytes: page, site: site, to: head, context: context)
    }

    private func openEvents(_ head: HTTPRequestHead, state current: PreviewState.Current, context: ChannelHandlerContext) {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "text/event-stream; charset=utf-8")
        headers.add(name: "Cache-Control", value: "no-store")
        context.writeAndFlush(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .ok, headers: headers))),
                              promise: nil)
        guard head.method == .GET else {
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            return
        }
        liveReload.add(context.channel, state: current.json)
    }

    /// A built file; HTML gets the live-reload script.
    private func send(_ status: HTTPResponseStatus, file: String, bytes: [UInt8], site: SiteSnapshot,
                      to head: HTTPRequestHead, context: ChannelHandlerContext) {
        let type = ContentType.of(file)
        let body = type.hasPrefix("text/html") ? PageInjection.liveReload(into: bytes, generation: site.generation) : bytes
        send(status, body: body, type: type, to: head, context: context)
    }

    private func send(_ status: HTTPResponseStatus, text: String, extra: [(String, String)] = [],
                      to head: HTTPRequestHead, context: ChannelHandlerContext) {
        send(status, body: Array(text.utf8), type: "text/plain; charset=utf-8", extra: extra, to: head, context: context)
    }

    private func send(_ status: HTTPResponseStatus, body: [UInt8], type: String, extra: [(String, String)] = [],
                      to head: HTTPRequestHead, context: ChannelHandlerContext) {
        var headers = HTTPHeaders(extra)
        headers.add(name: "Content-Type", value: type)
        headers.add(name: "Content-Length", value: String(body.count))
        headers.add(name: "Cache-Control", value: "no-store")
        headers.add(name: "X-Content-Type-Options", value: "nosniff")
        let keepAlive = head.isKeepAlive
        if !keepAlive { headers.add(name: "Connection", value: "close") }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: headers))), promise: nil)
        if head.method != .HEAD, !body.isEmpty {
            let buffer = context.channel.allocator.buffer(bytes: body)
            context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
        }
        let done = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive { done.whenComplete { _ in context.close(promise: nil) } }
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }
}
