"""Words for a reader (report/words.py, report/model.py): event titles say who did what to
whom and never take a side in their own conflict; dates are written as words; a pair of values
is never shown both as a conflict and as "not a contradiction". Texts are invented here."""

from __future__ import annotations

import pytest

from counterpoint.records import (
    Actor,
    Cluster,
    CorpusResult,
    DateValue,
    Discrepancy,
    DiscrepancyValue,
    Document,
    Event,
    Quantity,
)
from counterpoint.report.model import build_view
from counterpoint.report.words import date_words, event_title


@pytest.mark.parametrize("value,words", [
    ("2026-SP", "spring 2026"),
    ("2025-FA", "autumn 2025"),
    ("2025-06-21", "21 June 2025"),
    ("2025-06", "June 2025"),
    ("2025", "2025"),
    ("2025-Q1", "first quarter of 2025"),
    ("2025-W23", "week 23 of 2025"),
    ("202", "the 2020s"),
    ("2020/2022", "2020 to 2022"),
    ("2025-06-21T14:30", "21 June 2025, 14:30"),
    (None, ""),
    ("PRESENT_REF", "PRESENT_REF"),  # unknown shapes are shown as given, never dropped
])
def test_report_words_date_words(value, words) -> None:
    assert date_words(value) == words


def _event(eid: str, doc: str, sentence: str, trigger: str, *, actor=(), recipient=(), qty=None,
           date=None, location=None, typ="RETREAT") -> Event:
    i = sentence.index(trigger)
    return Event(id=eid, doc=doc, type=typ, mode=None, actor=list(actor), recipient=list(recipient),
                 trigger=trigger, span=(0, len(sentence)), sentence=sentence, sentence_span=(0, len(sentence)),
                 trigger_span=(i, i + len(trigger)), quantity=qty, date=date, location=location)


NAMES = {"act_v": "Vasyl Orlan", "act_k": "Tarnland", "act_m": "Ida Brook"}


@pytest.mark.parametrize("sentence,trigger,actor,contested,want", [
    # actor from the parse, the object from the sentence
    ("On May 4, the authorities freed 12 detainees as a gesture.", "freed", ["act_k"], {}, "Tarnland freed 12 detainees"),
    # a contested count is kept as its noun only: the title does not take a side
    ("On May 4, the authorities freed 12 detainees as a gesture.", "freed", ["act_k"],
     {"quantity": ["12 detainees", "9 detainees"]}, "Tarnland freed detainees"),
    # a contested place is left out, with its preposition
    ("Ida Brook met Vasyl Orlan in Vell on Monday.", "met", ["act_m"], {"location": ["Vell", "Ostra"]},
     "Ida Brook met Vasyl Orlan"),
    # no actor in the parse: the sentence's own subject
    ("Witnesses said police detained 30 marchers in Vell.", "detained", [], {}, "Police detained 30 marchers in Vell"),
    # a noun trigger: the sentence's words, not "Actor crackdown"
    ("Witnesses described a harsh crackdown on the march.", "crackdown", ["act_v"], {},
     "Witnesses described a harsh crackdown on the march"),
    # the words after the trigger hit a clause word: the parse's recipient says to whom
    ("Ida Brook met that region's governor, Vasyl Orlan, on Monday.", "met", ["act_m"], {},
     "Ida Brook met Vasyl Orlan"),
    # an auxiliary stays with the verb (a plan is not a fact)
    ("Officials said Orlan will travel to Bern in May.", "travel", ["act_v"], {}, "Vasyl Orlan will travel to Bern in May"),
])
def test_report_words_event_title(sentence, trigger, actor, contested, want) -> None:
    qty = Quantity(doc="d", value=12, unit="detainees", approximate=False, text="12 detainees",
                   span=(0, 1)) if "12 detainees" in sentence else None
    loc = "Vell" if "in Vell" in sentence else None
    rec = ["act_v"] if "that region's governor" in sentence else []
    ev = _event("e", "d", sentence, trigger, actor=actor, recipient=rec, qty=qty, location=loc)
    assert event_title(ev, NAMES, contested) == want


def _result() -> CorpusResult:
    """Two outlets on one meeting: 2 vs 3 May (a conflict), Vell vs Ostra (a conflict), and a
    third outlet's "in May", which contains both dates (scope)."""
    texts = {
        "d1": "On May 3, Ida Brook met Vasyl Orlan in Vell.",
        "d2": "On May 2, Ida Brook met Vasyl Orlan in Vell.",
        "d3": "Ida Brook met Vasyl Orlan in Ostra in May.",
    }
    docs = [Document(id=k, source=f"{k}.txt", outlet=o, text=t, published="2026-05-06")
            for (k, t), o in zip(texts.items(), ["Wire", "Monitor", "Daily"], strict=True)]
    dates = {"d1": ("2026-05-03", "May 3"), "d2": ("2026-05-02", "May 2"), "d3": ("2026-05", "May")}
    places = {"d1": "Vell", "d2": "Vell", "d3": "Ostra"}
    events = [_event(f"e{k}", k, t, "met", actor=["act_m"], recipient=["act_v"], typ="CONSULT",
                     date=DateValue(dates[k][0], dates[k][1], "day" if len(dates[k][0]) == 10 else "month"),
                     location=places[k]) for k, t in texts.items()]

    def val(k: str, v: str) -> DiscrepancyValue:
        return DiscrepancyValue(doc=k, event=f"e{k}", value=v, sentence=texts[k], span=(0, len(texts[k])))

    cl = Cluster(
        id="cl", type="CONSULT", mode=None, events=[e.id for e in events], documents=list(texts),
        summary="Ida Brook meets Vasyl Orlan in Ostra", date="2026-05-02",
        discrepancies=[
            Discrepancy("date", [val("d1", "2026-05-03"), val("d2", "2026-05-02")], "2026-05-03 vs 2026-05-02"),
            Discrepancy("location", [val("d1", "Vell"), val("d3", "Ostra")], "Vell vs Ostra"),
        ],
        scope_notes=[Discrepancy("date", [val("d1", "2026-05-03"), val("d2", "2026-05-02"), val("d3", "2026-05")],
                                 "one date lies within the other", "scope")],
    )
    actors = [Actor(id="act_m", name="Ida Brook", kind="person"), Actor(id="act_v", name="Vasyl Orlan", kind="person")]
    return CorpusResult(documents=docs, actors=actors, events=events, clusters=[cl])


def test_report_words_cluster_title_takes_no_side() -> None:
    v = build_view(_result())
    row = v["clusters"][0]
    assert row["summary"] == "Ida Brook met Vasyl Orlan"
    for side in ("Vell", "Ostra", "May 2", "May 3"):
        assert side not in row["summary"]
    assert row["date_words"] == "disputed: 3 May 2026 or 2 May 2026"  # the date column takes no side either


def test_report_words_pair_not_both_conflict_and_scope() -> None:
    v = build_view(_result())
    conflict_pairs = {(d["field"], x["doc"], x["raw"]) for d in v["discrepancies"] for x in d["values"]}
    scope_pairs = {(d["field"], x["doc"], x["raw"]) for d in v["scope_notes"] for x in d["values"]}
    assert conflict_pairs and not conflict_pairs & scope_pairs
    assert [x["value"] for d in v["scope_notes"] for x in d["values"]] == ["May 2026"]
    assert "3 May 2026 vs 2 May 2026" in [d["note"] for d in v["discrepancies"]]  # notes in words too


def test_report_words_counts_line_matches_cli_wording() -> None:
    from counterpoint.pipeline import RunSummary

    v = build_view(_result())
    assert v["counts"] == "3 event mentions in 1 event cluster (1 reported by two or more documents)"
    line = RunSummary(documents=1, analysed=1, events=3, clusters=1, all_clusters=1).line()
    assert line.startswith("1 document (1 analysed, 0 already stored, 0 errors), ") and v["counts"] in line
