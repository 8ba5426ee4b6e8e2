import FolioModel

/// The names a theme's templates can use: every key a view model can ever hold, as each builder
/// declares it next to the code that fills it (`viewKeys`), and the field names of every declared
/// kind, which a record's model holds under `record` (`RecordView`). A test renders the real site
/// and the fixtures and asserts that every key their view models hold is declared here, so that
/// a key cannot be added to a builder without being declared.
///
/// Mustache looks a name up the whole context stack, so a name inside `{{#record}}` may come from
/// the record or from any model around it; the vocabulary does not follow which model a section
/// opens, and a name is known when any view model can hold it.
///
/// What this cannot catch: a name that one model holds, used where another is in scope
/// (`{{acronym}}` in a town's template); a field that one kind declares, used bare in the
/// template of another kind; a misspelt field under `record` (`{{record.publsher}}`, see
/// `openNames`); a name whose value is empty or false on a given page.
struct TemplateVocabulary {
    /// The name of the UI strings (`{{t.next}}`), whose own names `UIStringsCheck` checks.
    static let uiStrings = "t"

    /// Names whose values' own names are not checked here, only the name itself: the UI strings,
    /// and `record`, whose names are the fields of the page's kind. A shared theme names fields
    /// that some sites declare and others do not (the default theme's town template shows
    /// `record.sources`, which only the PISTE publication's `town.yaml` adds): a site without
    /// them must not be warned about a theme it did not write.
    static let openNames: Set<String> = [uiStrings, "record"]

    /// The keys every builder declares.
    static let viewKeys: Set<String> = LanguageEnvironment.viewKeys
        .union(Layout.viewKeys).union(PageMetadata.viewKeys).union(PageViewModel.viewKeys)
        .union(TranslationNotices.viewKeys).union(PrintLinks.viewKeys).union(CiteBlock.viewKeys)
        .union(RecommendationFinder.viewKeys).union(PrintEditionPage.viewKeys).union(Navigation.viewKeys)
        .union(LanguageChooser.viewKeys).union(SiteRenderer.viewKeys).union(TownsIndex.viewKeys)

    let names: Set<String>

    /// The vocabulary of a site whose declared kinds are `kinds` (built-in and the site's own schemas).
    init(kinds: [KindSchema]) {
        names = Self.viewKeys.union(kinds.flatMap { $0.fields.map(\.name) })
    }

    /// The first part of `path` that no view model can provide, with its index; nil when every
    /// part can be (the parts after an open name are not checked).
    func unknownPart(of path: [String]) -> Int? {
        for (index, part) in path.enumerated() {
            guard names.contains(part) else { return index }
            if Self.openNames.contains(part) { return nil }
        }
        return nil
    }
}
