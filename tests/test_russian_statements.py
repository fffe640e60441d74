"""Russian statements as events of kind "statement" (nlp/ru/statements.py), on sentences
written for this test (invented people, real states)."""

from __future__ import annotations

import pytest

from counterpoint.ingest import read_text

PUBLISHED = "2025-06-23"


def _said(text: str) -> list[tuple[str, list[str], str | None]]:
    """(trigger, actor names, date) of the statement events of a text."""
    from counterpoint.nlp.ru import analyze_russian

    doc = read_text(text, outlet="Тест", published=PUBLISHED, title="Заголовок")
    a = analyze_russian(doc)
    names = {x.id: x.name for x in a.actors}
    return [(e.trigger, [names[x] for x in e.actor], e.date.value if e.date else None)
            for e in a.events if e.kind == "statement" and e.type is None]


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("Министр иностранных дел Франции Жан Дюмолен заявил, что граница останется открытой.", "заявил", "Жан Дюмолен"),
    ("«Мы готовы к диалогу», — сказал Жан Дюмолен журналистам.", "сказал", "Жан Дюмолен"),
    ("Как сообщил помощник президента Олег Варенцов, стороны сосредоточатся на торговле.", "сообщил", "Олег Варенцов"),
    ("Министерство обороны Германии сообщило о девяти учебных вылетах.", "сообщило", None),
])
def test_russian_statements_found_with_speaker(text, trigger, actor):
    got = _said(text)
    hit = [s for s in got if s[0] == trigger]
    assert hit, got
    if actor:
        assert actor in hit[0][1], got


@pytest.mark.parametrize("text", [
    "Жан Дюмолен не заявил ничего нового.",  # negated
    "Жан Дюмолен заявит о своем решении завтра.",  # still to come
    "«Я бы сказал, что все хорошо», — отметил Дюмолен.",  # "сказал" inside the quotation is said, not reported
    "Франция нанесла удары по Германии и заявила о своей победе.",  # a saying coordinated with an act
    "Министерство обороны Германии подтвердило факт ракетной атаки Франции.",  # reports the attack
    "Граница останется открытой. Об этом заявил Жан Дюмолен.",  # credits what was told: a source
])
def test_russian_statements_not_listed(text):
    said = _said(text)
    assert all(t not in ("заявил", "заявит", "сказал", "заявила", "подтвердило") for t, _, _ in said), said


def test_russian_statements_future_report_keeps_the_saying():
    """"заявлял, что будет требовать": the demand is still to come, so the saying is the news."""
    assert [t for t, _, _ in _said("Жан Дюмолен заявлял, что будет требовать от Германии уступок.")] == ["заявлял"]


def test_russian_statements_date_is_the_sayings_own():
    """A date inside what is said does not date the saying; one on the verb does."""
    said = _said("В пятницу Жан Дюмолен заявил, что решение было принято 2 июня.")
    assert said and said[0][2] == "2025-06-20", said
