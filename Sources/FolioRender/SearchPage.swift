/// The search page of a language (`<lang>/search/`): Pagefind's search interface over the
/// language's index, with the publication's filters, reading its first query from `?q=`.
enum SearchPage {
    static func folder(_ language: String) -> String { language + "/search/" }
}
