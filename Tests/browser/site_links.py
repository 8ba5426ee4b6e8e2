"""Every URL a built site's pages and style sheets hold, followed on disk as a browser would.

`check(output)` reads every HTML page and CSS file under `output/`, resolves each URL against the
file it stands in (relative URLs like a browser; a folder means its index.html; an absolute URL on
`base_url` is the file it names under output/), and reports what does not exist: a missing file or
a `#fragment` the target page has no id for. External URLs are listed, not fetched.

Run as a script (`python3 Tests/browser/site_links.py output [--base-url URL]`) it prints the broken
URLs and the external ones and exits 1 when any is broken."""
import functools
import html.parser
import re
import sys
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

# A made-up origin the output folder stands at, so that urljoin resolves like a browser.
ORIGIN = "http://output.invalid/"
CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')""")
REFRESH = re.compile(r"url\s*=\s*(\S+)", re.IGNORECASE)
# Attributes whose value is one URL; the flag says whether the browser loads it with the page (a
# resource) or only when the reader follows it (a link).
URL_ATTRIBUTES = {
    ("a", "href"): False, ("area", "href"): False, ("form", "action"): False, ("blockquote", "cite"): False,
    ("q", "cite"): False, ("ins", "cite"): False, ("del", "cite"): False,
    ("img", "src"): True, ("script", "src"): True, ("iframe", "src"): True, ("frame", "src"): True,
    ("embed", "src"): True, ("source", "src"): True, ("audio", "src"): True, ("video", "src"): True,
    ("track", "src"): True, ("input", "src"): True, ("video", "poster"): True, ("object", "data"): True,
    ("image", "href"): True, ("use", "href"): True, ("image", "xlink:href"): True, ("use", "xlink:href"): True,
}
# <link rel=...> values that only name another address; any other rel loads what it names.
LINK_RELS = {"canonical", "alternate", "author", "help", "license", "next", "prev", "search", "bookmark", "external"}
# Fragments a browser scrolls to without an element: the top of the page.
TOP = {"", "top"}


@dataclass(frozen=True)
class Reference:
    """A URL as written in a file, with where it stands and whether it loads with the page."""
    source: str
    url: str
    resource: bool


@dataclass
class Report:
    broken: list = field(default_factory=list)
    """`source: url (reason)` for each URL that leads nowhere, sorted."""
    external: dict = field(default_factory=dict)
    """External URL → the files that name it."""
    followed: int = 0
    """Internal URLs checked."""
    references: list = field(default_factory=list)
    """Every URL found, internal and external."""

    def external_resources(self):
        """Resources (scripts, style sheets, images, fonts, frames) a page would load from another site."""
        return sorted(f"{r.source}: {r.url}" for r in self.references if r.resource and is_external(r.url))

    def text(self):
        lines = [f"{len(self.broken)} broken of {self.followed} internal URLs"]
        lines += [f"  {line}" for line in self.broken]
        lines.append(f"{len(self.external)} external URLs (not fetched)")
        lines += [f"  {url} ({len(sources)} files)" for url, sources in sorted(self.external.items())]
        return "\n".join(lines)


def is_external(url):
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    return scheme in ("http", "https") or url.startswith("//")


class PageParser(html.parser.HTMLParser):
    """The ids a page defines and the URLs it holds (attributes, srcset, inline CSS)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.urls = []
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            if (tag, name) in URL_ATTRIBUTES:
                self.urls.append((value.strip(), URL_ATTRIBUTES[(tag, name)]))
            elif tag == "link" and name == "href":
                rels = set((values.get("rel") or "").lower().split())
                self.urls.append((value.strip(), not rels or not rels <= LINK_RELS))
            elif name in ("srcset", "imagesrcset"):
                for candidate in value.split(","):
                    if candidate.strip():
                        self.urls.append((candidate.split()[0], True))
            elif name == "style":
                self.urls.extend((url, True) for url in css_urls(value))
            elif tag == "meta" and name == "content" and (values.get("http-equiv") or "").lower() == "refresh":
                target = REFRESH.search(value)
                if target:
                    self.urls.append((target.group(1).strip("'\""), False))
        self.in_style = tag == "style"

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.in_style = False

    def handle_endtag(self, tag):
        self.in_style = False

    def handle_data(self, data):
        if self.in_style:
            self.urls.extend((url, True) for url in css_urls(data))


def css_urls(text):
    return [next(group for group in match.groups() if group is not None) for match in CSS_URL.finditer(text)]


def target_file(output, path):
    """The file a URL path names under output/ (a folder: its index.html), or None."""
    candidate = output / urllib.parse.unquote(path).lstrip("/")
    if candidate.is_dir():
        candidate = candidate / "index.html"
    try:
        candidate.resolve().relative_to(output.resolve())
    except ValueError:
        return None
    return candidate if candidate.is_file() else None


def check(output, base_url=None):
    """Follows every internal URL in output/'s HTML pages and CSS files; returns a Report."""
    output = Path(output)
    report = Report()
    pages = {}
    for path in sorted(output.rglob("*.html")):
        parser = PageParser()
        parser.feed(path.read_text(encoding="utf-8", errors="replace"))
        parser.close()
        pages[path] = parser
        source = path.relative_to(output).as_posix()
        report.references += [Reference(source, url, resource) for url, resource in parser.urls]
    for path in sorted(output.rglob("*.css")):
        source = path.relative_to(output).as_posix()
        report.references += [Reference(source, url, True) for url in css_urls(path.read_text(encoding="utf-8"))]

    def ids_of(file):
        if file not in pages:
            parser = PageParser()
            parser.feed(file.read_text(encoding="utf-8", errors="replace"))
            pages[file] = parser
        return pages[file].ids

    for reference in report.references:
        url = reference.url
        if base_url and url.startswith(base_url):
            url = ORIGIN + url[len(base_url):]
        elif is_external(url):
            report.external.setdefault(url, set()).add(reference.source)
            continue
        absolute = urllib.parse.urljoin(ORIGIN + reference.source, url)
        if not absolute.startswith(ORIGIN):
            continue  # mailto:, tel:, data: and the like name no file
        report.followed += 1
        parts = urllib.parse.urlsplit(absolute)
        file = target_file(output, parts.path)
        if file is None:
            wanted = urllib.parse.unquote(parts.path).lstrip("/")
            wanted += "index.html" if wanted.endswith("/") or not wanted else ""
            report.broken.append(f"{reference.source}: {reference.url} (no file {wanted})")
        elif parts.fragment and file.suffix == ".html" and urllib.parse.unquote(parts.fragment) not in ids_of(file) \
                and parts.fragment.lower() not in TOP:
            name = file.relative_to(output).as_posix()
            report.broken.append(f"{reference.source}: {reference.url} (no id '{urllib.parse.unquote(parts.fragment)}' in {name})")
    report.broken.sort()
    return report


@functools.lru_cache(maxsize=2)
def checked(output, base_url=None):
    """`check` once per folder and base URL: the tests of one built site share its report."""
    return check(output, base_url)


if __name__ == "__main__":
    arguments = sys.argv[1:]
    base = None
    if "--base-url" in arguments:
        index = arguments.index("--base-url")
        base = arguments[index + 1]
        del arguments[index:index + 2]
    result = check(Path(arguments[0] if arguments else "output"), base)
    print(result.text())
    sys.exit(1 if result.broken else 0)
