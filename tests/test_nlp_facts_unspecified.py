"""Counts that exist but are not given ("some political prisoners", "several soldiers were
killed") are facts a number can only refine: a difference of precision, never a conflict."""

from __future__ import annotations

import pytest

from counterpoint.nlp import get_nlp
from counterpoint.nlp.facts import unspecified_counts


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The visit brought the release of some political prisoners.", [("some political prisoners", "released")]),
        ("Several soldiers were killed in the attack on Monday.", [("Several soldiers", "killed")]),
        ("Many protesters were detained by the police.", [("Many protesters", "detained")]),
        ("Some 200 people were killed in the flood.", []),  # an approximate number, not an unspecified one
        ("Some analysts expect further talks.", []),  # no counted predicate
        ("The minister met some of the families.", []),
    ],
)
def test_nlp_facts_unspecified_counts(text, want):
    doc = get_nlp()(text)
    got = [(q.text, q.predicate) for q in unspecified_counts(doc, "d")]
    assert got == want
