import Foundation

/// The publication's shared data files: facets, figure definitions, labels, termbases, bibliography.
public struct PublicationData: Sendable {
    /// Facet id → allowed values, in declaration order.
    public var facets: [(id: String, values: [String])]
    public var figures: [FigureDefinition]
    /// Language → labels.
    public var labels: [String: Labels]
    /// Language → the translations' termbase (`_terms.yaml`), checked by `folio translations`.
    public var termbases: [String: Termbase] = [:]
    public var bibliography: [BibliographyEntry]

    public init(facets: [(id: String, values: [String])] = [], figures: [FigureDefinition] = [],
                labels: [String: Labels] = [:], bibliography: [BibliographyEntry] = []) {
        self.facets = facets
        self.figures = figures
        self.labels = labels
        self.bibliography = bibliography
    }
}

/// A town figure's type, from `content/figures.yaml`.
public struct FigureDefinition: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case integer, decimal, percent, choice, boolean, text
    }

    public var id: String
    public var kind: Kind
    public var unit: String?
    public var choices: [String]

    public init(id: String, kind: Kind, unit: String? = nil, choices: [String] = []) {
        self.id = id
        self.kind = kind
        self.unit = unit
        self.choices = choices
    }
}

/// The names of facets, facet values, figures, choices and units in one language (`_labels.yaml`).
public struct Labels: Sendable {
    public var facets: [String: String]
    /// Keyed "facet.value".
    public var facetValues: [String: String]
    public var figures: [String: String]
    /// Keyed "figure.choice".
    public var choices: [String: String]
    public var units: [String: String]
    /// Figure notes and sources named by an id in the town records ("census-2011"), so that a
    /// note shared by several figures is written once and translated once.
    public var notes: [String: String]
    public var sources: [String: String]

    public init(facets: [String: String] = [:], facetValues: [String: String] = [:], figures: [String: String] = [:],
                choices: [String: String] = [:], units: [String: String] = [:], notes: [String: String] = [:],
                sources: [String: String] = [:]) {
        self.facets = facets
        self.facetValues = facetValues
        self.figures = figures
        self.choices = choices
        self.units = units
        self.notes = notes
        self.sources = sources
    }
}

/// One work in the bibliography. Field names follow CSL where they can.
public struct BibliographyEntry: Sendable {
    public var id: String
    public var authors: [String]
    public var editors: [String]
    public var year: String?
    public var title: String?
    public var subtitle: String?
    /// The journal or book a chapter or article appears in.
    public var containerTitle: String?
    public var volume: String?
    public var issue: String?
    public var pages: String?
    public var publisher: String?
    public var place: String?
    public var url: String?
    public var doi: String?
    public var isbn: String?
    /// As the source dates the work, when more than the year ("17 October 2022").
    public var date: String?
    /// The source gives only part of the reference; shown as such, never completed from memory.
    public var incomplete: Bool
    public var note: String?
    public var location: SourceLocation

    public init(id: String, authors: [String] = [], editors: [String] = [], year: String? = nil,
                title: String? = nil, subtitle: String? = nil, containerTitle: String? = nil,
                volume: String? = nil, issue: String? = nil, pages: String? = nil, publisher: String? = nil,
                place: String? = nil, url: String? = nil, doi: String? = nil, isbn: String? = nil,
                date: String? = nil, incomplete: Bool = false,
                note: String? = nil, location: SourceLocation) {
        self.id = id
        self.authors = authors
        self.editors = editors
        self.year = year
        self.title = title
        self.subtitle = subtitle
        self.containerTitle = containerTitle
        self.volume = volume
        self.issue = issue
        self.pages = pages
        self.publisher = publisher
        self.place = place
        self.url = url
        self.doi = doi
        self.isbn = isbn
        self.date = date
        self.incomplete = incomplete
        self.note = note
        self.location = location
    }

    /// "Rossi 2023", "Verba et al. 1995": the author–year label of a citation, by surnames
    /// ("Saunders, D." cites as Saunders), by editors when a work has no authors.
    public var citationLabel: String {
        let people = (authors.isEmpty ? editors : authors).map { name in
            name.split(separator: ",", maxSplits: 1).first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? name
        }
        let names: String
        switch people.count {
        case 0: names = title ?? id
        case 1: names = people[0]
        case 2: names = "\(people[0]) & \(people[1])"
        default: names = "\(people[0]) et al."
        }
        return year.map { "\(names) \($0)" } ?? names
    }
}

/// Everything the Load stage read: configuration, shared data and every page in every language.
public struct LoadedSite: Sendable {
    public var config: SiteConfig
    public var data: PublicationData
    /// Default-language pages first, then translations; each group sorted by source path.
    public var pages: [Page]
    /// The kinds the site declares.
    public var schemas: KindSchemas
    /// What failed to load (its errors are reported; its consequences are not).
    public var broken: BrokenInputs

    public init(config: SiteConfig, data: PublicationData, pages: [Page], schemas: KindSchemas,
                broken: BrokenInputs = BrokenInputs()) {
        self.config = config
        self.schemas = schemas
        self.data = data
        self.pages = pages
        self.broken = broken
    }
}
