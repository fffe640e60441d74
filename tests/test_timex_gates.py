"""The date grammar's literal gates skip only rules that cannot match.

``timex_rules.find`` skips a rule when the text lacks one of its gates (see ``_GATES``). That is
only right if every match of the rule passes the rule's gates by itself; these tests check it
on strings generated from each rule's own pattern, then check that ``find`` with gates equals
``find`` scanning every rule, on synthetic articles, hand-written phrases and the TempEval-3
platinum texts."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counterpoint.nlp import timex_rules
from counterpoint.nlp.timex_rules import RULES, Rule, find, gates_passed

PHRASES = [
    "On 21 June 2025 and from September 25 to 29, 2024", "the 5th-7th of May", "between 3 and 5 March",
    "Monday, June 2, 2025 at 3 p.m. EST", "mid-July", "early 2020s", "the '90s", "the 19th century",
    "this spring", "the third quarter of 2024", "Q3 2025", "next quarter", "two days later", "the day after",
    "the following week", "that same morning", "for the day", "later this year", "the end of the month",
    "five years ago", "a couple of weeks ago", "the day before yesterday", "last night", "TODAY", "tonight",
    "last Saturday evening", "next weekend", "10:30 GMT on Friday", "9am Tuesday", "every two weeks",
    "twice a month", "annually", "at the moment", "Nowadays", "in the past", "the past three years",
    "the past decade", "a 12-month term", "for years", "in recent weeks", "FY2025", "2020–2022", "1990 to 95",
    "2025-06-21", "the paſt two years", "ſeveral days ago", "THE PAST WEEK", "twıce a week", "twİce a week",
    "Eight years later", "SEVERAL months before.", "a.m.", "Sept. 11", "the 1st of Dec.",
]  # fmt: skip


def _violations(rule: Rule, text: str) -> list[str]:
    """Matches of ``rule`` in ``text`` that fail one of the rule's gates by themselves."""
    return [m.group(0) for m in rule.regex.finditer(text) if not rule.needs <= gates_passed(m.group(0))]


def _find_without_gates(text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, str]]:
    every = frozenset(g for rule in RULES for g in rule.needs)
    with monkeypatch.context() as m:
        m.setattr(timex_rules, "gates_passed", lambda _text: every)
        return [(c.start, c.end, c.rule.name) for c in find(text)]


def _found(text: str) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, c.rule.name) for c in find(text)]


def test_timex_gates_every_rule_has_known_gates():
    known = set(timex_rules._GATES) | {"digit"}
    for rule in RULES:
        assert rule.needs, rule.name
        assert rule.needs <= known, (rule.name, rule.needs - known)


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_timex_gates_hold_on_generated_matches(rule, data):
    text = data.draw(st.from_regex(rule.regex))
    assert rule.regex.search(text)
    assert _violations(rule, text) == []


def test_timex_gates_checker_catches_a_wrong_gate():
    """The check above can fail: a rule given a gate its matches lack is reported."""
    year = next(r for r in RULES if r.name == "year")
    wrong = Rule(year.name, year.regex, year.handler, frozenset({"month"}))
    assert _violations(wrong, "in 2025") == ["2025"]
    assert _violations(year, "in 2025") == []


@pytest.mark.parametrize("text", PHRASES)
def test_timex_gates_phrases_found_as_without_gates(text, monkeypatch):
    assert _found(text) == _find_without_gates(text, monkeypatch)
    for rule in RULES:
        assert _violations(rule, text) == [], rule.name


def test_timex_gates_case_folding_like_re():
    """``(?i:past)`` matches "paſt" and ``(?i:twice)`` matches "twıce": the folded gates must too."""
    assert "past" in gates_passed("the paſt two years")
    assert "times" in gates_passed("twıce a week")
    assert [r for _s, _e, r in _found("the paſt two years")] == ["past_dur"]


def test_timex_gates_synthetic_articles_found_as_without_gates(monkeypatch):
    from counterpoint.scale.synth import iter_documents

    for doc in iter_documents(150, seed=3):
        assert _found(doc.text) == _find_without_gates(doc.text, monkeypatch), doc.id


def test_timex_gates_tempeval_platinum_found_as_without_gates(shared, monkeypatch):
    from counterpoint.eval.tempeval import DATA, read_gold

    paths = sorted((shared / DATA / "te3-platinum").glob("*.tml"))
    assert paths
    for path in paths:
        text = read_gold(path)[0]
        assert _found(text) == _find_without_gates(text, monkeypatch), path.name
