"""framing_profiles / compare_outlets: per outlet x actor labels, framing, quotes and tone."""

from __future__ import annotations

import json

import pytest

from counterpoint.align.framing import compare_outlets, framing_profiles, sentence_spans, tone_counts
from counterpoint.records import Actor, CorpusResult, Document, Framing, Label, Mention, Quote

T1 = "Hrytsenko praised the constructive talks. The peace agreement was welcomed."
T2 = "The strongman Gritsenko ordered a brutal crackdown. Critics were jailed and tortured."


def corpus() -> CorpusResult:
    d1 = Document("d1", "<t>", "State Wire", T1)
    d2 = Document("d2", "<t>", "Independent Monitor", T2)
    i = T2.index("brutal crackdown")
    return CorpusResult(
        documents=[d1, d2],
        actors=[Actor("a_h", "Vasyl Hrytsenko", "person"), Actor("a_k", "Anna Koval", "person")],
        mentions=[Mention("d1", "a_h", "Hrytsenko", (0, 9)), Mention("d2", "a_h", "Gritsenko", (14, 23))],
        labels=[Label("d1", "a_h", "President", (0, 1)), Label("d2", "a_h", "strongman", (4, 13))],
        framing=[
            Framing("d2", "loaded_language", "brutal crackdown", (i, i + 16), "a_h", 0.9, "lexicon"),
            Framing("d2", "scare_quote", "reforms", (0, 1), "a_h", 0.8, "quotes:scare"),
            Framing("d2", "name_calling", "thugs", (0, 1), None, 0.9, "lexicon"),
        ],
        quotes=[
            Quote("q1", "d1", "a_h", "Hrytsenko", "direct", "We seek peace.", (0, 1)),
            Quote("q2", "d2", "a_k", "Koval", "direct", "He must go.", (0, 1)),
            Quote("q3", "d2", "a_k", "Koval", "scare", "x", (0, 1)),
        ],
    )


def test_profiles_per_outlet_and_actor():
    rows = {(r["outlet"], r["actor"]): r for r in framing_profiles(corpus())}
    assert set(rows) == {
        ("State Wire", "a_h"),
        ("Independent Monitor", "a_h"),
        ("Independent Monitor", "a_k"),
    }
    sw, im = rows[("State Wire", "a_h")], rows[("Independent Monitor", "a_h")]
    assert sw["labels"] == {"President": 1} and im["labels"] == {"strongman": 1}
    assert im["scare_quotes"] == ["reforms"] and im["loaded_language"] == 1
    assert sw["quoted"] == 1 and rows[("Independent Monitor", "a_k")]["quoted"] == 1
    assert sw["tone"] > 0 > im["tone"]
    assert sw["sentences"] == 1 and sw["actor_name"] == "Vasyl Hrytsenko"
    json.dumps(framing_profiles(corpus()))


def test_compare_outlets_side_by_side():
    cmp = compare_outlets(corpus(), "a_k")
    assert cmp["name"] == "Anna Koval"
    assert cmp["outlets"]["State Wire"] is None
    assert cmp["outlets"]["Independent Monitor"]["quoted"] == 1


@pytest.mark.parametrize(
    ("text", "pos", "neg"),
    [
        ("The talks were constructive and welcomed.", 2, 0),
        ("A brutal, rigged vote.", 0, 2),
        ("He went home.", 0, 0),
    ],
)
def test_tone_counts(text, pos, neg):
    assert tone_counts(text) == (pos, neg)


def test_sentence_spans():
    text = 'He said "no." Then he left.\nNew paragraph'
    assert [text[a:b] for a, b in sentence_spans(text)] == ['He said "no."', "Then he left.", "New paragraph"]
