"""A count under a verb of assertion is the asserter's, not the outlet's: "Nordmark maintained
that ...", "insisted", "contends", "holds", "argued". And a parser that takes the opening
dateline (with the byline glued before it) for the subject of "said" does not hand the count
to the reporters. Texts are invented; Nordmark is a fictional state."""

from __future__ import annotations

import pytest

from counterpoint.nlp import get_nlp
from counterpoint.nlp.pipeline import make_doc
from counterpoint.records import Document


def sources(text: str, published: str = "2025-06-13") -> dict[str, str | None]:
    """Each count's text -> the name of whoever it is attributed to."""
    nlp = get_nlp()
    doc = nlp(make_doc(nlp, Document("d", "<t>", "o", text, published=published)))
    names = {a.id: a.name for a in doc._.cp_actors or []}
    return {q.text: names.get(q.attributed_to or "") for q in doc._.cp_quantities or []}


@pytest.mark.parametrize(
    "text",
    [
        "Nordmark maintained that its forces had shot down two jets.",
        "Nordmark insisted 40 militants were killed.",
        "Nordmark contends that 30 soldiers were killed.",
        "Nordmark holds that 30 soldiers were killed.",
        "Nordmark argued that its air force had downed five jets.",
    ],
)
def test_facts_attribution_assertion_verbs(text):
    found = sources(text)
    assert list(found.values()) == ["Nordmark"], found


def test_facts_attribution_not_to_the_byline():
    text = ("Ivo Brenner / M JanekQuetta/Lahore, Feb 27:\n"
            "Nordmark on Wednesday said that it shot down two Ostravian jets over its airspace.")
    found = sources(text, published="2019-02-28")
    assert found.get("two Ostravian jets") == "Nordmark", found
