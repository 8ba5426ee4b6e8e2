"""No broken link: every internal URL and #fragment of every built page and style sheet leads
somewhere (site_links.py); external URLs are listed, not fetched."""
import subprocess
import sys
import time

import yaml

from conftest import REPO
from site_links import check, checked

BASE_URL = yaml.safe_load((REPO / "folio.yaml").read_text(encoding="utf-8"))["base_url"]


def write(root, files):
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def test_every_internal_url_and_fragment_of_the_built_site_leads_somewhere(site):
    started = time.monotonic()
    report = checked(site["output"], BASE_URL)
    seconds = time.monotonic() - started
    print(f"\nlink check: {report.followed} internal URLs in {seconds:.1f} s; {len(report.external)} external URLs (not fetched)")
    assert report.broken == [], report.text()
    # Every page links at least to its style sheet, its language's home and its alternates.
    assert report.followed > 10 * len(list(site["output"].rglob("*.html")))
    assert any(url.startswith("https://") for url in report.external), "the sources' web addresses are listed"


def test_the_checker_reports_each_kind_of_broken_url_and_external_resources(tmp_path):
    write(tmp_path, {
        "index.html": """<!DOCTYPE html><html><head><link rel="stylesheet" href="assets/site.css">
<link rel="canonical" href="https://example.org/pub/">
<link rel="alternate" hreflang="de" href="https://example.org/pub/de/gone/">
<script src="https://cdn.example.net/lib.js"></script></head><body id="top">
<a href="a/">fine</a> <a href="a/#there">fine</a> <a href="#top">fine</a> <a href="#">fine</a> <a href="#nowhere">same page</a>
<a href="a/index.html#missing">fragment</a> <a href="b/">no folder</a> <a href="a/b%20c.html">fine, escaped</a>
<a href="https://example.com/paper">outgoing</a> <a href="mailto:x@example.org">mail</a>
<img src="img/logo.png" srcset="img/logo.png 1x, img/logo@2x.png 2x" alt="">
<div style="background: url('img/missing.svg')"></div><form action="search/"></form>
<iframe src="https://maps.example.com/embed"></iframe></body></html>""",
        "a/index.html": '<p id="there"><a href="../index.html#top">back</a> <a href="../">up</a> <a href="/a/">root</a></p>',
        "a/b c.html": "<p>spaces</p>",
        "img/logo.png": "png",
        "assets/site.css": "body { background: url(../img/logo.png) } @import 'print.css'; .x { background: url(\"../fonts/x.woff2\") }",
    })
    report = check(tmp_path, "https://example.org/pub/")
    assert report.broken == [
        "assets/site.css: ../fonts/x.woff2 (no file fonts/x.woff2)",
        "assets/site.css: print.css (no file assets/print.css)",
        "index.html: #nowhere (no id 'nowhere' in index.html)",
        "index.html: a/index.html#missing (no id 'missing' in a/index.html)",
        "index.html: b/ (no file b/index.html)",
        "index.html: https://example.org/pub/de/gone/ (no file de/gone/index.html)",
        "index.html: img/logo@2x.png (no file img/logo@2x.png)",
        "index.html: img/missing.svg (no file img/missing.svg)",
        "index.html: search/ (no file search/index.html)",
    ]
    assert set(report.external) == {"https://cdn.example.net/lib.js", "https://example.com/paper", "https://maps.example.com/embed"}
    assert report.external_resources() == ["index.html: https://cdn.example.net/lib.js",
                                           "index.html: https://maps.example.com/embed"]
    assert "9 broken of" in report.text() and "  index.html: b/ (no file b/index.html)" in report.text()
    # Run alone, the checker prints the same list and exits 1; 0 when nothing is broken.
    script = REPO / "Tests" / "browser" / "site_links.py"
    alone = subprocess.run([sys.executable, str(script), str(tmp_path), "--base-url", "https://example.org/pub/"],
                           capture_output=True, text=True)
    assert alone.returncode == 1 and alone.stdout == report.text() + "\n"
    write(tmp_path / "fine", {"index.html": '<h1 id="t">x</h1><a href="#t">t</a> <a href="./">home</a>'})
    fine = subprocess.run([sys.executable, str(script), str(tmp_path / "fine")], capture_output=True, text=True)
    assert fine.returncode == 0 and fine.stdout.startswith("0 broken of 2 internal URLs"), fine.stdout
