"""Russian labels found missing on real Russian dev coverage (issue 20, item 6), each on a
sentence written for this test (invented people, real states)."""

from __future__ import annotations

import pytest

from counterpoint.ingest import read_text


def _labels(text: str) -> list[tuple[str, str]]:
    from counterpoint.nlp.ru import analyze_russian

    doc = read_text(text, outlet="Тест", published="2025-06-23", title="Заголовок")
    a = analyze_russian(doc)
    names = {x.id: x.name for x in a.actors}
    return [(x.label, names[x.actor]) for x in a.labels]


@pytest.mark.parametrize(("text", "label", "name"), [
    # a description resolved to the one person titled so is a label of that person
    ("Президент США Том Уэллс прибыл в Вельград. Встречу американский лидер назвал важной.",
     "американский лидер", "Том Уэллс"),
    # role nouns added from the dev set
    ("Уэллс встретился с российским диктатором Иваром Брегенко.", "диктатор", "Ивар Брегенко"),
    ("Интервью взял ведущий Ивар Брегенко.", "ведущий", "Ивар Брегенко"),
    ("К ним присоединились посол Ивар Брегенко и спецсоветник Том Уэллс.", "спецсоветник", "Том Уэллс"),
    ("Об этом сказал замглавы МИД Германии Ивар Брегенко.", "замглавы МИД Германии", "Ивар Брегенко"),
    ("Был убит начальник штаба армии Германии Том Уэллс.", "начальник штаба армии Германии", "Том Уэллс"),
])
def test_russian_labels_found(text, label, name):
    assert (label, name) in _labels(text), _labels(text)


def test_russian_labels_description_of_two_fitting_people_is_no_label():
    got = _labels("Президент США Том Уэллс и бывший президент США Ивар Брегенко прибыли. "
                  "Американский лидер назвал встречу важной.")
    assert not [x for x in got if x[0].lower() == "американский лидер"], got


@pytest.mark.parametrize(("text", "label", "name"), [
    # an organisation is titled by what it is ("телеканал", "агентство")
    ("Об этом сообщил британский телеканал Channel Nine.", "телеканал", "Channel Nine"),
    # a Latin-script name inside a person's title does not end the title
    ("Уэллс заявил ведущему Channel Nine Ивару Брегенко, что встреча прошла хорошо.", "ведущий Channel Nine",
     "Ивар Брегенко"),
])
def test_russian_labels_organisation_and_latin_titles(text, label, name):
    got = _labels(text)
    # compared as the scorer does, by the first letters of each word (the case ending may stay)
    stems = [w[:5] for w in label.lower().split()]
    assert any([w[:5] for w in x[0].lower().split()] == stems and x[1] == name for x in got), got


def test_russian_labels_organisation_description_speaks():
    """"— отмечает журналист телеканала": the one channel the text titled so is the speaker."""
    from counterpoint.nlp.ru import analyze_russian

    doc = read_text("Об этом сообщил британский телеканал Channel Nine. «Это конец изоляции», — отмечает "
                    "журналист телеканала.", outlet="Тест", published="2025-06-23", title="Заголовок")
    a = analyze_russian(doc)
    names = {x.id: x.name for x in a.actors}
    assert [names.get(q.speaker) for q in a.quotes] == ["Channel Nine"], [(q.text, q.speaker) for q in a.quotes]


def test_russian_labels_organisation_description_of_two_is_no_speaker():
    from counterpoint.nlp.ru import analyze_russian

    doc = read_text("Британский телеканал Channel Nine и американский телеканал Delta News сообщили о встрече. "
                    "«Это конец изоляции», — отмечает журналист телеканала.",
                    outlet="Тест", published="2025-06-23", title="Заголовок")
    a = analyze_russian(doc)
    assert all(q.speaker is None for q in a.quotes), [(q.text, q.speaker) for q in a.quotes]
