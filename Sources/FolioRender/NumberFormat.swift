/// Formats figures per language without the machine's locale: 13,855 / 13.855, 3.6 / 3,6.
enum NumberFormat {
    static func separators(_ language: String) -> (group: String, decimal: String) {
        switch language {
        case "en": (",", ".")
        case "el", "de", "it", "nl": (".", ",")
        default: ("\u{202F}", ",")
        }
    }

    static func integer(_ value: Int, _ language: String) -> String {
        let digits = String(value.magnitude)
        let group = separators(language).group
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += group }
            out.append(digit)
        }
        return (value < 0 ? "−" : "") + out
    }

    static func decimal(_ value: Double, _ language: String) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return integer(Int(value), language) }
        let rounded = (value * 100).rounded() / 100
        let whole = Int(rounded.magnitude)
        var fraction = String(Int(((rounded.magnitude - Double(whole)) * 100).rounded()))
        if fraction.count == 1 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (value < 0 ? "−" : "") + integer(whole, language) + separators(language).decimal + fraction
    }

    static func percent(_ value: Double, _ language: String) -> String {
        let number = decimal(value, language)
        return language == "en" ? number + "%" : number + "\u{00A0}%"
    }

    /// A number for data files: no grouping, a point as decimal mark, the shortest exact form.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
