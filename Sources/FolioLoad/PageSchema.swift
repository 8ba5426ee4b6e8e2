import FolioModel

/// Which front-matter fields of each kind are shared across languages (ids, numbers, links
/// between records) and so written once, in the default language.
public enum PageSchema {
    static let common: Set<String> = ["kind", "id", "order"]

    public static func sharedFields(of kind: PageKind) -> Set<String> {
        switch kind {
        case .part: common.union(["numbered", "number_prefix"])
        case .chapter: common.union(["part", "number", "authors", "original_language", "paraphrased"])
        case .recommendation: common.union(["section", "challenge", "tags", "towns", "chapters", "related"])
        case .challenge: common.union(["section"])
        case .town: common.union(["country_code", "figures"])
        case .term, .checklist: common
        case .page: common.union(["list"])
        }
    }
}
