"""An organisation whose own name names one state belongs to it ("Royal Thai Army", "Indian
Air Force"): its country lets a state and its army count as one side when sources disagree
(align/discrepancies.same_side). A demonym that is not the country's name plus -n/-ese/-ian
("Thai") counts like any other."""

from __future__ import annotations

import pytest

from counterpoint.nlp import get_nlp
from counterpoint.nlp.actors import org_country
from counterpoint.nlp.pipeline import make_doc
from counterpoint.records import Document


@pytest.mark.parametrize(("name", "iso"), [("Royal Thai Army", "THA"), ("Indian Air Force", "IND"),
                                           ("Pakistan Army", "PAK"), ("US-China Business Council", None),
                                           ("Red Cross", None)])
def test_actors_org_country_from_its_name(name, iso):
    assert org_country(name) == iso


def test_actors_org_country_on_the_actor():
    nlp = get_nlp()
    text = "The Royal Thai Army said the Thai troops had fired back at dawn."
    doc = nlp(make_doc(nlp, Document("d", "<t>", "o", text, published="2025-07-24")))
    orgs = {a.name: a.country for a in doc._.cp_actors if a.kind == "org"}
    assert orgs.get("Royal Thai Army") == "THA", orgs
    assert any(a.kind == "country" and a.country == "THA" for a in doc._.cp_actors)
