"""The report on a hand-built two-outlet result: every section, the conflict, labels, quotes,
and nothing loaded from the network."""

from __future__ import annotations

import re

import pytest

from counterpoint.report import render_report, write_report

from .fixtures_result import build_result


@pytest.fixture(scope="module")
def html() -> str:
    return render_report(build_result())


@pytest.mark.parametrize(
    "section", ["timeline", "coverage", "discrepancies", "scope", "actors", "omissions", "quotes", "reader"]
)
def test_report_has_section(html: str, section: str) -> None:
    assert f'id="{section}"' in html


@pytest.mark.parametrize(
    "needle",
    [
        "20 June 2025",
        "21 June 2025",  # both sides of the date conflict
        "same meeting dated 20 June vs 21 June",  # its note
        "the country&#39;s President",
        "that country&#39;s leader",  # both outlets' labels for one actor
        "We had a productive meeting,",
        "There is no progress on detainees,",  # quotes
        "“president”",  # the scare-quoted term in the actor panel
        "Not flagged: differences of scope, and differences counterpoint could not verify",
        "conflict: cannot both be true",  # the kind of the flagged difference
        "Who says so",
        "Kelm region",  # scope notes shown apart
        "State Wire",
        "Independent Monitor",
    ],
)
def test_report_shows(html: str, needle: str) -> None:
    assert needle in html


def test_conflict_values_link_to_their_sentences(html: str) -> None:
    links = re.findall(
        r'<a href="#reader" class="jump value" data-doc="(\w+)" data-s="(\d+)" data-e="(\d+)">([^<]+)</a>',
        html,
    )
    assert {(d, v) for d, _s, _e, v in links} == {("doc1", "20 June 2025"), ("doc2", "21 June 2025")}
    res = build_result()
    texts = {d.id: d.text for d in res.documents}
    for doc, s, e, _v in links:
        assert "Kelm on" in texts[doc][int(s) : int(e)]


def test_scope_note_is_not_counted_as_conflict(html: str) -> None:
    conflict_part = html.split('id="scope"')[0]
    assert "Kelm region" not in conflict_part
    assert "1 conflict " in html and "1 conflicts" not in html


def test_coverage_marks_conflicting_outlets(html: str) -> None:
    row = html.split('data-cluster="cl_meeting"')[1].split("</tr>")[0]
    assert row.count('class="st conflicting"') == 2


def test_self_contained_no_external_resources(html: str) -> None:
    assert not re.search(r'<(script|link|img|iframe)[^>]+(src|href)=["\']?(https?:)?//', html, re.I)
    assert "@import" not in html and "url(http" not in html
    assert 'http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;' in html
    assert "script-src &#39;sha256-" in html


def test_csp_hash_matches_inline_script(html: str) -> None:
    import base64
    import hashlib

    script = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(script) == 1
    digest = base64.b64encode(hashlib.sha256(script[0].encode()).digest()).decode()
    assert f"&#39;sha256-{digest}&#39;" in html


def test_write_report(tmp_path) -> None:
    p = write_report(build_result(), tmp_path / "sub" / "r.html")
    assert p.exists() and p.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_empty_result_renders() -> None:
    from counterpoint.records import CorpusResult

    out = render_report(CorpusResult(), title="Nothing yet")
    assert '<h1 id="title">Nothing yet</h1>' in out
