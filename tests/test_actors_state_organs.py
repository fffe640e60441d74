"""A state's organisation named by demonym and head ("the Thai army", "the Indian defence
ministry") is an organisation related to its country, not an alias of the country, and it
speaks as itself (issue 18 items 5 and 6). Texts written for this test."""

from __future__ import annotations


def test_actors_state_organs_are_organisations(analyze):
    text = ('"Our soldiers returned fire," the Thai army said in a statement on Thursday. '
            "The Indian defence ministry declined to comment.")
    a = analyze(text, published="2025-07-24")
    by_name = {x.name: x for x in a.actors}
    assert by_name["Thai army"].kind == "org" and by_name["Thai army"].country == "THA"
    assert by_name["Indian defence ministry"].kind == "org" and by_name["Indian defence ministry"].country == "IND"
    assert "Thai army" not in by_name.get("Thailand", by_name["Thai army"]).aliases
    speakers = [q.speaker for q in a.quotes if q.kind == "direct"]
    assert speakers == [by_name["Thai army"].id]


def test_actors_state_organs_forces_stay_the_state(analyze):
    a = analyze("Thai troops shelled the hill on Friday, the ministry said.", published="2025-07-24")
    assert [x.name for x in a.actors if x.kind == "country"] == ["Thailand"]
    assert not [x for x in a.actors if x.kind == "org" and x.name.startswith("Thai")]
