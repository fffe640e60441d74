"""A PLOVER category needs the verb sense and the arguments to fit (issue 18): sentences
written for these tests, each a failure seen while tuning on the dev half of the PLOVER
records or on the seeds."""

from __future__ import annotations

import pytest


def _top_types(a) -> list[str | None]:
    return [e.type for e in a.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three villagers have been killed in a car bombing near Lesnograd.", "ASSAULT"),
        ("Nordland accepted the proposal for ending the fishing dispute.", "AGREE"),
        ("Nordland will not accept any more refugees.", "REJECT"),
        ("The Council may halt its mediation between the two republics.", "THREATEN"),
        ("The rebels vowed to fight until they control the valley.", "THREATEN"),
        ("Nordland is pushing hard for a ceasefire in the valley.", "REQUEST"),
        ("Some 5,000 dock workers began an open-ended strike on Monday.", "PROTEST"),
        ("The agency dispatched inspectors to the plant in Lesnograd.", "ACCUSE"),
        ("Nordland lifted a state of emergency in the border province.", "CONCEDE"),
        ("Hackers defaced 300 Nordish government web sites.", "COERCE"),
    ],
)
def test_events_plover_fit_category(analyze, text, expected):
    assert expected in _top_types(analyze(text, published="2025-06-23"))


@pytest.mark.parametrize(
    "text",
    [
        "Few outsiders accept the minister's efforts to sell himself as a peace broker.",
        "Many observers accept that the vote was rigged.",
        "The narrative that new prisoners are being arrested is promoted abroad.",
    ],
)
def test_events_plover_fit_no_event(analyze, text):
    assert _top_types(analyze(text, published="2025-06-23")) == []
