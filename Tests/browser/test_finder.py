"""Readers narrow the recommendations to those that fit their town. The expected result is
computed here from the site's own data (recommendations.json: a facet left out, null, fits every
value; `source` is null for the publication's own recommendations, else the report they come
from), never written into the test."""
import json
import random
import re
import time
from urllib.parse import urlencode, urlparse, parse_qs

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

# The finder's choice of source: "" (the default) is the publication's own, "*" every source.
OWN, ALL = "", "*"


def records(site, lang):
    return json.loads((site["output"] / lang / "data" / "recommendations.json").read_text(encoding="utf-8"))


def source_of(record):
    return (record["source"] or {}).get("id", OWN)


def sources(recs):
    """The reports that have recommendations, in the download's order."""
    return list(dict.fromkeys(source_of(r) for r in recs if source_of(r) != OWN))


def in_source(recs, source=OWN):
    return [r for r in recs if source == ALL or source_of(r) == source]


def fitting(recs, choice, source=OWN):
    return sorted(r["id"] for r in in_source(recs, source)
                  if all(r["facets"].get(f) is None or v in r["facets"][f] for f, v in choice.items()))


def shown(browser):
    ids = []
    for item in browser.find_elements(By.CSS_SELECTOR, "#finder li[data-facets]"):
        if item.is_displayed():
            ids.append(item.find_element(By.TAG_NAME, "a").get_attribute("href").rstrip("/").split("/")[-2])
    return sorted(ids)


def shown_after_navigation(browser, expected, timeout=10):
    """What the finder shows once it has settled on `expected` after a navigation (back, reload):
    the page and its script answer popstate after the call returns, later on a busy machine."""
    end = time.time() + timeout
    while time.time() < end and shown(browser) != expected:
        time.sleep(0.1)
    return shown(browser)


def select(browser, name, value):
    Select(browser.find_element(By.CSS_SELECTOR, f"select[name='{name}']")).select_by_value(value)


def selected(browser, name):
    return Select(browser.find_element(By.CSS_SELECTOR, f"select[name='{name}']")).first_selected_option.get_attribute("value")


@pytest.mark.parametrize("lang", ["en", "el"])
def test_two_facets_and_a_source_leave_exactly_the_recommendations_whose_records_fit(site, browser, shoot, lang):
    browser.set_window_size(1280, 1000)
    recs = records(site, lang)
    reports = sources(recs)
    assert reports, "the real site has recommendations of a report (the CoR study)"
    facets = sorted({f for r in recs for f, values in r["facets"].items() if values})
    rng = random.Random(7)
    # Every choice of source at least once: the publication's own, each report, all sources.
    for source in [OWN, *reports, ALL, OWN]:
        first, second = rng.sample(facets, 2)
        values = {f: sorted({v for r in recs for v in (r["facets"].get(f) or [])}) for f in (first, second)}
        choice = {f: rng.choice(values[f]) for f in (first, second)}
        browser.get(site["url"] + f"/{lang}/finder/index.html")
        select(browser, "source", source)
        for facet, value in choice.items():
            select(browser, facet, value)
        expected = fitting(recs, choice, source)
        assert shown(browser) == expected, (source, choice)
        count = browser.find_element(By.CSS_SELECTOR, ".finder-count").text
        numbers = [int(n) for n in re.findall(r"\d+", count)]
        assert numbers == [len(expected), len(in_source(recs, source))], (count, source)
        # The state lives in the URL (the default source is left out of it): a reload shows the
        # same choice and the same list.
        query = parse_qs(urlparse(browser.current_url).query, keep_blank_values=True)
        assert query.get("source") == ([source] if source != OWN else None)
        browser.refresh()
        assert shown(browser) == expected
        assert selected(browser, "source") == source
        assert all(selected(browser, f) == v for f, v in choice.items())
    shoot(f"finder-{lang}")


def test_the_default_and_older_addresses_show_the_publications_own_recommendations(site, browser):
    recs = records(site, "en")
    browser.get(site["url"] + "/en/finder/index.html")
    assert shown(browser) == fitting(recs, {}) and len(shown(browser)) < len(recs)
    facet, value = next((f, v) for r in recs for f, values in sorted(r["facets"].items()) for v in (values or []))
    browser.get(site["url"] + "/en/finder/index.html?" + urlencode({facet: value}))
    assert shown(browser) == fitting(recs, {facet: value})
    assert selected(browser, "source") == OWN


def test_a_reports_recommendations_fit_every_facet_they_carry_no_tag_for(site, browser):
    """The CoR recommendations name no facet values: chosen as the source, they all stay listed
    whatever facets are chosen (the content model's rule), and are counted out of their own."""
    recs = records(site, "en")
    report = sources(recs)[0]
    untagged = [r["id"] for r in in_source(recs, report) if not any(r["facets"].values())]
    assert untagged, "the report's recommendations carry no tags"
    choice = {f: values[0] for f, values in next(r for r in recs if r["facets"].get("level"))["facets"].items() if values}
    browser.get(site["url"] + "/en/finder/index.html?" + urlencode({"source": report, **choice}))
    assert set(untagged) <= set(shown(browser)) and shown(browser) == fitting(recs, choice, report)


def test_the_back_button_returns_to_the_previous_choice(site, browser):
    recs = records(site, "en")
    own = in_source(recs)
    facet, value = next((f, v) for r in own for f, values in sorted(r["facets"].items()) for v in (values or [])
                        if len(fitting(recs, {f: v})) < len(own))
    browser.get(site["url"] + "/en/finder/index.html")
    everything = shown(browser)
    assert len(everything) == len(own)
    # Chrome's back button skips a history entry the reader never interacted with (its intervention
    # against history manipulation); a reader has clicked on the page before choosing, so does the test.
    browser.find_element(By.TAG_NAME, "h1").click()
    select(browser, facet, value)
    narrowed = shown(browser)
    assert narrowed == fitting(recs, {facet: value}) and narrowed != everything
    select(browser, "source", ALL)
    assert shown(browser) == fitting(recs, {facet: value}, ALL)
    browser.back()
    assert shown_after_navigation(browser, narrowed) == narrowed
    browser.back()
    assert shown_after_navigation(browser, everything) == everything


def test_a_recommendation_links_to_the_finder_for_towns_like_its_own(site, browser):
    recs = records(site, "en")
    pb11 = next(r for r in recs if r["id"] == "pb1-1")
    browser.get(site["url"] + "/en/recommendations/pb1-1/index.html")
    browser.find_element(By.CSS_SELECTOR, ".finder-link a").click()
    own = {f: v[0] for f, v in pb11["facets"].items() if v}
    assert "pb1-1" in shown(browser)
    assert shown(browser) == fitting(recs, own)


def test_without_javascript_every_recommendation_is_listed_with_its_facets_and_source(site):
    page = (site["output"] / "de" / "finder" / "index.html").read_text(encoding="utf-8")
    recs = records(site, "de")
    assert page.count("<li data-facets=") == len(recs)
    assert "<form class=\"finder-form\" hidden>" in page
    tagged = next(r for r in recs if any(r["facets"].values()))
    assert tagged["title"].replace("\"", "&quot;") in page
    # In the download's order: the publication's own, then each report's, under its report's title.
    listed = re.findall(r'<li data-facets="[^"]*"(?: data-source="([^"]*)")?><a href="[^"]*/([^/"]+)/index\.html"', page)
    assert [(source, id) for source, id in listed] == [(source_of(r), r["id"]) for r in recs]
    for report in sources(recs):
        title = next(r["source"]["title"] for r in recs if source_of(r) == report)
        heading = page.index(f">{title}</a></h2>")
        first = page.index(f'data-source="{report}"')
        assert heading < first, "the report's recommendations follow its heading"
