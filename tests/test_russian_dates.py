"""Russian event dates found wrong on real Russian dev coverage (issue 20, item 6), on
sentences written for this test (invented people, real states), published 2025-06-23."""

from __future__ import annotations

import pytest

from counterpoint.ingest import read_text

PUBLISHED = "2025-06-23"


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    from counterpoint.nlp.ru import analyze_russian

    doc = read_text(text, outlet="Тест", published=PUBLISHED, title="Заголовок")
    a = analyze_russian(doc)
    return [(e.trigger, e.date.value if e.date else None, e.date_from) for e in a.events]


@pytest.mark.parametrize(("text", "trigger", "value", "source"), [
    # "since 2019" is background: the meeting is not dated 2019; told in the past, undated, it
    # is the publication day's (a guess, marked so), as in English
    ("Ивар Брегенко и Том Уэллс встретились впервые с 2019 года.", "встретились", PUBLISHED, "published"),
    ("Франция нанесла удары по Германии.", "нанесла", PUBLISHED, "published"),
    # its own date wins
    ("Франция нанесла удары по Германии 20 июня.", "нанесла", "2025-06-20", None),
    # a range that starts with "с" is still the event's date
    ("Франция и Германия провели учения с 20 по 22 июня.", "провели", "2025-06-20", None),
    # the future is not dated by the publication day
    ("Ивар Брегенко встретится с Томом Уэллсом.", "встретится", None, None),
    # negated: nothing happened that day
    ("Ивар Брегенко не встретился с Томом Уэллсом.", "встретился", None, None),
])
def test_russian_dates_of_events(text, trigger, value, source):
    got = _events(text)
    assert (trigger, value, source) in got, got


def test_russian_dates_undated_mention_takes_the_reports_date():
    got = _events("Франция нанесла удары по Германии 20 июня. Позже Франция нанесла удары по Германии снова.")
    assert [v for _, v, _ in got] == ["2025-06-20", "2025-06-20"], got
    assert got[1][2] == "document"


@pytest.mark.parametrize(("text", "trigger", "value"), [
    # "накануне" alone is the day before the report (2025-06-23 is a Monday)
    ("Накануне Франция нанесла удары по Германии.", "нанесла", "2025-06-22"),
    # a feminine week phrase: the matcher reads lemma pairs ("прошлый неделя")
    ("На прошлой неделе Франция нанесла удары по Германии.", "нанесла", "2025-W25"),
    ("На этой неделе Франция нанесла удары по Германии.", "нанесла", "2025-W26"),
])
def test_russian_dates_relative_words(text, trigger, value):
    got = _events(text)
    assert (trigger, value, None) in got, got


def test_russian_dates_eve_of_something_is_no_date():
    """"накануне саммита" (on the eve of the summit) names no day relative to the report."""
    got = _events("Накануне саммита Франция нанесла удары по Германии.")
    assert ("нанесла", "2025-06-22", None) not in got, got
