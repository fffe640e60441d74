"""Done-when on the real seed articles (../shared): one Kellogg-Lukashenko meeting cluster
with exactly one discrepancy (date 2025-06-21 vs 2025-06-20), no conflict for the prisoner
releases, and the expected omissions. Depends on every engineer's extractors."""

from __future__ import annotations

import pytest

from counterpoint.records import CorpusResult


@pytest.fixture(scope="module")
def seeds(seeds_dir) -> CorpusResult:
    from counterpoint.pipeline import run_paths

    return run_paths(sorted(seeds_dir.glob("*.txt")))


def _ids(result: CorpusResult, *names: str) -> set[str]:
    return {a.id for a in result.actors if any(n in " ".join([a.name, *a.aliases]) for n in names)}


def _doc(result: CorpusResult, prefix: str) -> str:
    return next(d.id for d in result.documents if d.source.split("/")[-1].startswith(prefix))


def _participants(result: CorpusResult, cluster) -> set[str]:
    return {a for e in result.events if e.id in cluster.events for a in (*e.actor, *e.recipient)}


def test_kellogg_meeting_one_cluster_one_date_conflict(seeds):
    kellogg, luka = _ids(seeds, "Kellogg"), _ids(seeds, "Lukashenk")
    meetings = [
        c
        for c in seeds.clusters
        if c.type == "CONSULT"
        and len(set(c.documents)) == 2
        and kellogg & _participants(seeds, c)
        and luka & _participants(seeds, c)
    ]
    assert len(meetings) == 1
    (d,) = meetings[0].discrepancies
    assert d.field == "date" and d.kind == "conflict"
    assert {(v.doc, v.value) for v in d.values} == {
        (_doc(seeds, "000"), "2025-06-21"),
        (_doc(seeds, "002"), "2025-06-20"),
    }


def test_prisoner_releases_are_not_a_conflict(seeds):
    releases = [c for c in seeds.clusters if c.type == "RETREAT"]
    assert releases
    assert not [d for c in releases for d in c.discrepancies if d.field == "quantity"]


def test_omissions(seeds):
    coale = _ids(seeds, "Coale")
    missing_002 = [o for o in seeds.omissions if o.doc == _doc(seeds, "002") and o.what == "event"]
    assert any(
        o.cluster
        and coale & _participants(seeds, next(c for c in seeds.clusters if c.id == o.cluster))
        and "2025-09-11" in o.description
        for o in missing_002
    )
    missing_000 = [o for o in seeds.omissions if o.doc == _doc(seeds, "000") and o.what == "event"]
    # the 2020 crackdown (a COERCE event only 002 reports) is missing from 000
    crackdown = [
        o for o in missing_000
        if o.cluster and "2020" in o.description
        and next(c for c in seeds.clusters if c.id == o.cluster).type in ("COERCE", "ASSAULT")
    ]
    assert crackdown, [o.description for o in missing_000]


def test_discrepancies_seeds_story_facts_raise_no_flag(seeds):
    """The seeds' one conflict is the meeting's date: facts compared across each story (counts,
    measures, times, durations: align/facts.py) add no flag, only notes."""
    flags = [(d.field, [v.value for v in d.values]) for s in seeds.stories for d in s.discrepancies
             if d.kind in ("conflict", "disputed")]
    assert flags == []


def test_discrepancies_seeds_66_against_some_is_a_scope_note(seeds):
    """002 counts 66 prisoners released after both visits; 000 speaks of "the release of some
    political prisoners": a difference of precision, shown as a scope note, never a flag."""
    notes = [d for s in seeds.stories for d in s.discrepancies if d.field == "quantity"]
    notes += [d for c in seeds.clusters for d in [*c.discrepancies, *c.scope_notes] if d.field == "quantity"]
    values = [{v.value for v in d.values} for d in notes]
    assert {"66 prisoners", "some political prisoners"} in values
    assert all(d.kind == "scope" for d in notes if {"66 prisoners", "some political prisoners"} == {v.value for v in d.values})
