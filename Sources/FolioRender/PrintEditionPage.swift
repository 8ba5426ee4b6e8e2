import FolioMarkdown
import FolioModel
import FolioResolve

/// One print edition in one language, as one page: a cover, a linked contents list, every part
/// and chapter in reading order with its numbering, each chapter's challenges, recommendations
/// and policy options in full, and the references the edition cites.
///
/// Each body keeps its own ids under its section's id (`chapter.bridging-figures.types`,
/// `chapter.bridging-figures.fn-1`), so that no two elements of the page share one, and a
/// cross-reference to anything the edition holds becomes a link to its place on the page
/// (`PrintRenderContext`). Browsers cannot number a contents list's pages (Chromium has no
/// `target-counter()`), so the contents are links.
struct PrintEditionPage {
    let naming: Naming
    let edition: PrintEdition
    let documents: [MarkdownDocument]
    /// The absolute address of the edition's PDF, when `folio pdf` makes it in this build.
    let pdf: String?
    /// The sections kept from the last render, and whether a group's may be reused (its page is
    /// not rendered again); nil renders every section.
    var sections: (cache: RenderCache, reuse: (Int) -> Bool)?

    private var resolved: ResolvedSite { naming.resolved }
    private var language: String { naming.environment.language }
    private var strings: UIStrings { naming.environment.strings }
    var place: PagePlace { PagePlace(folder: PrintEdition.folder(edition.name, language: language)) }

    /// The keys of `model()`, its contents, running heads, references and sections (see `TemplateVocabulary`).
    static let viewKeys: Set<String> = [
        "kind", "title", "unindexed", "running_head", "kicker", "subtitle", "web_url", "web_href", "pdf", "citation_pdf_url",
        "contents", "id", "chapters", "number", "parts", "challenges", "recommendations", "options", "running_heads", "name",
        "text", "references", "html", "incomplete",
        "content", "lang", "summary", "editorial_note", "label", "authors", "author_role", "original_language", "paraphrased",
        "fits_best", "footnotes", "ref",
    ]

    /// The edition's title: its part's, for an edition of one part (the policy brief); else the publication's.
    var title: String { Self.title(edition, naming: naming) }

    static func title(_ edition: PrintEdition, naming: Naming) -> String {
        let config = naming.resolved.config
        return edition.parts.count == 1 ? naming.title(edition.parts[0]) : config.text(config.title, in: naming.environment.language)
    }

    private func challenges(of chapter: Int) -> [Int] { PrintEdition.challenges(of: chapter, resolved) }

    private func options(of chapter: Int) -> [Int] { PrintEdition.options(of: chapter, resolved) }

    /// The edition's page in the base layout.
    func file(layout: Layout) -> OutputFile {
        // The `<title>` (and the PDF's): the base layout adds the publication's title after it.
        let pageTitle = edition.parts.count == 1 ? title + " · " + strings["print-edition"] : strings["print-edition"]
        let path = PagePlace.page(place.folder)
        // A kept edition's size, reserved up front: an edition of thousands of chapters is
        // hundreds of megabytes, which would otherwise be copied each time the output grows.
        let html = layout.page(model: model(), template: "print", group: nil, language: language, title: pageTitle, place: place,
                               capacity: sections?.cache.size(of: path) ?? 32_768)
        sections?.cache.keepSize(html.count, of: path)
        return OutputFile(path: path, bytes: html)
    }

    func model() -> ViewModel {
        let groups = edition.groups(resolved)
        let anchors = Dictionary(groups.map { ($0, resolved.groups[$0].kind.rawValue + "." + resolved.groups[$0].id) },
                                 uniquingKeysWith: { first, _ in first })
        let references = Set(groups.flatMap { group in
            resolved.links[resolved.page(of: group, in: language).index].flatMap { target -> [Int] in
                if case .citation(let entries, _) = target { return entries }
                return []
            }
        })
        let context = SectionContext(page: self, anchors: anchors, references: references)

        let config = resolved.config
        var model: ViewModel = [
            "kind": "print", "title": .text(title), "unindexed": true, "running_head": .text(PrintLinks.cssString(title)),
            "kicker": .text(edition.parts.count == 1 ? config.text(config.title, in: language) : strings["print-edition"]),
            "subtitle": ViewValue(edition.parts.count == 1 ? strings["print-edition"] : config.text(config.subtitle, in: language)),
            "web_url": .text(config.origin + config.basePath + language + "/"),
            "web_href": .text(place.root + naming.environment.homePath),
        ]
        if let pdf {
            model["pdf"] = .text(place.root + PrintEdition.pdfPath(edition.name, language: language))
            model["citation_pdf_url"] = .text(pdf)
        }
        model["contents"] = .list(edition.parts.map { part -> ViewValue in
            ["id": .text(anchors[part]!), "title": .text(naming.title(part)),
             "chapters": PageViewModel.section((resolved.chaptersOfPart[part] ?? []).map { chapter -> ViewValue in
                 ["id": .text(anchors[chapter]!), "title": .text(naming.title(chapter)), "number": ViewValue(resolved.numbers[chapter])]
             }) ?? false]
        })
        // Parts and chapters are rendered as the template reaches them, so that the edition's
        // bodies are not all held at once beside the page they make.
        let parts = edition.parts
        model["parts"] = .lazyList(LazyList(count: parts.count) { [self] number in
            var entry = context.entry(parts[number])
            let chapters = resolved.chaptersOfPart[parts[number]] ?? []
            entry["chapters"] = chapters.isEmpty ? false : ["list": .lazyList(LazyList(count: chapters.count, rendered: sections.map { cache, _ in
                { [self] number in
                    let chapter = chapters[number]
                    let groups = [chapter] + options(of: chapter) + challenges(of: chapter).flatMap { [$0] + (resolved.recommendationsOfChallenge[$0] ?? []) }
                    let shown = groups.map { resolved.site.pages[resolved.page(of: $0, in: language).index] }
                    return cache.renderedChapter(chapter, edition: edition.name, language: language, shown: shown)
                }
            }) { [self] number in
                .map(chapterEntry(chapters[number], context: context))
            })]
            return .map(entry)
        })
        model["running_heads"] = .list(runningHeads(anchors: anchors, hasReferences: !references.isEmpty))
        let entries = resolved.bibliographyOrder(references).map { resolved.site.data.bibliography[$0] }
        model["references"] = PageViewModel.section(entries.map { entry -> ViewValue in
            ["id": .text(entry.id), "html": .text(BibliographyFormat.html(entry)),
             "incomplete": entry.incomplete ? .text(strings["incomplete-reference"]) : false]
        }) ?? false
        return model
    }

    /// A chapter's section, with its challenges and their recommendations, or its policy options.
    private func chapterEntry(_ chapter: Int, context: SectionContext) -> ViewModel {
        var entry = context.entry(chapter)
        entry["challenges"] = PageViewModel.section(challenges(of: chapter).map { group -> ViewValue in
            var challenge = context.entry(group)
            challenge["recommendations"] = PageViewModel.section((resolved.recommendationsOfChallenge[group] ?? [])
                .map { .map(context.entry($0)) }) ?? false
            return .map(challenge)
        }) ?? false
        entry["options"] = PageViewModel.section(options(of: chapter).map { .map(context.entry($0)) }) ?? false
        return entry
    }

    /// The running head of each part's and chapter's right-hand pages (and the references'): a
    /// named page per section (`page: folio-3` on its element), since Chromium supports named pages
    /// and their margin boxes but not `string-set`. Left-hand pages keep the edition's title.
    private func runningHeads(anchors: [Int: String], hasReferences: Bool) -> [ViewValue] {
        var sections: [(id: String, text: String)] = []
        for part in edition.parts {
            sections.append((anchors[part]!, naming.title(part)))
            sections += (resolved.chaptersOfPart[part] ?? []).map { (anchors[$0]!, naming.linkText($0)) }
        }
        if hasReferences { sections.append(("references", strings["bibliography"])) }
        return sections.enumerated().map { number, section in
            ["id": .text(section.id), "name": .text("folio-\(number + 1)"), "text": .text(PrintLinks.cssString(section.text))]
        }
    }

    /// Renders the bodies of the edition's groups, each under its own section id.
    private struct SectionContext {
        let page: PrintEditionPage
        let anchors: [Int: String]
        let references: Set<Int>

        /// A group's section, kept from the last render when `page.sections` allows.
        func entry(_ group: Int) -> ViewModel {
            guard let (cache, reuse) = page.sections else { return render(group) }
            return cache.section(group, edition: page.edition.name, language: page.language, reuse: reuse(group)) { render(group) }
        }

        /// A group's section: its id, heading, byline, body and notes. Every key a section
        /// template reads is set (false when absent), so that none is found on an enclosing section.
        private func render(_ group: Int) -> ViewModel {
            let naming = page.naming
            let resolved = naming.resolved
            let language = naming.environment.language
            let (pageIndex, _) = resolved.page(of: group, in: language)
            let shown = resolved.site.pages[pageIndex]
            let anchor = anchors[group]!
            let base = PageRenderContext(naming: naming, root: page.place.root, pageIndex: pageIndex, group: group, tables: TableRenderer())
            let context = PrintRenderContext(page: base, anchors: anchors, references: references, origin: resolved.config.origin)
            let body = documents[pageIndex].render(in: context, anchorPrefix: anchor + ".")
            var entry: ViewModel = [
                "id": .text(anchor), "title": .text(shown.title), "content": .utf8(body.bytes),
                "lang": shown.language == language ? false : .text(shown.language),
                "number": ViewValue(resolved.numbers[group]), "summary": ViewValue(shown.summary),
                "editorial_note": ViewValue(shown.editorialNote),
                "label": shown.data.role == .recommendation ? .text(naming.recordLabel(group)) : false,
                "authors": false, "author_role": false, "original_language": false, "paraphrased": false, "fits_best": false,
                "footnotes": PageViewModel.section(body.footnotes.map { note -> ViewValue in
                    ["id": .text(PrintRenderContext.anchor(section: anchor, "fn-\(note.number)")),
                     "ref": .text(PrintRenderContext.anchor(section: anchor, "fnref-\(note.number)")), "html": .text(note.html)]
                }) ?? false,
            ]
            switch shown.data {
            case .chapter(let data):
                if !data.authors.isEmpty { entry["authors"] = .text(data.authors.joined(separator: ", ")) }
                entry["author_role"] = ViewValue(data.authorRole)
                if let original = data.originalLanguage { entry["original_language"] = .text(naming.environment.strings["language-name-" + original]) }
                entry["paraphrased"] = .flag(data.paraphrased)
            case .recommendation(let data):
                entry["fits_best"] = ViewValue(data.fitsBest)
                entry["summary"] = false
            default:
                break
            }
            return entry
        }

        private var documents: [MarkdownDocument] { page.documents }
    }
}
