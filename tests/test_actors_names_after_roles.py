"""Person names the model misses or mis-types in an apposition to a role noun (issue 18 item
6): "said Iranian spokesperson, Farhad Teymouri" (tagged ORG) and a caption "Spokesperson,
MFA, Arjun Balasekar" (untagged), whose surname alone is later tagged a place. Texts written
for this test."""

from __future__ import annotations


def _people(a) -> dict[str, str]:
    return {x.id: x.name for x in a.actors if x.kind == "person"}


def test_actors_names_after_roles_comma_apposition(analyze):
    text = ('"The army will answer this attack," said Iranian spokesperson, Farhad Teymouri.\n'
            "The defence minister announced a state of emergency.")
    a = analyze(text, published="2025-06-13")
    people = _people(a)
    assert "Farhad Teymouri" in people.values()
    assert [q for q in a.quotes if people.get(q.speaker) == "Farhad Teymouri"]
    assert ("Farhad Teymouri", "Iranian spokesperson") in [(people.get(x.actor), x.label) for x in a.labels]


def test_actors_names_after_roles_caption(analyze):
    text = ("Spokesperson, MFA, Arjun Balasekar\n\n"
            "A navy frigate has not returned to port, a senior official said on Tuesday.\n\n"
            "Balasekar, Ministry of Foreign Affairs (MFA) has confirmed that the ship lost contact.")
    a = analyze(text, published="2025-06-13")
    people = _people(a)
    assert "Arjun Balasekar" in people.values()
    assert ("Arjun Balasekar", "Spokesperson, MFA") in [(people.get(x.actor), x.label) for x in a.labels]
    assert not [x for x in a.actors if x.name == "Balasekar" and x.kind != "person"]


def test_actors_names_after_roles_named_role_after_unnamed_one(analyze):
    text = ("A spokesperson for the armed forces has said that the strikes will be answered.\n"
            '"The army will answer this attack," said Iranian spokesperson, Farhad Teymouri.')
    a = analyze(text, published="2025-06-13")
    people = _people(a)
    assert [people.get(q.speaker) for q in a.quotes if q.kind != "scare"] == ["Farhad Teymouri"]
