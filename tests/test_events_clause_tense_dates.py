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
def test_events_clause_tense_dates_by_publication_day(event_date, text, trigger):
    assert event_date(text, trigger, "2031-03-15") == ("2031-03-15", "published")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The governor promised to withdraw troops from Valdmar.", "withdraw"),
        ("The statements come amid tensions following the Nordland strikes on Valdmar.", "strikes"),
    ],
)
def test_events_clause_tense_leaves_intent_and_background_undated(event_date, text, trigger):
    assert event_date(text, trigger, "2031-03-15") == (None, None)
