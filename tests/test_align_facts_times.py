"""Times of day, durations and the people aboard as facts compared across a story's reports
(align/facts.py), on short stories written for these tests: issue 19's accident ("230 vs 232
passengers, 12 vs 10 crew, 13:38 vs 13:39, 30 seconds vs five minutes after take-off") and
the differences that are not contradictions (rounded durations, an approximate time, another
time zone, a duration that measures nothing named)."""

from __future__ import annotations

import functools

import pytest

from counterpoint.ingest import read_text
from counterpoint.pipeline import analyze_into_store, analyze_text
from counterpoint.records import FLAG_KINDS, CorpusResult, Discrepancy
from counterpoint.store import Store

CRASH_A = ("An Air India plane carrying 230 passengers and 12 crew crashed in Ahmedabad at 13:38 on Thursday, "
           "about 30 seconds after take-off.")
CRASH_B = ("An Air India plane with 232 passengers and 10 crew crashed in Ahmedabad at 13:39 on Thursday, five "
           "minutes after take-off.")

STORIES: dict[str, list[tuple[str, str]]] = {
    "crash": [("2025-06-12", CRASH_A), ("2025-06-12", CRASH_B)],
    "talks-rounded": [
        ("2025-08-16", "Putin and Trump met in Anchorage on Friday. The talks lasted about three hours."),
        ("2025-08-16", "Putin and Trump met in Anchorage on Friday. Their talks lasted more than two and a half hours."),
    ],
    "approximate-time": [
        ("2025-06-12", "A passenger plane crashed in Ahmedabad at 13:38 on Thursday, police said."),
        ("2025-06-12", "A passenger plane crashed in Ahmedabad at around 13:45 on Thursday, police said."),
    ],
}


@functools.cache
def aligned(name: str) -> CorpusResult:
    docs = [read_text(text, outlet=f"O{n}", published=day) for n, (day, text) in enumerate(STORIES[name])]
    with Store.open(":memory:") as store:
        analyze_into_store(store, docs, workers=1)
        return store.load_result()


def everything(result: CorpusResult) -> list[Discrepancy]:
    return ([d for c in result.clusters for d in [*c.discrepancies, *c.scope_notes]]
            + [d for s in result.stories for d in s.discrepancies])


@pytest.mark.parametrize(
    ("field", "values"),
    [
        ("quantity", {"230 passengers", "232 passengers"}),
        ("quantity", {"12 crew", "10 crew"}),
        ("time", {"13:38 (13:38 on Thursday)", "13:39 (13:39 on Thursday)"}),
        ("duration", {"about 30 seconds", "five minutes"}),
    ],
    ids=["passengers", "crew", "time-of-day", "after-take-off"],
)
def test_align_facts_times_accident_conflicts(field: str, values: set[str]) -> None:
    found = [(d.field, {v.value for v in d.values}) for d in everything(aligned("crash")) if d.kind == "conflict"]
    assert (field, values) in found


def test_align_facts_times_accident_flags_nothing_else() -> None:
    flags = sorted(d.field for d in everything(aligned("crash")) if d.kind in FLAG_KINDS)
    assert flags == ["duration", "quantity", "quantity", "time"]


@pytest.mark.parametrize(
    ("name", "field"),
    [("talks-rounded", "duration"), ("approximate-time", "time")],
)
def test_align_facts_times_precision_is_scope(name: str, field: str) -> None:
    found = everything(aligned(name))
    assert [d for d in found if d.kind in FLAG_KINDS] == []
    assert any(d.field == field and d.kind == "scope" for d in found)


@pytest.mark.parametrize(
    "text",
    [
        "In the past 24 hours, rescuers pulled 12 people from the rubble in Mandalay on Friday.",
        "The plane crashed on Thursday, five minutes after it took off from Ahmedabad.",
        "Trump will meet Putin in two hours in Anchorage.",
    ],
    ids=["past-24-hours", "after-a-clause", "in-two-hours"],
)
def test_align_facts_times_duration_without_anchor_is_no_fact(text: str) -> None:
    analysis = analyze_text(text, published="2025-06-12")
    assert [q.predicate for e in analysis.events for q in e.counts if (q.predicate or "").startswith("duration:")] == []


def test_align_facts_times_in_the_export() -> None:
    """Contract v2: time and duration facts, and their story-level discrepancies with a group."""
    from counterpoint.export import contract

    data = contract(aligned("crash"))
    kinds = {f["kind"] for f in data["facts"]}
    assert {"time", "duration", "count"} <= kinds
    (how_long,) = [f for f in data["facts"] if f["kind"] == "duration" and f["value"] == 30]
    assert how_long["measures"] == "after takeoff" and how_long["qualifier"] == "about"
    rows = {r["field"]: r for r in data["discrepancies"] if r.get("group")}
    assert {"time", "duration"} <= set(rows)
    assert all(r["cluster"] is None and r["story"] and r["flag"] for r in rows.values())
