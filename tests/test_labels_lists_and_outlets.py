"""Labels in a list of people and of outlets (issue 18 item 6): a title before the next name
is that person's, also across a short form in brackets; a name followed by an organisation
word is the start of the organisation; an outlet's owner ("state-run") labels it. Texts
written for this test."""

from __future__ import annotations

import pytest


def _labels(analyze, text: str) -> list[tuple[str, str]]:
    a = analyze(text, published="2025-06-14")
    names = {x.id: x.name for x in a.actors}
    return [(names[lab.actor], lab.label) for lab in a.labels]


def test_labels_lists_title_before_next_name(analyze):
    text = ("The strikes killed Chief of Staff of the Dravian Armed Forces Karim Vahedi, Chief Commander of "
            "the Dravian Border Guards Corps (DBGC) Reza Tavakoli, Nasser Habibi, commander of Dravia's "
            "Khatam Mehr Central Headquarters, and other officers.")
    got = _labels(analyze, text)
    assert ("Reza Tavakoli", "Chief Commander of the Dravian Border Guards Corps") in got
    assert not [x for x in got if x[0] == "Karim Vahedi" and "Border Guards" in x[1]]
    assert ("Nasser Habibi", "commander of Dravia's Khatam Mehr Central Headquarters") in got


def test_labels_lists_outlet_owner(analyze):
    text = "Explosions were heard in the capital, according to Iran's state-run Nour News on Friday."
    assert ("Nour News", "Iran's state-run") in _labels(analyze, text)


def test_labels_lists_title_before_a_pair_of_names(analyze):
    text = ("State media reported that the army's top commander, Karim Vahedi and Reza Tavakoli, the head "
            "of the Border Guards, were killed.")
    assert ("Karim Vahedi", "the army's top commander") in _labels(analyze, text)


def test_labels_lists_semi_official_is_no_role(analyze):
    text = ("Explosions were heard in the capital, the semi-official Mehr news agency reported. "
            "Later the top military official spoke to reporters.")
    assert not [x for x in _labels(analyze, text) if x[1] == "the top military official"]


def test_labels_charge_d_affaires_is_a_title(analyze):
    text = ("The claim was rejected on Monday by Marek Nowak, Charge d'affaires of Latvia in Chile. Later the "
            "ministry summoned the Latvian embassy's Chargé d’Affaires Marek Nowak in Santiago.")
    a = analyze(text, published="2025-06-14")
    assert [x.name for x in a.actors if x.kind == "person"] == ["Marek Nowak"]
    names = {x.id: x.name for x in a.actors}
    assert ("Marek Nowak", "Charge d'affaires of Latvia in Chile") in [(names[lab.actor], lab.label) for lab in a.labels]


def test_labels_title_holding_two_offices_joined_by_and(analyze):
    text = ("Lusitanian Defence Ministry’s Undersecretary of State and Spokesperson Lieutenant General Rui Carvalho "
            "said the other side fired first. Later Ukraine and President Olena Kravets met.")
    got = _labels(analyze, text)
    assert [lab for who, lab in got if who == "Rui Carvalho" and "Undersecretary of State and Spokesperson" in lab]
    assert not [lab for who, lab in got if "Ukraine and" in lab]



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Source: Lithuanian radio station Zinios FM, as reported on Monday. The raid was run by the KRB "
            "security service, the station said.",
            [("Zinios FM", "Lithuanian radio station"), ("KRB", "the KRB security service")],
            id="outlet-kind-before-and-after-its-name",
        ),
        pytest.param(
            "In Washington, Rep. Tom Hale, R-Ohio, a member of the House Budget Committee, issued a statement. "
            "Sen. Ann Cole, D-Calif., the ranking member of the panel, agreed.",
            [("Tom Hale", "a member of the House Budget Committee"), ("Ann Cole", "the ranking member of the panel")],
            id="apposition-after-a-party-tag",
        ),
    ],
)
def test_labels_real_news_shapes(analyze, text: str, expected: list[tuple[str, str]]):
    got = _labels(analyze, text)
    assert [e for e in expected if e not in got] == []
