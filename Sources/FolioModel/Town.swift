/// A partner town: names in each language, typed figures written once, and its forms of
/// representation.
public struct Town: Sendable {
    public var name: String
    public var country: String?
    public var region: String?
    public var province: String?
    public var countryCode: String?
    public var figures: [String: FigureValue]
    public var representation: Representation?

    public init(name: String, country: String?, region: String?, province: String?, countryCode: String?,
                figures: [String: FigureValue], representation: Representation?) {
        self.name = name
        self.country = country
        self.region = region
        self.province = province
        self.countryCode = countryCode
        self.figures = figures
        self.representation = representation
    }
}

/// One figure of a town, typed by its definition in `content/figures.yaml`.
public struct FigureValue: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case integer(Int)
        case decimal(Double)
        case percent(Double)
        case choice(String)
        case boolean(Bool)
        case text(String)
    }

    /// Another value the sources give for the same figure (the text against a table, one
    /// document against another): shown beside the main value, never silently dropped.
    public struct Alternative: Sendable, Equatable {
        public var value: Value
        public var year: Int?
        public var source: String?
        public var note: String?

        public init(value: Value, year: Int? = nil, source: String? = nil, note: String? = nil) {
            self.value = value
            self.year = year
            self.source = source
            self.note = note
        }
    }

    public var value: Value
    public var year: Int?
    public var source: String?
    public var note: String?
    public var alternatives: [Alternative] = []
    public var location: SourceLocation

    public init(value: Value, year: Int?, source: String?, note: String?, location: SourceLocation) {
        self.value = value
        self.year = year
        self.source = source
        self.note = note
        self.location = location
    }
}

/// How people from a migration background are represented in a town.
public struct Representation: Sendable {
    public struct Form: Sendable {
        public var name: String
        public var pros: String?
        public var cons: String?

        public init(name: String, pros: String?, cons: String?) {
            self.name = name
            self.pros = pros
            self.cons = cons
        }
    }

    public var electoral: String?
    public var formal: [Form]
    public var informal: [Form]

    public init(electoral: String?, formal: [Form], informal: [Form]) {
        self.electoral = electoral
        self.formal = formal
        self.informal = informal
    }
}

extension FigureValue.Value {
    /// The value as a number, for charts and sorting; nil for choices, flags and text.
    public var number: Double? {
        switch self {
        case .integer(let number): Double(number)
        case .decimal(let number), .percent(let number): number
        case .choice, .boolean, .text: nil
        }
    }
}
