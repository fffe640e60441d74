"""cp_actors on shapes real news has and the seeds did not: organisations named after a place,
places the model tags as people, time zones and acronyms, name-order and spelling variants."""

from __future__ import annotations

import pytest


def _actors(analysis) -> list[tuple[str, str]]:
    return sorted((a.name, a.kind) for a in analysis.actors)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Air Canada and WestJet cancelled flights.", "Air Canada"),
        ("Bank of America and JPMorgan reported profits.", "Bank of America"),
        ("Air India said the flight had been delayed by two hours.", "Air India"),
        (
            "The Bank of England and Bank of America disagreed. Bank of America said rates would fall.",
            "Bank of America",
        ),
        (
            "Officials at Air India Express and Air India met on Tuesday. Air India declined to comment.",
            "Air India",
        ),
    ],
)
def test_actors_org_named_after_place_does_not_crash_and_stays_org(analyze, text: str, org: str) -> None:
    a = analyze(text)
    assert (org, "org") in _actors(a)
    assert not [x for x in a.actors if x.kind == "country"]  # no state named outside the orgs
