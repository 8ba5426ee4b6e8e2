import FolioMarkdown
import FolioModel

/// A list of forms of representation with their pros and cons.
enum RepresentationList {
    static func html(_ forms: [Representation.Form], strings: UIStrings) -> String {
        guard !forms.isEmpty else { return "–" }
        var html = "<ul class=\"forms\">"
        for form in forms {
            html += "<li><strong>\(HTML.escape(form.name))</strong>"
            if let pros = form.pros { html += "<br><span class=\"pros\">\(HTML.escape(strings["pros"])): \(HTML.escape(pros))</span>" }
            if let cons = form.cons { html += "<br><span class=\"cons\">\(HTML.escape(strings["cons"])): \(HTML.escape(cons))</span>" }
            html += "</li>"
        }
        return html + "</ul>"
    }
}
