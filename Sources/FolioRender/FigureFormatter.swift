import FolioMarkdown
import FolioModel

/// Formats a town figure in the reader's language, with its note as a footnote-like mark.
struct FigureFormatter {
    let environment: LanguageEnvironment

    func value(_ figure: FigureValue, definition: FigureDefinition?) -> String {
        let language = environment.language
        var text: String
        switch figure.value {
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

    /// A figure's note in the reader's language: an id from `_labels.yaml` `notes:`, or the text as written.
    func note(_ note: String) -> String { environment.label(\.notes, note) }

    /// A figure's source in the reader's language, likewise from `sources:`.
    func source(_ source: String) -> String { environment.label(\.sources, source) }

    /// The value, with year and note shown quietly after it.
    func cell(_ figure: FigureValue, definition: FigureDefinition?) -> String {
        var html = HTML.escape(value(figure, definition: definition))
        if let year = figure.year { html += " <span class=\"figure-year\">(\(year))</span>" }
        if let note = figure.note { html += "<span class=\"figure-note\">\(HTML.escape(self.note(note)))</span>" }
        return html
    }
}
