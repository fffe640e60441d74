"""Dates counted from another event across "N days after/before": the side whose day the
text gives dates the other side."""

from __future__ import annotations


def _event(a, trigger):
    return next(e for e in a.events if e.trigger == trigger)


def test_event_offsets_dates_reference_from_main_clause(analyze):
    # Saturday 2031-03-15; Wednesday is 2031-03-12, so the attack a day before is the 11th
    a = analyze("A day after the Nordland attack on a camp in Sudland, the border saw heavy fighting "
                "on Wednesday.", published="2031-03-15")
    ev = _event(a, "attack")
    assert ev.date is not None and ev.date.value == "2031-03-11" and ev.date_from == "narrative"


def test_event_offsets_dates_reference_from_present_tense_main_clause(analyze):
    a = analyze("The raid comes just a day after Nordland reportedly deployed 5,000 troops near the border.",
                published="2031-03-15")
    ev = _event(a, "deployed")
    assert ev.date is not None and ev.date.value == "2031-03-14"


def test_event_offsets_dates_main_from_reference(analyze):
    a = analyze("Nordland's attack on the port of Valdmar came on Tuesday. Two days before the attack, "
                "the Nordland minister met with the Sudland envoy.", published="2031-03-15")
    ev = _event(a, "met")
    assert ev.date is not None and ev.date.value == "2031-03-09"


def test_event_offsets_dates_leave_hours_alone(analyze):
    a = analyze("Hours after the Nordland attack on a camp in Sudland, the border saw heavy fighting "
                "on Wednesday.", published="2031-03-15")
    assert _event(a, "attack").date.value == "2031-03-12"
