"""The kind of two incompatible values of one story fact group (align/facts.fact_kind) and the
facts cp_facts adds for it (denials as zero counts, sources of assertion verbs)."""

from __future__ import annotations

import pytest

from counterpoint.align.facts import fact_kind
from counterpoint.nlp import get_nlp
from counterpoint.nlp.pipeline import make_doc
from counterpoint.records import Actor, DateValue, Document, Event, Quantity

ACTORS = {"a_pk": Actor("a_pk", "Pakistan", "country", country="PAK"),
          "a_pkmil": Actor("a_pkmil", "Pakistan's military", "organization", country="PAK"),
          "a_in": Actor("a_in", "India", "country", country="IND")}


def fact(doc: str, value: int, source: str | None = None, date: str | None = None, qualifier: str | None = None) -> Event:
    q = Quantity(doc, value, "jets", False, f"{value} jets", (0, 6), qualifier=qualifier, predicate="downed",
                 attributed_to=source)
    d = DateValue(date, date, "month" if date and len(date) == 7 else "day") if date else None
    return Event(id=f"{doc}_e", doc=doc, type="ASSAULT", mode=None, actor=[], recipient=[], trigger="shot",
                 span=(0, 9), sentence="s", quantity=q, attributed_to=source, date=d)


@pytest.mark.parametrize(
    ("a", "b", "family", "kind"),
    [
        (fact("d1", 2), fact("d2", 1), "downed", "conflict"),  # the outlets themselves
        (fact("d1", 5, "a_pk"), fact("d2", 0, "a_in", qualifier="none"), "downed", "disputed"),  # claim vs denial
        (fact("d1", 2, "a_pk"), fact("d2", 5, "a_pkmil"), "downed", "scope"),  # one side revising its count
        (fact("d1", 2, "a_pk"), fact("d2", 5, "a_pk"), "downed", "scope"),  # one source revising its count
        (fact("d1", 16, date="2025-07"), fact("d2", 52, date="2025-09"), "released", "unverified"),  # two releases
        (fact("d1", 26, "a_pk"), fact("d2", 3, "a_in"), "killed", "unverified"),  # each side's own toll
        (fact("d1", 26, "a_pk"), fact("d2", 0, "a_in", qualifier="none"), "killed", "disputed"),  # toll vs denial
        (fact("d1", 5, "a_pk"), fact("d1", 0, "a_in", qualifier="none"), "downed", "disputed"),  # one report, two sides
        (fact("d1", 5), fact("d1", 3), "downed", None),  # one report's two figures: not judged
    ],
    ids=["outlets", "claim-vs-denial", "same-side", "same-source", "july-vs-september", "two-sides-tolls",
         "toll-vs-denial", "one-report-two-sides", "one-report-own-figures"],
)
def test_align_facts_kind(a: Event, b: Event, family: str, kind: str | None) -> None:
    assert fact_kind(a, b, family, ACTORS)[0] == kind


def _counts(text: str) -> list[tuple]:
    nlp = get_nlp()
    doc = nlp(make_doc(nlp, Document("d", "<t>", "o", text, published="2025-05-07")))
    return sorted({(q.value, q.unit, q.predicate, q.qualifier) for e in doc._.cp_events or [] for q in e.counts})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India launched missile strikes on Pakistan on Wednesday. India said that no Indian aircraft was lost.",
         (0, "aircraft", "downed", "none")),
        ("Pakistan said the Indian jets attacked on Tuesday without any casualties.",
         (0, "casualties", "killed", "none")),
        ("A 7.7-magnitude earthquake struck Myanmar on Friday.", (7.7, "magnitude", None, None)),
        ("The quake struck on Friday and a 33-story building collapsed in Bangkok.", (33, "story", None, None)),
        ("An Israeli official on Saturday dismissed the reports that two Israeli warplanes were shot down.",
         (0, "warplanes", "downed", "none")),
        ("India on Wednesday denied that five of its jets were shot down.", (0, "jets", "downed", "none")),
    ],
    ids=["no-aircraft-lost", "without-any-casualties", "magnitude", "storeys", "dismissed-reports", "denied-that"],
)
def test_align_facts_extracted_for_comparison(text: str, expected: tuple) -> None:
    assert expected in _counts(text)


def test_align_facts_assertion_verb_names_the_source() -> None:
    nlp = get_nlp()
    text = "India maintained on Thursday that Pakistan shot down only one aircraft."
    doc = nlp(make_doc(nlp, Document("d", "<t>", "o", text, published="2025-05-07")))
    (q,) = [q for e in doc._.cp_events or [] for q in e.counts if q.unit == "aircraft"]
    actors = {a.id: a.name for a in doc._.cp_actors or []}
    assert actors.get(q.attributed_to or "") == "India"


@pytest.mark.parametrize(
    "text",
    [
        "India struck the camp on Tuesday because the strike would not lead to any civilian casualties.",
        "Pakistan could lose no aircraft in the strikes on Wednesday, the minister hoped.",
    ],
    ids=["would-not", "could"],
)
def test_align_facts_a_prediction_is_no_denial(text: str) -> None:
    assert [c for c in _counts(text) if c[3] == "none"] == []


def test_align_facts_publication_days_do_not_part_two_claims() -> None:
    """Events dated only by their report's publication day (an April feature recalling the
    February dogfight) are not two happenings: Pakistan's two jets against India's one stay
    a dispute."""
    import dataclasses

    a = dataclasses.replace(fact("d1", 2, "a_pk", date="2019-02-27"), date_from="published")
    b = dataclasses.replace(fact("d2", 1, "a_in", date="2019-04-05"), date_from="published")
    assert fact_kind(a, b, "downed", ACTORS)[0] == "disputed"


def test_align_facts_judged_once_per_two_voices(monkeypatch: pytest.MonkeyPatch) -> None:
    """A story of 600 reports giving two figures from two sides is judged per pair of voices
    (source, date, denial), not per pair of reports: the cost stays linear in the reports."""
    import counterpoint.align.facts as facts_mod

    calls = []
    real = facts_mod.fact_kind

    def spy(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(facts_mod, "fact_kind", spy)
    events, docs = [], {}
    for i in range(600):
        d = f"d{i}"
        docs[d] = Document(d, "<t>", d, "x", published="2025-05-07")
        claim = i % 2 == 0
        e = fact(d, 5 if claim else 0, "a_pk" if claim else "a_in", qualifier=None if claim else "none")
        events.append(dataclasses_replace_counts(e))
    found = facts_mod.fact_discrepancies("s", events, docs, ACTORS)
    assert [(d.kind, len(d.values)) for d in found] == [("disputed", 600)]
    assert len(calls) <= 4


def dataclasses_replace_counts(e: Event) -> Event:
    """The fact as a count the event carries (what cp_facts gives), not as its argument."""
    import dataclasses

    return dataclasses.replace(e, counts=[e.quantity], quantity=None)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("An Israeli official on Saturday dismissed the reports that two Israeli warplanes were shot down.", True),
        ("India rejected the proposal on Monday to send 5,000 troops to the border.", False),
    ],
    ids=["claim-denied", "proposal-rejected"],
)
def test_align_facts_denied_claim_is_not_asserted(text: str, denied: bool) -> None:
    nlp = get_nlp()
    doc = nlp(make_doc(nlp, Document("d", "<t>", "o", text, published="2025-06-14")))
    counts = [q for e in doc._.cp_events or [] for q in e.counts if q.value]
    assert counts and all(q.negated == denied for q in counts)
