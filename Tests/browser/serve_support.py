"""`folio serve` as the tests drive it: a copy of a site, the server started on a free port, its
state read over HTTP, and edits written the way editors' tools save (a new file moved into place),
so that each edit is one change the server sees."""
import json
import os
import re
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from conftest import FOLIO, REPO
from test_cli import copy_site as copy_fixture_site  # noqa: F401 - one copy of a fixture site for all tests

SCRIPT = re.compile(rb'<script id="folio-live-reload">.*?</script>\n', re.S)


def copy_real_site(tmp_path):
    site = tmp_path / "real"
    site.mkdir()
    for name in ["content", "themes"]:
        shutil.copytree(REPO / name, site / name)
    shutil.copy(REPO / "folio.yaml", site / "folio.yaml")
    return site


def save(root, path, text):
    """Writes `text` to `path` as editors' tools do: into a new file (in the site's root folder, where
    the server only watches folio.yaml), then renamed into place, one event for the server."""
    temporary = Path(root) / f".folio-test-{os.getpid()}"
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


class Server:
    """`folio serve --port 0` on a site; stops when the test ends."""

    def __init__(self, root, *extra):
        self.root = Path(root)
        # Every build prints its diagnostics and summary to standard error. Into a file, not a pipe
        # nobody reads: a pipe holds 64 KiB (about 90 builds of the fixture), then the server's next
        # write blocks its watcher thread and no save is rebuilt again.
        self.log = self.root.parent / f"{self.root.name}-serve.log"
        with open(self.log, "w") as log:
            self.process = subprocess.Popen([str(FOLIO), "serve", "--root", str(root), "--port", "0", *extra],
                                            stdout=subprocess.PIPE, stderr=log, text=True)
        line = self.process.stdout.readline()
        match = re.match(r"serving (http://[^ ]+/) ", line)
        assert match, line + self.stderr()
        self.url = match.group(1).rstrip("/")

    def stderr(self):
        """What the server printed to standard error so far."""
        return self.log.read_text(encoding="utf-8")

    def state(self):
        with urllib.request.urlopen(self.url + "/__folio/state", timeout=10) as response:
            return json.loads(response.read())

    def get(self, path, method="GET"):
        """(status, headers, body) of a request; errors are answers too."""
        request = urllib.request.Request(self.url + path, method=method)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    def wait_for_build(self, after, timeout=60):
        """Waits until a build after build number `after` has finished; returns the state."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            state = self.state()
            if state["builds"] > after:
                return state
            time.sleep(0.01)
        raise AssertionError(f"no build after {after} within {timeout} s; the server printed:\n{self.stderr()[-4000:]}")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)
