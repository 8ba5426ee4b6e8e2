import FolioModel

/// The theme as last loaded, what loading it reported and its digest (`SharedInputs.theme`), kept
/// from one preview build to the next while the watcher names no file under themes/ and not
/// folio.yaml (which names the theme and the limits it is loaded with). Loading it reads and checks
/// every template and asset; digesting it hashes every asset byte.
final class ThemeCache {
    private var kept: (theme: Theme?, problems: [Diagnostic], digest: UInt64?)?

    /// The theme for a build after `changed` (nil when unknown): the kept one, its problems
    /// reported again, or `load`'s.
    func theme(changed: Set<String>?, load: (inout Diagnostics) -> Theme?, into diagnostics: inout Diagnostics) -> Theme? {
        if let kept, let changed, !changed.contains(where: { $0 == "folio.yaml" || $0.hasPrefix("themes/") }) {
            diagnostics.append(contentsOf: kept.problems)
            return kept.theme
        }
        var found = Diagnostics()
        let theme = load(&found)
        kept = (theme, found.all, theme.map(SharedInputs.theme))
        diagnostics.append(contentsOf: found)
        return theme
    }

    /// The kept theme's digest.
    var digest: UInt64? { kept?.digest }
}
