"""The per-Doc text helpers give what the spaCy and ``re`` calls they replace give.

``word_occurrences`` stands in for ``re.finditer`` over a whole-word pattern built per name,
and ``sentence_of`` for ``Token.sent``; both exist for speed only, so they must agree exactly."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from counterpoint.nlp.gazetteer import sentence_of, word_occurrences

ALPHABET = st.sampled_from(["a", "b", "A", "-", "_", " ", "é", "1", "’", "ß", "٣", "\n", ".", "ab", "a-b"])


def _by_re(text: str, form: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text)]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(ALPHABET, max_size=30).map("".join), form=st.lists(ALPHABET, min_size=1, max_size=4).map("".join))
def test_gazetteer_word_occurrences_equal_re(text, form):
    assert word_occurrences(text, form) == _by_re(text, form)


def test_gazetteer_word_occurrences_cases():
    assert word_occurrences("Kellogg, Kellogg-Smith and Kellogg", "Kellogg") == [(0, 7), (27, 34)]
    assert word_occurrences("aaa a aa", "aa") == [(6, 8)]  # not inside a longer word
    assert word_occurrences("x", "") == []
    assert word_occurrences("Kim Jong Kim Jong Un", "Kim Jong") == _by_re("Kim Jong Kim Jong Un", "Kim Jong")
    assert word_occurrences("a a a", "a a") == [(0, 3)]  # re goes on after a match, not inside it


def test_gazetteer_sentence_of_equals_token_sent(nlp):
    text = (
        "Keith Kellogg met Alexander Lukashenko in Minsk on 21 June. They talked for hours!\n\n"
        "Headline without a stop\nThe envoy said: “We will see.” Then he left"
    )
    doc = nlp(text)
    assert len(list(doc.sents)) > 2
    for tok in doc:
        sent = sentence_of(tok)
        assert (sent.start, sent.end) == (tok.sent.start, tok.sent.end), tok.i
