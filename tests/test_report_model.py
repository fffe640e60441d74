"""The shared view model: segmenting text at annotation boundaries, discrepancy rows,
coverage status and evidence links."""

from __future__ import annotations

import pytest

from counterpoint.records import Discrepancy, DiscrepancyValue
from counterpoint.report.model import build_view, doc_annotations, segments

from .fixtures_result import build_result


@pytest.mark.parametrize(
    ("anns", "expected"),
    [
        ([], [("abcdef", [])]),
        ([[1, 3, "event", "c1", ""]], [("a", []), ("bc", ["event"]), ("def", [])]),
        (
            [[0, 4, "sentence", "c1", ""], [2, 6, "quote", "", "x"]],
            [("ab", ["sentence"]), ("cd", ["sentence", "quote"]), ("ef", ["quote"])],
        ),
        ([[3, 99, "label", "a", ""], [5, 2, "loaded", "", ""]], [("abc", []), ("def", ["label"])]),
    ],
)
def test_segments(anns, expected) -> None:
    segs = segments("abcdef", anns)
    assert [(s["text"], s["kinds"]) for s in segs] == expected
    assert "".join(s["text"] for s in segs) == "abcdef"


def test_annotations_cover_all_kinds() -> None:
    kinds = {a[2] for anns in doc_annotations(build_result()).values() for a in anns}
    assert kinds == {"sentence", "event", "quote", "label", "loaded", "scare"}


def test_event_annotations_carry_cluster() -> None:
    anns = doc_annotations(build_result())
    assert {a[3] for d in ("doc1", "doc2") for a in anns[d] if a[2] == "event"} == {"cl_meeting"}


def test_view_conflict_and_scope_are_separate() -> None:
    v = build_view(build_result())
    assert [d["field"] for d in v["discrepancies"]] == ["date"]
    assert [d["field"] for d in v["scope_notes"]] == ["location"]
    assert v["clusters"][0]["status"] == {"State Wire": "conflicting", "Independent Monitor": "conflicting"}
    assert set(v["clusters"][0]["evidence"]) == {"State Wire", "Independent Monitor"}


def test_actor_ids_in_values_shown_as_names() -> None:
    res = build_result()
    res.clusters[0].discrepancies.append(
        Discrepancy(
            field="recipient",
            note="who was met",
            values=[
                DiscrepancyValue(doc="doc1", event="ev1", value="act_berg"),
                DiscrepancyValue(doc="doc2", event="ev2", value="act_moran"),
            ],
        )
    )
    v = build_view(res)
    rec = [d for d in v["discrepancies"] if d["field"] == "recipient"][0]
    assert [x["value"] for x in rec["values"]] == ["Anna Berg", "Viktor Moran"]
    assert rec["values"][0]["span"] is not None  # falls back to the event's sentence


def test_actor_panel_per_outlet() -> None:
    panel = build_view(build_result())["actor_panel"]
    moran = {o: [r for r in rows if r["actor"] == "act_moran"][0] for o, rows in panel.items()}
    assert "that country's leader" in moran["Independent Monitor"]["labels"]
    assert "the country's President" in moran["State Wire"]["labels"]
    assert moran["Independent Monitor"]["scare_quotes"] == ["president"]
