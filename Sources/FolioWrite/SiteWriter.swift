import Foundation
import FolioModel

/// Stage 4: writes a site's files through a `StagingFolder`, so the output is replaced in one
/// step and only when every file was written.
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
        let staging = try StagingFolder(replacing: output)
        do {
            let failures = Parallel.map(files.count, threads: threads) { index -> Error? in
                do { try staging.write(files[index]) } catch { return error }
                return nil
            }
            if let failure = failures.compactMap({ $0 }).first { throw failure }
            try staging.commit()
        } catch {
            staging.discard()
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

    /// A relative path of plain segments: no "..", no absolute paths, no empty segments.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && !$0.elementsEqual(".".utf8) && !$0.elementsEqual("..".utf8) && !$0.contains(0)
        }
    }
}
