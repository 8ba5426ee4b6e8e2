import FolioModel

/// A translation that keeps a paragraph of its original word for word: English left in a German
/// page, so that a half-done translation cannot pass as done. Paragraphs are compared by the
/// fingerprints the Markdown pass made (`DocumentOutline.Paragraph`), short ones excepted.
enum UntranslatedParagraphs {
    /// The untranslated paragraphs of one page group's translations, by language.
    static func collect(in group: PageGroup, of pages: [Page]) -> [Diagnostic] {
        let original = pages[group.original]
        guard group.variants.count > 1, !original.outline.paragraphs.isEmpty else { return [] }
        var originals: [UInt64: SourceLocation] = [:]
        for paragraph in original.outline.paragraphs where originals[paragraph.fingerprint] == nil {
            originals[paragraph.fingerprint] = paragraph.location
        }
        var warnings: [Diagnostic] = []
        for (language, index) in group.variants.sorted(by: { $0.key < $1.key }) where index != group.original {
            for paragraph in pages[index].outline.paragraphs {
                guard let source = originals[paragraph.fingerprint] else { continue }
                warnings.append(.warning("translation.untranslated",
                                         "this paragraph is the same as the original's at \(source): it is not translated into '\(language)'",
                                         at: paragraph.location,
                                         hint: "translate it, or remove it if the original no longer has it"))
            }
        }
        return warnings
    }
}
