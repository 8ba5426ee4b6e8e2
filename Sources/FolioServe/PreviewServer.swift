import Foundation
import FolioCLI
import NIOCore
import NIOHTTP1
import NIOPosix

/// `folio serve`: builds the site in memory, serves it, rebuilds when a file changes and tells the
/// open pages. Started by `folio-serve` (which `folio serve` runs).
public enum PreviewServer {
    public static func main() {
        let options = ServeOptions.parseOrExit()
        let root = options.rootURL
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("folio.yaml").path) else {
            FileHandle.standardError.write(Data("error: no folio.yaml in \(root.path)\n    hint: run folio serve in the site's folder, or pass --root\n".utf8))
            exit(2)
        }
        if options.host == "0.0.0.0" || options.host == "::" {
            FileHandle.standardError.write(Data("warning: --host \(options.host) serves the preview to every network this machine is on; use 127.0.0.1 unless you mean to share it\n".utf8))
        }
        let state = PreviewState()
        let liveReload = LiveReload()
        // Watching starts before the first build, so that a save during it is not missed: its
        // events wait in the queue and make the first rebuild.
        let builder = PreviewBuilder(root: root, threads: options.threads)
        guard let watcher = FileWatcher(root: root, onChange: { changed in
            let current = state.record(builder.build(changed: changed))
            liveReload.broadcast(current.json)
        }) else {
            FileHandle.standardError.write(Data("error: cannot watch \(root.path) (inotify)\n".utf8))
            exit(2)
        }
        _ = state.record(builder.build())

        let group = MultiThreadedEventLoopGroup(numberOfThreads: System.coreCount)
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline(withErrorHandling: true).flatMap {
                    channel.pipeline.addHandler(PreviewHandler(state: state, liveReload: liveReload))
                }
            }
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
        let channel: Channel
        do {
            channel = try bootstrap.bind(host: options.host, port: options.port).wait()
        } catch {
            FileHandle.standardError.write(Data("error: cannot listen on \(options.host):\(options.port): \(error)\n".utf8))
            exit(2)
        }
        let port = channel.localAddress?.port ?? options.port
        let shownHost = options.host.contains(":") ? "[\(options.host)]" : options.host
        let url = "http://\(shownHost):\(port)/"
        print("serving \(url) (watching folio.yaml, content/, themes/; Ctrl-C stops)")
        fflush(stdout)

        watcher.start()
        if options.open { openBrowser(url) }
        try? channel.closeFuture.wait()
    }

    private static func openBrowser(_ url: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        do { try process.run() } catch {
            FileHandle.standardError.write(Data("warning: cannot open a browser (xdg-open): open \(url) yourself\n".utf8))
        }
    }
}
