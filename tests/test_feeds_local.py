"""Feeds: an RSS file and its articles served from 127.0.0.1, ingested twice without duplicates."""

from __future__ import annotations

import http.server
import threading

import pytest

from counterpoint.pipeline import analyze_feeds
from counterpoint.store import Store

ARTICLE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{body}</p><p>The council said the talks would continue next week in the capital, according to officials.</p>
<p>Residents gathered outside the town hall on Monday as the meeting began and continued for hours.</p>
</article></body></html>"""

PAGES = {
    "/a1.html": ARTICLE.format(title="Council meets envoy", body="The regional council met the envoy on 3 March 2025 to discuss the water dispute with the neighbouring province."),
    "/a2.html": ARTICLE.format(title="Envoy leaves", body="The envoy left the province on 5 March 2025 after two days of talks with the council and local leaders."),
    "/a2-copy.html": ARTICLE.format(title="Envoy leaves", body="The envoy left the province on 5 March 2025 after two days of talks with the council and local leaders."),
}


def _rss(base: str) -> str:
    items = "".join(
        f"<item><title>{t}</title><link>{base}{p}</link><pubDate>{d}</pubDate></item>"
        for p, t, d in [("/a1.html", "Council meets envoy", "Tue, 04 Mar 2025 10:00:00 GMT"),
                        ("/a2.html", "Envoy leaves", "Thu, 06 Mar 2025 10:00:00 GMT"),
                        ("/a2-copy.html", "Envoy leaves (copy)", "Thu, 06 Mar 2025 11:00:00 GMT"),
                        ("/old.html", "Old story", "Mon, 01 Jan 2024 10:00:00 GMT")])
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Courier</title>{items}</channel></rss>'


@pytest.fixture
def server():
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            body = _rss(base) if self.path == "/feed.xml" else PAGES.get(self.path)
            if body is None:
                self.send_response(404)
                self.end_headers()
                return
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml" if self.path.endswith(".xml") else "text/html")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}", hits
    srv.shutdown()


def test_feeds_ingest_twice_without_duplicates(server, tmp_path):
    base, hits = server
    db = tmp_path / "f.duckdb"
    first = analyze_feeds([base + "/feed.xml"], db=db, since="2025-01-01", allow_private=True, delay=0.0)
    with Store.open(db) as s:
        docs = s.documents()
    assert first.documents == 3 and len(docs) == 2  # the copy has the same content: one document
    assert {d.outlet for d in docs} == {"Valley Courier"}
    assert "/old.html" not in hits  # older than --since: never fetched
    article_hits = [h for h in hits if h.endswith(".html")]
    second = analyze_feeds([base + "/feed.xml"], db=db, since="2025-01-01", allow_private=True, delay=0.0)
    with Store.open(db) as s:
        assert len(s.documents()) == 2 and s.integrity_check() == []
    assert second.documents == 0  # every URL already stored: nothing fetched again
    assert [h for h in hits if h.endswith(".html")] == article_hits


def test_feeds_refuse_private_addresses_by_default(server, tmp_path):
    base, _ = server
    summary = analyze_feeds([base + "/feed.xml"], db=tmp_path / "g.duckdb", allow_private=False, delay=0.0)
    assert summary.errors and all("E012" in e or "E007" in e for e in summary.errors)
