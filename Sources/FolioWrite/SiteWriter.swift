import Foundation
import FolioModel

/// Stage 4: writes a site's files through a `StagingFolder`, so the output is replaced in one
/// step and only when every file was written.
public enum SiteWriter {
    /// The file that marks a folder as Folio's output and lists what Folio wrote (`OutputManifest`).
    public static let marker = ".folio-output"

    public enum Failure: Error, CustomStringConvertible {
        /// The folder, and the files in it that Folio did not write.
        case notFolioOutput(String, foreign: [String])
        case unsafePath(String)
        case writtenTwice(String)
        case io(String)

        public var description: String {
            switch self {
            case .notFolioOutput(let path, let foreign):
                let shown = foreign.prefix(10).joined(separator: ", ")
                    + (foreign.count > 10 ? " and \(foreign.count - 10) more" : "")
                return "\(path) holds files Folio did not write (\(shown)); refusing to replace it. "
                    + "Choose an empty or new folder with --output, or pass --force to replace it anyway"
            case .unsafePath(let path): return "refusing to write outside the output folder: \(path)"
            case .writtenTwice(let path): return "two files of this build would be written to \(path); refusing to write it twice"
            case .io(let message): return message
            }
        }
    }

    public static func write(_ files: [OutputFile], to output: URL, threads: Int = Parallel.defaultThreads,
                             force: Bool = false) throws {
        let staging = try StagingFolder(replacing: output, force: force)
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

    /// Refuses a folder holding files that Folio did not write (its manifest does not list them),
    /// unless `force`, so `--output ~` cannot destroy anything.
    static func checkReplaceable(_ output: URL, force: Bool) throws {
        var status = stat()
        guard lstat(output.path, &status) == 0 else { return }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw Failure.io("\(output.path) is a file, not a folder; refusing to replace it") }
        let foreign = OutputManifest.foreignFiles(in: output.path)
        if !foreign.isEmpty && !force { throw Failure.notFolioOutput(output.path, foreign: foreign) }
    }

    /// A relative path of plain segments: no "..", no absolute paths, no empty segments.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && !$0.elementsEqual(".".utf8) && !$0.elementsEqual("..".utf8) && !$0.contains(0)
        }
    }

    /// The text of the last failed system call's errno ("permission denied").
    static func reason() -> String { String(cString: strerror(errno)).lowercased() }
}
