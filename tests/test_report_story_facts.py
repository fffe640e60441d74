"""Figures compared across a whole story (align/facts.py: no one event cluster joins them) are
shown in the report with the clusters' discrepancies: a conflict under Discrepancies, counted
in the header, a scope note folded below; article text escaped."""

from __future__ import annotations

import dataclasses

import pytest

from counterpoint.records import Discrepancy, DiscrepancyValue
from counterpoint.report import render_report
from counterpoint.report.model import STORY_FACTS_TITLE, build_view

from .fixtures_result import PAYLOADS, build_result


def _with_story_facts(kind: str, hostile: bool = False):
    res = build_result(hostile=hostile)
    (d1, d2) = res.documents
    crew = "12 crew" + (" " + PAYLOADS[0] if hostile else "")
    d = Discrepancy(field="quantity", kind=kind, note="same thing counted, different counts",
                    values=[DiscrepancyValue(doc=d1.id, event=None, value=crew, sentence=crew, span=None),
                            DiscrepancyValue(doc=d2.id, event=None, value="10 crew", sentence="10 crew", span=None)],
                    group="facts_crew")
    res.stories[0] = dataclasses.replace(res.stories[0], discrepancies=[d])
    return res


@pytest.mark.parametrize(("kind", "listed_in"), [("conflict", "discrepancies"), ("disputed", "discrepancies"),
                                                 ("scope", "scope_notes"), ("unverified", "scope_notes")])
def test_report_story_facts_listed_by_kind(kind, listed_in):
    view = build_view(_with_story_facts(kind))
    rows = [r for r in view[listed_in] if r["summary"] == STORY_FACTS_TITLE]
    assert len(rows) == 1 and rows[0]["cluster"] is None and rows[0]["group"] == "facts_crew"
    other = "scope_notes" if listed_in == "discrepancies" else "discrepancies"
    assert not [r for r in view[other] if r["summary"] == STORY_FACTS_TITLE]


def test_report_story_facts_rendered_and_escaped():
    html = render_report(_with_story_facts("conflict", hostile=True))
    assert STORY_FACTS_TITLE in html and "10 crew" in html
    assert "<script>alert(1)</script>" not in html
    assert "2 conflicts" in html  # the meeting's date and the crew count


@pytest.mark.parametrize("kind", ["conflict", "scope"])
def test_web_story_page_shows_story_facts(kind):
    """The app's story page leads with the story's figures that conflict or are disputed; scope
    notes are folded below; the cluster page does not repeat them; article text is escaped."""
    import warnings

    from counterpoint.web import create_app

    from .fixtures_result import store_result

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from fastapi.testclient import TestClient

    app = create_app(":memory:")
    store_result(app.state.corpus.store, _with_story_facts(kind, hostile=True))
    with TestClient(app) as c:
        story = c.get("/story/st1").text
        cluster = c.get("/cluster/cl_meeting").text
    assert "Figures compared across the story" in story and "10 crew" in story
    assert ("<details>" in story.split("Figures compared across the story")[1].split("10 crew")[0]) is (kind == "scope")
    assert "<script>alert(1)</script>" not in story
    assert "10 crew" not in cluster
