"""The quote finder: pairing marks, nesting, apostrophes, unbalanced quotes, paragraphs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counterpoint.nlp.quotes import find_quote_spans


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in find_quote_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He called it a “farce” twice.", ["farce"]),
        ('She said "we will win" loudly.', ["we will win"]),
        ("Le ministre a dit « nous verrons » hier.", ["nous verrons"]),
        ("Die Zeitung schrieb „keine Chance“ dazu.", ["keine Chance"]),
        ("The ‘hawks’ were angry.", ["hawks"]),
        ("Belarus’s leader doesn’t care about the ‘west’.", ["west"]),
        ("They don't know what Poland's plan is.", []),
    ],
)
def test_marks_pair(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_nested_quote_is_not_top_level() -> None:
    text = "He said: “They told me ‘never again’ and I agreed.” Then he left."
    assert quoted(text) == ["They told me ‘never again’ and I agreed."]


def test_unbalanced_quote_does_not_swallow_the_rest() -> None:
    text = "He said “this never closes.\nA new paragraph with a “real quote” here."
    assert quoted(text) == ["real quote"]


def test_quote_continues_into_next_paragraph_when_reopened() -> None:
    text = "She said: “First part of the speech.\n“Second part of it.” Then silence."
    spans = list(find_quote_spans(text))
    assert len(spans) == 1
    inner = text[spans[0][0] : spans[0][1]]
    assert inner.startswith("First part") and inner.endswith("Second part of it.")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ,.\n“”„«»‘’'\"")), max_size=200) | st.text(max_size=200))
def test_never_raises_and_spans_inside(text: str) -> None:
    prev_end = -1
    for s, e in find_quote_spans(text):
        assert 0 < s <= e < len(text)
        assert s > prev_end
        prev_end = e


def test_quotes_finder_marks_glued_to_sentence_ends() -> None:
    text = (
        'The decision was made by the council, not by her office."This was not my decision," Berg said.'
        'Berg said she warned them, but "unfortunately, too late to stop it."By then the gates were shut.'
    )
    assert quoted(text) == ["This was not my decision,", "unfortunately, too late to stop it."]


def test_quotes_speaker_of_quote_glued_to_sentence_end(analyze) -> None:
    text = (
        "Mayor Anna Berg said on Tuesday that the decision to close the port was made by the council, not by her "
        'office."This was a decision made by the council, it was not a decision made by me," Berg said in a post.'
    )
    assert [q.speaker_text for q in analyze(text).quotes] == ["Mayor Anna Berg"]
