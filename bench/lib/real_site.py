#!/usr/bin/env python3
"""Times `folio build` of the real site (the repository's folio.yaml, content/ and themes/).

    real_site.py --folio BIN --work DIR [--runs 5] [--out FILE.json]

Copies the site to DIR (a tmpfs), writes `search: off` into the copy's folio.yaml (Pagefind is
measured on its own, BENCHMARKS.md "Search index"), and builds it RUNS times into an empty
folder after one warm-up, the previous output removed untimed. Prints the median and writes
{"seconds", "runs", "pages"} to FILE for bench/lib/targets.py.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.realpath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--folio", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", default="")
    a = ap.parse_args()

    site = os.path.join(a.work, "real-site")
    shutil.rmtree(site, ignore_errors=True)
    os.makedirs(site)
    for name in ("content", "themes"):
        shutil.copytree(os.path.join(REPO, name), os.path.join(site, name))
    with open(os.path.join(REPO, "folio.yaml"), encoding="utf-8") as f:
        config = [line for line in f.read().splitlines() if not line.startswith("search:")]
    with open(os.path.join(site, "folio.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(config + ["search: off", ""]))

    output = os.path.join(site, "output")
    times = []
    for run in range(a.runs + 1):
        shutil.rmtree(output, ignore_errors=True)
        t0 = time.perf_counter()
        done = subprocess.run([os.path.abspath(a.folio), "build"], cwd=site, capture_output=True, text=True)
        elapsed = time.perf_counter() - t0
        if done.returncode != 0:
            print(f"real_site: folio build failed (exit {done.returncode}):\n{done.stderr[-2000:]}", file=sys.stderr)
            return 1
        if run > 0:
            times.append(elapsed)
    pages = sum(1 for _, _, files in os.walk(output) for name in files if name.endswith(".html"))
    shutil.rmtree(site, ignore_errors=True)
    median = statistics.median(times)
    print(f"real site: {pages} HTML files, folio build median {median:.3f} s "
          f"(runs: {', '.join(f'{x:.3f}' for x in times)})")
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            json.dump({"seconds": median, "runs": times, "pages": pages}, f, indent=1, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
