"""Readers search the publication in their own language: the header's box gives results as they
type, the search page reads ?q= and narrows by filters. The words searched for are taken from the
built pages themselves (a word of a known page's title), never written into the test."""
import html
import re
import time

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

PAGES = {
    "en": "en/towns/bebra/index.html",
    "de": "de/towns/ninove/index.html",
    "it": "it/towns/fermignano/index.html",
    "nl": "nl/towns/voio/index.html",
    "el": "el/towns/bebra/index.html",
}


def title_word(site, page):
    """The longest word of the page's <h1>: rare enough to find the page among the first results."""
    text = (site["output"] / page).read_text(encoding="utf-8")
    heading = html.unescape(re.sub(r"<[^>]+>", "", re.search(r"<h1>(.*?)</h1>", text, re.S).group(1)))
    return max(re.findall(r"\w+", heading), key=len), heading.strip()


def wait_for(browser, selector, timeout=10):
    end = time.time() + timeout
    while time.time() < end:
        found = [e for e in browser.find_elements(By.CSS_SELECTOR, selector) if e.is_displayed()]
        if found:
            return found
        time.sleep(0.1)
    return []


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_typing_a_word_of_a_page_finds_it_in_the_readers_language(site, browser, shoot, lang):
    browser.set_window_size(1280, 900)
    word, heading = title_word(site, PAGES[lang])
    browser.get(site["url"] + f"/{lang}/index.html")
    box = browser.find_element(By.ID, "site-search-input")
    box.send_keys(word)
    options = wait_for(browser, "#site-search-results [role=option] a")
    assert options, f"no results for {word!r} in {lang}"
    hrefs = [o.get_attribute("href") for o in options]
    assert any(h.endswith("/" + PAGES[lang].rsplit("index.html", 1)[0]) or h.endswith(PAGES[lang]) for h in hrefs), (word, hrefs)
    assert all(f"/{lang}/" in h for h in hrefs), "results come from the reader's language only"
    box.send_keys(Keys.ARROW_DOWN)
    assert box.get_attribute("aria-activedescendant") == "site-search-option-0"
    if lang in ("en", "el"):
        shoot(f"search-{lang}")


def test_the_search_page_reads_its_query_and_a_filter_narrows_the_results(site, browser, shoot):
    browser.set_window_size(1280, 1000)
    browser.get(site["url"] + "/en/search/index.html?q=advisory")
    results = wait_for(browser, ".pagefind-ui__result")
    assert results
    # The message says "Searching…" until the results are counted.
    deadline = time.time() + 15
    while not re.search(r"\d+", message := wait_for(browser, ".pagefind-ui__message")[0].text) and time.time() < deadline:
        time.sleep(0.2)
    before = int(re.search(r"\d+", message).group())
    kind = next(f for f in wait_for(browser, ".pagefind-ui__filter-block") if "Type" in f.text)
    kind.find_element(By.TAG_NAME, "summary").click()
    # The first type with results for the query ("No results" has no number).
    after = 0
    for checkbox in kind.find_elements(By.CSS_SELECTOR, "input[type=checkbox]"):
        checkbox.click()
        time.sleep(1)
        counted = re.search(r"\d+", browser.find_element(By.CSS_SELECTOR, ".pagefind-ui__message").text)
        if counted and int(counted.group()) > 0:
            after = int(counted.group())
            break
        checkbox.click()
    assert 0 < after < before
    shoot("search-page-filtered")
