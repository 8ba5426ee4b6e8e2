"""A site that works wherever it is put: opened from disk, and served under a sub-path it was not
built for. Every internal URL is relative to its page; only canonical, hreflang and sitemap URLs
are absolute (on base_url)."""
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from conftest import SUB_PATH

PREFIX = SUB_PATH
LANGUAGES = ["en", "de", "it", "nl", "el"]
# Five pages per language, at every depth a page sits: home, part, chapter, record, generated page.
PAGES = [
    "index.html",
    "white-paper/themes/index.html",
    "white-paper/themes/bridging-figures/index.html",
    "recommendations/pb1-1/index.html",
    "bibliography/index.html",
]
ROOT_ABSOLUTE = re.compile(rb"""(?:href|src|action|poster|srcset)\s*=\s*["']?/|url=/""", re.IGNORECASE)
ID = re.compile(r"""\sid="([^"]+)\"""")


def test_no_page_has_a_root_absolute_internal_url(site):
    offenders = []
    for path in sorted(Path(site["output"]).rglob("*.html")):
        for match in ROOT_ABSOLUTE.finditer(path.read_bytes()):
            offenders.append(f"{path.relative_to(site['output'])}: {match.group(0)!r}")
    assert offenders == []
    # The published addresses stay absolute on base_url.
    home = (Path(site["output"]) / "en" / "index.html").read_text()
    assert re.search(r'<link rel="canonical" href="https?://[^"]+/en/">', home)


def test_the_site_opened_from_disk_has_its_styles_and_working_navigation(site, browser):
    browser.set_window_size(1280, 900)
    home = (Path(site["output"]) / "en" / "index.html").as_uri()
    browser.get(home)
    # folio.css sets the masthead to flex and the body's margin to 0 (a browser's default is 8px).
    assert browser.execute_script("return getComputedStyle(document.querySelector('.masthead')).display") == "flex"
    assert browser.execute_script("return getComputedStyle(document.body).marginTop") == "0px"
    part = browser.find_element(By.CSS_SELECTOR, "nav.contents ol.parts > li > a")
    title = part.text
    part.click()
    assert browser.current_url.startswith("file://") and browser.current_url.endswith("/index.html")
    assert browser.find_element(By.TAG_NAME, "h1").text.endswith(title)
    # A chapter two folders deeper, then the language switcher and the way home.
    browser.find_element(By.CSS_SELECTOR, "nav.contents li.open ol a").click()
    assert browser.execute_script("return getComputedStyle(document.querySelector('.masthead')).display") == "flex"
    browser.find_element(By.CSS_SELECTOR, ".languages a[hreflang='de']").click()
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "de"
    browser.find_element(By.CSS_SELECTOR, "a.brand").click()
    assert browser.current_url.endswith("/de/index.html")
    assert browser.find_element(By.TAG_NAME, "h1").is_displayed()


def fetch(url, cache):
    """The page's status and the ids it defines, fetched once."""
    if url not in cache:
        try:
            with urllib.request.urlopen(url) as response:
                body = response.read().decode("utf-8", "replace")
                cache[url] = (response.status, set(ID.findall(body)))
        except urllib.error.HTTPError as error:
            cache[url] = (error.code, set())
    return cache[url]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_internal_link_works_under_a_sub_path(sub_path_server, browser, language):
    cache = {}
    broken = []
    followed = 0
    for page in PAGES:
        url = f"{sub_path_server}{PREFIX}{language}/{page}"
        browser.get(url)
        assert fetch(url, cache)[0] == 200, url
        targets = browser.execute_script(
            "return [...document.querySelectorAll('a[href], link[href]:not([rel=canonical]):not([rel=alternate]), img[src], script[src]')]"
            ".map(e => e.href || e.src)")
        for target in targets:
            if not target.startswith(sub_path_server):
                continue
            followed += 1
            address, _, fragment = target.partition("#")
            fragment = urllib.parse.unquote(fragment)
            if not address.startswith(sub_path_server + PREFIX):
                broken.append(f"{page}: {target} leaves {PREFIX}")
                continue
            status, ids = fetch(address, cache)
            if status != 200:
                broken.append(f"{page}: {target} answers {status}")
            elif fragment and fragment not in ids:
                broken.append(f"{page}: {target} has no #{fragment}")
    assert followed > 100
    assert broken == []
