import FolioModel

/// HTML rendered at parse time, with holes that are filled when a page is rendered.
///
/// While compiling, a hole is a marker in cmark's output (`\u{1}` kind index `\u{2}`); `init`
/// splits the output at the markers once, so filling is a copy of the static pieces with the
/// holes' values between them. The markers cannot come from the text: the parser replaces
/// U+0001 in its input (see `CmarkNode.parse`).
struct CompiledHTML: Sendable {
    enum Hole: Sendable, Equatable {
        /// The start of link `index` (`<a …>`, and text the site fills in).
        case linkOpen(Int)
        /// The end of link `index`.
        case linkClose(Int)
        /// The number of heading `index`, in front of its text.
        case sectionNumber(Int)
        /// Table block `index`, whole.
        case table(Int)
    }

    /// A hole and its UTF-8 offset in the static HTML, packed into 8 bytes (a large site holds
    /// a few dozen per page until it renders): offset, kind and index in 32, 8 and 24 bits.
    struct Slot: Sendable {
        private let offset32: UInt32
        private let packed: UInt32

        init(offset: Int, hole: Hole) {
            offset32 = UInt32(offset)
            let (kind, index): (UInt32, Int) = switch hole {
            case .linkOpen(let index): (0, index)
            case .linkClose(let index): (1, index)
            case .sectionNumber(let index): (2, index)
            case .table(let index): (3, index)
            }
            packed = kind << 24 | UInt32(index)
        }

        var offset: Int { Int(offset32) }

        var hole: Hole {
            let index = Int(packed & 0xFF_FFFF)
            switch packed >> 24 {
            case 0: return .linkOpen(index)
            case 1: return .linkClose(index)
            case 2: return .sectionNumber(index)
            default: return .table(index)
            }
        }
    }

    /// The static HTML as UTF-8 (valid: cmark renders it from validated text), or, on large
    /// sites, compressed until it is filled.
    enum Storage: Sendable {
        case bytes([UInt8])
        case compressed(CompressedText)
    }

    static let markerStart = UInt8(1)
    static let markerEnd = UInt8(2)

    static func marker(_ kind: Character, _ index: Int) -> String { "\u{1}\(kind)\(index)\u{2}" }

    let storage: Storage
    let slots: [Slot]

    /// Splits marked HTML into static pieces and holes. A heading marker also gives its heading
    /// the id from `headingIDs`: it directly follows cmark's `<hN>`, which becomes `<hN id="…">`.
    init(marked: UnsafeBufferPointer<UInt8>, headingIDs: [String] = [], compress: Bool = false) {
        var out: [UInt8] = []
        // Room for the heading ids as well, so that the buffer (kept as the page's HTML) never
        // grows by doubling.
        out.reserveCapacity(marked.count + headingIDs.reduce(0) { $0 + $1.utf8.count + 8 })
        var offsets: [(Int, Hole)] = []
        var position = 0
        while position < marked.count {
            guard let start = TextSearch.firstIndex(of: Self.markerStart, in: marked, from: position),
                  let end = TextSearch.firstIndex(of: Self.markerEnd, in: marked, from: start) else {
                out += marked[position...]
                break
            }
            out += marked[position..<start]
            let kind = marked[start + 1]
            let index = marked[(start + 2)..<end].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            switch kind {
            case UInt8(ascii: "O"): offsets.append((out.count, .linkOpen(index)))
            case UInt8(ascii: "C"): offsets.append((out.count, .linkClose(index)))
            case UInt8(ascii: "T"): offsets.append((out.count, .table(index)))
            default:
                if index < headingIDs.count, out.last == UInt8(ascii: ">") {
                    out.removeLast()
                    out += " id=\"\(HTML.escape(headingIDs[index]))\">".utf8
                }
                offsets.append((out.count, .sectionNumber(index)))
            }
            position = end + 1
        }
        storage = compress ? .compressed(CompressedText(utf8: out)) : .bytes(out)
        slots = offsets.map { Slot(offset: $0.0, hole: $0.1) }
    }

    /// The HTML with every hole filled by `write`, which appends the hole's HTML to the bytes.
    func filled(_ write: (Hole, inout [UInt8]) -> Void, anchorPrefix: [UInt8]? = nil) -> String {
        String(decoding: filledBytes(write, anchorPrefix: anchorPrefix), as: UTF8.self)
    }

    /// The same, as UTF-8. With `anchorPrefix`, the static HTML's ids and same-page links get the
    /// prefix (`AnchorPrefix`); what `write` puts in the holes is kept as it is.
    func filledBytes(_ write: (Hole, inout [UInt8]) -> Void, anchorPrefix: [UInt8]? = nil) -> [UInt8] {
        let html = switch storage {
        case .bytes(let bytes): bytes
        case .compressed(let compressed): compressed.bytes
        }
        guard !slots.isEmpty || anchorPrefix != nil else { return html }
        var out: [UInt8] = []
        out.reserveCapacity(html.count + slots.count * 48)
        func copy(_ piece: ArraySlice<UInt8>) {
            if let anchorPrefix { AnchorPrefix.append(piece, prefix: anchorPrefix, to: &out) } else { out += piece }
        }
        var start = 0
        for slot in slots {
            copy(html[start..<slot.offset])
            write(slot.hole, &out)
            start = slot.offset
        }
        copy(html[start...])
        return out
    }
}

/// Everything a body renders to, compiled: the text, its footnotes and its tables' parts.
struct CompiledBody: Sendable {
    struct Footnote: Sendable {
        let number: Int
        let html: CompiledHTML
    }

    struct Table: Sendable {
        let block: FencedBlock
        /// Its position among the outline's tables.
        let tableIndex: Int
        let caption: CompiledHTML
        let columns: [CompiledHTML]
        let rows: [[CompiledHTML]]
        let notes: [CompiledHTML]
    }

    let body: CompiledHTML
    let footnotes: [Footnote]
    let tables: [Table]
    /// The titles editors gave links (`[text](url "title")`), by link index; most links have none.
    let linkTitles: [Int: String]
}
