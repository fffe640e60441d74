"""An undated event told with no tense of its own (an infinitive, a bare participle, a noun
under one) is placed by the finite verb it hangs on; a present-tense event is news of the
publication day; an infinitive under a verb of intent, and a noun under a present-tense verb,
are not dated by the publication day."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The blast prompted the authorities to close the airport in Valdmar.", "close"),
        ("The army confirmed the deaths of three civilians due to shelling by rebels.", "shelling"),
        ("Rebels also used light aircraft to drop two bombs on the road to Valdmar.", "bombs"),
        ("Nordland and Sudland leaders accuse Valdmar of provocation on a daily basis, he said.", "accuse"),
    ],
)
def test_events_clause_tense_dates_by_publication_day(analyze, text, trigger):
    a = analyze(text, published="2031-03-15")
    ev = next(e for e in a.events if e.trigger == trigger)
    assert ev.date is not None and ev.date.value == "2031-03-15" and ev.date_from == "published"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The governor promised to withdraw troops from Valdmar.", "withdraw"),
        ("The statements come amid tensions following the Nordland strikes on Valdmar.", "strikes"),
    ],
)
def test_events_clause_tense_leaves_intent_and_background_undated(analyze, text, trigger):
    a = analyze(text, published="2031-03-15")
    found = [e for e in a.events if e.trigger == trigger]
    assert found and all(e.date is None for e in found)
