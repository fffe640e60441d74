"""The web app in-process (TestClient) on a small in-memory store: pages, API, pagination,
404s and security headers."""

from __future__ import annotations

import warnings

import pytest

from .fixtures_result import build_result, store_result

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def client():
    from counterpoint.web import create_app

    app = create_app(":memory:")
    store_result(app.state.corpus.store, build_result())
    with TestClient(app) as c:
        yield c


PAGES = [
    "/",
    "/story/st1",
    "/cluster/cl_meeting",
    "/actor/act_moran",
    "/actor/act_berg",
    "/outlet/State Wire",
    "/outlet/Independent Monitor",
    "/document/doc1",
    "/document/doc2?s=0&e=40",
    "/search?q=Kelm",
    "/search",
    "/add",
    "/docs",
    "/openapi.json",
]
API = [
    "/api/summary",
    "/api/documents",
    "/api/documents/doc1",
    "/api/events",
    "/api/events?type=CONSULT",
    "/api/clusters",
    "/api/clusters/cl_meeting",
    "/api/discrepancies",
    "/api/discrepancies?kind=scope",
    "/api/actors",
    "/api/actors/act_moran",
    "/api/quotes",
    "/api/stories",
    "/api/outlets",
    "/api/outlets/State Wire",
    "/api/omissions",
    "/api/search?q=Kelm",
]


@pytest.mark.parametrize("path", PAGES + API)
def test_route_ok_with_security_headers(client, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text[:300]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["referrer-policy"] == "no-referrer"
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    if path not in ("/docs",) and not path.startswith("/api") and path != "/openapi.json":
        assert "script-src 'self';" in r.headers["content-security-policy"]


@pytest.mark.parametrize(
    "path",
    [
        "/story/nope",
        "/cluster/nope",
        "/actor/nope",
        "/outlet/nope",
        "/document/nope",
        "/jobs/nope",
        "/api/documents/nope",
        "/api/clusters/nope",
        "/api/actors/nope",
        "/api/outlets/nope",
        "/api/jobs/nope",
        "/no/such/page",
    ],
)
def test_404(client, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert r.headers["x-frame-options"] == "DENY"


def test_cluster_page_shows_both_dates_and_links_sentences(client) -> None:
    html = client.get("/cluster/cl_meeting").text
    assert "20 June 2025" in html and "21 June 2025" in html
    assert 'href="/document/doc1?s=0&amp;e=' in html and 'href="/document/doc2?s=0&amp;e=' in html
    assert "Not flagged: differences of scope, and differences counterpoint could not verify" in html
    assert 'class="kind conflict">conflict: cannot both be true' in html  # each kind shown as itself
    assert "Who says so" in html


def test_document_target_highlight(client) -> None:
    html = client.get("/document/doc2?s=0&e=20").text
    assert 'id="target"' in html and html.count('id="target"') == 1


def test_actor_page_labels_per_outlet(client) -> None:
    html = client.get("/actor/act_moran").text
    assert "the country&#39;s President" in html and "that country&#39;s leader" in html


@pytest.mark.parametrize(("limit", "offset", "n"), [(1, 0, 1), (1, 1, 1), (50, 0, 2), (5, 2, 0)])
def test_pagination(client, limit: int, offset: int, n: int) -> None:
    body = client.get(f"/api/documents?limit={limit}&offset={offset}").json()
    assert body["total"] == 2 and body["limit"] == limit and body["offset"] == offset
    assert len(body["items"]) == n


@pytest.mark.parametrize("q", ["limit=0", "limit=100000", "offset=-1", "limit=abc"])
def test_pagination_rejects_bad_values(client, q: str) -> None:
    assert client.get(f"/api/events?{q}").status_code == 422


def test_pages_differ_by_offset(client) -> None:
    a = client.get("/api/documents?limit=1&offset=0").json()["items"][0]["id"]
    b = client.get("/api/documents?limit=1&offset=1").json()["items"][0]["id"]
    assert a != b
