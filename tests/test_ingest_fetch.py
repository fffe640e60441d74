"""URL fetching against a local server: errors carry the status, loops and slow servers are
bounded, private addresses are refused unless allowed."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from counterpoint.ingest import fetch_url, read_inputs

BODY = "The delegation arrived in the capital on Monday and met the prime minister. " * 6
PAGE = f"<html><head><title>Delegation visit</title></head><body><article><p>{BODY}</p><p>{BODY}</p></article></body></html>"


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        if self.path == "/ok":
            data = PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        elif self.path.startswith("/loop"):
            n = int(self.path[5:] or 0)
            self.send_response(302)
            self.send_header("Location", f"/loop{n + 1}")
            self.end_headers()
        elif self.path == "/hop":
            self.send_response(301)
            self.send_header("Location", "/ok")
            self.end_headers()
        elif self.path == "/slow":
            time.sleep(3)
            self.send_response(200)
            self.end_headers()
        elif self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body><p>" + b"x" * 200_000 + b"</p></body></html>")
        elif self.path == "/500":
            self.send_error(500)
        else:
            self.send_error(404)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_ok_goes_through_html_path(server):
    doc = fetch_url(f"{server}/ok", timeout=5, max_bytes=1_000_000, allow_private=True)
    assert doc.error is None and doc.title == "Delegation visit"
    assert doc.url == f"{server}/ok" and doc.outlet == "127.0.0.1" and "delegation arrived" in doc.text


@pytest.mark.parametrize(
    ("path", "code", "fragment"),
    [
        ("/missing", "[E007]", "404"),
        ("/500", "[E007]", "500"),
        ("/loop", "[E007]", "redirects"),
        ("/big", "[E003]", "limit"),
    ],
)
def test_fetch_errors(server, path, code, fragment):
    doc = fetch_url(server + path, timeout=5, max_bytes=100_000, allow_private=True)
    assert doc.text is None and doc.error.startswith(code) and fragment in doc.error
    assert doc.source == server + path


def test_redirect_is_followed(server):
    doc = fetch_url(f"{server}/hop", timeout=5, max_bytes=1_000_000, allow_private=True)
    assert doc.error is None and doc.title == "Delegation visit"


def test_timeout_bounds_total_time(server):
    t0 = time.monotonic()
    doc = fetch_url(f"{server}/slow", timeout=1.0, max_bytes=1_000_000, allow_private=True)
    assert time.monotonic() - t0 < 2.5
    assert doc.error.startswith("[E007]") and "timed out" in doc.error


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x",
        "http://localhost/x",
        "http://169.254.169.254/latest",
        "http://10.0.0.1/",
        "http://[::1]/",
    ],
)
def test_private_addresses_refused_by_default(url):
    doc = fetch_url(url, timeout=1, max_bytes=1000, allow_private=False)
    assert doc.error.startswith("[E012]") and "non-public" in doc.error


def test_read_inputs_fetches_urls(server):
    docs = list(read_inputs([f"{server}/ok", f"{server}/missing"], allow_private=True, timeout=5))
    assert [d.error is None for d in docs] == [True, False]


@pytest.mark.parametrize(
    ("url", "want_url", "host", "sni"),
    [
        ("https://news.example/a?x=1", "https://93.184.216.34/a?x=1", "news.example", "news.example"),
        ("http://news.example:8080/a", "http://93.184.216.34:8080/a", "news.example:8080", None),
    ],
)
def test_fetch_connects_to_the_checked_address(monkeypatch, url, want_url, host, sni):
    """DNS rebinding: the connection goes to the address that passed the check, with the
    original name in the Host header and as the TLS server name."""
    import socket

    import httpx

    from counterpoint.ingest import fetch as F

    answers = iter(["93.184.216.34", "127.0.0.1"])  # a rebinding resolver: public, then private

    def resolver(host_, port, *a, **k):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    monkeypatch.setattr(F.socket, "getaddrinfo", resolver)
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, headers={"content-type": "text/html"}, content=b"<p>ok</p>")

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        final, body, _ = F._get(client, url, deadline=time.monotonic() + 5, max_bytes=1000, allow_private=False)
    assert (final, body) == (url, b"<p>ok</p>")
    assert str(seen[0].url) == want_url
    assert seen[0].headers["host"] == host
    assert seen[0].extensions.get("sni_hostname") == sni
