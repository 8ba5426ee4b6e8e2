#!/usr/bin/env python3
"""Times Folio, Hugo and the cmark floor on one generated corpus, interleaved.

    measure.py --corpus DIR --n N [--runs R] [--warmup W] [--folio BIN] [--hugo BIN]
               [--floor BIN] [--edit-runs K] [--out FILE]

Folio is timed twice per round: with a thread per core and with `--jobs 1` (the parallel
scaling). Its corpus says `search: off`: Hugo builds no search index, and Pagefind's time is
measured on its own (BENCHMARKS.md, "Search index"). `--hugo ''` leaves Hugo out (the largest
size). Beside the Markdown table, FILE with `.json` for `.md` holds the medians for
bench/lib/targets.py.

Each round runs every tool once (the order rotates from round to round); the outputs are removed
between runs, untimed. Wall time is measured around the child process with a monotonic clock and
peak RSS and CPU time come from GNU time (`/usr/bin/time -f '%e %U %S %M'`; its own %e has only
10 ms resolution, so the wall time is taken here). Prints a Markdown table and writes it to --out.
"""

import argparse
import glob
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request

LOG = sys.stderr
TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def log(msg):
    print(msg, file=LOG, flush=True)


class Tool:
    def __init__(self, name, argv, cwd, outputs, check, env=None):
        self.name, self.argv, self.cwd = name, argv, cwd
        self.outputs = outputs      # paths (globs) removed before each run, untimed
        self.check = check          # a file that must exist after a successful run
        self.env = env
        self.wall, self.cpu, self.rss = [], [], []
        self.error = None

    def clean(self):
        for pattern in self.outputs:
            for p in glob.glob(pattern):
                if os.path.isdir(p) and not os.path.islink(p):
                    shutil.rmtree(p)
                elif os.path.lexists(p):
                    os.unlink(p)

    def run_once(self, logdir, label):
        """One timed run: (wall s, CPU s, peak RSS MB), or None when it failed.

        Peak RSS comes from /usr/bin/time: wait4() on a child forked from this Python process
        would report Python's own RSS (~20 MB) whenever the tool stays below it."""
        self.clean()
        out = open(os.path.join(logdir, f"{self.name}.{label}.log"), "wb")
        timefile = os.path.join(logdir, f"{self.name}.{label}.time")
        argv = self.argv
        if TIME:
            argv = [TIME, "-f", "%e %U %S %M", "-o", timefile] + argv
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=self.cwd, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, env=self.env, start_new_session=True)
        guard = Watchdog(proc.pid, self.cwd)
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        guard.stop()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.close()
        if guard.why:
            self.error = f"stopped: {guard.why}; log {out.name}"
            return None
        if proc.returncode != 0 or not os.path.exists(self.check):
            with open(out.name, "rb") as f:
                tail = f.read()[-2000:].decode("utf-8", "replace")
            why = f"exit {proc.returncode}" if proc.returncode else f"no {self.check}"
            lines = [x.strip() for x in tail.splitlines() if x.strip()]
            first = next((x for x in lines if "error" in x.lower()), lines[-1] if lines else "")
            self.error = f"{why}: {first[:160]}\n{tail}"
            return None
        if TIME:
            with open(timefile) as f:
                _, user, system, rss_kb = f.read().split()[-4:]
            return wall, float(user) + float(system), int(rss_kb) / 1024.0
        return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0


class Watchdog:
    """Kills a timed run (its process group) before it fills the tmpfs or the memory: outputs
    live in RAM here, and a run that outgrows it would take the machine down with it."""

    MIN_FREE = 2 << 30        # bytes left on the output file system
    MIN_AVAILABLE = 2 << 30   # bytes of MemAvailable

    TIMEOUT = 900.0           # seconds a single run may take (--timeout)

    def __init__(self, pgid, path):
        self.pgid, self.path, self.why = pgid, path, None
        self.deadline = time.monotonic() + self.TIMEOUT
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self):
        while not self._stop.wait(0.25):
            st = os.statvfs(self.path)
            free = st.f_bavail * st.f_frsize
            avail = mem_available()
            if time.monotonic() > self.deadline:
                self.why = f"timed out after {self.TIMEOUT:.0f} s"
            elif free < self.MIN_FREE or (avail is not None and avail < self.MIN_AVAILABLE):
                self.why = (f"low on space (output file system {free / 2**30:.1f} GiB free, "
                            f"memory {avail / 2**30 if avail else 0:.1f} GiB available)")
            if self.why:
                try:
                    os.killpg(self.pgid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                return

    def stop(self):
        self._stop.set()
        self._thread.join()


def mem_available():
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def read_page(path, url):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        pass
    if url:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                return r.read()
        except Exception:
            return None
    return None


def edit_rebuild(name, argv, cwd, source, page_file, page_url, runs, logdir, env=None,
                 ready=None, first_timeout=900):
    """Starts a watching server, edits one page's source `runs` times and times each edit until
    the rebuilt page (on disk, or over HTTP at page_url) carries the edit. Returns seconds.

    The server counts as ready when its log shows `ready` (bytes) or, without one, when the page
    exists and neither the log nor the page has changed for 3 s: a watcher that starts after the
    first build misses edits made during it."""
    with open(source, "r", encoding="utf-8") as f:
        original = f.read()
    out = open(os.path.join(logdir, f"{name}.serve.log"), "wb")
    proc = subprocess.Popen(argv, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL, start_new_session=True, env=env)
    times = []
    try:
        deadline = time.monotonic() + first_timeout
        while read_page(page_file, page_url) is None:
            if proc.poll() is not None:
                raise RuntimeError(f"{name} server exited with {proc.returncode}; see {out.name}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"{name} server: {page_file} never appeared")
            time.sleep(0.05)
        quiet_since, last = time.monotonic(), None
        while True:
            with open(out.name, "rb") as f:
                logtext = f.read()
            if ready and ready in logtext:
                break
            try:
                state = (len(logtext), os.stat(page_file).st_mtime_ns)
            except OSError:
                state = (len(logtext), None)
            if state != last:
                last, quiet_since = state, time.monotonic()
            elif not ready and time.monotonic() - quiet_since > 3:
                break
            if proc.poll() is not None:
                raise RuntimeError(f"{name} server exited with {proc.returncode}; see {out.name}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"{name} server never became ready; see {out.name}")
            time.sleep(0.1)
        time.sleep(1.0)
        head, sep, rest = original.partition("\n---\n")
        for k in range(runs):
            marker = f"Benchmarkedit{k}q{int(time.time() * 1000) % 100000}"
            # the first body paragraph gets one more word
            body = rest.lstrip("\n")
            first, nl, others = body.partition("\n")
            edited = head + sep + "\n" + first.replace(" ", f" {marker} ", 1) + nl + others
            with open(source, "w", encoding="utf-8") as f:
                f.write(edited)
            t0 = time.perf_counter()
            needle = marker.encode()
            deadline = time.monotonic() + 60
            while True:
                page = read_page(page_file, page_url)
                if page is not None and needle in page:
                    times.append(time.perf_counter() - t0)
                    break
                if proc.poll() is not None:
                    raise RuntimeError(f"{name} server exited; see {out.name}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{name} server: edit {k} never showed in {page_file}")
                time.sleep(0.002)
            time.sleep(1.0)
    finally:
        with open(source, "w", encoding="utf-8") as f:
            f.write(original)
        if proc.poll() is None:
            for sig, wait in ((signal.SIGINT, 5), (signal.SIGTERM, 5), (signal.SIGKILL, 5)):
                try:
                    os.killpg(proc.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    proc.wait(wait)
                    break
                except subprocess.TimeoutExpired:
                    continue
        out.close()
    return times


def cmd_out(argv):
    try:
        r = subprocess.run(argv, capture_output=True, text=True, timeout=60)
        return (r.stdout or r.stderr).strip().splitlines()[0]
    except Exception:
        return "not found"


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = 0
    try:
        with open("/proc/meminfo") as f:
            mem = int(f.readline().split()[1]) / 1024 / 1024
    except OSError:
        pass
    osname = platform.system()
    try:
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    osname = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return (f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB RAM; {osname}, "
            f"Linux {platform.release()}")


def fmt(x, nd=2):
    return f"{x:.{nd}f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--folio", default="")
    ap.add_argument("--folio-note", default="not built")
    ap.add_argument("--hugo", default=shutil.which("hugo") or "")
    ap.add_argument("--no-hugo", action="store_true", help="leave Hugo out at this size")
    ap.add_argument("--floor", default="")
    ap.add_argument("--edit-runs", type=int, default=5)
    ap.add_argument("--out", default="")
    ap.add_argument("--timeout", type=float, default=Watchdog.TIMEOUT,
                    help="seconds one run may take before it is stopped (default 900)")
    a = ap.parse_args()
    Watchdog.TIMEOUT = a.timeout

    c = os.path.realpath(a.corpus)
    for attr in ("folio", "hugo", "floor"):
        if getattr(a, attr):
            setattr(a, attr, os.path.abspath(getattr(a, attr)))
    pages = 2 * a.n
    logdir = os.path.join(c, "logs")
    os.makedirs(logdir, exist_ok=True)
    env = dict(os.environ, HUGO_CACHEDIR=os.path.join(c, "hugo-cache"))

    tools, missing = [], []
    if a.folio and os.access(a.folio, os.X_OK):
        search_off(os.path.join(c, "folio", "folio.yaml"))
        for name, extra in (("folio build", []), ("folio build, 1 thread", ["--jobs", "1"])):
            tools.append(Tool(name, [a.folio, "build"] + extra, os.path.join(c, "folio"),
                              [os.path.join(c, "folio", "output"),
                               os.path.join(c, "folio", "output.folio-*")],
                              os.path.join(c, "folio", "output", "en", "index.html")))
    else:
        missing.append(("folio build", a.folio_note))
    if a.no_hugo:
        a.hugo = ""
        missing.append(("hugo", "not run at this size"))
    elif a.hugo:
        tools.append(Tool("hugo", [a.hugo, "--source", os.path.join(c, "hugo"), "--destination",
                                   os.path.join(c, "hugo-out"), "--quiet"], c,
                          [os.path.join(c, "hugo-out")],
                          os.path.join(c, "hugo-out", "en", "index.html"), env=env))
    else:
        missing.append(("hugo", "not installed"))
    if a.floor:
        for t in (1, 2):
            tools.append(Tool(f"cmark floor, {t} thread{'s' if t > 1 else ''}",
                              [a.floor, str(t), os.path.join(c, "bodies"),
                               os.path.join(c, f"floor-out-{t}")], c,
                              [os.path.join(c, f"floor-out-{t}")],
                              os.path.join(c, f"floor-out-{t}", "en.index.html")))
    else:
        missing.append(("cmark floor", "not built"))

    total = a.warmup + a.runs
    stat0, t_start, own0 = cpu_ticks(), time.monotonic(), own_cpu()
    for r in range(total):
        label = f"warmup{r + 1}" if r < a.warmup else f"run{r - a.warmup + 1}"
        k = r % len(tools) if tools else 0
        order = tools[k:] + tools[:k]
        for t in order:
            if t.error:
                continue
            res = t.run_once(logdir, label)
            if res is None:
                log(f"  {t.name}: FAILED ({t.error.splitlines()[0]})")
                continue
            log(f"  N={a.n} {label:8s} {t.name:24s} {res[0]:8.3f} s  {res[2]:8.1f} MB")
            if r >= a.warmup:
                t.wall.append(res[0])
                t.cpu.append(res[1])
                t.rss.append(res[2])
    for t in tools:
        t.clean()
    background = None
    if stat0 is not None and tools:
        # CPU time the machine spent on anything but the timed tools, as a share of its capacity
        hz = os.sysconf("SC_CLK_TCK")
        busy = (cpu_ticks() - stat0) / hz
        span = (time.monotonic() - t_start) * os.cpu_count()
        ours = own_cpu() - own0     # this script, the cleaning and the timed tools
        background = max(0.0, busy - ours) / span * 100 if span > 0 else None

    # one-page edit rebuilds, where a watching server exists
    edits = []
    if a.edit_runs > 0:
        chapter_dir = os.path.join(c, "folio", "content", "en", "white-paper")
        part = sorted(d for d in os.listdir(chapter_dir) if d.startswith("part-"))[0]
        chapter = sorted(f for f in os.listdir(os.path.join(chapter_dir, part))
                         if f != "index.md")[0]
        rel = f"white-paper/{part}/{chapter}"
        page_rel = os.path.join("en", "white-paper", part, chapter[:-3], "index.html")
        if any(t.name == "folio build" for t in tools):
            helptext = subprocess.run([a.folio, "serve", "--help"], capture_output=True,
                                      text=True).stdout
            probe = subprocess.run([a.folio, "--help"], capture_output=True, text=True)
            if "serve" in (probe.stdout + probe.stderr) and helptext:
                port = free_port()
                argv = [a.folio, "serve"] + (["--port", str(port)] if "--port" in helptext else [])
                url = f"http://127.0.0.1:{port}/{page_rel[:-len('index.html')]}" \
                    if "--port" in helptext else None
                try:
                    times = edit_rebuild("folio", argv, os.path.join(c, "folio"),
                                         os.path.join(c, "folio", "content", "en", rel),
                                         os.path.join(c, "folio", "output", page_rel), url,
                                         a.edit_runs, logdir)
                    edits.append(("folio serve", times, ""))
                except Exception as e:  # report, don't abort the benchmark
                    edits.append(("folio serve", [], str(e)))
                shutil.rmtree(os.path.join(c, "folio", "output"), ignore_errors=True)
            else:
                edits.append(("folio serve", [], "no serve command yet"))
        if a.hugo:
            port = free_port()
            dest = os.path.join(c, "hugo-serve")
            argv = [a.hugo, "server", "--source", os.path.join(c, "hugo"), "--destination", dest,
                    "--renderToDisk", "--disableFastRender", "--disableLiveReload",
                    "--bind", "127.0.0.1", "--port", str(port)]
            try:
                times = edit_rebuild("hugo", argv, c, os.path.join(c, "hugo", "content", "en", rel),
                                     os.path.join(dest, page_rel), None, a.edit_runs, logdir,
                                     env=env, ready=b"Web Server is available")
                edits.append(("hugo server", times, ""))
            except Exception as e:
                edits.append(("hugo server", [], str(e)))
            shutil.rmtree(dest, ignore_errors=True)

    # report
    lines = [f"### N = {a.n:,} pages per language ({pages:,} pages)", "",
             f"{a.runs} interleaved runs after {a.warmup} warm-up; output on "
             f"{fs_type(c)} ({c})" + (f"; other CPU load on the machine meanwhile: "
                                          f"{background:.0f}% of its capacity" if background
                                          is not None else "") + ".", "",
             "| tool | median s | min–max s | pages/s | CPU s (median) | peak RSS MB |",
             "|---|---:|---:|---:|---:|---:|"]
    for t in tools:
        if t.wall:
            med = statistics.median(t.wall)
            lines.append(f"| {t.name} | {fmt(med, 3)} | {fmt(min(t.wall), 3)}–{fmt(max(t.wall), 3)}"
                         f" | {pages / med:,.0f} | {fmt(statistics.median(t.cpu), 3)}"
                         f" | {fmt(max(t.rss), 1)} |")
        else:
            first = (t.error or "no runs").splitlines()[0].replace("|", "\\|")
            lines.append(f"| {t.name} | failed ({first}) | | | | |")
    for name, why in missing:
        lines.append(f"| {name} | {why} | | | | |")
    if edits:
        lines += ["", f"One-page edit (a word added to the first paragraph of `{rel}`) until the "
                  "rebuilt page carries it, with the watching server already running:", "",
                  "| server | edits | median ms | min–max ms |", "|---|---:|---:|---:|"]
        for name, times, why in edits:
            if times:
                ms = [x * 1000 for x in times]
                lines.append(f"| {name} | {len(ms)} | {statistics.median(ms):.0f} | "
                             f"{min(ms):.0f}–{max(ms):.0f} |")
            else:
                lines.append(f"| {name} | – | {why.splitlines()[0] if why else 'n/a'} | |")
    text = "\n".join(lines) + "\n"
    print(text)
    if a.out:
        os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(f"<!-- {machine()} -->\n" + text)
        medians = {t.name: {"seconds": statistics.median(t.wall), "cpu": statistics.median(t.cpu),
                            "rss_mb": max(t.rss)} for t in tools if t.wall}
        with open(os.path.splitext(a.out)[0] + ".json", "w", encoding="utf-8") as f:
            json.dump({"n": a.n, "pages": pages, "tools": medians}, f, indent=1, sort_keys=True)
    failed = [t for t in tools if t.error]
    return 1 if failed else 0


def search_off(config):
    """Writes `search: off` into the corpus's folio.yaml unless it names a search mode."""
    with open(config, encoding="utf-8") as f:
        text = f.read()
    if not any(line.startswith("search:") for line in text.splitlines()):
        with open(config, "a", encoding="utf-8") as f:
            f.write("\nsearch: off\n")


def own_cpu():
    import resource
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        r = resource.getrusage(who)
        total += r.ru_utime + r.ru_stime
    return total


def cpu_ticks():
    """Busy CPU ticks of the whole machine so far (/proc/stat), or None."""
    try:
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
        return sum(v[:8]) - v[3] - v[4]   # all but idle and iowait (guest is inside user)
    except (OSError, ValueError, IndexError):
        return None


def fs_type(path):
    try:
        r = subprocess.run(["stat", "-f", "-c", "%T", path], capture_output=True, text=True)
        return r.stdout.strip() or "unknown fs"
    except OSError:
        return "unknown fs"


if __name__ == "__main__":
    sys.exit(main())
