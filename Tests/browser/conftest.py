"""Fixtures for the reader-facing tests: the real site built by the release binary, served on
loopback, and a headless Chromium (Debian's chromium + chromium-driver) driven by selenium."""
import functools
import http.server
import os
import shutil
import socketserver
import subprocess
import threading
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

REPO = Path(__file__).resolve().parents[2]
FOLIO = REPO / ".build" / "release" / "folio"
SCREENSHOTS = REPO / "screenshots"
# Where the sub-path server serves the built site.
SUB_PATH = "/sub/path/"


def run_folio(*args, cwd=REPO):
    return subprocess.run([str(FOLIO), *args], cwd=cwd, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """Builds content/ into a temporary output folder and serves it."""
    assert FOLIO.exists(), "build the release binary first: swift build -c release --product folio"
    output = tmp_path_factory.mktemp("site") / "output"
    result = run_folio("build", "--output", str(output))
    assert result.returncode == 0, result.stderr
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(output))

    class Quiet(handler.func):
        def log_message(self, *args):
            pass

    class Server(socketserver.ThreadingTCPServer):
        allow_reuse_address = True
        daemon_threads = True

    server = Server(("127.0.0.1", 0), functools.partial(Quiet, directory=str(output)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield {"url": f"http://127.0.0.1:{server.server_address[1]}", "output": output, "summary": result.stdout}
    server.shutdown()


@pytest.fixture(scope="session")
def sub_path_server(site):
    """Serves the built folder under /sub/path/ only, as GitHub Pages serves a project site."""
    output = str(site["output"])

    class UnderPrefix(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=output, **kwargs)

        def translate_path(self, path):
            if not path.startswith(SUB_PATH):
                return "/nonexistent/outside/the/prefix"
            return super().translate_path("/" + path[len(SUB_PATH):])

        def log_message(self, *args):
            pass

    class Server(socketserver.ThreadingTCPServer):
        allow_reuse_address = True
        daemon_threads = True

    server = Server(("127.0.0.1", 0), UnderPrefix)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def chromium(arguments=(), prefs=None):
    """A headless Chromium (Debian's) with extra command-line `arguments` and preferences."""
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--disable-dev-shm-usage", *arguments]:
        options.add_argument(argument)
    if prefs:
        options.add_experimental_option("prefs", prefs)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


@pytest.fixture(scope="session")
def browser():
    driver = chromium()
    yield driver
    driver.quit()


@pytest.fixture
def shoot(browser):
    """Saves a screenshot to screenshots/ (kept out of git) for people to look at."""
    SCREENSHOTS.mkdir(exist_ok=True)

    def save(name):
        browser.save_screenshot(str(SCREENSHOTS / f"{name}.png"))

    return save
