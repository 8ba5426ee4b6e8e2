"""`folio pdf`: the print editions printed by headless Chromium, opened with poppler-utils
(pdfinfo, pdftotext): English and Greek (another script), their page counts, the first heading of
the cover and of the first part, and the links the pages get only where a PDF exists."""
import os
import re
import shutil
import subprocess
import time

import pytest
import yaml

from conftest import FOLIO, REPO, SCREENSHOTS, run_folio

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed (make test-deps)")

# Pages of A4 the editions fill today (en: white paper 109, policy brief 24): a range that catches
# an edition printed empty, cut short or repeated, not one that changes with every edit.
PAGES = {"white-paper": range(60, 200), "policy-brief": range(12, 60)}


def front_matter(path):
    return yaml.safe_load(path.read_text().split("---")[1])


def words(text):
    """Text with its white space as single spaces, and a line broken after a hyphen joined again."""
    return re.sub(r"-\s+", "-", " ".join(text.split()))


def text(pdf, page):
    result = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],
                            capture_output=True, text=True, check=True)
    return words(result.stdout)


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    output = tmp_path_factory.mktemp("pdf") / "output"
    start = time.monotonic()
    result = run_folio("pdf", "--lang", "en", "--lang", "el", "--output", str(output))
    seconds = time.monotonic() - start
    assert result.returncode == 0, result.stderr
    summary = [line for line in (result.stdout + result.stderr).splitlines() if line.startswith("pdf: ")]
    print(f"\nfolio pdf --lang en --lang el: {seconds:.1f} s in all; {summary}")
    return output


def snapshot(pdf, name, pages):
    """The first pages of a PDF as PNGs in screenshots/, to look at."""
    SCREENSHOTS.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", str(pages), str(pdf), str(SCREENSHOTS / name)], check=True)


@pytest.mark.parametrize("language", ["en", "el"])
def test_each_edition_is_a_pdf_with_its_title_first_and_the_first_part_after_the_contents(printed, language):
    config = yaml.safe_load((REPO / "folio.yaml").read_text())
    content = REPO / "content"
    first_part = min((front_matter(path)["order"], path.parent.name)
                     for path in (content / "en" / "white-paper").glob("*/index.md"))[1]
    titles = {
        "white-paper": (config["title"][language], front_matter(content / language / "white-paper" / first_part / "index.md")["title"]),
        "policy-brief": (front_matter(content / language / "policy-brief" / "index.md")["title"],) * 2,
    }
    for edition, (cover, first) in titles.items():
        pdf = printed / language / "pdf" / f"{edition}-{language}.pdf"
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        pages = int(re.search(r"(?m)^Pages:\s+(\d+)", info).group(1))
        assert pages in PAGES[edition], (pdf.name, pages)
        # Page 1 is the cover: the edition's title as its heading, and no running head. Every other
        # page starts with its running head: on a left-hand page the edition's title (page 2, the
        # contents), on a right-hand page its part's or chapter's (page 3 opens the first part).
        cover, first = words(cover), words(first)
        assert text(pdf, 1).count(cover) == 1, (pdf.name, text(pdf, 1))
        assert text(pdf, 2).startswith(cover), (pdf.name, text(pdf, 2))
        assert text(pdf, 3).startswith(first + " " + first), (pdf.name, text(pdf, 3))
        assert re.search(r"\b1 / %d\b" % pages, text(pdf, 1)), "page numbers in the bottom margin"
        snapshot(pdf, f"print-{edition}-{language}", 4)


def test_a_page_of_the_site_prints_without_navigation_under_its_running_head(printed, tmp_path):
    """Any page printed from the browser: the print stylesheet hides the header's controls and the
    navigation, the running head names the publication and the page, and a link to another page
    is followed by its published address (folio.js gives it from the canonical URL)."""
    config = yaml.safe_load((REPO / "folio.yaml").read_text())
    title = front_matter(REPO / "content" / "en" / "recommendations" / "pb2-1.md")["title"]
    pdf = tmp_path / "pb2-1.pdf"
    subprocess.run([shutil.which("chromium") or "/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={pdf}",
                    (printed / "en" / "recommendations" / "pb2-1" / "index.html").as_uri()],
                   capture_output=True, timeout=120, check=True)
    first = text(pdf, 1)
    assert first.startswith(config["title"]["en"] + " · Recommendation PB2.1"), first
    assert title in first
    assert "Deutsch" not in first and "Skip to the text" not in first, "the language switcher and the skip link are not printed"
    assert "(https://piste.uniurb.it/en/towns/" in first, "a town's link is followed by its address"
    snapshot(pdf, "print-recommendation-pb2-1", 1)


def test_only_the_printed_languages_have_pdfs_and_links_to_them(printed):
    assert sorted(p.relative_to(printed).as_posix() for p in printed.glob("*/pdf/*.pdf")) == [
        "el/pdf/policy-brief-el.pdf", "el/pdf/white-paper-el.pdf", "en/pdf/policy-brief-en.pdf", "en/pdf/white-paper-en.pdf"]
    part = (printed / "el" / "policy-brief" / "index.html").read_text()
    assert 'href="../../el/pdf/policy-brief-el.pdf"' in part
    chapter = next((printed / "en" / "white-paper" / "themes").glob("*/index.html")).read_text()
    assert '<meta name="citation_pdf_url" content="https://piste.uniurb.it/en/pdf/white-paper-en.pdf">' in chapter
    german = (printed / "de" / "policy-brief" / "index.html").read_text()
    assert "/pdf/" not in german and "citation_pdf_url" not in german


def test_without_chromium_it_says_so_and_exits_2(tmp_path):
    result = subprocess.run([str(FOLIO), "pdf", "--output", str(tmp_path / "out")], cwd=REPO, capture_output=True, text=True,
                            env={**os.environ, "PATH": str(tmp_path)}, timeout=60)
    assert result.returncode == 2
    assert "Chromium is not installed" in result.stderr and "folio build" in result.stderr
    assert not (tmp_path / "out").exists()
