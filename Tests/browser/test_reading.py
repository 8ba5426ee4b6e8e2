"""What readers do: open pages on a phone and a desktop, follow the structure, switch language."""
import pytest
from selenium.webdriver.common.by import By

WIDTHS = [390, 1280]
PAGES = {
    "home": "/en/",
    "chapter": "/en/white-paper/themes/bridging-figures/",
    "recommendation": "/en/recommendations/pb1-1/",
    "town": "/en/towns/bebra/",
    "brief": "/en/policy-brief/",
    "german-recommendation": "/de/recommendations/pb1-1/",
    "greek-recommendation": "/el/recommendations/pb1-1/",
    "fallback": "/de/white-paper/themes/bridging-figures/",
}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", list(PAGES))
def test_page_fits_the_screen_and_has_one_heading(site, browser, shoot, name, width):
    browser.set_window_size(width, 1000)
    browser.get(site["url"] + PAGES[name])
    assert len(browser.find_elements(By.TAG_NAME, "h1")) == 1
    assert browser.find_element(By.TAG_NAME, "h1").is_displayed()
    overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {width}px"
    shoot(f"{name}-{width}")


def test_a_chapter_has_a_working_table_of_contents(site, browser):
    browser.set_window_size(1280, 900)
    browser.get(site["url"] + PAGES["chapter"])
    entries = browser.find_elements(By.CSS_SELECTOR, ".toc a")
    assert len(entries) >= 3
    target = entries[1].get_attribute("href").split("#")[1]
    entries[1].click()
    assert browser.current_url.endswith("#" + target)
    assert browser.find_element(By.ID, target).tag_name in ("h2", "h3")


def test_a_cross_reference_leads_to_its_record(site, browser):
    browser.set_window_size(1280, 900)
    browser.get(site["url"] + "/en/policy-brief/pb-preconditions/")
    link = browser.find_element(By.CSS_SELECTOR, "a.xref-recommendation")
    text = link.text
    assert text.startswith("Recommendation PB1.")
    link.click()
    assert "/en/recommendations/pb1-" in browser.current_url
    assert browser.find_element(By.CSS_SELECTOR, "h1 .number").text == text


def test_the_language_switcher_leads_to_the_same_page_or_its_original(site, browser):
    browser.set_window_size(1280, 900)
    browser.get(site["url"] + "/de/recommendations/pb1-1/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "de"
    english = browser.find_element(By.CSS_SELECTOR, ".languages a[hreflang='en']")
    english.click()
    assert browser.current_url.endswith("/en/recommendations/pb1-1/index.html")


def test_an_untranslated_page_opens_inside_the_readers_language_with_the_original_text(browser, tmp_path):
    # Every page of the publication is translated now: a copy without one German chapter shows
    # what readers get while a translation is missing (opened from disk: links are relative).
    import shutil
    from conftest import REPO, run_folio
    site = tmp_path / "site"
    for name in ["content", "themes"]:
        shutil.copytree(REPO / name, site / name)
    config = (REPO / "folio.yaml").read_text(encoding="utf-8").rstrip("\n") + "\nsearch: off\n"
    (site / "folio.yaml").write_text(config, encoding="utf-8")
    (site / "content" / "de" / "white-paper" / "themes" / "bridging-figures.md").unlink()
    result = run_folio("build", "--root", str(site), "--output", str(tmp_path / "output"))
    assert result.returncode == 0, result.stderr
    browser.set_window_size(1280, 900)
    browser.get((tmp_path / "output" / "en" / "white-paper" / "themes" / "bridging-figures" / "index.html").as_uri())
    german = browser.find_element(By.CSS_SELECTOR, ".languages a[hreflang='de']")
    assert "untranslated" in german.get_attribute("class")
    german.click()
    assert browser.current_url.endswith("/de/white-paper/themes/bridging-figures/index.html")
    notice = browser.find_element(By.CSS_SELECTOR, ".translation-notice")
    assert "nicht auf Deutsch" in notice.text
    assert browser.find_element(By.CSS_SELECTOR, "main > div[lang='en'] h1").is_displayed()


def test_every_language_has_the_policy_brief_in_its_own_words(site, browser):
    for language, word in [("de", "Empfehlung"), ("it", "Raccomandazione"), ("nl", "Aanbeveling"), ("el", "Σύσταση")]:
        browser.get(site["url"] + f"/{language}/recommendations/pb2-1/")
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == language
        assert browser.find_element(By.CSS_SELECTOR, "h1 .number").text.startswith(word)
        assert browser.find_elements(By.CSS_SELECTOR, ".translation-notice") == []


def test_pages_read_without_javascript(site, browser):
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        browser.get(site["url"] + PAGES["chapter"])
        assert browser.find_element(By.CSS_SELECTOR, ".prose p").text
        # The one script is the theme's file, loaded by address: no inline script, nothing needed to
        # read (JSON-LD is data for search engines, never run).
        assert all((script.get_attribute("src") or "").endswith("assets/folio.js")
                   for script in browser.find_elements(By.CSS_SELECTOR, "script:not([type='application/ld+json'])"))
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


@pytest.mark.parametrize("lang", ["en", "de", "it", "nl", "el"])
def test_a_signed_foreword_says_it_is_the_editors_summary_in_every_language(site, browser, lang):
    browser.get(site["url"] + f"/{lang}/white-paper/forewords/foreword-aroni/")
    note = browser.find_element(By.CSS_SELECTOR, ".page-head .paraphrased")
    assert note.is_displayed() and note.text
    assert note.get_attribute("lang") in (None, "", lang) and browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang


def test_a_glossary_term_shows_its_definition_on_hover_and_on_keyboard_focus(site, browser):
    browser.set_window_size(1280, 900)
    browser.get(site["url"] + "/en/white-paper/themes/bridging-figures/index.html")
    term = browser.find_element(By.CSS_SELECTOR, "a.xref-term[title]")
    definition = term.get_attribute("title")
    assert len(definition) > 20, "the native tooltip carries the definition"
    browser.execute_script("arguments[0].focus()", term)
    shown = browser.execute_script("return getComputedStyle(arguments[0], '::after').content", term)
    assert shown.strip('"') == definition, "keyboard focus shows the same definition"


def test_recommendations_lead_to_the_previous_and_next_in_reading_order(site, browser):
    import json
    # The publication's own recommendations (no source), in the download's reading order.
    order = [r["id"] for r in json.loads((site["output"] / "en" / "data" / "recommendations.json").read_text(encoding="utf-8"))
             if r["source"] is None]
    for index in (0, len(order) // 2, len(order) - 1):
        browser.get(site["url"] + f"/en/recommendations/{order[index]}/index.html")
        prev = browser.find_elements(By.CSS_SELECTOR, ".pager a[rel=prev]")
        next_ = browser.find_elements(By.CSS_SELECTOR, ".pager a[rel=next]")
        assert [a.get_attribute("href").rstrip("/").split("/")[-2] for a in prev] == order[index - 1:index][:1] if index else not prev
        assert [a.get_attribute("href").rstrip("/").split("/")[-2] for a in next_] == order[index + 1:index + 2]
