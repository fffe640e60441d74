"""Russian quotes found on real Russian dev coverage (issue 20, item 6) and fixed as general
patterns, each on a sentence written for this test (invented people and places)."""

from __future__ import annotations

import pytest

from counterpoint.ingest import read_text

PUBLISHED = "2025-06-23"


def _analyse(text: str):
    from counterpoint.nlp.ru import analyze_russian

    doc = read_text(text, outlet="Тест", published=PUBLISHED, title="Заголовок")
    assert doc.language == "ru" and doc.error is None
    return analyze_russian(doc)


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    a = _analyse(text)
    names = {x.id: x.name for x in a.actors}
    return [(q.text, names.get(q.speaker), q.kind) for q in a.quotes]


@pytest.mark.parametrize(("text", "want"), [
    # an attribution inside one pair of guillemets: two quotes, one speaker
    ("«По многим пунктам мы договорились, — заявил Ивар Брегенко на пресс-конференции. — Но сделки пока нет».",
     [("По многим пунктам мы договорились", "Ивар Брегенко", "direct"),
      ("Но сделки пока нет", "Ивар Брегенко", "direct")]),
    ("«Мы готовы, — сказал Том Уэллс. — Ждем ответа».",
     [("Мы готовы", "Том Уэллс", "direct"), ("Ждем ответа", "Том Уэллс", "direct")]),
])
def test_russian_quotes_interrupted_by_attribution(text, want):
    assert _quotes(text) == want


def test_russian_quotes_dash_inside_speech_without_verb_is_one_quote():
    """A dash inside the quotation with no speech verb after it is the speaker's own dash."""
    got = _quotes("Ивар Брегенко заявил: «Переговоры — это долгий путь, — и мы к нему готовы».")
    assert [(t, s) for t, s, _ in got] == [("Переговоры — это долгий путь, — и мы к нему готовы", "Ивар Брегенко")]


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    # wire copy writes straight quotes, and a spaced hyphen for the dash
    ('"Мы открыты для диалога с соседями", - отметил Ивар Брегенко.', "Мы открыты для диалога с соседями",
     "Ивар Брегенко"),
    ('"Теперь все зависит от парламента", — заявил Том Уэллс журналистам.', "Теперь все зависит от парламента",
     "Том Уэллс"),
    ('Ивар Брегенко заявил: "Мы не отступим".', "Мы не отступим", "Ивар Брегенко"),
])
def test_russian_quotes_straight_marks_and_hyphen(text, quote, speaker):
    assert (quote, speaker) in [(t, s) for t, s, _ in _quotes(text)]


def test_russian_quotes_straight_marks_inside_guillemets_not_doubled():
    got = _quotes('«Мы назвали операцию "Рассвет"», — сказал Ивар Брегенко.')
    assert [t for t, _, _ in got] == ['Мы назвали операцию "Рассвет"']


@pytest.mark.parametrize(("text", "speaker"), [
    # "президент <state>" in the attribution is the one person the text titles so
    ("Президент Франции Ивар Брегенко прибыл в Вельград. «Сделки нет», — сказал президент Франции.",
     "Ивар Брегенко"),
    ("Премьер-министр Франции Ивар Брегенко и президент Германии Том Уэллс встретились. "
     "«Сделки нет», — сказал президент Германии.", "Том Уэллс"),
])
def test_russian_quotes_title_of_a_state_is_the_titled_person(text, speaker):
    got = _quotes(text)
    assert ("Сделки нет", speaker) in [(t, s) for t, s, _ in got], got


def test_russian_quotes_partial_quote_credited_to_the_nearest_speech_verb():
    got = _quotes("«Сделки нет», — сказал Ивар Брегенко, в то время как Том Уэллс утверждал, что они "
                  "«выработали понимание».")
    assert [(t, s) for t, s, _ in got] == [("Сделки нет", "Ивар Брегенко"), ("выработали понимание", "Том Уэллс")]


def test_russian_quotes_colon_after_a_published_statement():
    got = _quotes("Армия Франции опубликовала короткое заявление: «Справедливость восстановлена».")
    # the army with its state is that state, as the English component reads "the French army"
    assert [(t, s) for t, s, _ in got] == [("Справедливость восстановлена", "France")], got


@pytest.mark.parametrize("text", [
    "Франция объявила о проведении операции «Рассвет» против боевиков.",
    'Название происходит от слова "рассвет" на местном наречии.',
    'Название происходит от слова "рассвет" – утреннего часа.',  # a dash of apposition, not of speech
    "Что представляет собой «Операция Рассвет»?",
])
def test_russian_quotes_quoted_names_after_a_naming_noun_are_not_quotes(text):
    assert _quotes(text) == []


def test_russian_quotes_naming_noun_does_not_hide_real_speech():
    got = _quotes("«Операция завершена», — заявил Ивар Брегенко.")
    assert [(t, s) for t, s, _ in got] == [("Операция завершена", "Ивар Брегенко")]


@pytest.mark.parametrize(("text", "want"), [
    # "X назвал Y «Z»": Z is X's words
    ("Ивар Брегенко назвал переговоры «очень трудными».", [("очень трудными", "Ивар Брегенко", "partial")]),
    ("Власти Франции назвали эти действия «актом войны».", [("актом войны", "France", "partial")]),
    # naming an operation is not a quotation
    ("Власти Франции назвали операцию «Рассвет».", []),
])
def test_russian_quotes_what_someone_called_something(text, want):
    assert _quotes(text) == want


@pytest.mark.parametrize(("text", "speaker"), [
    # a verb of quoting: the one quoted speaks, the subject passes the words on
    ("«Армия готова к обороне», — цитирует Анну Варапон агентство Вельта.", "Анна Варапон"),
    ("«Армия готова к обороне», — приводит слова Анны Варапон агентство Вельта.", "Анна Варапон"),
    # an impersonal verb of saying: the issuer of the document it is in
    ("«Ситуация остается напряженной», — говорится в заявлении МИД Франции.", "French Foreign Ministry"),
    ("В заявлении МИД Франции говорится: «Ситуация остается напряженной».", "French Foreign Ministry"),
    ("«Мы готовы к переговорам», — сообщили в МИД Германии.", "German Foreign Ministry"),
])
def test_russian_quotes_quoting_verbs_and_issuers(text, speaker):
    got = _quotes(text)
    assert got and got[0][1] == speaker, got


def test_russian_quotes_writing_verb_credits_its_subject():
    """"— пишет X": a verb of writing is a verb of saying; its subject speaks."""
    got = _quotes("«Армия готова к обороне», — пишет Анна Варапон.")
    assert got and got[0][1] == "Анна Варапон", got


def test_russian_quotes_title_only_speaker_is_the_last_credited_person():
    """"— сказал представитель администрации": a title with no name speaks for the person the
    sentence before credited, not for nobody."""
    got = _quotes("Страна готова к переговорам, заявил журналистам пресс-секретарь президента Ивар Брегенко.\n"
                  "«Мы готовы к переговорам», — сказал представитель администрации.")
    assert got == [("Мы готовы к переговорам", "Ивар Брегенко", "direct")]


def test_russian_quotes_role_of_a_state_is_a_person_not_the_state():
    """"— похвастался президент Франции" when no one is titled so: the person credited just
    before (not the chief only thanked in between), never France itself."""
    got = _quotes("Операция готовилась два года, заявил Том Уэллс.\n\n"
                  "Уэллс поблагодарил главу службы Петра Варенко.\n\n"
                  "«Готовили операцию долго», — похвастался президент Франции.")
    assert got == [("Готовили операцию долго", "Том Уэллс", "direct")]


def test_russian_quotes_ministry_speaks_as_itself_in_its_statement():
    """"Об этом заявили в Минобороны России. «…», — говорится в сообщении": the ministry."""
    got = _quotes("Пожар потушили. Об этом заявили в Минобороны России.\n\n"
                  "«Пожар был потушен быстро», — говорится в сообщении.")
    assert got == [("Пожар был потушен быстро", "Russian Defense Ministry", "direct")]


def test_russian_quotes_statement_with_no_one_credited_stays_unattributed():
    """With no earlier speaker, "говорится в сообщении" credits no one rather than a guess."""
    assert _quotes("«Пожар был потушен быстро», — говорится в сообщении.") == [
        ("Пожар был потушен быстро", None, "direct")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Вечером перед гражданами выступил премьер-министр Том Уэллс: «Мы начали операцию. Мы победим».",
     "Том Уэллс"),
    ("Вечером выступил Ивар Брегенко. Затем выступил президент Франции: «Мы начали операцию».", None),
])
def test_russian_quotes_person_named_right_before_the_colon(text, speaker):
    """"выступил X: «…»" has no speech verb, but X named right before the colon speaks; a bare
    title before it is no one."""
    assert [s for _t, s, _k in _quotes(text)] == [speaker]


def test_russian_quotes_quote_paragraph_continues_the_sentence_before():
    """A paragraph that is only a quotation, with no attribution of its own, is the words of
    whoever the sentence just before credits ("по его словам" included)."""
    got = _quotes("Ивар Брегенко заявил, что дронов было много. По его словам, операция удалась.\n\n"
                  "«Наши люди работали в трех регионах. Все вернулись домой».")
    assert got[-1] == ("Наши люди работали в трех регионах. Все вернулись домой", "Ивар Брегенко", "direct")


def test_russian_quotes_quote_paragraph_after_a_sentence_with_no_speaker_has_none():
    got = _quotes("Ивар Брегенко заявил, что дронов было много. Погода была плохой.\n\n"
                  "«Наши люди работали в трех регионах. Все вернулись домой».")
    assert got == [("Наши люди работали в трех регионах. Все вернулись домой", None, "direct")]


@pytest.mark.parametrize("tail", ["", "\n\nЭто был успех."])
def test_russian_quotes_quotation_left_open_at_the_paragraph_end(tail):
    """«… opening a paragraph and never closed in it (a quotation over several paragraphs, or
    a text cut off mid-quote) is still a quote, up to the paragraph's end."""
    got = _quotes("Ивар Брегенко заявил, что операция удалась.\n\n«Наши люди работали в трех регионах" + tail)
    assert got == [("Наши люди работали в трех регионах", "Ивар Брегенко", "direct")]


def test_russian_quotes_quotation_over_two_paragraphs_not_doubled():
    """«A.\n«B»: the open first paragraph is a quote of its own, and no quote overlaps another."""
    a = _analyse("Ивар Брегенко заявил:\n«Мы готовы к переговорам.\n«Мы ждем ответа от соседей уже неделю».")
    spans = sorted(q.span for q in a.quotes)
    assert spans and all(x[1] <= y[0] for x, y in zip(spans, spans[1:], strict=False)), spans
    assert a.quotes[0].text == "Мы готовы к переговорам."


def test_russian_quotes_quoted_unnamed_sources_are_not_the_quoting_agency():
    """"— цитируют правительственные источники журналисты агентства": the words are the
    sources', whom no actor names; the agency that quotes them is not the speaker."""
    got = _quotes("«Удары были точечными и не затрагивали военные объекты», — цитируют правительственные "
                  "источники журналисты агентства Reuters.")
    assert got == [("Удары были точечными и не затрагивали военные объекты", None, "direct")]


def test_russian_quotes_source_line_is_its_own_sentence():
    """A source line with no full stop ("Источник: ..., пишет «Вестник»") ends at its line break:
    its speech verb is not the speaker of the next line's quote."""
    text = ("Переговоры закончились раньше срока.\n"
            "Источник: агентство Reuters, пишет газета «Северный Вестник», Белый дом в сети Х\n"
            "Дословно CNN: «Пресс-конференция отменена. Делегация уезжает».")
    got = _quotes(text)
    assert got == [("Пресс-конференция отменена. Делегация уезжает", "CNN", "direct")], got


def test_russian_quotes_name_over_a_line_break_keeps_its_last_line():
    """NER can tag "сети Х\nДословно CNN" as one name: it keeps "CNN", the words of its last line
    from the first that can be part of a name."""
    from counterpoint.nlp.ru.base import Ent, _last_line, parse

    text = "Белый дом написал в сети Х\nДословно CNN: «Встреча отменена»."
    rd = parse(text)
    lo = text.index("Х")
    hi = text.index("CNN") + 3
    ent = Ent("ORG", lo, hi, text[lo:hi], "Х Дословно CNN", [t.i for t in rd.toks if lo <= t.start < hi])
    cut = _last_line(text, rd.toks, ent)
    assert cut is not None and (cut.text, cut.normal) == ("CNN", "CNN")


def test_russian_quotes_line_breaks_of_a_hard_wrapped_text_are_no_boundaries():
    from counterpoint.nlp.ru.base import hard_wrapped

    wrapped = "\n".join(["Делегации двух стран провели переговоры в столице и обсудили"] * 4)
    assert hard_wrapped(wrapped)
    assert not hard_wrapped("Заголовок\nИсточник: CNN\nДлинный абзац текста, который идет дальше и дальше без конца.")


def test_russian_quotes_imperfective_attribution_after_the_quote():
    """"— передает агентство": an outlet noun with no name credits the outlet named just before."""
    text = ("Том Уэллс объявил о перемирии, сообщает Reuters. "
            "«Стороны согласились прекратить огонь», — передает агентство.")
    got = _quotes(text)
    assert got == [("Стороны согласились прекратить огонь", "Reuters", "direct")], got


def test_russian_quotes_as_the_outlet_notes_credits_the_outlet_named_before():
    """"Как отмечает телеканал, ... «...»": the channel is the one the text named just before."""
    text = ("На границе начались бои. Об этом сообщает CNN. "
            "Как отмечает телеканал, обстановка «грозит перерасти в войну».")
    got = _quotes(text)
    assert got == [("грозит перерасти в войну", "CNN", "partial")], got


def test_russian_quotes_quoted_words_of_a_person_when_the_parse_makes_two_objects():
    """"процитировал в сети слова Тома Уэллса": the words' owner speaks, whatever else the parse
    took for an object."""
    text = "Позже Белый дом процитировал в сети Х слова Тома Уэллса о том, что Ласко «проявил неуважение»."
    got = _quotes(text)
    assert got == [("проявил неуважение", "Том Уэллс", "partial")], got


def test_russian_quotes_officials_of_a_state_said_impersonally():
    """"В Германии заявили ..." (officials there, unnamed) credits the state; "Там сказали ..."
    the one the text credited just before."""
    text = ("На границе начались бои. В Германии заявили об уничтожении двух штабов. "
            "Там сказали, что удары были направлены «только на военные объекты».")
    got = _quotes(text)
    assert got == [("только на военные объекты", "Germany", "partial")], got


def test_russian_quotes_a_state_as_a_place_is_no_speaker_of_a_singular_verb():
    """"Том Уэллс, находясь в Германии, заявил «...»": the state is only where he was."""
    text = "Находясь в Германии, Том Уэллс заявил, что переговоры «зашли в тупик»."
    got = _quotes(text)
    assert got == [("зашли в тупик", "Том Уэллс", "partial")], got


@pytest.mark.parametrize(("text", "speaker"), [
    # the title's holder closes its phrase; a person in the title's complement is not the speaker
    ("«Мы призываем к миру», — сказал помощник Ивара Брегенко Том Уэллс.", "Том Уэллс"),
    # two coordinated subjects: the first, as before
    ("Президент Том Уэллс и глава Германии Ивар Брегенко встретились, хотя Уэллс назвал встречу «трудной».",
     "Том Уэллс"),
])
def test_russian_quotes_holder_of_a_title_is_the_last_person_of_the_subject(text, speaker):
    got = _quotes(text)
    assert got and got[0][1] == speaker, got


def test_russian_quotes_controlled_speech_verb_takes_the_controllers_subject():
    """"X отреагировал ... и начал говорить, что «...»": говорить has no subject of its own."""
    got = _quotes("Том Уэллс резко отреагировал на эти слова и начал говорить, что Германия «не может набрать людей».")
    assert got == [("не может набрать людей", "Том Уэллс", "partial")], got
