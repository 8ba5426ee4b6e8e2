"""Readers narrow the recommendations to those that fit their town. The expected result is
computed here from the site's own data (recommendations.json: a facet left out, null, fits every
value), never written into the test."""
import json
import random
from urllib.parse import urlencode

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select


def records(site, lang):
    return json.loads((site["output"] / lang / "data" / "recommendations.json").read_text(encoding="utf-8"))


def fitting(recs, choice):
    return sorted(r["id"] for r in recs
                  if all(r["facets"].get(f) is None or v in r["facets"][f] for f, v in choice.items()))


def shown(browser):
    ids = []
    for item in browser.find_elements(By.CSS_SELECTOR, "#finder li[data-facets]"):
        if item.is_displayed():
            ids.append(item.find_element(By.TAG_NAME, "a").get_attribute("href").rstrip("/").split("/")[-2])
    return sorted(ids)


@pytest.mark.parametrize("lang", ["en", "el"])
def test_two_facets_leave_exactly_the_recommendations_whose_records_fit(site, browser, shoot, lang):
    browser.set_window_size(1280, 1000)
    recs = records(site, lang)
    facets = sorted({f for r in recs for f, values in r["facets"].items() if values})
    rng = random.Random(7)
    for _ in range(4):
        first, second = rng.sample(facets, 2)
        values = {f: sorted({v for r in recs for v in (r["facets"].get(f) or [])}) for f in (first, second)}
        choice = {f: rng.choice(values[f]) for f in (first, second)}
        browser.get(site["url"] + f"/{lang}/finder/index.html")
        for facet, value in choice.items():
            Select(browser.find_element(By.CSS_SELECTOR, f"select[name='{facet}']")).select_by_value(value)
        expected = fitting(recs, choice)
        assert shown(browser) == expected, choice
        count = browser.find_element(By.CSS_SELECTOR, ".finder-count").text
        assert str(len(expected)) in count and str(len(recs)) in count
        # The state lives in the URL: a reload shows the same choice and the same list.
        browser.refresh()
        assert shown(browser) == expected
        assert all(Select(browser.find_element(By.CSS_SELECTOR, f"select[name='{f}']")).first_selected_option
                   .get_attribute("value") == v for f, v in choice.items())
    shoot(f"finder-{lang}")


def test_the_back_button_returns_to_the_previous_choice(site, browser):
    recs = records(site, "en")
    facet, value = next((f, v) for r in recs for f, values in sorted(r["facets"].items()) for v in (values or [])
                        if len(fitting(recs, {f: v})) < len(recs))
    browser.get(site["url"] + "/en/finder/index.html")
    everything = shown(browser)
    assert len(everything) == len(recs)
    Select(browser.find_element(By.CSS_SELECTOR, f"select[name='{facet}']")).select_by_value(value)
    narrowed = shown(browser)
    assert narrowed == fitting(recs, {facet: value}) and narrowed != everything
    browser.back()
    assert shown(browser) == everything


def test_a_recommendation_links_to_the_finder_for_towns_like_its_own(site, browser):
    recs = {r["id"]: r for r in records(site, "en")}
    browser.get(site["url"] + "/en/recommendations/pb1-1/index.html")
    browser.find_element(By.CSS_SELECTOR, ".finder-link a").click()
    own = {f: v[0] for f, v in recs["pb1-1"]["facets"].items() if v}
    assert "pb1-1" in shown(browser)
    assert shown(browser) == fitting(recs.values(), own)


def test_without_javascript_every_recommendation_is_listed_with_its_facets(site):
    page = (site["output"] / "de" / "finder" / "index.html").read_text(encoding="utf-8")
    recs = records(site, "de")
    assert page.count("<li data-facets=") == len(recs)
    assert "<form class=\"finder-form\" hidden>" in page
    tagged = next(r for r in recs if any(r["facets"].values()))
    assert tagged["title"].replace("\"", "&quot;") in page
