"""Russian pronouns resolved subjects first (nlp/ru/pronouns.py), on texts written for this test
(invented people)."""

from __future__ import annotations

from counterpoint.ingest import read_text

PUBLISHED = "2025-06-23"


def _speakers(text: str) -> list[tuple[str, str | None]]:
    from counterpoint.nlp.ru import analyze_russian

    doc = read_text(text, outlet="Тест", published=PUBLISHED, title="Заголовок")
    a = analyze_russian(doc)
    names = {x.id: x.name for x in a.actors}
    return [(q.text, names.get(q.speaker)) for q in a.quotes]


def test_pronouns_subject_of_the_sentence_before_wins_over_a_nearer_object():
    """он is the one the text is about (the subject), not the last person named."""
    text = ("Ивар Брегенко высказался о споре между Томом Уэллсом и Петром Ласко. "
            "Об этом он написал в своем канале. Произошедшее он назвал «громким скандалом».")
    assert _speakers(text) == [("громким скандалом", "Ивар Брегенко")]


def test_pronouns_nearest_person_when_no_subject_is_near():
    """With no person as a subject in the pronoun's sentence or the one before (Брегенко is the
    subject two sentences back), the nearest one."""
    text = ("Ивар Брегенко приехал в город утром. Вечером журналисты встретили Тома Уэллса в аэропорту. "
            "«Мы готовы к диалогу», — сказал он.")
    assert _speakers(text) == [("Мы готовы к диалогу", "Том Уэллс")]


def test_pronouns_feminine_verb_marks_an_undeclined_foreign_name_as_a_woman():
    """"сообщила корреспондент Джеки Хоук": она is her, not the man named before."""
    text = ("Встреча Тома Уэллса с министром закончилась рано. Об этом сообщила корреспондент "
            "телеканала Джеки Хоук. «Соглашение не подписано», — написала она в переписке с Петром Ласко.")
    assert _speakers(text) == [("Соглашение не подписано", "Джеки Хоук")]
