"""Dates a reader works out from the publication date and the dateline (issue 18): weekdays
by tense, "yesterday", parts of days, and the opening dateline of wire copy."""

from __future__ import annotations

import pytest

from counterpoint.nlp.timex_dateline import find_dateline


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("MINSK, June 21 (Reuters) – The minister arrived.", "MINSK", "June 21"),
        ("NEW DELHI (AP) — Police arrested five men.", "NEW DELHI", None),
        ("KYIV, Ukraine, June 5 (Reuters) - Talks resumed.", "KYIV", "June 5"),
        ("LESNOGRAD: The council met.", "LESNOGRAD", None),
    ],
)
def test_timex_dateline_found(text, place, date):
    dl = find_dateline(text)
    assert dl is not None and dl.place == place and dl.date_text == date


@pytest.mark.parametrize("text", ["NOTE: figures are provisional.", "NATO - the alliance met.", "The plane crashed."])
def test_timex_dateline_not_found(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # Monday 2025-06-23 is the publication day
        ("NEW DELHI (AP) — Police arrested five men at the station.", "arrested", "2025-06-23"),
        ("LESNOGRAD, June 21 (Reuters) – Police arrested five men.", "arrested", "2025-06-21"),
        ("Police arrested five activists yesterday in Lesnograd.", "arrested", "2025-06-22"),
        # an event's date is the day; the timex keeps "TEV" (the contract has no such date)
        ("The protests began Friday evening in Lesnograd.", "protests", "2025-06-20"),
        ("The two prisoners were released by Nordland on Saturday.", "released", "2025-06-21"),
        ("The two prisoners will be released by Nordland on Saturday.", "released", "2025-06-28"),
    ],
)
def test_timex_dateline_event_dates(analyze, text, trigger, value):
    a = analyze(text, published="2025-06-23")
    ev = next(e for e in a.events if e.trigger == trigger)
    assert ev.date is not None and ev.date.value == value


def test_timex_dateline_anchors_when_published_missing(analyze):
    a = analyze("LESNOGRAD, June 21, 2025 (Reuters) – Police arrested five men. They met on Thursday.")
    thursday = next(d for d in a.dates if d.text == "Thursday")
    assert thursday.value == "2025-06-19"


@pytest.mark.parametrize(("text", "value"), [("The launch was at 18:00 UTC on Monday.", "T18:00Z"),
                                             ("The launch was at 18:00 local time.", "T18:00")])
def test_timex_dateline_utc_zone(analyze, text, value):
    a = analyze(text, published="2025-06-23")
    assert any(d.value and d.value.endswith(value) for d in a.dates), a.dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The quake on Friday last week flattened homes.", "2025-03-28"),  # anchor: Sunday 2025-04-06
        ("They will meet on Monday next week.", "2025-04-07"),
    ],
)
def test_timex_dateline_weekday_of_another_week(analyze, text, value):
    a = analyze(text, published="2025-04-06")
    assert a.dates and a.dates[0].value == value


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("Putin convened a meeting to discuss Friday's summit in Alaska.", "convened", "2025-03-29"),
    ],
)
def test_timex_dateline_dates_that_date_something_else(analyze, text, trigger, value):
    a = analyze(text, published="2025-03-29")
    ev = next(e for e in a.events if e.trigger == trigger)
    assert ev.date is not None and ev.date.value == value


def test_timex_dateline_as_of_dates_a_count_not_an_event(analyze):
    a = analyze("As of Saturday, floods had killed 40 people in the valley.", published="2025-03-30")
    assert a.events and all(e.date is None or e.date.value != "2025-03-29" for e in a.events)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The summit will take place on Friday in Anchorage.", "2025-08-15"),  # published Friday
        ("The two leaders met on Friday in Anchorage.", "2025-08-15"),
        ("The leaders will meet on Monday.", "2025-08-18"),
    ],
)
def test_timex_dateline_future_weekday_includes_publication_day(analyze, text, value):
    a = analyze(text, published="2025-08-15")
    assert a.dates[0].value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("The trial lasted almost two and a half years.", "P2.5Y"), ("They waited six and a half hours.", "PT6.5H")],
)
def test_timex_dateline_and_a_half_durations(analyze, text, value):
    assert [d.value for d in analyze(text).dates] == [value]


def test_timex_dateline_place_is_no_doer(analyze):
    a = analyze("LESNOGRAD, June 19 (Reuters) – A cargo plane crashed into a hostel on Thursday, killing 12 people.",
                published="2025-06-20")
    crash = next(e for e in a.events if e.kind == "accident")
    assert crash.actor_text == ["A cargo plane"] and crash.date.value == "2025-06-19"
    assert crash.quantity is not None and crash.quantity.value == 12


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("By Jane Roe WASHINGTON, March 3 (Reuters) - Talks resumed.", "WASHINGTON", "March 3"),
        ("Ivo Brenner / M JanekQuetta/Lahore, Feb 27:\nThe council met.", "Quetta/Lahore", "Feb 27"),
        ("Ivo Brenner and Ana Vell New Delhi, March 3: The council met.", "New Delhi", "March 3"),
        ("TALLINN/RIGA, July 28 (Xinhua) -- The council met.", "TALLINN/RIGA", "July 28"),
    ],
)
def test_timex_dateline_after_byline(text, place, date):
    dl = find_dateline(text)
    assert dl is not None and dl.place == place and dl.date_text == date
    assert dl.span[0] == 0 and text[dl.span[1] - 1] in "-:"


@pytest.mark.parametrize("text", [
    "The summit in Anchorage, Aug 15: talks went on.",  # a sentence, not a byline, before the place
    "Ivo Brenner Lesnograd, March 3: The council met.",  # a title-case place the gazetteer does not know
    "By Jane Roe Kyiv - Talks resumed.",  # after a byline, only a dated dateline counts
])
def test_timex_dateline_after_byline_not_found(text):
    assert find_dateline(text) is None


def test_timex_dateline_after_byline_anchors_today(analyze):
    # published the next morning; the dateline's day is when "today" and "on Wednesday" were written
    a = analyze("Ivo Brenner / M JanekQuetta/Lahore, Feb 27:\nThe army said on Wednesday that two Nordmark "
                "jets were shot down. A spokesman said the pilots were captured today.", published="2019-02-28")
    today = next(d for d in a.dates if d.text == "today")
    assert today.value == "2019-02-27"


def test_timex_dateline_older_than_a_few_days_is_not_the_anchor(analyze):
    a = analyze("By Jane Roe WASHINGTON, March 3 (Reuters) - Talks resumed today.", published="2025-03-20")
    today = next(d for d in a.dates if d.text == "today")
    assert today.value == "2025-03-20"
