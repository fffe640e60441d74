"""cluster_events: one real event reported differently clusters; different events do not."""

from __future__ import annotations

import random

import pytest

from counterpoint.align import coref
from counterpoint.align.coref import cluster_events, date_interval, dates_relation, event_features
from counterpoint.records import Actor, DateValue, Event

ACTORS = {
    "kel": Actor(id="kel", name="Keith Kellogg", kind="person"),
    "luk": Actor(id="luk", name="Alexander Lukashenko", kind="person"),
    "cole": Actor(id="cole", name="John Coale", kind="person"),
    "nato": Actor(id="nato", name="NATO", kind="org"),
}


def ev(
    eid: str,
    doc: str,
    date: str | None,
    actor=("kel",),
    recipient=("luk",),
    *,
    type_="CONSULT",
    mode="visit",
    lemma="visit",
    location="Minsk",
    sentence="",
    start=0,
) -> Event:
    precision = {10: "day", 7: "month", 4: "year"}.get(len(date or ""))
    return Event(
        id=eid,
        doc=doc,
        type=type_,
        mode=mode,
        actor=list(actor),
        recipient=list(recipient),
        trigger=lemma,
        span=(start, start + 5),
        sentence=sentence or f"{eid} {lemma} talks in {location}",
        date=DateValue(value=date, text=date or "", precision=precision) if date else None,
        location=location,
        lemma=lemma,
    )


def groups(clusters) -> set[frozenset[str]]:
    return {frozenset(c.events) for c in clusters}


def test_same_visit_one_day_apart_clusters_and_other_visit_does_not() -> None:
    events = [
        ev("a", "d1", "2025-06-20", sentence="US envoy Keith Kellogg visited Minsk and met Lukashenko"),
        ev(
            "b",
            "d2",
            "2025-06-21",
            actor=("luk",),
            recipient=("kel",),
            mode="host",
            lemma="meet",
            sentence="Lukashenko met US envoy Kellogg in Minsk on Saturday",
        ),
        ev("c", "d3", "2025-06", location="Belarus", sentence="Kellogg travelled to Belarus in June"),
        ev("d", "d2", "2025-09-11", actor=("cole",), sentence="Another US envoy, John Coale, visited Minsk"),
    ]
    clusters = cluster_events(events, ACTORS, {})
    assert groups(clusters) == {frozenset("abc"), frozenset("d")}
    main = next(c for c in clusters if "a" in c.events)
    assert main.documents == ["d1", "d2", "d3"] and main.type == "CONSULT"
    assert main.id == coref.make_id("cl", "a", "b", "c")
    assert (
        "Keith Kellogg" in main.summary and "Alexander Lukashenko" in main.summary and "Minsk" in main.summary
    )


@pytest.mark.parametrize(
    ("second", "together"),
    [
        (ev("y", "d2", "2025-06-20", actor=("cole",), recipient=("nato",)), False),  # different actors
        (ev("y", "d2", "2024-06-20"), False),  # different year
        (ev("y", "d2", "2025-06-28"), False),  # a week later: not "a few days"
        (ev("y", "d2", "2025-06-20", type_="ASSAULT", mode=None, lemma="attack"), False),  # incompatible type
        (ev("y", "d2", "2025-06-20", location="Warsaw"), False),  # different city
        (ev("y", "d2", None, location=None), True),  # nothing contradicts, same wording
        (ev("y", "d2", "2025"), True),  # year contains the day: scope, not conflict
        (ev("y", "d2", "2025-06-22", type_="AGREE", mode=None, lemma="visit"), True),  # compatible pair
    ],
)
def test_pairs(second: Event, together: bool) -> None:
    first = ev("x", "d1", "2025-06-20")
    clusters = cluster_events([first, second], ACTORS, {})
    assert (len(clusters) == 1) is together
    assert sorted(e for c in clusters for e in c.events) == ["x", "y"]


def test_same_document_merges_only_back_references_without_date_conflict() -> None:
    a = ev("a", "d1", "2025-06-20", start=0)
    back = ev("b", "d1", None, lemma="the visit", start=200, sentence="the visit lasted three hours in Minsk")
    back.trigger = "the visit"
    near = ev("c", "d1", "2025-06-21", lemma="meet", start=400)
    clusters = cluster_events([a, back, near], ACTORS, {})
    assert groups(clusters) == {frozenset("ab"), frozenset("c")}


def test_no_chaining_through_an_undated_mention() -> None:
    events = [ev("jun", "d1", "2025-06-20"), ev("any", "d2", None), ev("sep", "d3", "2025-09-11")]
    clusters = cluster_events(events, ACTORS, {})
    assert not any({"jun", "sep"} <= set(c.events) for c in clusters)
    assert sorted(e for c in clusters for e in c.events) == ["any", "jun", "sep"]


def test_date_relations() -> None:
    assert dates_relation(date_interval("2025-06"), date_interval("2025-06-21")) == "contains"
    assert dates_relation(date_interval("2025-06-20"), date_interval("2025-06-21")) == "near"
    assert dates_relation(date_interval("2025-06-20"), date_interval("2025-09-11")) == "far"
    assert dates_relation(date_interval("2025-SU"), date_interval("2025-07-02")) == "contains"
    assert dates_relation(None, date_interval("2025")) == "unknown"
    # year unknown (no publication date): month and day still decide
    assert dates_relation(date_interval("XXXX-06-21"), date_interval("2025-06-20")) == "near"
    assert dates_relation(date_interval("XXXX-06-21"), date_interval("2025-09-11")) == "far"
    assert dates_relation(date_interval("XXXX-06-21"), date_interval("XXXX-06")) == "contains"


def synthetic(n: int, seed: int = 3) -> list[Event]:
    """n events over 300 actors, 16 types and two years, in 2,000 documents."""
    rng = random.Random(seed)
    types = ["CONSULT", "ACCUSE", "PROTEST", "ASSAULT", "AID", "SANCTION", "REQUEST", "REJECT"]
    out = []
    for i in range(n):
        day = rng.randint(1, 700)
        y, rest = divmod(day, 350)
        m, d = divmod(rest, 29)
        out.append(
            ev(
                f"e{i}",
                f"d{i % 2000}",
                f"{2024 + y}-{min(m + 1, 12):02d}-{d + 1:02d}",
                actor=(f"a{rng.randint(0, 299)}",),
                recipient=(f"a{rng.randint(0, 299)}",),
                type_=rng.choice(types),
                mode=None,
                lemma=rng.choice(["meet", "say", "attack", "visit", "ask"]),
                location=None,
                sentence=f"event {i}",
            )
        )
    return out


def test_blocking_keeps_compared_pairs_near_linear() -> None:
    events = synthetic(10_000)
    pairs = coref.candidate_pairs([event_features(e) for e in events])
    n = len(events)
    assert len(pairs) < n * n / 2 / 50  # far below all-pairs
    few = events[:2000]
    clusters = cluster_events(few, {}, {})
    assert sorted(e for c in clusters for e in c.events) == sorted(e.id for e in few)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_blocking_drops_only_pairs_whose_dates_are_far(seed: int, monkeypatch) -> None:
    rng = random.Random(seed)
    dates = ["2025-06-20", "2025-06-23", "2025-06-24", "2025-06", "2025-07", "2025", "XXXX-06-21", "XXXX-06",
             "2025-SU", "2025-W25", None]
    events = [
        ev(f"e{i}", f"d{i % 40}", rng.choice(dates), actor=(rng.choice(["kel", "cole"]),), recipient=("luk",),
           lemma=rng.choice(["visit", "meet"]), location=None)
        for i in range(300)
    ]
    feats = [event_features(e) for e in events]
    pruned = coref.candidate_pairs(feats)
    monkeypatch.setattr(coref, "_days", lambda f: None)
    every = coref.candidate_pairs(feats)
    dropped = every - pruned
    assert pruned <= every and dropped  # something is pruned, and nothing is added
    assert all(dates_relation(feats[i].date, feats[j].date) == "far" for i, j in dropped)
    kept_far = [(i, j) for i, j in pruned if dates_relation(feats[i].date, feats[j].date) == "far"]
    assert all(coref.pair_score(feats[i], feats[j]) is None for i, j in kept_far)  # still rejected when scored


@pytest.mark.parametrize(("published_b", "together"), [("2025-06-02", True), ("2025-09-01", False)])
def test_bare_mentions_merge_only_between_documents_published_close_together(published_b, together) -> None:
    from counterpoint.records import Document

    sentence = "Opposition groups called for calm."
    a = ev("e1", "d1", None, (), (), type_="REQUEST", mode=None, lemma="call", location=None, sentence=sentence)
    b = ev("e2", "d2", None, (), (), type_="REQUEST", mode=None, lemma="call", location=None, sentence=sentence)
    docs = {
        "d1": Document("d1", "t", "A", "text", published="2025-06-01"),
        "d2": Document("d2", "t", "B", "text", published=published_b),
    }
    clusters = cluster_events([a, b], ACTORS, docs)
    assert (len(clusters) == 1) is together
    # with participants the publication dates do not matter (the dated-visit tests above)
    assert event_features(a, 0, "2025-06-01").bare and not event_features(ev("x", "d", None), 0).bare


@pytest.mark.parametrize(("published_b", "together"), [("2025-06-03", True), ("2025-06-20", False)])
def test_place_and_month_only_mentions_merge_only_when_published_close_together(published_b, together) -> None:
    """Weak mentions (no person, no day): "police detained protesters in Velgrad in June"."""
    from counterpoint.records import Document

    def detained(eid: str, doc: str) -> Event:
        return ev(eid, doc, "2025-06", (), (), type_="COERCE", mode="arrest", lemma="detain", location="Velgrad",
                  sentence="Police detained protesters in Velgrad in June.")

    docs = {
        "d1": Document("d1", "t", "A", "text", published="2025-06-01"),
        "d2": Document("d2", "t", "B", "text", published=published_b),
    }
    clusters = cluster_events([detained("e1", "d1"), detained("e2", "d2")], ACTORS, docs)
    assert (len(clusters) == 1) is together


def test_mentions_naming_different_persons_are_different_events() -> None:
    """Both name a person and the persons differ: two announcements, even with a shared state."""
    actors = {**ACTORS, "nord": Actor(id="nord", name="Nordmark", kind="country")}
    a = ev("a", "d1", "2025-06-02", ("kel",), ("nord",), type_="SANCTION", mode=None, lemma="impose")
    b = ev("b", "d2", "2025-06-02", ("cole",), ("nord",), type_="SANCTION", mode=None, lemma="impose")
    c = ev("c", "d3", "2025-06-02", (), ("nord",), type_="SANCTION", mode=None, lemma="impose")
    clusters = cluster_events([a, b, c], actors, {})
    assert not any({"a", "b"} <= set(cl.events) for cl in clusters)
    # without actor records nobody is known to be a person: the shared state links them
    assert any({"a", "b"} <= set(cl.events) for cl in cluster_events([a, b, c], {}, {}))


def test_every_cluster_is_pairwise_compatible_even_when_large() -> None:
    """Dense place-only mentions over a month: merges are checked against every member (over
    distinct values), never a sample, so no cluster chains 1 June to 20 June."""
    rng = random.Random(3)
    events = [
        ev(f"e{i}", f"d{i}", f"2025-06-{rng.randint(1, 28):02d}", (), (), type_="ASSAULT", mode=None,
           lemma="attack", location="Velgrad", sentence="Security forces attacked a camp near Velgrad.")
        for i in range(600)
    ]
    feats = {e.id: event_features(e) for e in events}
    clusters = cluster_events(events, ACTORS, {})
    assert max(len(c.events) for c in clusters) > 50  # large clusters do form
    for c in clusters:
        members = [feats[i] for i in c.events]
        assert all(coref.compatible(x, y) for k, x in enumerate(members) for y in members[k + 1 :])
