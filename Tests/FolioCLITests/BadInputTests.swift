import FolioModel
import FolioTestSupport
import Foundation
import XCTest
@testable import FolioCLI

/// The bad-input suite: every case of `BadInputCases` applies one defect to a copy of the real
/// site and builds it with `folio build` into one shared output folder that holds the real site.
/// Each case must end with the exit code, first diagnostic (severity, `file:line:column`, code)
/// recorded in `Tests/Fixtures/BadInput/expectations.txt`, without a crash, and a failed build must
/// leave the output byte-identical. A case missing from the table is recorded there and the test
/// fails, so recording is never silent; `FOLIO_RECORD=1` rewrites the table (review its diff).
final class BadInputTests: XCTestCase {
    static let expectationsFile = Fixtures.fixtures.appendingPathComponent("BadInput/expectations.txt")
    static let header = """
        # The bad-input suite (Tests/FolioCLITests/BadInputCases.swift): one defect per case, applied to a
        # copy of the real site. Columns: case | defect | exit code of `folio build` | first diagnostic
        # as printed (severity file:line:column code), or "-" when the build says nothing | first
        # diagnostic in a file the defect touched ("same" when it is the first one, "-" when none
        # names it: the cause is then reported elsewhere or not at all).
        # Recorded from the build's own output with FOLIO_RECORD=1 and reviewed; see the case list for
        # the exact change. A row with exit 0 and "-" as its first diagnostic is a defect accepted without a word.

        """

    func testEveryOneDefectVariantOfTheRealSiteEndsAsRecordedAndLeavesThePreviousOutputAlone() throws {
        let fileManager = FileManager.default
        let suite = fileManager.temporaryDirectory.appendingPathComponent("folio-bad-input-\(UUID().uuidString)")
        try fileManager.createDirectory(at: suite, withIntermediateDirectories: true)
        // The unprivileged cases build as `nobody`, who must be able to create a staging folder here.
        try fileManager.setAttributes([.posixPermissions: 0o777], ofItemAtPath: suite.path)
        defer { try? fileManager.removeItem(at: suite) }

        let pristine = suite.appendingPathComponent("pristine")
        try fileManager.createDirectory(at: pristine, withIntermediateDirectories: true)
        for item in ["folio.yaml", "content", "themes"] {
            try fileManager.copyItem(at: Fixtures.repository.appendingPathComponent(item), to: pristine.appendingPathComponent(item))
        }
        let output = suite.appendingPathComponent("output")
        let first = try build(root: pristine, output: output)
        XCTAssertEqual(first.exit, 0, "the real site builds: \(first.standardError)")
        let previous = Fixtures.tree(output)
        XCTAssertNotNil(previous["en/index.html"])

        let record = ProcessInfo.processInfo.environment["FOLIO_RECORD"] == "1"
        let expected = record ? [:] : Self.readExpectations()
        var rows: [String] = []
        var missing: [String] = []
        XCTAssertEqual(Set(BadInputCases.all.map(\.name)).count, BadInputCases.all.count, "case names are unique")
        for badCase in BadInputCases.all {
            print("bad-input case \(badCase.name): \(badCase.defect)")
            let root = suite.appendingPathComponent("case-\(badCase.name)")
            try fileManager.copyItem(at: pristine, to: root)
            let site = BadInputSite(root: root)
            try badCase.apply(site)
            // `folio check` gives the diagnostics with their codes. When it finds an error, `folio
            // build` runs too, for its exit code, its printed output and the output folder; a
            // defect accepted without error is not built a second time (CI time).
            let result = try asUserIfNeeded(badCase.needsUnprivilegedUser) { () throws -> (BuildResult, [Diagnostic]) in
                let sorted = try checkDiagnostics(root: root)
                guard sorted.contains(where: { $0.severity == .error }) else {
                    return (BuildResult(exit: 0, standardError: sorted.first?.headline ?? ""), sorted)
                }
                return (try build(root: root, output: output), sorted)
            }
            let (outcome, diagnostics) = result
            let diagnostic = diagnostics.first
            let own = diagnostics.first { $0.location.map { site.isOwn($0.file) } ?? false }
            let row = Self.row(badCase, exit: outcome.exit, diagnostic: diagnostic, own: own)
            rows.append(row)
            if let diagnostic {
                XCTAssertTrue(outcome.standardError.hasPrefix(diagnostic.headline),
                              "\(badCase.name): `folio build` prints the first diagnostic first: \(outcome.standardError.prefix(300))")
            }
            if outcome.exit != 0 {
                XCTAssertTrue(Fixtures.tree(output) == previous, "\(badCase.name): a failed build changed the previous output")
            }
            if let wanted = expected[badCase.name] {
                XCTAssertEqual(row, wanted, "\(badCase.name): \(badCase.defect)")
            } else if !record {
                missing.append(row)
            }
            for path in site.touched {
                _ = try? fileManager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.appendingPathComponent(path).path)
            }
            try fileManager.removeItem(at: root)
        }
        let staging = try fileManager.contentsOfDirectory(atPath: suite.path).filter { $0.contains("folio-staging") }
        XCTAssertEqual(staging, [], "no failed build leaves a staging folder")

        if record {
            try Data((Self.header + rows.joined(separator: "\n") + "\n").utf8).write(to: Self.expectationsFile)
            XCTFail("recorded \(rows.count) cases in \(Self.expectationsFile.path): review the diff and run again without FOLIO_RECORD")
        } else if !missing.isEmpty {
            let text = (try? String(contentsOf: Self.expectationsFile, encoding: .utf8)) ?? Self.header
            try fileManager.createDirectory(at: Self.expectationsFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((text + missing.joined(separator: "\n") + "\n").utf8).write(to: Self.expectationsFile)
            XCTFail("recorded \(missing.count) new cases in \(Self.expectationsFile.path): review them and run again")
        }
        XCTAssertGreaterThanOrEqual(rows.count, 60)
    }

    // MARK: - The table

    static func row(_ badCase: BadInputCase, exit: Int32, diagnostic: Diagnostic?, own: Diagnostic?) -> String {
        func describe(_ diagnostic: Diagnostic?) -> String {
            diagnostic.map { d in "\(d.severity.rawValue) \(d.location.map { "\($0)" } ?? "(no location)") \(d.code)" } ?? "-"
        }
        let ownColumn = own != nil && own == diagnostic ? "same" : describe(own)
        return "\(badCase.name) | \(badCase.defect) | \(exit) | \(describe(diagnostic)) | \(ownColumn)"
    }

    static func readExpectations() -> [String: String] {
        guard let text = try? String(contentsOf: expectationsFile, encoding: .utf8) else { return [:] }
        var rows: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let name = line.components(separatedBy: " | ").first else { continue }
            rows[name] = String(line)
        }
        return rows
    }

    // MARK: - Running `folio build`

    struct BuildResult {
        var exit: Int32
        var standardError: String
    }

    /// The release binary that `make test` builds before the tests (`FOLIO_BINARY`). The suite
    /// runs it as a process, several times faster than this debug build; without it (a plain
    /// `swift test`), every case runs in this process.
    static let binary = ProcessInfo.processInfo.environment["FOLIO_BINARY"].map { URL(fileURLWithPath: $0) }

    /// The diagnostics of `folio check`, sorted as the CLI prints them.
    func checkDiagnostics(root: URL) throws -> [Diagnostic] {
        guard let binary = Self.binary else { return Pipeline(root: root).run().diagnostics.sorted }
        let result = try run(binary, ["check", "--root", root.path, "--format", "json"])
        guard let entries = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]] else {
            throw POSIXError(.EINVAL)
        }
        let prefix = root.path + "/"
        return entries.map { entry in
            let file = entry["file"] as? String
            let location = file.map { file in
                SourceLocation(file: file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file,
                               line: entry["line"] as? Int ?? 1, column: entry["column"] as? Int ?? 1)
            }
            return Diagnostic(Diagnostic.Severity(rawValue: entry["severity"] as? String ?? "") ?? .error,
                              entry["code"] as? String ?? "", entry["message"] as? String ?? "",
                              at: location, hint: entry["hint"] as? String)
        }
    }

    /// Runs `folio build` (the release binary, or in this process as `FolioCommand.run` would),
    /// with its standard error captured.
    func build(root: URL, output: URL) throws -> BuildResult {
        let arguments = ["build", "--root", root.path, "--output", output.path, "--jobs", "2"]
        if let binary = Self.binary {
            let result = try run(binary, arguments)
            return BuildResult(exit: result.exit, standardError: result.standardError)
        }
        var exit: Int32 = 0
        let standardError = try capturingStandardError {
            do {
                var command = try FolioCommand.parseAsRoot(arguments)
                try command.run()
            } catch let errors as ContentErrors {
                exit = errors.code
            } catch {
                exit = FolioCommand.exitCode(for: error).rawValue
            }
        }
        return BuildResult(exit: exit, standardError: standardError)
    }

    /// Runs `executable`; a process ended by a signal exits with 128 + the signal, as a shell reports it.
    func run(_ executable: URL, _ arguments: [String]) throws -> (exit: Int32, standardOutput: String, standardError: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        let exit = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return (exit, String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Everything written to file descriptor 2 while `body` runs.
    func capturingStandardError(_ body: () throws -> Void) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("folio-stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        let handle = try FileHandle(forWritingTo: file)
        let saved = dup(2)
        dup2(handle.fileDescriptor, 2)
        defer {
            dup2(saved, 2)
            close(saved)
            try? handle.close()
        }
        try body()
        return String(decoding: try Data(contentsOf: file), as: UTF8.self)
    }

    /// Runs `body` with the effective user `nobody` when `unprivileged` and this process is root
    /// (root reads files without read permission, so a permission case would test nothing).
    func asUserIfNeeded<T>(_ unprivileged: Bool, _ body: () throws -> T) throws -> T {
        guard unprivileged, geteuid() == 0 else { return try body() }
        let nobody: uid_t = 65534
        guard seteuid(nobody) == 0 else { throw POSIXError(.EPERM) }
        defer { _ = seteuid(0) }
        return try body()
    }
}
