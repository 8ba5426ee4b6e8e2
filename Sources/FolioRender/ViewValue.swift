/// A value that templates look up: text, a number, a yes or no, a list, or named values. View
/// models are built of these, so rendering switches over cases instead of casting `Any`.
enum ViewValue: Sendable {
    case text(String)
    /// Text already rendered as UTF-8 (a page's main content), inserted as it is.
    case utf8([UInt8])
    case number(Int)
    case flag(Bool)
    case list([ViewValue])
    case map(ViewModel)
    /// A list whose items are made one at a time as a template reaches them and let go after
    /// (a print edition's sections: their rendered bodies are not all held at once).
    case lazyList(LazyList)
    /// Another template rendered in place with its own model (the layout's page template in
    /// `{{{main}}}`): its output goes straight into the enclosing page's bytes, not into a copy.
    case inline(InlineTemplate)

    /// Text, or `false` when there is none: every key of a view model is set, because Mustache
    /// would otherwise find a value of the same name further out.
    init(_ text: String?) {
        self = text.map(ViewValue.text) ?? .flag(false)
    }

    /// Mustache's truth: false, empty text and empty lists are false; anything else is true.
    var isTruthy: Bool {
        switch self {
        case .flag(let flag): flag
        case .text(let text): !text.isEmpty
        case .utf8(let bytes): !bytes.isEmpty
        case .list(let list): !list.isEmpty
        case .lazyList(let list): list.count > 0
        case .number, .map, .inline: true
        }
    }
}

/// See `ViewValue.lazyList`. A class, as are `InlineTemplate`s, so that `ViewValue` stays as small
/// as its common cases: every value is copied and destroyed many times per page.
final class LazyList: Sendable {
    let count: Int
    let item: @Sendable (Int) -> ViewValue
    /// For each item, what its section rendered to last time when that still holds, and where
    /// to keep this render's (a preview's print editions); nil renders every item.
    let rendered: (@Sendable (Int) -> RenderedItem)?

    init(count: Int, rendered: (@Sendable (Int) -> RenderedItem)? = nil, item: @escaping @Sendable (Int) -> ViewValue) {
        self.count = count
        self.item = item
        self.rendered = rendered
    }
}

/// See `LazyList.rendered`.
struct RenderedItem {
    /// The bytes the item's section rendered to before, when nothing it shows has changed since.
    let kept: [UInt8]?
    /// Keeps the bytes the item's section renders to now, for the next render (when none were kept).
    let keep: ([UInt8]) -> Void
}

/// See `ViewValue.inline`: the template's name, and the model and outer values it is rendered with.
final class InlineTemplate: Sendable {
    let name: String
    let model: ViewModel
    let below: ViewModel?

    init(name: String, model: ViewModel, below: ViewModel?) {
        self.name = name
        self.model = model
        self.below = below
    }
}

/// The named values of one page, list item or section, as templates see them.
typealias ViewModel = [String: ViewValue]

extension ViewValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
                     ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    init(stringLiteral value: String) { self = .text(value) }
    init(integerLiteral value: Int) { self = .number(value) }
    init(booleanLiteral value: Bool) { self = .flag(value) }
    init(arrayLiteral elements: ViewValue...) { self = .list(elements) }
    init(dictionaryLiteral elements: (String, ViewValue)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
