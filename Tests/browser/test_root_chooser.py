"""The site root: with JavaScript it opens the reader's language (navigator.languages, set here
by Chromium's --lang and its accept-languages preference); without JavaScript, or when none of
the reader's languages is published, it shows all five. It works opened from disk and served
under a sub-path."""
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from conftest import SCREENSHOTS, SUB_PATH, chromium

LANGUAGES = ["en", "de", "it", "nl", "el"]


def reader(accept_languages):
    """A headless Chromium whose navigator.languages is `accept_languages`."""
    return chromium(["--lang=" + accept_languages.split(",")[0]], {"intl.accept_languages": accept_languages})


@pytest.mark.parametrize("accept, expected", [
    ("de-DE,de,en", "de"), ("el-GR,el", "el"), ("nl-BE,nl,fr", "nl"), ("it", "it"),
    # The first language the site has wins, not the first the reader names.
    ("fr-FR,fr,it,en", "it"), ("en-US,en", "en"),
])
def test_with_javascript_the_root_opens_the_readers_language(site, sub_path_server, accept, expected):
    under_prefix = sub_path_server + SUB_PATH
    driver = reader(accept)
    try:
        assert driver.execute_script("return navigator.languages")[0].lower().startswith(accept.split(",")[0].lower())
        driver.get(under_prefix)
        assert driver.current_url == f"{under_prefix}{expected}/index.html"
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == expected
        # From disk too: the address is relative to the root page.
        driver.get((Path(site["output"]) / "index.html").as_uri())
        assert driver.current_url.endswith(f"/{expected}/index.html") and driver.current_url.startswith("file://")
    finally:
        driver.quit()


def test_a_reader_whose_languages_the_site_lacks_gets_the_chooser_not_english(site, sub_path_server):
    under_prefix = sub_path_server + SUB_PATH
    driver = reader("fr-FR,fr,es")
    try:
        driver.get(under_prefix)
        assert driver.current_url == under_prefix
        assert [link.get_attribute("hreflang") for link in driver.find_elements(By.CSS_SELECTOR, ".language-choices a")] == LANGUAGES
    finally:
        driver.quit()


@pytest.mark.parametrize("width", [390, 1280])
def test_without_javascript_the_root_shows_five_languages_that_work_from_disk_and_under_a_sub_path(
        site, sub_path_server, browser, width):
    under_prefix = sub_path_server + SUB_PATH
    browser.set_window_size(width, 900)
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        for root in [under_prefix, (Path(site["output"]) / "index.html").as_uri()]:
            browser.get(root)
            assert browser.current_url == root, "no redirect without JavaScript"
            choices = browser.find_elements(By.CSS_SELECTOR, ".language-choices li")
            assert [choice.get_attribute("lang") for choice in choices] == LANGUAGES
            names = [choice.find_element(By.CSS_SELECTOR, ".choice-language").text for choice in choices]
            assert names == ["English", "Deutsch", "Italiano", "Nederlands", "Ελληνικά"]
            # Each language is offered with the publication's title in that language.
            assert "Teilhabe von Migrantinnen und Migranten" in choices[1].text
            assert all(choice.is_displayed() for choice in choices)
            overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0
            if root == under_prefix:
                SCREENSHOTS.mkdir(exist_ok=True)
                browser.save_screenshot(str(SCREENSHOTS / f"root-chooser-{width}.png"))
            choices[1].find_element(By.TAG_NAME, "a").click()
            assert browser.current_url.endswith("/de/index.html")
            assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "de"
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_the_chooser_stays_when_asked_for(site, browser):
    """A reader sent on to their language can come back to choose another: /#choose."""
    browser.get((Path(site["output"]) / "index.html").as_uri() + "#choose")
    assert browser.current_url.endswith("/index.html#choose")
    assert len(browser.find_elements(By.CSS_SELECTOR, ".language-choices a")) == 5
