/// One problem found in the input. Diagnostics are values: every stage collects them and goes on,
/// and the pipeline stops at a stage boundary when any of them is an error.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable, Comparable {
        /// Something Folio did on purpose that the editor may want to know (a dropped byte-order
        /// mark); never fails a build, not even with `--strict`.
        case note, warning, error

        private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    public var severity: Severity
    /// A stable, dotted name for the kind of problem, e.g. `link.unresolved`.
    public var code: String
    public var message: String
    public var location: SourceLocation?
    /// How to fix it, in the editor's terms.
    public var hint: String?

    public init(_ severity: Severity, _ code: String, _ message: String,
                at location: SourceLocation?, hint: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
    }

    public static func error(_ code: String, _ message: String, at location: SourceLocation?,
                             hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, code, message, at: location, hint: hint)
    }

    public static func warning(_ code: String, _ message: String, at location: SourceLocation?,
                               hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location, hint: hint)
    }

    public static func note(_ code: String, _ message: String, at location: SourceLocation?,
                            hint: String? = nil) -> Diagnostic {
        Diagnostic(.note, code, message, at: location, hint: hint)
    }

    /// `file:line:column: error: message`, the form editors' tools recognise.
    public var headline: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message)"
    }
}

/// The diagnostics of a build, kept in a deterministic order (file, line, column, code).
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }
    public mutating func append(contentsOf other: [Diagnostic]) { all.append(contentsOf: other) }
    public mutating func append(contentsOf other: Diagnostics) { all.append(contentsOf: other.all) }

    public mutating func error(_ code: String, _ message: String, at location: SourceLocation?,
                               hint: String? = nil) {
        all.append(.error(code, message, at: location, hint: hint))
    }

    public mutating func warning(_ code: String, _ message: String, at location: SourceLocation?,
                                 hint: String? = nil) {
        all.append(.warning(code, message, at: location, hint: hint))
    }

    public var errorCount: Int { Set(all).lazy.filter { $0.severity == .error }.count }
    public var warningCount: Int { Set(all).lazy.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Sorted root cause first (what could not be read or is not allowed to exist at all), then by
    /// place, code and message, with exact repeats removed.
    public var sorted: [Diagnostic] {
        let unique = Set(all)
        return unique.sorted { a, b in
            if a.isRootCause != b.isRootCause { return a.isRootCause }
            let la = a.location ?? SourceLocation(file: "", line: 0, column: 0)
            let lb = b.location ?? SourceLocation(file: "", line: 0, column: 0)
            if la != lb { return la < lb }
            if a.code != b.code { return a.code < b.code }
            return a.message < b.message
        }
    }
}

extension Diagnostic {
    /// The families of problems that stop a file or the site from loading at all: the
    /// configuration, files, encodings, YAML and front matter, the content folder, output paths.
    static let rootCauseFamilies: Set<Substring> = ["config", "file", "encoding", "yaml", "frontmatter", "content",
                                                    "theme", "output", "path"]

    /// Whether the problem is an error that stops something from loading, so that it is listed
    /// before its consequences (warnings keep their place).
    public var isRootCause: Bool {
        severity == .error && Self.rootCauseFamilies.contains(code.split(separator: ".", maxSplits: 1).first ?? "")
    }
}

/// A diagnostic can stand for a failed step in a `Result`.
extension Diagnostic: Error {}
