"""Accessibility on one page of every kind in every language, and on every page of the print
editions (`<lang>/print/`): axe-core (PyPI axe-selenium-python) in headless Chromium finds no
critical and no serious violation, colour contrast (WCAG AA) included; when anything focusable
stands before the main content, the first Tab reaches a skip link to it; keyboard focus is visible.

The pages are chosen from the built output, not listed here: a page's kind is its body's
`kind-…` class, and pages of one kind under different folders (the home page and the towns index
are both `kind-page`) count as different kinds, so a new kind or folder is picked up by itself."""
import re
from pathlib import Path

import pytest
import yaml
from axe_selenium_python import Axe
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import REPO

LANGUAGES = yaml.safe_load((REPO / "folio.yaml").read_text(encoding="utf-8"))["languages"]
SCRIPT = re.compile(r"<script\b.*?</script>", re.IGNORECASE | re.DOTALL)
KIND = re.compile(r'<body class="[^"]*\bkind-([a-z0-9-]+)')
FAILING = ("critical", "serious")
# Tabs after the skip link whose focus must show (masthead, search, language switcher, contents).
FOCUS_STEPS = 6


def pages_to_check(output, language):
    """One page per (kind, first folder, depth) of the language (root pages for language None),
    the first in path order; every page under <lang>/print/."""
    chosen = {}
    folder = output / language if language else output
    for path in sorted(folder.rglob("*.html") if language else folder.glob("*.html")):
        inner = path.relative_to(folder).parts
        if inner[0] == "print":
            chosen[inner] = path
            continue
        kind = KIND.search(path.read_text(encoding="utf-8", errors="replace")[:20000])
        key = (kind.group(1) if kind else path.name, inner[0] if len(inner) > 1 else "", len(inner))
        chosen.setdefault(key, path)
    return sorted(chosen.values())


def axe_failures(browser):
    """The critical and serious violations on the open page, one line per rule; asserts that the
    colour-contrast rule ran."""
    axe = Axe(browser)
    axe.inject()
    results = axe.run()
    ran = {rule["id"] for group in ("passes", "violations", "incomplete") for rule in results[group]}
    assert "color-contrast" in ran, "axe's colour-contrast rule is on"
    return [f"{v['id']} ({v['impact']}, {len(v['nodes'])} nodes: {', '.join(t for n in v['nodes'][:3] for t in n['target'])})"
            for v in results["violations"] if v["impact"] in FAILING]


def keyboard_problems(browser):
    """Tabs through the start of the page: when anything focusable stands before the main content,
    the first stop is a visible skip link to an existing target; every stop shows an outline or a
    box shadow."""
    problems = []
    browser.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    ActionChains(browser).send_keys(Keys.TAB).perform()
    first = browser.switch_to.active_element
    target = (first.get_attribute("href") or "").partition("#")[2]
    in_main = browser.execute_script("var m = document.querySelector('main'); return !!m && m.contains(arguments[0])", first)
    if "skip" not in (first.get_attribute("class") or "").split():
        if not in_main:
            problems.append(f"the first Tab reaches <{first.tag_name} class={first.get_attribute('class')!r}>, not a skip link")
    elif not target or not browser.find_elements(By.ID, target):
        problems.append(f"the skip link leads to #{target}, which the page lacks")
    elif not browser.execute_script(
            "var r = arguments[0].getBoundingClientRect(); return r.left >= 0 && r.top >= 0 && r.width > 0 && r.right <= innerWidth", first):
        problems.append("the focused skip link is off screen")
    for step in range(FOCUS_STEPS + 1):
        element = browser.switch_to.active_element
        if element.tag_name == "body":
            break  # nothing (more) to focus
        shown = browser.execute_script("""
            var s = getComputedStyle(arguments[0]);
            return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'""", element)
        if not shown:
            problems.append(f"Tab {step + 1} focuses <{element.tag_name}> {element.text[:30]!r} without a visible outline")
        ActionChains(browser).send_keys(Keys.TAB).perform()
    return problems


@pytest.mark.parametrize("language", LANGUAGES + [None], ids=LANGUAGES + ["root"])
def test_no_critical_or_serious_violation_and_a_working_keyboard_on_every_kind_of_page(site, browser, language):
    output = Path(site["output"])
    pages = pages_to_check(output, language)
    if language:
        kinds = {KIND.search(p.read_text(encoding="utf-8")).group(1) for p in pages if "print" not in p.parts}
        assert len(pages) >= 15 and {"recommendation", "town", "chapter", "part", "page", "term"} <= kinds, pages
    browser.set_window_size(1280, 900)
    failures = []
    for path in pages:
        name = path.relative_to(output).as_posix()
        opened = name
        if language is None:
            # A root page is read as it is without JavaScript (a language chooser that sends
            # readers on by script): from a copy beside it without its scripts.
            opened = f".no-script-{path.name}"
            (output / opened).write_text(SCRIPT.sub("", path.read_text(encoding="utf-8")), encoding="utf-8")
        try:
            browser.get(f"{site['url']}/{opened}")
            landed = browser.current_url.split(site["url"] + "/", 1)[-1]
            if landed != opened:
                # A redirect without script: the page it leads to is checked with its language.
                assert (output / landed).is_file(), f"{name} leads to {landed}, which does not exist"
                continue
            failures += [f"{name}: {line}" for line in axe_failures(browser) + keyboard_problems(browser)]
        finally:
            if opened != name:
                (output / opened).unlink()
    print(f"\naxe and keyboard: {len(pages)} pages ({language or 'root'})")
    assert failures == [], "\n".join(failures)


def test_the_gate_refuses_what_it_should(browser, tmp_path):
    """The harness can fail: low contrast text and <dt>/<dd> outside a <dl> fail axe; a page whose
    first link is not a skip link and whose focus has no outline fails the keyboard check."""
    probe = tmp_path / "probe.html"
    probe.write_text('<!DOCTYPE html><html lang="en"><head><title>Probe</title><style>a:focus { outline: none }</style></head>'
                     '<body><a href="#x">first</a><main><p style="color:#bbb;background:#fff">Faint text</p>'
                     '<div><dt>Term</dt><dd>Value</dd></div></main></body></html>', encoding="utf-8")
    browser.get(probe.as_uri())
    failures = " ".join(axe_failures(browser))
    assert "color-contrast (serious" in failures and "dlitem (serious" in failures
    problems = keyboard_problems(browser)
    assert "not a skip link" in problems[0] and "without a visible outline" in problems[1], problems


def test_one_page_per_kind_and_folder_and_every_print_page_are_chosen(tmp_path):
    pages = {
        "en/index.html": "page", "en/towns/index.html": "page", "en/towns/a/index.html": "town",
        "en/towns/b/index.html": "town", "en/white-paper/p/index.html": "part", "en/white-paper/q/index.html": "part",
        "en/white-paper/p/c/index.html": "chapter", "en/policy-brief/c/index.html": "chapter",
        "en/print/white-paper/index.html": "print", "en/print/policy-brief/index.html": "print",
        "de/index.html": "page", "404.html": "not-found", "index.html": None,
    }
    for name, kind in pages.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        body = f'<body class="kind-{kind}">' if kind else "<body>"
        (tmp_path / name).write_text(f"<!DOCTYPE html><html><head><title>x</title></head>{body}</body></html>")
    chosen = lambda language: [p.relative_to(tmp_path).as_posix() for p in pages_to_check(tmp_path, language)]
    assert chosen("en") == ["en/index.html", "en/policy-brief/c/index.html", "en/print/policy-brief/index.html",
                            "en/print/white-paper/index.html", "en/towns/a/index.html", "en/towns/index.html",
                            "en/white-paper/p/c/index.html", "en/white-paper/p/index.html"]
    assert chosen(None) == ["404.html", "index.html"]
