import Foundation
import FolioModel
import FolioResolve

/// The publication's records as data, per language: `<lang>/data/recommendations.csv|json` and
/// `<lang>/data/towns.csv|json` (with every other value the sources give for a figure), linked from the recommendation and town overview pages. Texts
/// are in the language (the original's where a record is not translated); numbers are written
/// plainly (13855, 10.3) so that spreadsheets and scripts read them in any locale; URLs are
/// absolute, on `base_url`.
struct DataDownloads {
    let naming: Naming
    private var resolved: ResolvedSite { naming.resolved }
    private var environment: LanguageEnvironment { naming.environment }
    private var language: String { environment.language }

    /// The folder of the downloads, relative to the site root.
    static func folder(_ language: String) -> String { language + "/data/" }

    func files() -> [OutputFile] {
        let folder = Self.folder(language)
        let recommendations = recommendationRecords()
        let towns = townRecords()
        return [
            OutputFile(path: folder + "recommendations.csv", text: CSV.document(header: recommendations.header, rows: recommendations.rows)),
            OutputFile(path: folder + "recommendations.json", text: Self.json(recommendations.objects)),
            OutputFile(path: folder + "towns.csv", text: CSV.document(header: towns.header, rows: towns.rows)),
            OutputFile(path: folder + "towns.json", text: Self.json(towns.objects)),
        ]
    }

    private func absoluteURL(_ group: Int) -> String {
        resolved.config.origin + resolved.url(of: group, in: language)
    }

    /// The publication's own recommendations in reading order (section by section, as it presents
    /// them), then those of other reports, report by report. `source` is the report's id, empty
    /// (JSON null) for the publication's own; a report's recommendations have no number, section
    /// or challenge, and a facet they leave out fits every value, as for any recommendation.
    private func recommendationRecords() -> (header: [String], rows: [[String]], objects: [JSONValue]) {
        let facets = resolved.tagFacets
        let header = ["id", "number", "title", "section", "section_title", "challenge", "challenge_title", "source", "source_title"]
            + facets.map(\.id) + ["url"]
        var rows: [[String]] = []
        var objects: [JSONValue] = []
        let own = naming.recommendationOrder.map { (group: $0, source: Int?.none) }
        let fromSources = resolved.groupsBySource(.recommendation).flatMap { source, groups in groups.map { (group: $0, source: Int?.some(source)) } }
        for (group, source) in own + fromSources {
            guard case .recommendation(let data) = naming.page(group).data else { continue }
            let section = data.section.flatMap { resolved.index(.chapter)[$0.value] }
            let challenge = data.challenge.flatMap { resolved.index(.challenge)[$0.value] }
            let sectionTitle = section.map { naming.linkText($0) } ?? ""
            let challengeTitle = challenge.map { naming.title($0) } ?? ""
            let sourceID = source.map { resolved.groups[$0].id }
            let sourceTitle = source.map { naming.title($0) } ?? ""
            var row = [resolved.groups[group].id, resolved.numbers[group] ?? "", naming.title(group),
                       data.section?.value ?? "", sectionTitle, data.challenge?.value ?? "", challengeTitle,
                       sourceID ?? "", sourceTitle]
            var tags: [(String, JSONValue)] = []
            for facet in facets {
                let values = data.tags[facet.id]?.map(\.value) ?? []
                // A facet left out fits every value: the CSV says so in words, the JSON by null.
                row.append(values.isEmpty ? environment.strings["all-values"]
                           : values.map { environment.label(\.facetValues, facet.id + "." + $0) }.joined(separator: "; "))
                tags.append((facet.id, values.isEmpty ? .null : .array(values.map(JSONValue.string))))
            }
            row.append(absoluteURL(group))
            rows.append(row)
            func reference(_ id: String?, _ title: String) -> JSONValue {
                id.map { .object([("id", .string($0)), ("title", .string(title))]) } ?? .null
            }
            objects.append(.object([
                ("id", .string(resolved.groups[group].id)), ("number", .string(resolved.numbers[group])), ("title", .string(naming.title(group))),
                ("section", reference(data.section?.value, sectionTitle)), ("challenge", reference(data.challenge?.value, challengeTitle)),
                ("source", reference(sourceID, sourceTitle)), ("facets", .object(tags)), ("url", .string(absoluteURL(group))),
            ]))
        }
        return (header, rows, objects)
    }

    private func townRecords() -> (header: [String], rows: [[String]], objects: [JSONValue]) {
        let figures = resolved.site.data.figures
        let formatter = FigureFormatter(environment: environment)
        let figureColumns = figures.flatMap { definition -> [String] in
            [definition.id] + ["_year", "_source", "_note", "_also"].map { definition.id + $0 }
        }
        let header = ["id", "name", "country", "country_code", "region", "province"] + figureColumns + ["url"]
        var rows: [[String]] = []
        var objects: [JSONValue] = []
        for group in resolved.ownGroups(.town) {
            guard case .town(let town) = naming.page(group).data else { continue }
            var row = [resolved.groups[group].id, town.name, town.country ?? "", town.countryCode?.uppercased() ?? "",
                       town.region ?? "", town.province ?? ""]
            var values: [(String, JSONValue)] = []
            for definition in figures {
                guard let figure = town.figures[definition.id] else {
                    row += ["", "", "", "", ""]
                    continue
                }
                let plain = Self.plain(figure.value, definition: definition, environment: environment)
                row += [plain.text, figure.year.map(String.init) ?? "", figure.source.map(formatter.source) ?? "",
                        figure.note.map(formatter.note) ?? "",
                        formatter.alternatives(figure, definition: definition).joined(separator: "; ")]
                values.append((definition.id, .object([
                    ("value", plain.json), ("text", .string(formatter.value(figure, definition: definition))),
                    ("unit", .string(definition.unit)), ("year", .int(figure.year)),
                    ("source", .string(figure.source.map(formatter.source))), ("note", .string(figure.note.map(formatter.note))),
                    ("also", .array(figure.alternatives.map { alternative in
                        .object([("value", Self.plain(alternative.value, definition: definition, environment: environment).json),
                                 ("text", .string(formatter.format(alternative.value, definition: definition))),
                                 ("year", .int(alternative.year)), ("source", .string(alternative.source.map(formatter.source))),
                                 ("note", .string(alternative.note.map(formatter.note)))])
                    })),
                ])))
            }
            row.append(absoluteURL(group))
            rows.append(row)
            objects.append(.object([
                ("id", .string(resolved.groups[group].id)), ("name", .string(town.name)), ("country", .string(town.country)),
                ("country_code", .string(town.countryCode?.uppercased())), ("region", .string(town.region)),
                ("province", .string(town.province)), ("figures", .object(values)), ("url", .string(absoluteURL(group))),
            ]))
        }
        return (header, rows, objects)
    }

    /// A figure as data: numbers as they are, a choice as its label in the language (its id in JSON).
    private static func plain(_ value: FigureValue.Value, definition: FigureDefinition,
                              environment: LanguageEnvironment) -> (text: String, json: JSONValue) {
        switch value {
        case .integer(let number): (String(number), .int(number))
        case .decimal(let number), .percent(let number): (NumberFormat.plain(number), .number(number))
        case .boolean(let flag): (flag ? "true" : "false", .bool(flag))
        case .text(let text): (text, .string(text))
        case .choice(let choice): (environment.label(\.choices, definition.id + "." + choice), .string(choice))
        }
    }

    private static func json(_ objects: [JSONValue]) -> String {
        JSONValue.array(objects).text(indent: 2) + "\n"
    }
}
