"""Readers narrow the towns of every source by country, source and size class. What each choice
must leave is computed here from the town records' front matter in content/en/towns/, never
written into the test; the page is checked at a phone's width and a desktop's."""
import random
import re
import time
from urllib.parse import urlencode

import pytest
import yaml
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import REPO

PAGE = "evidence/all-towns/index.html"
WIDTHS = (390, 1280)


def front_matter(path):
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])


def towns():
    """Every town record: its filter values as the records give them. A partner town names no
    source (it is the publication's own); a town without a size class is 'none'."""
    records = {}
    for path in sorted((REPO / "content" / "en" / "towns").glob("*.md")):
        data = front_matter(path)
        if data.get("kind", "town") != "town" or path.stem == "index":
            continue
        population = (data.get("figures") or {}).get("population")
        records[data.get("id", path.stem)] = {
            "name": data["name"],
            "source": data.get("sources") or ["publication"],
            "country": [data.get("country_code", "none")],
            "size-class": [data.get("size_class", "none")],
            "population": population,
        }
    return records


def fitting(records, choice):
    return sorted(town for town, values in records.items() if all(value in values[name] for name, value in choice.items()))


def shown(browser):
    """The towns a reader sees (laid out, so neither hidden nor in a hidden country)."""
    return sorted(browser.execute_script(
        "return Array.prototype.filter.call(document.querySelectorAll('#towns-index li[data-town]'),"
        " function (item) { return item.getClientRects().length > 0; }).map(function (item) { return item.dataset.town; })"))


def choose(browser, choice):
    for name, value in choice.items():
        Select(browser.find_element(By.CSS_SELECTOR, f"#towns-index select[name='{name}']")).select_by_value(value)


def assert_count(browser, expected, total):
    count = browser.find_element(By.CSS_SELECTOR, ".towns-count").text
    assert re.search(rf"\b{len(expected)}\b", count) and str(total) in count, count


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", ["en", "de"])
def test_each_filter_leaves_exactly_the_towns_whose_records_match(site, browser, shoot, lang, width):
    browser.set_window_size(width, 1000)
    records = towns()
    rng = random.Random(width)
    for name in ("country", "source", "size-class"):
        values = sorted({value for town in records.values() for value in town[name]})
        assert len(values) > 1, name
        # Every value at the desktop's width; two of each filter at the phone's.
        for value in values if width > 600 else rng.sample(values, 2):
            browser.get(site["url"] + f"/{lang}/{PAGE}")
            assert shown(browser) == sorted(records), "all towns before a choice"
            choose(browser, {name: value})
            expected = fitting(records, {name: value})
            assert expected and shown(browser) == expected, (name, value)
            assert_count(browser, expected, len(records))
            # Countries left without a town are hidden; the plot dims the towns left out.
            for group in browser.find_elements(By.CSS_SELECTOR, "#towns-index section[data-group]"):
                visible = group.find_elements(By.CSS_SELECTOR, "li[data-town]:not([hidden])")
                assert group.is_displayed() == bool(visible)
            dimmed = {dot.get_attribute("data-town") for dot in browser.find_elements(By.CSS_SELECTOR, "svg circle.dot-out")}
            plotted = {dot.get_attribute("data-town") for dot in browser.find_elements(By.CSS_SELECTOR, "svg circle.dot")}
            assert dimmed == plotted - set(expected)
    # The page fits the phone's width: nothing scrolls sideways.
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
    shoot(f"towns-index-{lang}-{width}")


@pytest.mark.parametrize("lang", ["en", "el"])
def test_the_url_keeps_a_combined_choice_across_reloads(site, browser, lang):
    browser.set_window_size(1280, 1000)
    records = towns()
    rng = random.Random(16)
    combinations = [{"country": town["country"][0], "size-class": town["size-class"][0]} for town in records.values()]
    combinations += [{"source": town["source"][-1], "country": town["country"][0]} for town in records.values()]
    for choice in rng.sample(combinations, 6):
        expected = fitting(records, choice)
        browser.get(site["url"] + f"/{lang}/{PAGE}")
        choose(browser, choice)
        assert shown(browser) == expected, choice
        browser.refresh()
        assert shown(browser) == expected, choice
        for name, value in choice.items():
            assert Select(browser.find_element(By.CSS_SELECTOR, f"select[name='{name}']")).first_selected_option.get_attribute("value") == value
        # The address alone reproduces the choice.
        browser.get(site["url"] + f"/{lang}/{PAGE}?" + urlencode(choice))
        assert shown(browser) == expected, choice
        assert_count(browser, expected, len(records))
    browser.back()
    browser.find_element(By.CSS_SELECTOR, "#towns-index button[type=reset]").click()
    # The form's reset event lets the browser clear the fields before the script reads them (a
    # timer), so the list settles a moment after the click.
    end = time.time() + 10
    while time.time() < end and shown(browser) != sorted(records):
        time.sleep(0.1)
    assert shown(browser) == sorted(records)


@pytest.mark.parametrize("lang", ["en", "de", "it", "nl", "el"])
def test_without_javascript_every_town_is_listed_and_plotted_from_the_records(site, lang):
    page = (site["output"] / lang / "evidence" / "all-towns" / "index.html").read_text(encoding="utf-8")
    records = towns()
    listed = re.findall(r'<li data-town="([a-z0-9-]+)" data-filters="([^"]*)">', page)
    assert sorted(town for town, _ in listed) == sorted(records)
    for town, data in listed:
        pairs = sorted(data.split())
        assert pairs == sorted(f"{name}={value}" for name in ("source", "country", "size-class") for value in records[town][name])
    assert '<form class="finder-form towns-filter"' in page and "hidden>" in page.split('<form class="finder-form towns-filter"')[1][:120]
    # One dot per town with a population, one diamond per other value a source gives.
    plotted = sorted(town for town, record in records.items() if record["population"])
    assert sorted(re.findall(r'<circle class="dot" data-town="([a-z0-9-]+)"', page)) == plotted
    others = sum(len(record["population"].get("also", [])) for record in records.values() if record["population"])
    assert others > 0 and len(re.findall(r'<path class="chart-also"', page)) == others
    unplotted = re.search(r"<figcaption>[^<:]*: ([^<]*)</figcaption>", page).group(1)
    names = {town: re.search(rf'<li data-town="{town}"[^>]*><a [^>]*>([^<]+)</a>', page).group(1) for town in records}
    assert sorted(unplotted.split(", ")) == sorted(names[town] for town in records if town not in plotted)
    # Both populations of a town the sources disagree on are shown, each with its source.
    for town, record in records.items():
        if record["population"] and record["population"].get("also"):
            item = re.search(rf'<li data-town="{town}".*?</li>', page, re.DOTALL).group(0)
            assert item.count('class="figure-detail"') == 1 + len(record["population"]["also"]), town
