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
        case .number, .map: true
        }
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
