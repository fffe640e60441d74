"""Noise actors (issue 18 item 6): a clock time, a province and a hill are not organisations
or countries, whatever the model tags them. Texts written for this test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("At 7.04am, Dravian forces opened fire on the border post, the ministry said.", "7.04am"),
        ("Troops are stationed in the provinces of Oddar Meanchey, the ministry said.", "Oddar Meanchey"),
        ("Rockets struck a village in Kap Choeng district. Patients left the Kap Choeng hospitals.", "Kap Choeng"),
        ("The shelling extended to Phnom Kravanh and to the temple area, the army said.", "Phnom Kravanh"),
    ],
)
def test_actors_noise_is_no_actor(analyze, text, noise):
    a = analyze(text, published="2025-07-24")
    assert not [x for x in a.actors if x.name == noise and x.kind in ("org", "country", "person")]
