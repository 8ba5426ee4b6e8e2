"""Every page's head: a description of at most 160 characters in the page's language, Open Graph
and Twitter card tags on the canonical URL, JSON-LD that places the page in the publication,
Google Scholar's tags on the pages readers cite, the favicon; and robots.txt naming the sitemap."""
import json
import re
from html.parser import HTMLParser
from pathlib import Path

from conftest import REPO

BASE = "https://piste.uniurb.it/"
LANGUAGES = ["en", "de", "it", "nl", "el"]
GREEK = re.compile(r"[\u0370-\u03ff]")


class Head(HTMLParser):
    """The `<meta>`, `<link>` and JSON-LD of a page, and its `lang`."""

    def __init__(self, text):
        super().__init__()
        self.meta, self.links, self.json_ld, self.lang = [], [], [], None
        self._in_json = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "meta":
            self.meta.append(attrs)
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json = True

    def handle_endtag(self, tag):
        self._in_json = False if tag == "script" else self._in_json

    def handle_data(self, data):
        if self._in_json:
            self.json_ld.append(json.loads(data))

    def values(self, key, name):
        return [m["content"] for m in self.meta if m.get(key) == name]

    def one(self, key, name):
        found = self.values(key, name)
        assert len(found) == 1, (name, found)
        return found[0]


def pages(output):
    return [p for p in sorted(Path(output).rglob("index.html")) if "pagefind" not in p.parts and p.parent != Path(output)]


def test_every_page_has_a_description_social_cards_and_json_ld(site):
    output = Path(site["output"])
    checked = 0
    for path in pages(output) + [output / "404.html"]:
        head = Head(path.read_text(encoding="utf-8"))
        where = path.relative_to(output)
        description = head.one("name", "description")
        assert 0 < len(description) <= 160, where
        if len(description) == 160 or description.endswith("…"):
            assert not description[:-1].endswith(" "), where
        if head.lang == "el":
            assert GREEK.search(description), f"{where}: {description}"
        canonical = next(link["href"] for link in head.links if link.get("rel") == "canonical")
        assert canonical.startswith(BASE)
        assert head.one("property", "og:url") == canonical
        assert head.one("property", "og:description") == head.one("name", "twitter:description") == description
        assert head.one("property", "og:title") == head.one("name", "twitter:title")
        assert head.one("name", "twitter:card") == "summary"
        # og:locale:alternate names the real translations only: those the page has hreflang alternates for.
        alternates = {link["hreflang"] for link in head.links if link.get("rel") == "alternate"}
        locales = {"en": "en_GB", "de": "de_DE", "it": "it_IT", "nl": "nl_BE", "el": "el_GR"}
        assert head.one("property", "og:locale") == locales[head.lang]
        assert set(head.values("property", "og:locale:alternate")) == {locales[c] for c in alternates - {head.lang}}
        [node] = head.json_ld
        assert node["@context"] == "https://schema.org" and node["url"] == canonical and node["inLanguage"] == head.lang
        assert node["publisher"] == {"@type": "Organization", "name": "PISTE project"}
        ancestor = node
        while ancestor["@type"] != "Report":
            ancestor = ancestor["isPartOf"]
            assert ancestor["url"].startswith(BASE + head.lang + "/")
        icon = next(link for link in head.links if link.get("rel") == "icon")
        assert (path.parent / icon["href"]).resolve() == (output / "assets" / "favicon.svg").resolve()
        checked += 1
    sources = len(list((REPO / "content" / "en").rglob("*.md")))
    # every content page in five languages; per language the bibliography, finder, search page and two print editions; 404
    assert checked == 5 * sources + 5 * 5 + 1


def test_json_ld_types_and_scholar_tags_follow_the_kind_of_page(site):
    output = Path(site["output"])
    for language in LANGUAGES:
        def head(path):
            return Head((output / language / path / "index.html").read_text(encoding="utf-8"))

        home, part, chapter, recommendation, town = (head(p) for p in [
            "", "white-paper/themes", "white-paper/forewords/foreword-ponzo", "recommendations/pb1-1", "towns/bebra"])
        assert home.json_ld[0]["@type"] == "Report" and "isPartOf" not in home.json_ld[0]
        assert part.json_ld[0]["@type"] == "CreativeWork" and part.json_ld[0]["isPartOf"]["@type"] == "Report"
        assert chapter.json_ld[0]["@type"] == "Chapter"
        assert chapter.json_ld[0]["author"] == [{"@type": "Person", "name": "Irene Ponzo"}]
        assert chapter.json_ld[0]["isPartOf"]["@type"] == "CreativeWork"
        assert recommendation.json_ld[0]["isPartOf"]["@type"] == "Chapter"
        assert town.json_ld[0]["@type"] == "WebPage"
        for page in [home, chapter, recommendation]:
            assert page.one("name", "citation_language") == language
            assert page.one("name", "citation_publisher") == "PISTE project"
            assert page.one("name", "citation_title")
            # No source states the year: no publication date is given.
            assert page.values("name", "citation_publication_date") == []
        assert chapter.values("name", "citation_author") == ["Irene Ponzo"]
        assert home.values("name", "citation_author") == recommendation.values("name", "citation_author") == []
        assert home.one("property", "og:type") == "website" and chapter.one("property", "og:type") == "article"
        for page in [part, town]:
            assert page.values("name", "citation_title") == []


def test_descriptions_come_from_the_summary_or_the_first_paragraph_in_each_language(site):
    output = Path(site["output"])
    seen = {}
    for language in LANGUAGES:
        text = (output / language / "recommendations" / "pb1-1" / "index.html").read_text(encoding="utf-8")
        description = Head(text).one("name", "description")
        first = re.search(r'<div class="prose">\s*<p>(.*?)</p>', text, re.S).group(1)
        plain = re.sub(r"\s+", " ", re.sub(r"<sup.*?</sup>|<[^>]+>", "", first)).strip()
        plain = plain.replace("&amp;", "&").replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")
        assert plain.startswith(description.removesuffix("…")), (language, description, plain)
        seen[language] = description
    assert len(set(seen.values())) == 5


def test_robots_txt_names_the_sitemap_by_its_absolute_url(site):
    output = Path(site["output"])
    lines = (output / "robots.txt").read_text().splitlines()
    assert lines[0] == "User-agent: *"
    assert f"Sitemap: {BASE}sitemap.xml" in lines
    assert (output / "sitemap.xml").exists()
    assert (output / "assets" / "favicon.svg").read_text().startswith("<svg")
