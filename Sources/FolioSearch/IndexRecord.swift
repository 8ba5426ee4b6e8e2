import Foundation

/// `.folio-search`, kept in the output folder beside `.folio-output`: for each language's search
/// index, the key of the inputs it was made from (`IndexInputs`) and its files with their sizes.
/// The next build keeps an index whose key is unchanged and whose files are all still there,
/// instead of running Pagefind again.
struct IndexRecord {
    static let name = ".folio-search"
    static let header = "Folio search indexes: each language's key (Pagefind and the pages it read) and the index's files."

    struct Entry: Equatable {
        var key: String
        /// Paths from the output folder → size in bytes.
        var files: [String: Int]
    }

    var entries: [String: Entry] = [:]

    init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }

    /// The record in `folder`; empty when there is none or it is not Folio's.
    init(in folder: URL) {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(Self.name).path) else { return }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        guard lines.first.map(String.init) == Self.header else { return }
        var language: String?
        for line in lines.dropFirst() {
            let fields = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            if fields.count == 3, fields[0] == "index" {
                language = fields[1]
                entries[fields[1]] = Entry(key: fields[2], files: [:])
            } else if fields.count == 3, fields[0] == "file", let language, let size = Int(fields[2]) {
                entries[language]?.files[fields[1]] = size
            } else {
                // Not a record this version wrote: nothing is kept.
                entries = [:]
                return
            }
        }
    }

    /// "index <language> <key>" and a "file <path> <size>" line per file, in sorted order.
    var text: String {
        var lines = [Self.header]
        for (language, entry) in entries.sorted(by: { $0.key < $1.key }) {
            lines.append("index \(language) \(entry.key)")
            lines += entry.files.sorted(by: { $0.key < $1.key }).map { "file \($0.key) \($0.value)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
