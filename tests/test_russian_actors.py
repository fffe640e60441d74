"""Russian state names found missing on real Russian dev coverage (issue 20, item 6): a state
is a country actor under the English gazetteer's name, so it merges with the English report's
actor. Sentences written for this test (invented people, real states)."""

from __future__ import annotations

import pytest

from counterpoint.ingest import read_text


def _analyse(text: str):
    from counterpoint.nlp.ru import analyze_russian

    doc = read_text(text, outlet="Тест", published="2025-06-23", title="Заголовок")
    return analyze_russian(doc)


@pytest.mark.parametrize(("text", "name"), [
    ("Власти Пакистана закрыли воздушное пространство.", "Pakistan"),
    ("Исламабад заявил протест Индии.", "Pakistan"),  # a capital acting is its state
    ("Делегация прибыла из Саудовской Аравии.", "Saudi Arabia"),
    ("Южная Корея ввела санкции.", "South Korea"),
])
def test_russian_actors_states_are_countries_with_english_names(text, name):
    a = _analyse(text)
    assert (name, "country") in [(x.name, x.kind) for x in a.actors], [(x.name, x.kind) for x in a.actors]


def test_russian_actors_state_speaker_of_what_it_called_something():
    a = _analyse('Власти Пакистана назвали эти действия "актом войны".')
    names = {x.id: x.name for x in a.actors}
    assert [(q.text, names.get(q.speaker), q.kind) for q in a.quotes] == [("актом войны", "Pakistan", "partial")]
