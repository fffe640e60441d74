"""Hostile article text stays inert in app responses; uploads are size-limited; only http(s)
URLs to public addresses are fetched; pasted text is analysed by a background job."""

from __future__ import annotations

import re
import time
import warnings

import pytest

from .fixtures_result import build_result, store_result

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def client():
    from counterpoint.web import create_app

    app = create_app(":memory:", max_upload_bytes=1000)
    store_result(app.state.corpus.store, build_result(hostile=True))
    with TestClient(app) as c:
        yield c


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/story/st1",
        "/cluster/cl_meeting",
        "/actor/act_moran",
        "/document/doc1",
        "/document/doc2",
        "/outlet/Independent Monitor",
        "/search?q=alert",
    ],
)
def test_hostile_text_escaped(client, path: str) -> None:
    html = client.get(path).text
    assert "alert(1)" in html or path == "/outlet/Independent Monitor"
    assert "<script>alert" not in html and "<img src=x" not in html and "</script><script>" not in html
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/app.js" defer>']
    assert not re.search(r'href=["\']?\s*javascript:', html, re.I)
    assert ">49<" not in html


def test_hostile_query_reflected_escaped(client) -> None:
    html = client.get("/search", params={"q": "<script>alert(2)</script>{{7*7}}"}).text
    assert "<script>alert(2)" not in html and "&lt;script&gt;alert(2)" in html


def test_api_json_is_json(client) -> None:
    r = client.get("/api/documents/doc1")
    assert r.headers["content-type"].startswith("application/json")
    assert "<script>alert(1)</script>" in r.json()["document"]["text"]


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "ftp://example.com/x",
        "http://127.0.0.1:9/x",
        "http://localhost/x",
        "http://10.0.0.1/",
        "gopher://x",
    ],
)
def test_url_refused(client, url: str) -> None:
    r = client.post("/add", data={"url": url}, follow_redirects=False)
    assert r.status_code == 400
    assert "E012" in r.text
    r = client.post("/api/add", json={"url": url})
    assert r.status_code == 400


def test_upload_over_limit_refused(client) -> None:
    r = client.post("/add", files={"file": ("big.txt", b"x" * 1001, "text/plain")}, follow_redirects=False)
    assert r.status_code == 413


def test_empty_add_refused(client) -> None:
    assert client.post("/add", data={}, follow_redirects=False).status_code == 400
    assert client.post("/api/add", json={}).status_code == 400


def test_pasted_text_is_analysed_in_background(client) -> None:
    text = "Ministers met in Rivna on 3 May 2025. “We agreed,” said envoy Lena Novak."
    r = client.post(
        "/add",
        data={"text": text, "outlet": "Paste Daily", "published": "2025-05-04"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    job_id = r.headers["location"].rsplit("/", 1)[1]
    assert client.get(f"/jobs/{job_id}").status_code == 200
    deadline = time.time() + 60
    while time.time() < deadline:
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            break
        time.sleep(0.2)
    assert job["status"] == "done", job
    assert job["documents"]
    assert client.get(f"/document/{job['documents'][0]}").status_code == 200
    assert "Paste Daily" in client.get("/api/outlets").json()["items"]


def _wait(client, job_id: str) -> dict:
    deadline = time.time() + 60
    while time.time() < deadline:
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.2)
    raise AssertionError("job did not finish")


@pytest.mark.parametrize(
    ("name", "body"),
    [
        (
            "note.txt",
            b"Envoy visits Somer\n\nEnvoy Tomas Varga met officials in Somer on 4 April 2025.\n\nHe said talks went well.",
        ),
        (
            "page.html",
            b"<html><body><article><p>Envoy Jonas Berg visited Dravik on 2 May 2025.</p></article></body></html>",
        ),
    ],
)
def test_upload_under_limit_is_analysed(client, name: str, body: bytes) -> None:
    r = client.post("/add", files={"file": (name, body, "application/octet-stream")}, follow_redirects=False)
    assert r.status_code == 303
    job = _wait(client, r.headers["location"].rsplit("/", 1)[1])
    assert job["status"] == "done", job
    assert job["documents"]


def test_api_add_text(client) -> None:
    r = client.post(
        "/api/add",
        json={"text": "Envoy Pavel Sokolov met ministers in Kelm on 9 June 2025.", "outlet": "API Wire"},
    )
    assert r.status_code == 202
    assert _wait(client, r.json()["id"])["status"] == "done"


def test_server_error_carries_security_headers(monkeypatch) -> None:
    from fastapi.testclient import TestClient

    from counterpoint.web import create_app

    app = create_app(":memory:")
    with TestClient(app, raise_server_exceptions=False) as c:
        def broken():
            raise RuntimeError("boom <script>")

        monkeypatch.setattr(app.state.corpus, "snapshot", broken)
        r = c.get("/")
    assert r.status_code == 500
    assert "boom" not in r.text  # no internals in the answer
    assert r.headers["Content-Security-Policy"] and r.headers["X-Content-Type-Options"] == "nosniff"
