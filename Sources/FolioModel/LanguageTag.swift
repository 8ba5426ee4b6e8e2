/// Language tags as Folio writes them in paths and `lang` attributes.
public enum LanguageTag {
    /// A BCP 47 tag of the simple form Folio uses: `de`, `pt-br` (lowercase, a 2–3 letter primary
    /// subtag, then subtags of 2–8 letters or digits).
    public static func isWellFormed(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count),
              primary.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
        }
    }
}
