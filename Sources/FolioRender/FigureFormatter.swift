import FolioMarkdown
import FolioModel

/// Formats a town figure in the reader's language, with its note as a footnote-like mark.
struct FigureFormatter {
    let environment: LanguageEnvironment

    func value(_ figure: FigureValue, definition: FigureDefinition?) -> String {
        format(figure.value, definition: definition)
    }

    func format(_ value: FigureValue.Value, definition: FigureDefinition?) -> String {
        let language = environment.language
        var text: String
        switch value {
        case .integer(let value): text = NumberFormat.integer(value, language)
        case .decimal(let value): text = NumberFormat.decimal(value, language)
        case .percent(let value): text = NumberFormat.percent(value, language)
        case .boolean(let value): text = environment.strings[value ? "yes" : "no"]
        case .text(let value): text = value
        case .choice(let value): text = environment.label(\.choices, (definition?.id ?? "") + "." + value)
        }
        if let unit = definition?.unit { text += "\u{00A0}" + environment.label(\.units, unit) }
        return text
    }

    /// The other values the sources give, each with its year, source and note:
    /// "10.6 % (Introduction)".
    func alternatives(_ figure: FigureValue, definition: FigureDefinition?) -> [String] {
        figure.alternatives.map { alternative in
            let detail = [alternative.year.map(String.init), alternative.source.map(source), alternative.note.map(note)]
                .compactMap { $0 }
            return format(alternative.value, definition: definition) + (detail.isEmpty ? "" : " (" + detail.joined(separator: ", ") + ")")
        }
    }

    /// A figure's note in the reader's language: an id from `_labels.yaml` `notes:`, or the text as written.
    func note(_ note: String) -> String { environment.label(\.notes, note) }

    /// A figure's source in the reader's language, likewise from `sources:`, or the title of the
    /// report it names (`source: must-a-lab`).
    func source(_ source: String) -> String { environment.sourceLabel(source) }

    /// The value, with year and note shown quietly after it.
    func cell(_ figure: FigureValue, definition: FigureDefinition?) -> String {
        var html = HTML.escape(value(figure, definition: definition))
        if let year = figure.year { html += " <span class=\"figure-year\">(\(year))</span>" }
        if let note = figure.note { html += "<span class=\"figure-note\">\(HTML.escape(self.note(note)))</span>" }
        return html
    }
}
