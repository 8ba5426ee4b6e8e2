"""'Cite this' on the home page, the chapters and the recommendations, in every language, with
its BibTeX, RIS and CSL-JSON downloads; the same downloads for every bibliography entry. The
BibTeX is read with bibtexparser, the RIS with the small reader below, and the CSL-JSON is
loaded and formatted by citeproc-py."""
import json
import re
import time
from pathlib import Path

import bibtexparser
import pytest
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from selenium.webdriver.common.by import By

from conftest import SCREENSHOTS, chromium

LANGUAGES = ["en", "de", "it", "nl", "el"]
# A page of each citable kind: the home page, a signed foreword, a thematic chapter, a recommendation, a policy option.
CITABLE = ["", "white-paper/forewords/foreword-ponzo/", "white-paper/themes/bridging-figures/",
           "recommendations/pb1-1/", "recommendations/pb2-1/"]
NOT_CITABLE = ["towns/bebra/", "glossary/", "white-paper/themes/", "bibliography/"]
RIS_LINE = re.compile(r"^([A-Z][A-Z0-9])  - (.*)$")
STYLE = CitationStylesStyle("harvard-cite-them-right", validate=False)


def read_ris(text):
    """RIS as (tag, value) pairs: every line a tag, two spaces, a hyphen and a space; TY first, ER last."""
    lines = text.split("\r\n")
    assert lines[-1] == "", "the file ends with a line break"
    pairs = []
    for line in lines[:-1]:
        match = RIS_LINE.match(line)
        assert match, f"not a RIS line: {line!r}"
        pairs.append(match.groups())
    assert pairs[0][0] == "TY" and pairs[-1] == ("ER", "")
    assert [tag for tag, _ in pairs].count("TY") == 1
    return pairs


def read_bibtex(text):
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == [] and len(library.entries) == 1, text
    return library.entries[0]


def format_csl(text):
    """The CSL-JSON item through citeproc-py: its formatted reference."""
    items = json.loads(text)
    assert isinstance(items, list) and len(items) == 1
    assert {"id", "type"} <= set(items[0]), "CSL-JSON's required fields"
    bibliography = CitationStylesBibliography(STYLE, CiteProcJSON(items), formatter.plain)
    bibliography.register(Citation([CitationItem(items[0]["id"])]))
    return items[0], str(bibliography.bibliography()[0])


@pytest.mark.parametrize("language", LANGUAGES)
def test_citable_pages_cite_themselves_in_the_readers_language_with_valid_downloads(site, browser, language):
    output = Path(site["output"])
    for path in CITABLE:
        browser.get(f"{site['url']}/{language}/{path}")
        block = browser.find_element(By.CSS_SELECTOR, "section.cite")
        citation = block.find_element(By.CSS_SELECTOR, ".citation").text
        url = f"https://piste.uniurb.it/{language}/{path}"
        assert citation.endswith(url), citation
        assert "PISTE project" in citation
        # folio.yaml gives no year, and no page of the source invents one.
        assert not re.search(r"\b(19|20)\d\d\b", citation), citation
        links = {link.text: link.get_attribute("href") for link in block.find_elements(By.CSS_SELECTOR, ".cite-downloads a")}
        assert list(links) == ["BibTeX", "RIS", "CSL-JSON"]
        folder = output / language / path
        files = {name: (folder / Path(href).name).read_bytes().decode("utf-8") for name, href in links.items()}
        assert [Path(href).name for href in links.values()] == ["cite.bib", "cite.ris", "cite.json"]

        entry = read_bibtex(files["BibTeX"])
        ris = dict(read_ris(files["RIS"]))
        item, formatted = format_csl(files["CSL-JSON"])
        title = entry.fields_dict["title"].value
        assert ris["TI"].startswith(title) and item["title"].startswith(title)
        assert title.split(":")[0] in citation.replace("\n", " ")
        assert title.split(":")[0] in formatted
        assert entry.fields_dict["url"].value == ris["UR"] == item["URL"] == url
        assert ris["LA"] == item["language"] == language
        assert "year" not in entry.fields_dict and "PY" not in ris and "issued" not in item
        if path == "":
            assert entry.entry_type == "report" and ris["TY"] == "RPRT" and item["type"] == "report"
            assert entry.fields_dict["institution"].value == "PISTE project"
        else:
            assert entry.entry_type == "incollection" and ris["TY"] == "CHAP" and item["type"] == "chapter"
            assert entry.fields_dict["publisher"].value == ris["PB"] == item["publisher"] == "PISTE project"
        if path.startswith("white-paper/forewords/"):
            assert entry.fields_dict["author"].value == "{Irene Ponzo}"
            assert item["author"] == [{"literal": "Irene Ponzo"}] and ris["AU"] == "Irene Ponzo"
            assert citation.startswith("Irene Ponzo. ")
        else:
            # No source names editors or authors of the volume, a thematic chapter or a recommendation.
            assert "author" not in entry.fields_dict and "AU" not in ris and "author" not in item
    for path in NOT_CITABLE:
        browser.get(f"{site['url']}/{language}/{path}")
        assert browser.find_elements(By.CSS_SELECTOR, "section.cite") == []
        assert not (output / language / path / "cite.bib").exists()


def test_every_bibliography_entry_downloads_the_same_way_and_keeps_its_incomplete_mark(site, browser):
    output = Path(site["output"])
    for language in LANGUAGES:
        browser.get(f"{site['url']}/{language}/bibliography/")
        entries = browser.find_elements(By.CSS_SELECTOR, "ol.references > li")
        assert len(entries) >= 30
        for entry in entries:
            key = entry.get_attribute("id").removeprefix("ref-")
            links = entry.find_elements(By.CSS_SELECTOR, ".ref-downloads a")
            assert [link.text for link in links] == ["BibTeX", "RIS", "CSL-JSON"]
            names = [Path(link.get_attribute("href")).name for link in links]
            assert names == [f"{key}.bib", f"{key}.ris", f"{key}.json"]
            texts = [(output / "bibliography" / name).read_bytes().decode("utf-8") for name in names]
            bibtex, ris, (item, formatted) = read_bibtex(texts[0]), read_ris(texts[1]), format_csl(texts[2])
            assert bibtex.key == item["id"] == dict(ris)["ID"] == key
            marked = bool(entry.find_elements(By.CSS_SELECTOR, ".incomplete"))
            assert marked == ("keywords" in bibtex.fields_dict) == (("KW", "incomplete-reference") in ris) \
                == (item.get("keyword") == "incomplete-reference"), key
            assert formatted.strip()


def test_the_cite_block_downloads_in_chromium_and_shows_on_phone_and_desktop(site, tmp_path):
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    driver = chromium(prefs={"download.default_directory": str(downloads), "download.prompt_for_download": False})
    try:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
        page = "/de/white-paper/forewords/foreword-ponzo/"
        for width in [390, 1280]:
            driver.set_window_size(width, 900)
            driver.get(site["url"] + page)
            block = driver.find_element(By.CSS_SELECTOR, "section.cite")
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", block)
            assert block.find_element(By.TAG_NAME, "h2").text == "Zitieren"
            assert driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth") <= 0
            SCREENSHOTS.mkdir(exist_ok=True)
            block.screenshot(str(SCREENSHOTS / f"cite-block-{width}.png"))
        for link in driver.find_elements(By.CSS_SELECTOR, ".cite-downloads a"):
            link.click()
        expected = {f"foreword-ponzo.{extension}" for extension in ["bib", "ris", "json"]}
        deadline = time.time() + 20
        while {p.name for p in downloads.iterdir()} != expected and time.time() < deadline:
            time.sleep(0.2)
        assert {p.name for p in downloads.iterdir()} == expected
        folder = Path(site["output"]) / "de" / "white-paper" / "forewords" / "foreword-ponzo"
        for extension in ["bib", "ris", "json"]:
            assert (downloads / f"foreword-ponzo.{extension}").read_bytes() == (folder / f"cite.{extension}").read_bytes()
    finally:
        driver.quit()
