"""Hostile article text (markup, template syntax, javascript: URLs) stays inert in the report."""

from __future__ import annotations

import json
import re

import pytest

from counterpoint.report import render_report
from counterpoint.report.model import safe_json, safe_url

from .fixtures_result import PAYLOADS, build_result


@pytest.fixture(scope="module")
def html() -> str:
    return render_report(build_result(hostile=True))


def test_only_our_two_script_elements(html: str) -> None:
    assert re.findall(r"<script[^>]*>", html, re.I) == [
        '<script type="application/json" id="cp-data">',
        "<script>",
    ]


@pytest.mark.parametrize("raw", ["<script>alert(1)</script>", "<img src=x onerror", "</script><script>"])
def test_markup_never_raw(html: str, raw: str) -> None:
    assert raw not in html


def test_template_syntax_not_evaluated(html: str) -> None:
    assert "{{7*7}}" in html and "{% raw %}" in html
    assert ">49<" not in html


def test_javascript_url_not_a_link(html: str) -> None:
    assert not re.search(r'href=["\']?\s*javascript:', html, re.I)
    blob = json.loads(re.search(r'id="cp-data">(.*?)</script>', html, re.S).group(1))
    assert {d["id"]: d["url"] for d in blob["docs"]} == {"doc1": None, "doc2": "https://monitor.example/b"}


def test_entities_are_escaped_not_decoded(html: str) -> None:
    assert "&amp;lt;b&amp;gt;&amp;amp;" in html


def test_blob_round_trips_payloads(html: str) -> None:
    raw = re.search(r'id="cp-data">(.*?)</script>', html, re.S).group(1)
    assert "<" not in raw and ">" not in raw and "&" not in raw
    text = json.loads(raw)["docs"][0]["text"]
    for p in PAYLOADS:
        assert p in text


@pytest.mark.parametrize("obj", ["</script>", "a\u2028b\u2029c", "<!--", "&amp;", {"k": "</SCRIPT >"}])
def test_safe_json(obj) -> None:
    s = safe_json(obj)
    assert json.loads(s) == obj
    assert not set(s) & {"<", ">", "&", "\u2028", "\u2029"}


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://a.example/x", True),
        ("http://a.example", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,x", False),
        ("//evil.example", False),
        (None, False),
        ("https://a.example/\nx", False),
        ("file:///etc/passwd", False),
    ],
)
def test_safe_url(url, ok) -> None:
    assert (safe_url(url) is not None) is ok
