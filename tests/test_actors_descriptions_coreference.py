"""Definite descriptions resolved to the one named person of that role and nationality
(issue 18 item 6): a head of government is "the leader" too, a head of state is found by a
spelling of his name the tenures table does not list, and a vice-president is never "the
president". Texts written for this test."""

from __future__ import annotations

import pytest


def _labels(analyze, text: str, published: str) -> list[tuple[str, str]]:
    a = analyze(text, published=published)
    names = {x.id: x.name for x in a.actors}
    return [(names[lab.actor], lab.label) for lab in a.labels]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a head of government is "the leader" too
        ("Dravian Prime Minister Tomas Velkor called for calm on Monday. "
         "The 52-year-old leader also asked citizens abroad to register with embassies.",
         "2025-07-25", ("Tomas Velkor", "The 52-year-old leader")),
        # a head of state by a spelling the tenures table does not list
        ("Volodymyr Zelenskiy met the minister in Kyiv on Friday. "
         "The Ukrainian leader left without signing the agreement.",
         "2025-02-28", ("Volodymyr Zelenskiy", "The Ukrainian leader")),
    ],
)
def test_actors_descriptions_resolve_to_the_one_holder(analyze, text, published, expected):
    assert expected in _labels(analyze, text, published)


def test_actors_descriptions_never_across_two_candidates(analyze):
    text = ("Dravian Prime Minister Tomas Velkor met Ostrian Prime Minister Ilse Marant on Monday. "
            "The 52-year-old leader also asked citizens abroad to register with embassies.")
    assert not [x for x in _labels(analyze, text, "2025-07-25") if x[1] == "The 52-year-old leader"]


def test_actors_descriptions_vice_president_is_not_the_president(analyze):
    text = ("US Vice President Ellis Marlowe spoke first. Reporters then asked the US president "
            "about the tariffs.")
    assert not [x for x in _labels(analyze, text, "2025-02-28") if x[1] == "the US president"]
