"""Readers compare the towns: a table sorted by any column, a chart per figure, in any language.
Expectations come from the site's own data downloads (towns.json), never written into the test."""
import json

import pytest
from selenium.webdriver.common.by import By

NUMERIC = ("integer", "decimal", "percent")


def towns_data(site, lang):
    return json.loads((site["output"] / lang / "data" / "towns.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", ["en", "el"])
def test_every_numeric_figure_has_a_chart_with_one_bar_and_its_value_per_town(site, browser, shoot, lang):
    browser.set_window_size(1280, 1000)
    browser.get(site["url"] + f"/{lang}/towns/index.html")
    towns = towns_data(site, lang)
    numeric = sorted({figure for town in towns for figure, value in town["figures"].items()
                      if isinstance(value["value"], (int, float)) and not isinstance(value["value"], bool)})
    charts = browser.find_elements(By.CSS_SELECTOR, "svg.chart")
    assert len(charts) == len(numeric)
    for chart in charts:
        title = chart.find_element(By.TAG_NAME, "title")
        figure_id = title.get_attribute("id")[len("chart-"):-len("-title")]
        expected = [town["figures"][figure_id]["text"] for town in towns if figure_id in town["figures"]]
        bars = chart.find_elements(By.CSS_SELECTOR, "rect.chart-bar")
        values = [text.get_attribute("textContent") for text in chart.find_elements(By.CSS_SELECTOR, "text.chart-value")]
        assert len(bars) == len(expected), (figure_id, len(bars), expected)
        for text in expected:
            assert text in values, (figure_id, text, values)
        alternatives = sum(len(town["figures"].get(figure_id, {}).get("also", [])) for town in towns)
        assert len(chart.find_elements(By.CSS_SELECTOR, "path.chart-also")) == alternatives, figure_id
        assert chart.get_attribute("role") == "img"
        assert chart.find_element(By.TAG_NAME, "desc").get_attribute("textContent")
    shoot(f"towns-charts-{lang}")


@pytest.mark.parametrize("lang", ["en", "el"])
def test_the_towns_table_sorts_by_every_numeric_column_both_ways(site, browser, lang):
    browser.set_window_size(1280, 1000)
    browser.get(site["url"] + f"/{lang}/towns/index.html")
    towns = {town["name"]: town for town in towns_data(site, lang)}
    headers = browser.find_elements(By.CSS_SELECTOR, "table.towns-table thead th[data-type=number]")
    assert headers, "numeric columns are marked"
    for header in headers:
        figure = header.get_attribute("data-figure")
        for direction in ("ascending", "descending"):
            header.find_element(By.TAG_NAME, "button").click()
            assert header.get_attribute("aria-sort") == direction
            names = [row.find_element(By.CSS_SELECTOR, "th").text
                     for row in browser.find_elements(By.CSS_SELECTOR, "table.towns-table tbody tr")]
            with_value = [n for n in names if figure in towns[n]["figures"]]
            values = [towns[n]["figures"][figure]["value"] for n in with_value]
            assert values == sorted(values, reverse=direction == "descending"), (figure, direction, names)
            assert names[len(with_value):] == [n for n in names if figure not in towns[n]["figures"]], "towns without the figure last"


def test_without_javascript_the_table_is_complete(site):
    page = (site["output"] / "en" / "towns" / "index.html").read_text(encoding="utf-8")
    for town in towns_data(site, "en"):
        assert f">{town['name']}</a></th>" in page
        for value in town["figures"].values():
            assert value["text"].replace("&", "&amp;") in page
