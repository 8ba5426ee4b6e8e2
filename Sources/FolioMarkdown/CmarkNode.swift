import CCmark
import FolioModel

/// Thin, non-owning helpers over cmark's C nodes. C pointers never leave this module.
struct CmarkNode: Hashable {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    init?(_ pointer: OpaquePointer?) {
        guard let pointer else { return nil }
        self.pointer = pointer
    }

    static func make(_ type: cmark_node_type) -> CmarkNode { CmarkNode(cmark_node_new(type)!) }

    static func text(_ literal: String) -> CmarkNode {
        let node = make(CMARK_NODE_TEXT)
        node.literal = literal
        return node
    }

    /// A node that renders as the given HTML around its children.
    static func customInline(enter: String, exit: String = "") -> CmarkNode {
        let node = make(CMARK_NODE_CUSTOM_INLINE)
        cmark_node_set_on_enter(node.pointer, enter)
        cmark_node_set_on_exit(node.pointer, exit)
        return node
    }

    static func customBlock(html: String) -> CmarkNode {
        let node = make(CMARK_NODE_CUSTOM_BLOCK)
        cmark_node_set_on_enter(node.pointer, html)
        cmark_node_set_on_exit(node.pointer, "")
        return node
    }

    var type: cmark_node_type { cmark_node_get_type(pointer) }

    var literal: String {
        get { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
        nonmutating set { cmark_node_set_literal(pointer, newValue) }
    }

    /// Whether the literal contains `needle`, looked for in cmark's own bytes (no Swift string
    /// is made): most text nodes hold no footnote, no stray link and no straight quote.
    func literalContains(_ needle: String) -> Bool {
        guard let text = cmark_node_get_literal(pointer) else { return false }
        return strstr(text, needle) != nil
    }

    /// Whether the literal starts with `prefix`, in cmark's bytes.
    func literalHasPrefix(_ prefix: String) -> Bool {
        guard let text = cmark_node_get_literal(pointer) else { return false }
        return strncmp(text, prefix, prefix.utf8.count) == 0
    }

    /// Whether the literal contains any of `characters` (ASCII), in cmark's bytes.
    func literalContainsAny(of characters: String) -> Bool {
        guard let text = cmark_node_get_literal(pointer) else { return false }
        return strpbrk(text, characters) != nil
    }

    /// The literal's last Unicode scalar, decoded from cmark's bytes.
    var literalLastScalar: Unicode.Scalar? {
        guard let text = cmark_node_get_literal(pointer) else { return nil }
        let end = strlen(text)
        guard end > 0 else { return nil }
        var start = end - 1
        while start > 0 && UInt8(bitPattern: text[start]) & 0xC0 == 0x80 { start -= 1 }
        let bytes = UnsafeRawBufferPointer(start: text + start, count: end - start)
        return String(decoding: bytes, as: UTF8.self).unicodeScalars.first
    }

    var url: String {
        get { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
        nonmutating set { cmark_node_set_url(pointer, newValue) }
    }

    var title: String { cmark_node_get_title(pointer).map { String(cString: $0) } ?? "" }
    var fenceInfo: String { cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? "" }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }

    var firstChild: CmarkNode? { CmarkNode(cmark_node_first_child(pointer)) }
    var lastChild: CmarkNode? { CmarkNode(cmark_node_last_child(pointer)) }
    var next: CmarkNode? { CmarkNode(cmark_node_next(pointer)) }
    var parent: CmarkNode? { CmarkNode(cmark_node_parent(pointer)) }

    var children: [CmarkNode] {
        var out: [CmarkNode] = []
        var child = firstChild
        while let node = child {
            out.append(node)
            child = node.next
        }
        return out
    }

    func insertBefore(_ sibling: CmarkNode) { cmark_node_insert_before(pointer, sibling.pointer) }
    func insertAfter(_ sibling: CmarkNode) { cmark_node_insert_after(pointer, sibling.pointer) }
    func append(_ child: CmarkNode) { cmark_node_append_child(pointer, child.pointer) }
    func unlink() { cmark_node_unlink(pointer) }
    func free() { cmark_node_free(pointer) }

    /// Moves all children of this node to the end of another.
    func moveChildren(to other: CmarkNode) {
        while let child = firstChild {
            child.unlink()
            other.append(child)
        }
    }

    /// The text a reader sees, without markup: for headings, link texts and table ids.
    var plainText: String {
        var out: [UInt8] = []
        appendPlainText(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the plain text's UTF-8 to `out`, copied from cmark's literals (no Swift string is
    /// made per node: paragraphs are fingerprinted this way, and they are most of a body).
    /// The nodes are visited in document order through their child, sibling and parent links:
    /// no iterator is allocated per paragraph, and no recursion grows with the nesting.
    func appendPlainText(to out: inout [UInt8]) {
        var current: OpaquePointer? = pointer
        while let node = current {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(node) {
                    literal.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
                        out.append(contentsOf: UnsafeBufferPointer(start: bytes, count: strlen(literal)))
                    }
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                out.append(UInt8(ascii: " "))
            default:
                if let child = cmark_node_first_child(node) {
                    current = child
                    continue
                }
            }
            // The next sibling, or that of the nearest ancestor below this node that has one.
            current = nil
            var up: OpaquePointer? = node
            while let at = up, at != pointer {
                if let next = cmark_node_next(at) {
                    current = next
                    break
                }
                up = cmark_node_parent(at)
            }
        }
    }

    /// Renders the tree with cmark and hands its HTML bytes to `body` before freeing them.
    func withRenderedHTML<T>(options: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        guard let cString = cmark_render_html(pointer, options) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        defer { free_c(cString) }
        return cString.withMemoryRebound(to: UInt8.self, capacity: strlen(cString) + 1) { bytes in
            body(UnsafeBufferPointer(start: bytes, count: strlen(cString)))
        }
    }

    /// Parses Markdown. U+0001, which `CompiledHTML` uses to mark holes in rendered HTML (and
    /// which HTML does not allow), is read as U+FFFD, as cmark itself reads U+0000.
    static func parse(_ text: String) -> CmarkNode {
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    static func parse(bytes: [UInt8]) -> CmarkNode {
        bytes.withUnsafeBufferPointer { parse(utf8: $0) }
    }

    private static func parse(utf8: UnsafeBufferPointer<UInt8>) -> CmarkNode {
        if TextSearch.firstIndex(of: CompiledHTML.markerStart, in: utf8) != nil {
            let cleaned = utf8.map { $0 == CompiledHTML.markerStart ? [0xEF, 0xBF, 0xBD] : [$0] }.joined()
            return parse(bytes: Array(cleaned))
        }
        return utf8.withMemoryRebound(to: CChar.self) { chars in
            CmarkNode(cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)!)
        }
    }

    func consolidateText() { cmark_consolidate_text_nodes(pointer) }

    /// Visits every node in document order; `visit` gets the node and whether this is its entry.
    /// Nodes may only be changed after the walk (cmark's iterator contract).
    func walk(_ visit: (CmarkNode, _ entering: Bool) -> Void) {
        let iterator = cmark_iter_new(pointer)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            visit(CmarkNode(cmark_iter_get_node(iterator)!), event == CMARK_EVENT_ENTER)
        }
    }
}

#if canImport(Glibc)
import Glibc
private func free_c(_ pointer: UnsafeMutablePointer<CChar>) { Glibc.free(pointer) }
#else
import Darwin
private func free_c(_ pointer: UnsafeMutablePointer<CChar>) { Darwin.free(pointer) }
#endif
