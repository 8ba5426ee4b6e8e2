"""Page weight: the build summary names the home page and the heaviest page with the bytes of their
HTML, CSS and JS (the same sums counted here from the built files); the home page stays within
60 KB, and no page loads anything from another site."""
import re
from pathlib import Path

from site_links import checked
from test_links import BASE_URL

HOME_LIMIT = 60 * 1000
SUMMARY = re.compile(r"^page weight \(HTML \+ CSS \+ JS\): home (\S+) (\d+) bytes, heaviest (\S+) (\d+) bytes$", re.MULTILINE)


def weights(output):
    """Page → bytes of its HTML and of the style sheets and scripts it names, counted once each."""
    report = checked(output, BASE_URL)
    named = {}
    for reference in report.references:
        if reference.source.endswith(".html") and reference.resource and re.search(r"\.(css|js)$", reference.url.split("?")[0]):
            named.setdefault(reference.source, set()).add(reference.url)
    result = {}
    for page in output.rglob("*.html"):
        name = page.relative_to(output).as_posix()
        files = {(page.parent / url.split("?")[0]).resolve() for url in named.get(name, ())}
        result[name] = page.stat().st_size + sum(f.stat().st_size for f in files if f.is_file())
    return result


def test_the_build_summary_names_the_home_page_and_the_heaviest_page_with_their_weight(site):
    output = Path(site["output"])
    match = SUMMARY.search(site["summary"])
    assert match, site["summary"]
    home, home_bytes, heaviest, heaviest_bytes = match.group(1), int(match.group(2)), match.group(3), int(match.group(4))
    counted = {name: size for name, size in weights(output).items() if "/pagefind/" not in name}
    homes = {name: size for name, size in counted.items() if re.fullmatch(r"[a-z]{2}/index\.html", name)}
    assert (home, home_bytes) == min(homes.items(), key=lambda item: (-item[1], item[0]))
    assert heaviest_bytes == max(counted.values()) and counted[heaviest] == heaviest_bytes
    print(f"\nheaviest home page {home} {home_bytes} bytes; heaviest page {heaviest} {heaviest_bytes} bytes")
    assert home_bytes <= HOME_LIMIT, f"{home} weighs {home_bytes} bytes with its CSS and JS"


def test_no_page_loads_anything_from_another_site(site):
    report = checked(site["output"], BASE_URL)
    assert report.external_resources() == []
    # Outgoing links are fine, and the check sees the site's own resources.
    assert any(r.resource and r.url.endswith("folio.css") for r in report.references)
    assert any(not r.resource and r.url.startswith("https://") for r in report.references)
