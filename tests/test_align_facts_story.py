"""Facts compared across a story's reports, whether or not an event cluster joins them
(align/facts.py), end to end on short stories written for these tests.

Positive: a measure two outlets give differently is a conflict; a count one side claims and
the other side denies ("no aircraft was lost") is a dispute. Negative (the false flags of
issue 19 and their kin): two different counted things, different events with different
counts, a toll that rises in later reports, a source revising its own figure, a July and a
September release, "A met B" against "B's meeting with A", Minsk against Belarus, a call
against another leader's visit.
"""

from __future__ import annotations

import functools

import pytest

from counterpoint.ingest import read_text
from counterpoint.pipeline import analyze_into_store
from counterpoint.records import FLAG_KINDS, CorpusResult, Discrepancy
from counterpoint.store import Store

STORIES: dict[str, list[tuple[str, str, str]]] = {
    "measure-conflict": [
        ("A", "2025-03-28", "A 7.7-magnitude earthquake struck central Myanmar near Mandalay on Friday, officials "
                            "said. Rescue teams in Mandalay searched collapsed buildings."),
        ("B", "2025-03-28", "A 7.9-magnitude earthquake struck central Myanmar near Mandalay on Friday. Rescue "
                            "teams in Mandalay searched the collapsed buildings."),
    ],
    "claim-vs-denial": [
        ("A", "2025-05-07", "Pakistan's military said it shot down five Indian jets near Bahawalpur on Wednesday. "
                            "India launched missile strikes on Pakistan."),
        ("B", "2025-05-07", "India launched missile strikes on Pakistan on Wednesday. India said that no "
                            "Indian aircraft was lost in the strikes."),
    ],
    "rising-toll": [
        ("A", "2025-03-28", "An earthquake struck Myanmar on Friday. The quake killed 144 people in Mandalay, "
                            "officials said."),
        ("B", "2025-03-30", "An earthquake struck Myanmar on Friday. The quake killed 1,644 people in Mandalay, "
                            "officials said."),
    ],
    "killed-vs-injured": [
        ("A", "2025-03-28", "A bomb exploded at a market in Quetta on Friday. The blast killed 12 people, police "
                            "said."),
        ("B", "2025-03-28", "A bomb exploded at a market in Quetta on Friday. The blast injured 30 people, police "
                            "said."),
    ],
    "different-events-counts": [
        ("A", "2025-05-05", "On Monday the Pakistani army shot down three Indian drones over Lahore."),
        ("B", "2025-05-08", "On Thursday Pakistani air defences shot down five Indian drones near Karachi."),
    ],
    "source-revises-its-count": [
        ("A", "2025-05-07", "Pakistan's military said it shot down two Indian jets on Wednesday."),
        ("B", "2025-05-07", "Pakistan's military said it shot down five Indian jets on Wednesday."),
    ],
    "july-vs-september-release": [
        ("A", "2025-07-20", "Belarus released 16 prisoners in July after talks with the United States."),
        ("B", "2025-09-12", "Belarus released 52 prisoners in September after talks with the United States."),
    ],
    "met-vs-meeting-with": [
        ("A", "2025-06-21", "Lukashenko met Kellogg in Minsk on Saturday."),
        ("B", "2025-06-21", "Kellogg's meeting with Lukashenko took place in Belarus on Saturday."),
    ],
    "rounded-figure": [
        ("A", "2025-06-12", "A passenger plane carrying over 200 people crashed in Ahmedabad on Thursday."),
        ("B", "2025-06-12", "A passenger plane carrying 242 people crashed in Ahmedabad on Thursday."),
    ],
    "at-least-vs-exact": [
        ("A", "2025-06-12", "A bomb exploded at a market in Quetta on Friday, killing at least four people."),
        ("B", "2025-06-12", "A bomb exploded at a market in Quetta on Friday, killing four people."),
    ],
    "storey-spellings": [
        ("A", "2025-03-28", "A 33-story building under construction collapsed in Bangkok on Friday after the quake."),
        ("B", "2025-03-28", "A 30-storey building under construction collapsed in Bangkok on Friday after the quake."),
    ],
    "outlets-and-a-source": [
        ("A", "2025-09-10", "Polish jets shot down four drones over Poland on Wednesday."),
        ("B", "2025-09-10", "Polish jets shot down at least eight drones over Poland on Wednesday."),
        ("C", "2025-09-10", "Prime Minister Donald Tusk said Polish jets shot down four drones over Poland on Wednesday."),
    ],
    "airbases-vs-airfields": [
        ("A", "2025-06-01", "Nordmark drones struck four Ostran military airbases on Sunday."),
        ("B", "2025-06-01", "Nordmark has carried out drone strikes on two key Ostran airbases, destroying dozens of "
                            "aircraft on Sunday."),
        ("C", "2025-06-01", "An intelligence official said the drones destroyed 41 Ostran aircraft located at four "
                            "different airfields on Sunday."),
    ],
    "lower-toll-elsewhere": [
        ("A", "2025-06-01", "Twelve people were killed in Kharkiv, officials said."),
        ("B", "2025-06-02", "Three people were killed in Lviv, officials said."),
    ],
    "call-vs-other-visit": [
        ("A", "2025-08-18", "Trump spoke by phone with Putin on Monday."),
        ("B", "2025-08-18", "Zelensky visited Washington on Monday."),
    ],
}


@functools.cache
def aligned(name: str) -> CorpusResult:
    docs = [read_text(text, outlet=outlet, published=day) for outlet, day, text in STORIES[name]]
    with Store.open(":memory:") as store:
        analyze_into_store(store, docs, workers=1)
        return store.load_result()


def flags(result: CorpusResult) -> list[Discrepancy]:
    """Every flag, a cluster's or a story's fact group's."""
    found = [d for c in result.clusters for d in c.discrepancies]
    found += [d for s in result.stories for d in s.discrepancies]
    return [d for d in found if d.kind in FLAG_KINDS]


@pytest.mark.parametrize(
    ("name", "kind", "values"),
    [
        ("measure-conflict", "conflict", {"7.7 magnitude", "7.9 magnitude"}),
        ("claim-vs-denial", "disputed", {"5 jets", "no aircraft (0)"}),
        # "story" and "storey" are one measure in two spellings, not two counted things
        ("storey-spellings", "conflict", {"33 story", "30 storey"}),
    ],
)
def test_align_facts_flags_what_cannot_both_be_true(name: str, kind: str, values: set[str]) -> None:
    found = flags(aligned(name))
    assert [(d.field, d.kind, {v.value for v in d.values}) for d in found] == [("quantity", kind, values)]


def test_align_facts_a_denial_is_attributed_to_its_side() -> None:
    (flag,) = flags(aligned("claim-vs-denial"))
    result = aligned("claim-vs-denial")
    country = {a.id: a.country for a in result.actors}
    who = {v.value: country.get(v.attributed_to or "") for v in flag.values}
    assert who == {"5 jets": "PAK", "no aircraft (0)": "IND"}


@pytest.mark.parametrize(
    "name",
    ["rising-toll", "rounded-figure", "at-least-vs-exact", "killed-vs-injured", "different-events-counts", "source-revises-its-count",
     "july-vs-september-release", "met-vs-meeting-with", "call-vs-other-visit", "lower-toll-elsewhere"],
)
def test_align_facts_no_false_flag(name: str) -> None:
    assert [(d.field, d.kind, [v.value for v in d.values]) for d in flags(aligned(name))] == []


def test_align_facts_story_flags_carry_a_group_and_reach_the_export() -> None:
    from counterpoint.export import contract

    result = aligned("claim-vs-denial")
    story_flags = [d for s in result.stories for d in s.discrepancies if d.kind in FLAG_KINDS]
    assert story_flags and all(d.group and d.group.startswith("facts_") for d in story_flags)
    rows = [r for r in contract(result)["discrepancies"] if r.get("group")]
    assert rows and all(r["cluster"] is None and r["flag"] for r in rows if r["kind"] in FLAG_KINDS)
    assert all({"doc", "value", "sentence", "span", "attributed_to"} <= set(v) for r in rows for v in r["values"])


def test_align_facts_outlets_conflict_absorbs_the_same_values_dispute() -> None:
    """Two outlets give 4 and "at least 8" in their own voice; a third cites a source for 4.
    The source's 4 against B's own 8 is the outlets' conflict again, not a second flag."""
    found = flags(aligned("outlets-and-a-source"))
    assert [(d.field, d.kind) for d in found] == [("quantity", "conflict")]
    assert len({v.doc for v in found[0].values}) == 3


def test_align_facts_places_struck_compared_across_nouns() -> None:
    """"two airbases" against "four airbases" and "four airfields": one conflict (the places
    struck), whatever the noun and whichever voice gives the four."""
    found = [d for d in flags(aligned("airbases-vs-airfields")) if "2 airbases" in {v.value for v in d.values}]
    assert [(d.field, d.kind) for d in found] == [("quantity", "conflict")]
    assert {v.value for v in found[0].values} & {"4 airbases", "4 airfields"}

