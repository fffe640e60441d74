"""The reporters named in a byline before the dateline are no actors of the story ("Sarah
Miller / M DaviesQuetta/Lahore, Feb 27:"); the same names in the story itself still are."""

from __future__ import annotations

import pytest

from counterpoint.nlp import get_nlp
from counterpoint.nlp.pipeline import make_doc
from counterpoint.records import Document


def names(text: str) -> set[str]:
    nlp = get_nlp()
    doc = nlp(make_doc(nlp, Document("d", "<t>", "o", text, published="2019-02-28")))
    return {a.name for a in doc._.cp_actors or []}


@pytest.mark.parametrize("byline", ["Sarah Miller / M DaviesQuetta/Lahore, Feb 27:\n",
                                    "By Sarah Miller WASHINGTON, Feb 27 (Reuters) - "])
def test_actors_byline_is_no_actor(byline):
    found = names(byline + "Pakistan on Wednesday said it had closed its airspace.")
    assert not any("Miller" in n or "Davies" in n for n in found), found
    assert "Pakistan" in found


def test_actors_byline_name_in_the_story_is_an_actor():
    found = names("Pakistan on Wednesday said it had closed its airspace, spokesman Sarah Miller told reporters.")
    assert any("Miller" in n for n in found), found
