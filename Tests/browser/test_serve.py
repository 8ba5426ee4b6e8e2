"""`folio serve` against the running server: what it refuses, what it answers, how it holds up
under load while files change, and the error overlay and live reload in a real browser."""
import http.client
import os
import random
import socket
import threading
import time

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import run_folio
from serve_support import Server, copy_fixture_site, copy_real_site, save


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    site = copy_real_site(tmp_path_factory.mktemp("serve"))
    server = Server(site)
    yield server
    server.stop()


def raw(server, data):
    """Sends bytes as they are (no client library tidies them) and returns the status line."""
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(data)
        return connection.recv(4096).split(b"\r\n")[0].decode()


TRAVERSALS = ["/../etc/passwd", "/en/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2e/%2e%2e/etc/passwd",
              "/en/%2e%2e/%2e%2e/etc/passwd", "/en%2f..%2f..%2fetc%2fpasswd", "/en/..%5c..%5cetc%5cpasswd",
              "/en\\..\\..\\etc\\passwd", "//etc/passwd", "/en/%00", "/en/index.html%00.css", "/./en/"]


@pytest.mark.parametrize("target", TRAVERSALS)
def test_no_traversal_of_any_kind(real, target):
    status = raw(real, f"GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    assert status == "HTTP/1.1 400 Bad Request", (target, status)


@pytest.mark.parametrize("request_bytes", [
    b"GARBAGE\r\n\r\n", b"GET /en/ HTTP/9.9\r\n\r\n", b"GET\r\n\r\n", b"GET /en/ HTTP/1.1\r\nBad Header\r\n\r\n",
    b"GET http://evil.example/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n", b"GET C:\\Windows HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /en/ HTTP/1.1\r\nContent-Length: -1\r\n\r\n", b"\x00\x01\x02\r\n\r\n",
])
def test_malformed_requests_get_400_and_the_server_goes_on(real, request_bytes):
    assert raw(real, request_bytes).startswith("HTTP/1.1 400"), request_bytes
    assert real.get("/en/")[0] == 200


def test_only_get_and_head(real):
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]:
        status, headers, _ = real.get("/en/", method=method)
        assert status == 405 and headers["Allow"] == "GET, HEAD", method
    status, headers, body = real.get("/en/", method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 1000


def test_content_types_say_utf8(real):
    expected = {"/en/": "text/html; charset=utf-8", "/assets/folio.css": "text/css; charset=utf-8",
                "/sitemap.xml": "application/xml; charset=utf-8"}
    for path, content_type in expected.items():
        status, headers, _ = real.get(path)
        assert (status, headers["Content-Type"]) == (200, content_type), path


def test_no_listings_and_a_404_page_with_the_nearest_paths(real):
    status, _, body = real.get("/assets/")
    assert status == 404 and b">folio.css<" not in body and b"Index of" not in body
    status, headers, body = real.get("/en/towns/bebr/")
    assert status == 404 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert b'class="not-found"' in body  # the theme's own 404 page
    assert b'<li><a href="/en/towns/bebra/">/en/towns/bebra/</a></li>' in body.split(b"folio-nearest")[1][:200]
    assert raw(real, b"GET /en HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n") == "HTTP/1.1 301 Moved Permanently"


def test_the_served_site_never_touches_output_and_a_build_runs_beside_it(real):
    assert not (real.root / "output").exists()
    result = run_folio("build", "--root", str(real.root))
    assert result.returncode == 0, result.stderr
    assert real.get("/en/")[0] == 200


def test_host_0_0_0_0_prints_a_warning(tmp_path):
    server = Server(copy_fixture_site(tmp_path), "--host", "0.0.0.0")
    try:
        time.sleep(0.2)
        assert server.get("/pub/en/")[0] == 200
    finally:
        server.stop()
    assert "warning: --host 0.0.0.0 serves the preview to every network" in server.stderr()


def test_load_while_editing_has_no_failed_request(tmp_path):
    """64 connections for 10 s (5 s in CI) while a page is saved every 0.2 s: every answer is a 200
    with a whole page (never a half-built one)."""
    site = copy_real_site(tmp_path)
    server = Server(site)
    seconds = 5 if os.environ.get("CI") else 10
    paths = ["/en/", "/de/", "/en/towns/bebra/", "/el/towns/", "/assets/folio.css", "/sitemap.xml", "/nl/"]
    host, port = server.url.removeprefix("http://").split(":")
    stop = time.time() + seconds
    counts, failures, lock = [0], [], threading.Lock()

    def client(number):
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        chooser = random.Random(number)
        while time.time() < stop:
            path = chooser.choice(paths)
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                body = response.read()
                whole = body.endswith(b"</html>\n") or not path.endswith("/")
                if response.status != 200 or not whole:
                    raise AssertionError(f"{path}: {response.status}, {len(body)} bytes")
            except Exception as error:  # noqa: BLE001 - every kind of failure counts
                with lock:
                    failures.append(repr(error))
                connection.close()
                connection = http.client.HTTPConnection(host, int(port), timeout=10)
                continue
            with lock:
                counts[0] += 1
        connection.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(64)]
    for thread in threads:
        thread.start()
    page = site / "content" / "en" / "towns" / "bebra.md"
    original = page.read_text(encoding="utf-8")
    edits = 0
    while time.time() < stop:
        save(site, page, original + f"\nEdit {edits}.\n")
        edits += 1
        time.sleep(0.2)
    for thread in threads:
        thread.join()
    state = server.state()
    server.stop()
    print(f"load: {counts[0]} requests in {seconds} s over 64 connections, {edits} edits, {state['builds']} builds")
    assert failures == []
    assert counts[0] > 64 and state["builds"] > 2


def test_overlay_shows_each_diagnostic_as_the_cli_prints_it_and_clears_when_fixed(tmp_path, browser, shoot):
    site = copy_real_site(tmp_path)
    server = Server(site)
    try:
        page = site / "content" / "en" / "towns" / "bebra.md"
        good = page.read_text(encoding="utf-8")
        assert "](town:ninove)" in good
        browser.get(server.url + "/en/towns/bebra/")
        browser.execute_script("window.scrollTo(0, 400)")
        WebDriverWait(browser, 10).until(lambda b: b.execute_script("return window.scrollY") == 400)
        builds = server.state()["builds"]
        save(site, page, good.replace("](town:ninove)", "](town:ninovx)", 1))
        state = server.wait_for_build(builds)
        assert not state["ok"]
        overlay = WebDriverWait(browser, 10).until(lambda b: b.find_element(By.ID, "folio-overlay"))
        shown = [browser.execute_script("return arguments[0].textContent", element)
                 for element in overlay.find_elements(By.CLASS_NAME, "folio-diagnostic")]
        # Exactly what `folio check` prints for the same files, one block per diagnostic.
        check = run_folio("check", "--root", str(site))
        assert check.returncode == 1
        assert "\n".join(shown) + "\n" == check.stderr
        assert shown[0].startswith("content/en/towns/bebra.md:") and ": error: no town 'ninovx'" in shown[0]
        shoot("serve-overlay")
        builds = state["builds"]
        save(site, page, good.replace("Bebra is a lasting", "Bebra (edited) is a lasting", 1))
        assert server.wait_for_build(builds)["ok"]
        WebDriverWait(browser, 10).until(lambda b: "Bebra (edited) is a lasting" in b.page_source)
        assert browser.find_elements(By.ID, "folio-overlay") == []
        WebDriverWait(browser, 10).until(lambda b: b.execute_script("return window.scrollY") == 400)
    finally:
        server.stop()


def test_a_site_that_does_not_build_yet_shows_its_errors_until_fixed(tmp_path):
    site = copy_fixture_site(tmp_path)
    page = site / "content" / "en" / "index.md"
    good = page.read_text(encoding="utf-8")
    page.write_text(good.replace("](town:north)", "](town:nowhere)"), encoding="utf-8")
    server = Server(site)
    try:
        status, _, body = server.get("/pub/en/")
        assert status == 503 and b"content/en/index.md:" in body and b"no town &#39;nowhere&#39;" in body
        builds = server.state()["builds"]
        save(site, page, good)
        assert server.wait_for_build(builds)["generation"] == 1
        assert server.get("/pub/en/")[0] == 200
    finally:
        server.stop()
