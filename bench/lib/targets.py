#!/usr/bin/env python3
"""The throughput targets (issue 18) against one `bench/run`'s measurements.

    targets.py RESULTS_DIR [--sizes 1000,10000,100000]

Reads RESULTS_DIR/<N>.json (bench/lib/measure.py) and RESULTS_DIR/real-site.json
(bench/lib/real_site.py) and prints a Markdown table: each target, what was measured, and
whether it is met. A target whose measurement is missing (a size not run, a tool that failed)
says so. Exit status 0 either way: an unmet target is a finding, not a failed run.
"""

import argparse
import json
import os
import sys

FOLIO, FOLIO_1, HUGO, FLOOR_2 = "folio build", "folio build, 1 thread", "hugo", "cmark floor, 2 threads"


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def tool(results, n, name):
    return ((results.get(n) or {}).get("tools") or {}).get(name)


def rows(results, real):
    """(target, measured, met) for each target; met is None when it could not be measured."""
    out = []

    def ratio_row(target, n, numerator, denominator, limit, at_least, describe):
        a, b = tool(results, n, numerator), tool(results, n, denominator)
        if not a or not b:
            missing = numerator if not a else denominator
            out.append((target, f"not measured ({missing} at N = {n:,} missing)", None))
            return
        value = a["seconds"] / b["seconds"]
        out.append((target, describe(value, a, b), value >= limit if at_least else value <= limit))

    ratio_row("N = 10,000/language: Folio within 2.5 × the cmark floor (2 threads)", 10000, FOLIO, FLOOR_2,
              2.5, False, lambda v, a, b: f"{v:.2f} × ({a['seconds']:.2f} s against {b['seconds']:.2f} s)")
    ratio_row("N = 10,000/language: at least 6 × Hugo's throughput", 10000, HUGO, FOLIO,
              6.0, True, lambda v, a, b: f"{v:.2f} × ({b['seconds']:.2f} s against {a['seconds']:.2f} s)")
    folio, hugo = tool(results, 10000, FOLIO), tool(results, 10000, HUGO)
    if folio and hugo:
        share = folio["rss_mb"] / hugo["rss_mb"]
        out.append(("N = 10,000/language: peak RSS at most 1/10 of Hugo's",
                    f"{share:.3f} ({folio['rss_mb']:,.0f} MB against {hugo['rss_mb']:,.0f} MB)", share <= 0.1))
    else:
        out.append(("N = 10,000/language: peak RSS at most 1/10 of Hugo's", "not measured", None))
    ratio_row("N = 1,000/language: at least 6 × Hugo's throughput", 1000, HUGO, FOLIO,
              6.0, True, lambda v, a, b: f"{v:.2f} × ({b['seconds']:.3f} s against {a['seconds']:.3f} s)")

    small, large = tool(results, 10000, FOLIO), tool(results, 100000, FOLIO)
    if small and large:
        per_small = small["seconds"] / results[10000]["pages"]
        per_large = large["seconds"] / results[100000]["pages"]
        growth = per_large / per_small
        out.append(("N = 100,000/language: time per page within 1.2 × that at 10,000",
                     f"{growth:.2f} × ({per_large * 1e6:.0f} µs against {per_small * 1e6:.0f} µs a page; "
                     f"{results[100000]['pages'] / large['seconds']:,.0f} pages/s)", growth <= 1.2))
    else:
        out.append(("N = 100,000/language: time per page within 1.2 × that at 10,000", "not measured", None))
    if large:
        out.append(("N = 100,000/language: peak RSS at most 2 GiB",
                    f"{large['rss_mb'] / 1024:.2f} GiB", large["rss_mb"] <= 2048))
    else:
        out.append(("N = 100,000/language: peak RSS at most 2 GiB", "not measured", None))

    for n in sorted(results):
        one, two = tool(results, n, FOLIO_1), tool(results, n, FOLIO)
        if n >= 10000 and one and two:
            speedup = one["seconds"] / two["seconds"]
            out.append((f"N = {n:,}/language: `--jobs 2` at least 1.7 × as fast as `--jobs 1`",
                        f"{speedup:.2f} × ({one['seconds']:.2f} s against {two['seconds']:.2f} s)", speedup >= 1.7))

    if real:
        out.append(("The real site at most 0.2 s", f"{real['seconds']:.3f} s ({real['pages']:,} HTML files, median of "
                    f"{len(real['runs'])})", real["seconds"] <= 0.2))
    else:
        out.append(("The real site at most 0.2 s", "not measured", None))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("--sizes", default="1000,10000,100000")
    a = ap.parse_args()
    results = {}
    for n in (int(x) for x in a.sizes.split(",") if x):
        data = load(os.path.join(a.results, f"{n}.json"))
        if data:
            results[n] = data
    table = rows(results, load(os.path.join(a.results, "real-site.json")))
    print("| target (issue 18) | measured | met |")
    print("|---|---|---|")
    for target, measured, met in table:
        print(f"| {target} | {measured} | {'—' if met is None else 'yes' if met else '**no**'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
