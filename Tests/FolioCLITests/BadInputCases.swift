import Foundation

/// The bad-input suite's cases: one defect each, applied to a copy of the real content.
/// Their expected outcomes are recorded in `Tests/Fixtures/BadInput/expectations.txt`.
enum BadInputCases {
    static let rec = "content/en/recommendations/pb1-1.md"
    static let recDe = "content/de/recommendations/pb1-1.md"
    static let town = "content/en/towns/bebra.md"
    static let townDe = "content/de/towns/bebra.md"
    static let term = "content/en/glossary/smst.md"
    static let chapter = "content/en/policy-brief/pb-preconditions.md"
    static let part = "content/en/white-paper/themes/index.md"
    static let challenge = "content/en/challenges/pb1-c1.md"
    static let checklist = "content/en/checklist/available-resources.md"
    static let tablePage = "content/en/white-paper/themes/local-policymaking.md"
    static let footnotePage = "content/en/white-paper/forewords/foreword-ponzo.md"
    static let bibliography = "content/bibliography/introduction.yaml"
    static let templates = "themes/default/templates"

    /// A body line appended to the English recommendation.
    static func appendToRec(_ site: BadInputSite, _ markdown: String) throws {
        try site.write(rec, try site.text(rec) + "\n" + markdown + "\n")
    }

    static let all: [BadInputCase] = frontMatter + ids + references + tables + translations + templateCases
        + i18n + config + encodings + fileSystem

    static let frontMatter: [BadInputCase] = [
        BadInputCase("fm-unclosed", "the closing --- of a recommendation's front matter removed") {
            try $0.replace(rec, "chapters: [preconditions]\n---\n", with: "chapters: [preconditions]\n\n")
        },
        BadInputCase("fm-missing", "a recommendation without front matter (first --- removed)") {
            try $0.replace(rec, "---\nkind: recommendation\n", with: "kind: recommendation\n")
        },
        BadInputCase("fm-bad-indent", "a YAML key indented under a scalar") {
            try $0.replace(rec, "order: 10\n", with: "order: 10\n  oops: 1\n")
        },
        BadInputCase("fm-unclosed-quote", "an unclosed double quote in a title") {
            try $0.replace(rec, "on the basis of residence\"", with: "on the basis of residence")
        },
        BadInputCase("fm-tab-indent", "a tab used for indentation in tags") {
            try $0.replace(rec, "  level: [municipality]", with: "\tlevel: [municipality]")
        },
        BadInputCase("fm-not-mapping", "front matter that is a list, not a mapping") {
            try $0.write(challenge, "---\n- kind\n- challenge\n---\n\nText.\n")
        },
        BadInputCase("fm-duplicate-key", "the title key given twice") {
            try $0.replace(rec, "order: 10\n", with: "order: 10\ntitle: \"Again\"\n")
        },
        BadInputCase("fm-unknown-field", "an unknown field (fits_bset) in a recommendation") {
            try $0.replace(rec, "fits_best:", with: "fits_bset:")
        },
        BadInputCase("fm-unknown-kind", "kind: recomendation (a typo)") {
            try $0.replace(rec, "kind: recommendation", with: "kind: recomendation")
        },
        BadInputCase("fm-order-string", "a chapter's order given as text") {
            try $0.replace(chapter, "order: 10", with: "order: first")
        },
        BadInputCase("fm-order-list", "a recommendation's order given as a list") {
            try $0.replace(rec, "order: 10", with: "order: [10]")
        },
        BadInputCase("fm-numbered-string", "a part's numbered: given as a word") {
            try $0.replace(part, "numbered: true", with: "numbered: sometimes")
        },
        BadInputCase("fm-title-list", "a title given as a list") {
            try $0.replace(challenge, "title: \"Basic material needs first\"", with: "title: [Basic, needs]")
        },
        BadInputCase("fm-title-empty", "an empty title") {
            try $0.replace(challenge, "title: \"Basic material needs first\"", with: "title: \"\"")
        },
        BadInputCase("fm-title-null", "a null title") {
            try $0.replace(challenge, "title: \"Basic material needs first\"", with: "title: ~")
        },
        BadInputCase("fm-title-missing", "a recommendation without title") {
            try $0.replace(rec, "title: \"Grant access to welfare on the basis of residence\"\n", with: "")
        },
        BadInputCase("fm-questions-string", "a checklist's questions given as one string") {
            try $0.replace(checklist, "questions:\n", with: "questions: \"One question?\"\nquestions_old:\n")
        },
        BadInputCase("fm-tags-unknown-facet", "a tag with an unknown facet") {
            try $0.replace(rec, "  level: [municipality]", with: "  levle: [municipality]")
        },
        BadInputCase("fm-tags-unknown-value", "a tag with an unknown value") {
            try $0.replace(rec, "  level: [municipality]", with: "  level: [county]")
        },
        BadInputCase("fm-figure-unknown", "a town figure not declared in figures.yaml") {
            try $0.replace(town, "  density: {value: 148}", with: "  densty: {value: 148}")
        },
        BadInputCase("fm-figure-type", "a town's integer figure given as text") {
            try $0.replace(town, "population: {value: 13855,", with: "population: {value: many,")
        },
        BadInputCase("fm-figure-infinite", "a town's decimal figure written .inf (YAML's infinity)") {
            try $0.replace(town, "  density: {value: 148}", with: "  density: {value: .inf}")
        },
        BadInputCase("fm-figure-choice", "a town's choice figure with an undeclared value") {
            try $0.replace(town, "population-trend: {value: stable-after-decline}", with: "population-trend: {value: wobbly}")
        },
        BadInputCase("fm-anchors-billion-laughs", "YAML aliases nested to a billion expansions") {
            let laughs = (1...9).map { "l\($0): &l\($0) [" + Array(repeating: "*l\($0 - 1)", count: 9).joined(separator: ",") + "]" }
            try $0.replace(rec, "---\nkind: recommendation\n",
                           with: "---\nkind: recommendation\nl0: &l0 lol\n" + laughs.joined(separator: "\n") + "\n")
        },
    ]

    static let ids: [BadInputCase] = [
        BadInputCase("id-duplicate", "two recommendations with the same explicit id") {
            try $0.replace("content/en/recommendations/pb1-2.md", "kind: recommendation\n", with: "kind: recommendation\nid: pb1-1\n")
        },
        BadInputCase("id-invalid", "an id with capitals and a space") {
            try $0.replace(rec, "kind: recommendation\n", with: "kind: recommendation\nid: \"PB 1\"\n")
        },
        BadInputCase("id-file-name", "a page file name with an upper-case letter") {
            try $0.move(challenge, to: "content/en/challenges/PB1-c1.md")
        },
        BadInputCase("id-duplicate-heading", "two headings with the same explicit id") {
            try appendToRec($0, "## One {#same}\n\n## Two {#same}")
        },
        BadInputCase("id-duplicate-bibliography", "a bibliography id given in two files") {
            try $0.write("content/bibliography/zz-extra.yaml", "- id: penninx-2004\n  authors: [Penninx]\n  year: 2004\n")
        },
    ]

    static let references: [BadInputCase] = [
        BadInputCase("ref-rec", "a cross-reference to a recommendation that does not exist") {
            try appendToRec($0, "See [](rec:pb9-9).")
        },
        BadInputCase("ref-chapter", "a cross-reference to a chapter that does not exist") {
            try appendToRec($0, "See [](chapter:nowhere).")
        },
        BadInputCase("ref-chapter-anchor", "a cross-reference to a heading a chapter does not have") {
            try appendToRec($0, "See [](chapter:preconditions#no-such-heading).")
        },
        BadInputCase("ref-part", "a cross-reference to a part that does not exist") {
            try appendToRec($0, "See [](part:nowhere).")
        },
        BadInputCase("ref-challenge", "a cross-reference to a challenge that does not exist") {
            try appendToRec($0, "See [](challenge:pb9-c9).")
        },
        BadInputCase("ref-town", "a cross-reference to a town that does not exist") {
            try appendToRec($0, "See [](town:atlantis).")
        },
        BadInputCase("ref-term", "a cross-reference to a term that does not exist") {
            try appendToRec($0, "See [](term:smts).")
        },
        BadInputCase("ref-cite", "a citation of a work not in the bibliography") {
            try appendToRec($0, "See [](cite:nobody-1999).")
        },
        BadInputCase("ref-table", "a reference to a table that does not exist") {
            try appendToRec($0, "See [](table:no-table).")
        },
        BadInputCase("ref-unknown-scheme", "a cross-reference of an unknown kind") {
            try appendToRec($0, "See [](recipe:pb1-2).")
        },
        BadInputCase("ref-file", "a link to a Markdown file that does not exist") {
            try appendToRec($0, "See [there](../towns/atlantis.md).")
        },
        BadInputCase("ref-javascript", "a javascript: link in a body") {
            try appendToRec($0, "See [here](javascript:alert(1)).")
        },
        BadInputCase("ref-front-matter", "a recommendation's challenge naming no challenge") {
            try $0.replace(rec, "challenge: pb1-c1", with: "challenge: pb9-c9")
        },
        BadInputCase("ref-related-self", "a recommendation related to itself") {
            try $0.replace(rec, "chapters: [preconditions]", with: "chapters: [preconditions]\nrelated: [pb1-1]")
        },
        BadInputCase("footnote-undefined", "a footnote reference without its note") {
            try appendToRec($0, "A claim.[^9]")
        },
        BadInputCase("footnote-duplicate", "a footnote defined twice") {
            try $0.write(footnotePage, try $0.text(footnotePage) + "\n[^1]: Again.\n")
        },
        BadInputCase("footnote-unused", "a footnote defined and never referenced") {
            try appendToRec($0, "[^7]: A note nobody cites.")
        },
    ]

    static let tables: [BadInputCase] = [
        BadInputCase("table-bad-yaml", "a table block whose YAML does not parse") {
            try $0.replace(tablePage, "caption: Strategies to deal with staff constraints",
                           with: "caption: [Strategies to deal with staff constraints")
        },
        BadInputCase("table-row-width", "a table row with one cell too few") {
            try appendToRec($0, "```table\nid: short-row\ncaption: Short\ncolumns: [A, B]\nrows:\n  - [one, two]\n  - [three]\n```")
        },
        BadInputCase("table-no-columns", "a table without columns") {
            try appendToRec($0, "```table\nid: no-columns\ncaption: None\nrows:\n  - [one]\n```")
        },
        BadInputCase("table-duplicate-id", "a table id used twice") {
            try appendToRec($0, "```table\nid: staff-strategies\ncaption: Again\ncolumns: [A]\nrows:\n  - [one]\n```")
        },
        BadInputCase("table-towns-unknown-figure", "a towns table naming an undeclared figure") {
            try appendToRec($0, "```towns\nid: town-extra\ncaption: Extra\nfigures: [population, altitude]\n```")
        },
    ]

    static let translations: [BadInputCase] = [
        BadInputCase("tr-shared-changed", "a translation that changes a shared field (order)") {
            try $0.replace(recDe, "---\ntitle:", with: "---\norder: 99\ntitle:")
        },
        BadInputCase("tr-kind-changed", "a translation that gives another kind") {
            try $0.replace(recDe, "---\ntitle:", with: "---\nkind: challenge\ntitle:")
        },
        BadInputCase("tr-orphan", "a translation without an original") {
            try $0.write("content/de/recommendations/pb9-9.md", "---\ntitle: \"Verwaist\"\n---\n\nText.\n")
        },
        BadInputCase("tr-figures-repeated", "a translated town that repeats its figures") {
            try $0.replace(townDe, "---\nname: Bebra\n", with: "---\nname: Bebra\nfigures:\n  population: {value: 1}\n")
        },
        BadInputCase("tr-unknown-language", "a language folder not in folio.yaml") {
            try $0.write("content/fr/index.md", "---\ntitle: \"Accueil\"\n---\n\nTexte.\n")
        },
        BadInputCase("tr-missing-label", "a facet label removed from the German label file") {
            try $0.transform("content/de/_labels.yaml") { data in
                let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                return Data(lines.filter { !$0.hasPrefix("  level:") }.joined(separator: "\n").utf8)
            }
        },
    ]

    static let templateCases: [BadInputCase] = [
        BadInputCase("tpl-unclosed-section", "a template section never closed") {
            try $0.replace("\(templates)/town.mustache", "{{> article-foot}}", with: "{{#summary}}{{> article-foot}}")
        },
        BadInputCase("tpl-unclosed-tag", "an unclosed {{ tag") {
            try $0.replace("\(templates)/base.mustache", "<title>{{page_title}}</title>", with: "<title>{{page_title</title>")
        },
        BadInputCase("tpl-missing-partial", "a partial that does not exist") {
            try $0.replace("\(templates)/town.mustache", "{{> article-foot}}", with: "{{> article-fot}}")
        },
        BadInputCase("tpl-partial-cycle", "a partial that includes itself") {
            try $0.write("\(templates)/article-foot.mustache", try $0.text("\(templates)/article-foot.mustache") + "{{> article-foot}}\n")
        },
        BadInputCase("tpl-partial-expansion", "partials included twice at each of 21 levels (2²¹ copies)") { site in
            for level in 1...21 {
                try site.write("\(templates)/blowup\(level).mustache", "{{> blowup\(level - 1)}}{{> blowup\(level - 1)}}\n")
            }
            try site.write("\(templates)/blowup0.mustache", "x\n")
            try site.replace("\(templates)/town.mustache", "{{> article-foot}}", with: "{{> article-foot}}{{> blowup21}}")
        },
        BadInputCase("tpl-deleted", "the town template deleted") {
            try $0.delete("\(templates)/town.mustache")
        },
        BadInputCase("tpl-base-deleted", "the base layout deleted") {
            try $0.delete("\(templates)/base.mustache")
        },
        BadInputCase("tpl-unknown-variable", "a template variable no view model provides") {
            try $0.replace("\(templates)/base.mustache", "<title>{{page_title}}</title>", with: "<title>{{page_titel}}</title>")
        },
        BadInputCase("tpl-unknown-section-in-partial", "a misspelt name inside a list section of a partial") {
            try $0.replace("\(templates)/article-foot.mustache", "{{kind}}{{#source}}", with: "{{kind}}{{#sorce}}")
            try $0.replace("\(templates)/article-foot.mustache", "{{source}}{{/source}}", with: "{{source}}{{/sorce}}")
        },
    ]

    static let i18n: [BadInputCase] = [
        BadInputCase("i18n-missing-string", "a UI string removed from the German file") {
            try $0.replace("themes/default/i18n/de.yaml", "original-only: Noch nicht übersetzt; öffnet das Original\n", with: "")
        },
        BadInputCase("i18n-undefined-string", "a template using a UI string defined nowhere") {
            try $0.replace("\(templates)/base.mustache", "{{t.skip-to-content}}", with: "{{t.skip-to-contnet}}")
        },
        BadInputCase("i18n-not-mapping", "a UI string file that is a list") {
            try $0.write("themes/default/i18n/it.yaml", "- one\n- two\n")
        },
        BadInputCase("i18n-bad-yaml", "a UI string file that does not parse") {
            try $0.replace("themes/default/i18n/nl.yaml", "\n", with: "\n: : [\n")
        },
    ]

    static let config: [BadInputCase] = [
        BadInputCase("cfg-base-url-javascript", "base_url: javascript:alert(1)") {
            try $0.replace("folio.yaml", "base_url: \"https://piste.uniurb.it/\"", with: "base_url: \"javascript:alert(1)\"")
        },
        BadInputCase("cfg-base-url-relative", "base_url without scheme") {
            try $0.replace("folio.yaml", "base_url: \"https://piste.uniurb.it/\"", with: "base_url: \"piste.uniurb.it\"")
        },
        BadInputCase("cfg-default-language", "default_language not among the languages") {
            try $0.replace("folio.yaml", "default_language: en", with: "default_language: fr")
        },
        BadInputCase("cfg-limit-zero", "limits: {file_mb: 0}") {
            try $0.replace("folio.yaml", "languages: [en, de, it, nl, el]", with: "languages: [en, de, it, nl, el]\nlimits: {file_mb: 0}")
        },
        BadInputCase("cfg-limit-unknown", "limits: {file_size: 8} (an unknown limit)") {
            try $0.replace("folio.yaml", "languages: [en, de, it, nl, el]", with: "languages: [en, de, it, nl, el]\nlimits: {file_size: 8}")
        },
        BadInputCase("cfg-language-code", "a language that is not a language code") {
            try $0.replace("folio.yaml", "languages: [en, de, it, nl, el]", with: "languages: [en, de, it, nl, el, \"x y\"]")
        },
        BadInputCase("cfg-missing-theme", "a theme that does not exist") {
            try $0.replace("folio.yaml", "theme: default", with: "theme: plain")
        },
        BadInputCase("cfg-unknown-field", "an unknown field in folio.yaml") {
            try $0.replace("folio.yaml", "theme: default", with: "theme: default\nthem: default")
        },
        BadInputCase("cfg-bad-yaml", "folio.yaml that does not parse") {
            try $0.replace("folio.yaml", "languages: [en, de, it, nl, el]", with: "languages: [en, de, it, nl, el")
        },
        BadInputCase("cfg-missing", "folio.yaml deleted") {
            try $0.delete("folio.yaml")
        },
    ]

    static let encodings: [BadInputCase] = [
        BadInputCase("enc-bom", "a UTF-8 byte order mark before the front matter") {
            try $0.transform(rec) { Data([0xEF, 0xBB, 0xBF]) + $0 }
        },
        BadInputCase("enc-crlf", "CRLF line endings") {
            try $0.transform(rec) { Data(String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8) }
        },
        BadInputCase("enc-cr-only", "CR-only line endings") {
            try $0.transform(rec) { Data(String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r").utf8) }
        },
        BadInputCase("enc-nul-body", "a NUL byte in a body") {
            try $0.replace(rec, "In this way", with: "In\u{0}this way")
        },
        BadInputCase("enc-nul-front-matter", "a NUL byte in a front-matter title") {
            try $0.replace(rec, "Grant access", with: "Grant\u{0}access")
        },
        BadInputCase("enc-invalid-utf8", "an invalid UTF-8 byte on line 14 of a body") {
            try $0.transform(rec) { data in
                var bytes = [UInt8](data)
                let text = String(decoding: data, as: UTF8.self)
                let offset = text.utf8.distance(from: text.startIndex, to: text.range(of: "In this way")!.lowerBound)
                bytes.insert(0xFF, at: offset)
                return Data(bytes)
            }
        },
        BadInputCase("enc-utf16", "a page saved as UTF-16") {
            try $0.transform(term) { String(decoding: $0, as: UTF8.self).data(using: .utf16)! }
        },
    ]

    static let fileSystem: [BadInputCase] = [
        BadInputCase("fs-empty-page", "an empty page file") {
            try $0.write(challenge, "")
        },
        BadInputCase("fs-empty-yaml", "an empty facets.yaml") {
            try $0.write("content/facets.yaml", "")
        },
        BadInputCase("fs-directory-named-page", "a directory named like a page (towns/bebra.md/)") {
            try $0.delete(town)
            try $0.makeDirectory(town)
        },
        BadInputCase("fs-page-and-folder", "a page next to a folder with the same address (two producers)") {
            try $0.write("content/en/towns/bebra/index.md", try $0.text(town).replacingOccurrences(of: "kind: town\n", with: "kind: town\nid: bebra-two\n"))
        },
        BadInputCase("fs-page-in-search-index", "a page where a language's search index goes (en/pagefind/)") {
            try $0.write("content/en/pagefind.md", try $0.text(town).replacingOccurrences(of: "kind: town\n", with: "kind: town\nid: pagefind\n"))
        },
        BadInputCase("fs-symlink-loop", "a symbolic link that points to itself") {
            try $0.symlink("content/en/towns/loop.md", to: "loop.md")
        },
        BadInputCase("fs-symlink-dir-loop", "a folder link that points to its parent") {
            try $0.symlink("content/en/towns/again", to: "..")
        },
        BadInputCase("fs-symlink-outside", "a page linked to a file outside content/") {
            try $0.write("elsewhere.md", "---\ntitle: \"Outside\"\n---\n\nOutside.\n")
            try $0.symlink("content/en/outside.md", to: "../../elsewhere.md")
        },
        BadInputCase("fs-symlink-data-outside", "facets.yaml linked to a file outside content/") {
            try $0.move("content/facets.yaml", to: "facets-elsewhere.yaml")
            try $0.symlink("content/facets.yaml", to: "../facets-elsewhere.yaml")
        },
        BadInputCase("fs-unreadable", "a page without read permission (run as an unprivileged user)", needsUnprivilegedUser: true) {
            try $0.removePermissions(challenge)
        },
        BadInputCase("fs-fifo", "a named pipe where a page should be") {
            try $0.delete(challenge)
            try $0.makeFIFO(challenge)
        },
        BadInputCase("fs-stray-file", "a stray editor backup file (bebra.md~)") {
            try $0.write("content/en/towns/bebra.md~", try $0.text(town))
        },
        BadInputCase("fs-deep-quotes", "a body of 1,000 nested block quotes") {
            try appendToRec($0, String(repeating: ">", count: 1_000) + " deep")
        },
        BadInputCase("fs-deep-lists", "a body of 500 nested list items") {
            try appendToRec($0, (0..<500).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n"))
        },
        BadInputCase("fs-deep-yaml", "front matter nested 10,000 flow sequences deep") {
            try $0.replace(rec, "order: 10\n", with: "order: 10\ndeep: " + String(repeating: "[", count: 10_000)
                           + String(repeating: "]", count: 10_000) + "\n")
        },
        BadInputCase("fs-huge-page", "a page of 9 MB, above the default limit of 8 MB per file") {
            try appendToRec($0, String(repeating: "A long paragraph line of filler words.\n", count: 240_000))
        },
        BadInputCase("fs-site-limit", "limits: {site_mb: 1} with about 4 MB of pages") {
            try $0.replace("folio.yaml", "languages: [en, de, it, nl, el]", with: "languages: [en, de, it, nl, el]\nlimits: {site_mb: 1}")
        },
    ]
}
