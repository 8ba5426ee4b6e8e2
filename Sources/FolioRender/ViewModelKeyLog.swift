import Foundation

/// Collects every key of every view model a site's rendering hands to its templates, at any
/// depth, for the test that each is declared in `TemplateVocabulary` (rendering keeps none
/// unless asked). The UI strings' keys (inside `t`) are not collected.
final class ViewModelKeyLog: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: Set<String> = []

    var keys: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }

    func record(_ model: ViewModel) {
        var keys: Set<String> = []
        Self.collect(model, into: &keys)
        lock.lock()
        collected.formUnion(keys)
        lock.unlock()
    }

    private static func collect(_ model: ViewModel, into keys: inout Set<String>) {
        for (key, value) in model {
            keys.insert(key)
            if key != TemplateVocabulary.uiStrings { collect(value, into: &keys) }
        }
    }

    private static func collect(_ value: ViewValue, into keys: inout Set<String>) {
        switch value {
        case .map(let model): collect(model, into: &keys)
        case .list(let items): for item in items { collect(item, into: &keys) }
        // Recorded by the renderer as their items are made and their templates rendered.
        case .lazyList, .inline: break
        case .text, .utf8, .number, .flag: break
        }
    }
}
