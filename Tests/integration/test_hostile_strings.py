"""Hostile strings: generated strings full of markup, template tags, URLs, quotes and very long
words are put into every text field a template shows (front matter of every
page kind, town representation, term definitions, bibliography entries, facet and figure labels, UI
strings, folio.yaml's title, description and publisher), and the site is built twice: once with them
and once with benign strings of the same length. Every HTML page is parsed: the hostile build must
have exactly the elements and attributes of the benign one, and no script, no img, no event-handler
attribute and no javascript: URL. Seeded, so every run puts the same strings in the same places."""
import json
import random
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import yaml

from conftest import copy_site, run_folio

SEED = 1304

# One piece of every kind; a field's string is several of them, picked with the seed.
ATOMS = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "'><svg onload=alert(1)>",
    "javascript:alert(1)",
    "{{title}}",
    "{{{x}}}",
    "{{> base}}",
    "{{#t}}open",
    "&amp;&lt;&#x3C;",
    "\"double\" 'single' `back` \u201ccurly\u201d \u2018curly\u2019 \u00abguillemets\u00bb",
    "</title></main><!--",
    "]]><![CDATA[",
    "[link](javascript:alert(1)) *em* <b>bold</b>",
    "\\\" \\' \\\\",
]
# Control characters and bidirectional overrides are refused at load (field.control-character):
# test_a_control_or_bidi_character_in_a_field_is_refused below.
CONTROLS = "".join(chr(c) for c in range(1, 32) if c not in (9, 10)) + "\u202e\u2066"
LONG_WORD = "W" * 10_000

# Front-matter fields a template shows, per kind (docs/authoring.md), and the nested ones.
TEXT_FIELDS = {"title", "summary", "record_label", "author_role", "fits_best", "name", "country",
               "region", "province", "term", "acronym", "definition", "editorial_note"}
LIST_FIELDS = {"questions", "authors"}
BIBLIOGRAPHY_FIELDS = {"title", "subtitle", "container_title", "note", "publisher", "place", "pages"}


class Strings:
    """Hands out one generated hostile string per field, or its benign twin of the same length."""

    def __init__(self, benign):
        self.random = random.Random(SEED)
        self.benign = benign
        self.count = 0

    def __call__(self):
        self.count += 1
        pieces = [self.random.choice(ATOMS) for _ in range(self.random.randint(1, 4))]
        if self.random.random() < 0.05:
            pieces.append(LONG_WORD)
        text = " ".join(pieces)
        return "b" * len(text) if self.benign else text


def split_front_matter(text):
    assert text.startswith("---\n")
    end = text.index("\n---\n", 4)
    return yaml.safe_load(text[4:end]) or {}, text[end + 5:]


def dump(data):
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1 << 20)


def replace_leaves(value, strings):
    """Every string below `value` replaced."""
    if isinstance(value, str):
        return strings()
    if isinstance(value, list):
        return [replace_leaves(item, strings) for item in value]
    if isinstance(value, dict):
        return {key: replace_leaves(item, strings) for key, item in value.items()}
    return value


def poison(root: Path, strings):
    """Puts a generated string into every template-visible text field of the site at `root`."""
    for page in sorted((root / "content").rglob("*.md")):
        fields, body = split_front_matter(page.read_text(encoding="utf-8"))
        for key in list(fields):
            if key in TEXT_FIELDS and isinstance(fields[key], str):
                fields[key] = strings()
            elif key in LIST_FIELDS and isinstance(fields[key], list):
                fields[key] = [strings() for _ in fields[key]]
            elif key == "representation":
                fields[key] = replace_leaves(fields[key], strings)
        page.write_text("---\n" + dump(fields) + "---\n" + body, encoding="utf-8")
    for file in sorted((root / "content/bibliography").glob("*.yaml")):
        entries = yaml.safe_load(file.read_text(encoding="utf-8"))
        for entry in entries:
            for key in entry:
                if key in BIBLIOGRAPHY_FIELDS and isinstance(entry[key], str):
                    entry[key] = strings()
                elif key in ("authors", "editors"):
                    entry[key] = [strings() for _ in entry[key]]
        file.write_text(dump(entries), encoding="utf-8")
    for file in sorted((root / "content").glob("*/_labels.yaml")) + sorted((root / "themes/default/i18n").glob("*.yaml")):
        file.write_text(dump(replace_leaves(yaml.safe_load(file.read_text(encoding="utf-8")), strings)), encoding="utf-8")
    config = yaml.safe_load((root / "folio.yaml").read_text(encoding="utf-8"))
    for key in ("title", "subtitle", "description"):
        config[key] = {language: strings() for language in config[key]}
    config["publisher"] = strings()
    config["authors"] = [strings(), strings()]
    (root / "folio.yaml").write_text(dump(config), encoding="utf-8")


class Shape(HTMLParser):
    """The elements and attribute names of a page, and what is dangerous in it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.shape = []
        self.dangers = []
        self.text = []
        self.json_ld = None

    def handle_starttag(self, tag, attrs):
        self.shape.append((tag, tuple(sorted(name for name, _ in attrs))))
        # The theme's own scripts (by src, without inline code), each page's JSON-LD (data, never
        # run, and checked below to be JSON the strings did not break) and the charts drawn at build
        # time are the site's; anything else of these kinds is a danger.
        source = dict(attrs).get("src") or ""
        self.json_ld = [] if tag == "script" and dict(attrs).get("type") == "application/ld+json" else None
        theirs = (tag == "script" and source.endswith(("assets/folio.js", "assets/language-chooser.js", "assets/towns-index.js"))) or \
            self.json_ld is not None or (tag == "svg" and "chart" in (dict(attrs).get("class") or "").split())
        if tag in ("script", "img", "svg", "iframe", "object", "embed") and not theirs:
            self.dangers.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.dangers.append(f"{tag} {name}=")
            if name in ("href", "src", "action", "formaction") and value and \
                    "".join(value.split()).lower().startswith(("javascript:", "data:", "vbscript:")):
                self.dangers.append(f"{tag} {name}={value[:40]}")

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag == "script" and self.json_ld is not None:
            try:
                json.loads("".join(self.json_ld))
            except ValueError:
                self.dangers.append("JSON-LD that is not JSON")
            self.json_ld = None

    def handle_data(self, data):
        if self.json_ld is not None:
            self.json_ld.append(data)
        else:
            self.text.append(data)


def parse(path: Path):
    parser = Shape()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def build(tmp_path: Path, name: str, benign: bool):
    root = copy_site(tmp_path / name)
    strings = Strings(benign)
    poison(root, strings)
    output = tmp_path / f"{name}-output"
    result = run_folio("build", "--root", str(root), "--output", str(output))
    assert result.returncode == 0, result.stderr[-3000:]
    return output, strings.count


def test_hostile_strings_in_every_visible_field_create_no_element_or_attribute(folio, tmp_path):
    benign, benign_count = build(tmp_path, "benign", benign=True)
    hostile, hostile_count = build(tmp_path, "hostile", benign=False)
    assert benign_count == hostile_count > 1000, "the same fields are replaced in both builds"

    pages = sorted(p.relative_to(hostile) for p in hostile.rglob("*.html"))
    assert pages == sorted(p.relative_to(benign) for p in benign.rglob("*.html"))
    assert len(pages) > 500
    shown = 0
    for page in pages:
        hostile_page, benign_page = parse(hostile / page), parse(benign / page)
        assert hostile_page.dangers == [], f"{page}: {hostile_page.dangers[:5]}"
        # Counted, not in order: lists sorted by name (the bibliography) sort the strings differently.
        added = Counter(hostile_page.shape) - Counter(benign_page.shape)
        removed = Counter(benign_page.shape) - Counter(hostile_page.shape)
        assert not added and not removed, \
            f"{page}: the hostile strings changed the elements or attributes: +{dict(added)} -{dict(removed)}"
        if "<script>alert(1)</script>" in "".join(hostile_page.text):
            shown += 1
    # The strings did reach the pages, as text.
    assert shown > len(pages) // 2, f"only {shown} of {len(pages)} pages show a hostile string as text"


def test_a_control_or_bidi_character_in_a_field_is_refused(folio, tmp_path):
    for character in ["\x01", "\x0b", "\x1b", "\u202e", "\u2066"]:
        site = copy_site(tmp_path / f"u{ord(character):04x}")
        page = site / "content" / "en" / "towns" / "bebra.md"
        front, body = split_front_matter(page.read_text(encoding="utf-8"))
        front["summary"] = "A town" + character + "with a hidden character."
        page.write_text("---\n" + dump(front) + "---\n" + body, encoding="utf-8")
        result = run_folio("check", "--root", str(site))
        assert result.returncode == 1, (hex(ord(character)), result.stderr[:300])
        code = f"U+{ord(character):04X}"
        assert f"'summary' contains the invisible control character {code}" in result.stderr
