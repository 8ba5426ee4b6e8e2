"""A strict well-formedness check for generated HTML5 pages (Python's stdlib only).

check_page(path, text, lang) returns a list of problems, empty when the page is valid:
- it starts with <!DOCTYPE html> and decodes as UTF-8 (the caller reads it so);
- every element other than the void ones is closed, in order; void elements have no end tag and
  non-void elements are not self-closed (`<div/>`);
- no block element inside <p>, no <a> inside <a>;
- exactly one <h1> (a print edition, which holds a whole book: one per part and chapter); a non-empty <title>; <html lang> present and equal to the page's language;
- no empty href or src, no unresolved typed link (`rec:…`, `town:…`) left in an href;
- id attributes are unique.
"""

import re
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
BLOCK_IN_P = {"address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset",
              "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
              "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul"}
TYPED = re.compile(r"^(rec|recommendation|town|chapter|part|challenge|term|cite|table|checklist):")


class _Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.problems = []
        self.h1 = 0
        self.ids = {}
        self.html_lang = None
        self.title = None
        self._in_title = False

    def where(self):
        line, col = self.getpos()
        return f"{line}:{col + 1}"

    def problem(self, msg):
        if len(self.problems) < 20:
            self.problems.append(f"{self.where()}: {msg}")

    def _attrs(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src"):
                if value is None or value.strip() == "":
                    self.problem(f'<{tag}> with empty {name}=""')
                elif TYPED.match(value):
                    self.problem(f"unresolved cross-reference {name}=\"{value}\"")
            elif name == "id":
                if value in self.ids:
                    self.problem(f'duplicate id="{value}" (first at {self.ids[value]})')
                else:
                    self.ids[value] = self.where()
        if tag == "html":
            self.html_lang = dict(attrs).get("lang")

    def handle_starttag(self, tag, attrs):
        self._attrs(tag, attrs)
        if tag == "h1":
            self.h1 += 1
        if tag == "title":
            self._in_title = True
            self.title = ""
        if self.stack and self.stack[-1] == "p" and tag in BLOCK_IN_P:
            self.problem(f"<{tag}> inside <p>")
        if tag == "a" and "a" in self.stack:
            self.problem("<a> inside <a>")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID:
            self.problem(f"self-closed non-void element <{tag}/>")
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            self.problem(f"end tag </{tag}> for a void element")
            return
        if tag == "title":
            self._in_title = False
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        elif tag in self.stack:
            while self.stack[-1] != tag:
                self.problem(f"<{self.stack.pop()}> not closed before </{tag}>")
            self.stack.pop()
        else:
            self.problem(f"stray end tag </{tag}>")

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def check_page(text, lang, books=False):
    """`books`: a page that holds a whole book (a print edition: one <h1> per part and chapter)."""
    problems = []
    if not re.match(r"\s*<!doctype html>", text, re.I):
        problems.append("1:1: does not start with <!DOCTYPE html>")
    c = _Checker()
    c.feed(text)
    c.close()
    problems += c.problems
    if c.stack:
        problems.append(f"end of file: not closed: {' '.join('<' + t + '>' for t in c.stack)}")
    if c.h1 != 1 and not (books and c.h1 > 1):
        problems.append(f"{c.h1} <h1> elements (want exactly 1)")
    if not c.html_lang:
        problems.append("<html> has no lang attribute")
    elif lang and c.html_lang != lang:
        problems.append(f'<html lang="{c.html_lang}"> in the {lang} tree')
    if not (c.title or "").strip():
        problems.append("no <title> or an empty one")
    return problems
