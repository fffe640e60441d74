"""TempEval-3 scoring: the metric arithmetic on small cases, and the platinum floor."""

from __future__ import annotations

import pytest

from counterpoint.eval.tempeval import Timex, score, system_timexes
from counterpoint.records import DateValue


def T(s: int, e: int, value: str | None = "2013", typ: str = "DATE") -> Timex:
    return Timex(s, e, value, typ)


@pytest.mark.parametrize(
    "gold,system,expected",
    [
        ([T(0, 4)], [T(0, 4)], {"strict_f1": 1.0, "relaxed_f1": 1.0, "value_f1": 1.0, "type_f1": 1.0}),
        ([T(0, 10)], [T(4, 10)], {"strict_f1": 0.0, "relaxed_f1": 1.0, "value_f1": 1.0}),
        ([T(0, 4)], [T(0, 4, "2012")], {"strict_f1": 1.0, "value_f1": 0.0, "type_f1": 1.0}),
        ([T(0, 4), T(10, 14)], [T(0, 4)], {"relaxed_recall": 0.5, "relaxed_precision": 1.0}),
        ([T(0, 4)], [T(0, 4, typ="DURATION"), T(20, 24)], {"type_f1": 0.0, "relaxed_precision": 0.5}),
        ([T(0, 4)], [T(0, 4, None)], {"relaxed_f1": 1.0, "value_f1": 0.0}),
    ],
)
def test_eval_tempeval_score_arithmetic(gold, system, expected):
    got = score([(gold, system)])
    for key, val in expected.items():
        assert got[key] == pytest.approx(val), key


def test_eval_tempeval_ranges_are_scored_as_two_ends():
    text = "the pandemic of 2009-2010 ended"
    dv = DateValue(value="2009", end="2010", text="2009-2010", precision="year", span=(16, 25))
    got = system_timexes(text, [dv])
    assert [(text[t.start : t.end], t.value) for t in got] == [("2009", "2009"), ("2010", "2010")]


FLOOR = {"value_f1": 0.85, "relaxed_f1": 0.93, "strict_f1": 0.89, "type_f1": 0.89}


@pytest.mark.shared
def test_eval_tempeval_platinum_at_or_above_floor(shared):
    from counterpoint.eval.tempeval import evaluate

    scores = evaluate(shared)
    assert scores["gold"] == 138  # all 20 platinum documents read
    for key, floor in FLOOR.items():
        assert scores[key] >= floor, f"{key} = {scores[key]:.4f} < {floor}"
