"""The Russian pipeline (nlp/ru, Natasha + data/ru lexicons): the same records as English, on
short texts written for these tests (invented people and places unless a real state)."""

from __future__ import annotations

import pytest

from counterpoint.ingest import read_text
from counterpoint.records import Document

PUBLISHED = "2025-06-23"  # a Monday


def _analyse(text: str, published: str = PUBLISHED):
    from counterpoint.nlp.ru import analyze_russian

    doc = read_text(text, outlet="Тест", published=published, title="Заголовок")
    assert doc.language == "ru" and doc.error is None
    return analyze_russian(doc)


def _names(a) -> dict[str, str]:
    return {x.id: x.name for x in a.actors}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Президент встретился с Китом Келлогом в пятницу.", "Кит Келлог", "person"),
        ("Журналисты побеседовали со Светланой Тихановской.", "Светлана Тихановская", "person"),
        ("Посол передал письмо Ивару Брегенко.", "Ивар Брегенко", "person"),
        ("Делегация вернулась из Белоруссии.", "Belarus", "country"),
        ("Ранее ЕС ввёл санкции.", "European Union", "org"),
    ],
)
def test_ru_actors_names_in_the_nominative(text, name, kind):
    a = _analyse(text)
    assert any(x.name == name and x.kind == kind for x in a.actors), [x.name for x in a.actors]


def test_ru_actors_surname_joins_full_name_and_pronoun_resolves():
    a = _analyse("Кит Келлог прибыл в Минск. Позже Келлога принял министр. Он остался доволен.")
    persons = [x for x in a.actors if x.kind == "person"]
    assert [p.name for p in persons] == ["Кит Келлог"]
    kinds = sorted(m.kind for m in a.mentions if m.actor == persons[0].id)
    assert kinds == ["name", "name", "pronoun"]


def test_ru_actors_capital_acting_is_its_state_else_a_place():
    a = _analyse("Минск заявил о готовности к диалогу. Переговоры прошли в Минске.")
    belarus = [x for x in a.actors if x.country == "BLR"]
    assert len(belarus) == 1
    assert [m.kind for m in a.mentions if m.actor == belarus[0].id] == ["metonym"]


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Встреча прошла 21 июня.", "2025-06-21", "day"),
        ("Встреча прошла 21 июня 2024 года.", "2024-06-21", "day"),
        ("Посол прибыл в субботу.", "2025-06-21", "day"),
        ("Посол прибыл в прошлую среду.", "2025-06-18", "day"),
        ("Посол прибыл вчера.", "2025-06-22", "day"),
        ("Посол прибудет завтра.", "2025-06-24", "day"),
        ("Переговоры прошли в прошлом году.", "2024", "year"),
        ("Переговоры прошли в июне 2024 года.", "2024-06", "month"),
        ("Переговоры прошли в 2023 году.", "2023", "year"),
        ("Посол прибудет в следующую пятницу.", "2025-06-27", "day"),
    ],
)
def test_ru_dates_anchored_on_publication(text, value, precision):
    a = _analyse(text)
    assert [(d.value, d.precision) for d in a.dates] == [(value, precision)]


@pytest.mark.parametrize(
    ("text", "value", "end"),
    [
        ("Учения прошли 20–22 июня.", "2025-06-20", "2025-06-22"),
        ("Учения прошли с 10 по 12 мая.", "2025-05-10", "2025-05-12"),
        ("Посол прибыл 3-го апреля.", "2025-04-03", None),
        ("Посол прибыл в минувшую субботу.", "2025-06-21", None),
    ],
)
def test_ru_dates_ranges_and_ordinals(text, value, end):
    a = _analyse(text)
    assert [(d.value, d.end) for d in a.dates] == [(value, end)]


def test_ru_dates_range_gives_the_event_an_end():
    a = _analyse("Белоруссия провела учения с 10 по 12 мая.")
    assert [(e.date.value, e.date_end.value) for e in a.events] == [("2025-05-10", "2025-05-12")]


def test_ru_dates_future_weekday_looks_forward():
    a = _analyse("Министр встретится с послом в пятницу.")
    assert [d.value for d in a.dates] == ["2025-06-27"]


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier", "value_max"),
    [
        ("Президент помиловал 14 политзаключенных.", 14, "political prisoners", None, None),
        ("В учениях примут участие до 5 тысяч военных.", 5000, "troops", "up to", None),
        ("Задержали около 200 человек.", 200, "people", "about", None),
        ("На площадь вышли от 3 до 5 тысяч протестующих.", 3000, "protesters", None, 5000),
        ("Полиция задержала более 30 активистов.", 30, "activists", "more than", None),
        ("Задержаны десятки журналистов.", 24, "journalists", "dozens", None),
    ],
)
def test_ru_quantities_with_counted_noun(text, value, unit, qualifier, value_max):
    a = _analyse(text)
    assert [(q.value, q.unit, q.qualifier, q.value_max) for q in a.quantities] == [(value, unit, qualifier, value_max)]


def test_ru_quantities_unlisted_noun_keeps_its_lemma():
    a = _analyse("Власти закрыли 12 типографий.")
    assert [(q.value, q.unit) for q in a.quantities] == [(12, "типография")]


def test_ru_quantities_skip_dates_and_years():
    a = _analyse("Встреча прошла 21 июня 2025 года в 2 часа дня.")
    assert a.quantities == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "kind"),
    [
        ("«Мы готовы к диалогу», — заявил Ивар Брегенко.", "Мы готовы к диалогу", "Ивар Брегенко", "direct"),
        ("Ивар Брегенко заявил: «Мы готовы к диалогу».", "Мы готовы к диалогу", "Ивар Брегенко", "direct"),
        ("„Мы готовы к диалогу“, — сообщил Ивар Брегенко.", "Мы готовы к диалогу", "Ивар Брегенко", "direct"),
        ("Ивар Брегенко подчеркнул, что переговоры были «очень трудными».", "очень трудными", "Ивар Брегенко",
         "partial"),
        ("По словам Ивара Брегенко, переговоры были «очень трудными и долгими».", "очень трудными и долгими",
         "Ивар Брегенко", "partial"),
        ("Ивар Брегенко прибыл в столицу.\n— Мы готовы к диалогу, — отметил он.", "Мы готовы к диалогу",
         "Ивар Брегенко", "direct"),
    ],
)
def test_ru_quotes_have_speakers(text, quote, speaker, kind):
    a = _analyse(text)
    names = _names(a)
    got = [(q.text, names.get(q.speaker), q.kind) for q in a.quotes]
    assert (quote, speaker, kind) in got, got


def test_ru_quotes_dash_continuation_keeps_the_speaker():
    a = _analyse("Ивар Брегенко выступил в парламенте.\n— Мы готовы к диалогу, — сказал он. — Но давления не потерпим.")
    names = _names(a)
    assert [(q.text, names.get(q.speaker)) for q in a.quotes] == [
        ("Мы готовы к диалогу", "Ивар Брегенко"),
        ("Но давления не потерпим.", "Ивар Брегенко"),
    ]


def test_ru_quotes_quoted_name_is_not_a_quote():
    a = _analyse("Авиакомпания «Белавиа» возобновила рейсы.")
    assert a.quotes == []


@pytest.mark.parametrize(
    ("text", "etype", "lemma", "actor", "recipient"),
    [
        ("Ивар Брегенко встретился с Томом Уэллсом.", "CONSULT", "meet", ["Ивар Брегенко"], ["Том Уэллс"]),
        ("Ивар Брегенко провёл переговоры с Томом Уэллсом.", "CONSULT", "talk", ["Ивар Брегенко"], ["Том Уэллс"]),
        ("Ивар Брегенко освободил Тома Уэллса.", "RETREAT", "free", ["Ивар Брегенко"], ["Том Уэллс"]),
        ("Ивар Брегенко помиловал 14 политзаключенных.", "RETREAT", "pardon", ["Ивар Брегенко"], []),
        ("Польша ввела санкции против Белоруссии.", "SANCTION", "sanction", ["Poland"], ["Belarus"]),
        ("Польша сняла санкции с Белоруссии.", "CONCEDE", "lift", ["Poland"], ["Belarus"]),
        ("Милиция задержала Тома Уэллса.", "COERCE", "detain", [], ["Том Уэллс"]),
        ("Белоруссия арестовала Тома Уэллса.", "COERCE", "arrest", ["Belarus"], ["Том Уэллс"]),
        ("Белоруссия провела учения в июне.", "MOBILIZE", "drill", ["Belarus"], []),
        ("Ивар Брегенко принял Тома Уэллса в Вельграде.", "CONSULT", "host", ["Ивар Брегенко"], ["Том Уэллс"]),
        ("Ивар Брегенко провел телефонный разговор с Томом Уэллсом.", "CONSULT", "call", ["Ивар Брегенко"],
         ["Том Уэллс"]),
    ],
)
def test_ru_events_from_the_trigger_lexicon(text, etype, lemma, actor, recipient):
    a = _analyse(text)
    names = _names(a)
    got = [(e.type, e.lemma, [names[i] for i in e.actor], [names[i] for i in e.recipient]) for e in a.events]
    assert (etype, lemma, actor, recipient) in got, got


def test_ru_events_date_place_and_future_intent():
    a = _analyse("Ивар Брегенко встретился с Томом Уэллсом в Минске 21 июня. Уэллс встретится с ним снова.")
    first, second = a.events
    assert first.date.value == "2025-06-21" and first.location == "Minsk" and not first.negated
    assert second.type == "AGREE"  # a stated future act is an intent, as in English


def test_ru_events_unknown_place_is_romanised():
    a = _analyse("Ивар Брегенко встретился с Томом Уэллсом в Вельграде.")
    assert [e.location for e in a.events] == ["Velgrad"]


def test_ru_events_accept_needs_an_actor_object():
    assert _analyse("Парламент Кестовии принял закон о выборах.").events == []


def test_ru_events_negation():
    a = _analyse("Ивар Брегенко не встретился с Томом Уэллсом.")
    assert [e.negated for e in a.events] == [True]


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        ("Спецпосланник президента США Кит Келлог прибыл в Минск.", "Спецпосланник президента США", "Кит Келлог"),
        ("Переговоры с самопровозглашенным президентом Иваном Бреговым не дали результата.",
         "самопровозглашенный президент", "Иван Брегов"),
        ("Кит Келлог, спецпосланник президента США, прибыл в Минск.", "спецпосланник президента США", "Кит Келлог"),
    ],
)
def test_ru_labels_from_titles_and_appositions(text, label, name):
    a = _analyse(text)
    names = _names(a)
    assert (label, name) in [(x.label, names[x.actor]) for x in a.labels]


@pytest.mark.parametrize(
    ("text", "kind", "fragment"),
    [
        ("Стороны обсудили освобождение так называемых политзаключенных.", "doubt", "так называемых политзаключенных"),
        ("Телеканал назвал оппозицию «змагарами».", "scare_quote", "змагарами"),
        ("Телеканал обвинил хунту в провокации.", "name_calling", "хунту"),
    ],
)
def test_ru_framing_markers(text, kind, fragment):
    a = _analyse(text)
    assert (kind, fragment) in [(f.kind, f.text) for f in a.framing], a.framing


def test_ru_framing_neutral_regime():
    a = _analyse("Страны договорились о безвизовом режиме.")
    assert not [f for f in a.framing if "режим" in f.text]


def test_ru_routing_never_uses_the_english_pipeline(monkeypatch):
    """A Russian document goes to nlp/ru in analyze_document and in analyze_batch; spaCy is
    never asked for it."""
    import counterpoint.nlp as nlp_pkg
    import counterpoint.nlp.pipeline as P
    from counterpoint.scale.workers import analyze_batch

    def boom():
        raise AssertionError("English pipeline used for a Russian text")

    monkeypatch.setattr(P, "get_nlp", boom)
    monkeypatch.setattr(nlp_pkg, "get_nlp", boom)
    doc = read_text("Ивар Брегенко встретился с Томом Уэллсом.", outlet="Тест", published=PUBLISHED)
    assert [e.lemma for e in P.analyze_document(doc).events] == ["meet"]
    assert [e.lemma for e in analyze_batch([doc])[0].events] == ["meet"]


@pytest.mark.parametrize("lang", ["uk", "be", "de"])
def test_ru_routing_unanalysed_language_is_refused_not_read_as_english(lang, monkeypatch):
    """A document marked with a language nothing analyses (built by hand, no E009 yet) is
    stored with E009 naming it, never run through spaCy."""
    import counterpoint.nlp as nlp_pkg
    from counterpoint.scale.workers import analyze_batch

    monkeypatch.setattr(nlp_pkg, "get_nlp", lambda: (_ for _ in ()).throw(AssertionError("spaCy used")))
    doc = Document(id="d1", source="s", outlet="o", text="Пасол прыбыў у Мінск.", language=lang)
    out = analyze_batch([doc])[0]
    assert out.events == [] and out.document.error.startswith("[E009]") and f"'{lang}'" in out.document.error


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Президент Кестовии Ивар Брегенко принял посланника. «Мы открыты», — подчеркнул кестовский президент.",
         "Мы открыты", None),  # an unknown demonym: nothing to match, stays unresolved
        ("Президент Беларуси Ивар Брегенко принял посланника. «Мы открыты», — подчеркнул белорусский президент.",
         "Мы открыты", "Ивар Брегенко"),
        ("Спецпосланник президента США Том Уэллс прибыл в Минск. «Это важный шаг», — отметил спецпосланник.",
         "Это важный шаг", "Том Уэллс"),
        ("Президент Беларуси Ивар Брегенко принял посланника. Глава государства добавил: «Мы готовы».",
         "Мы готовы", "Ивар Брегенко"),
        # the only "лидер" in the text leads the opposition: "белорусский лидер" is not her
        ("Лидер белорусской оппозиции Анна Ковач прибыла в Вильнюс. «Мы рады», — заявил белорусский лидер.",
         "Мы рады", None),
    ],
)
def test_ru_descriptions_resolve_only_to_a_fitting_title(text, quote, speaker):
    a = _analyse(text)
    names = _names(a)
    assert [(q.text, names.get(q.speaker)) for q in a.quotes] == [(quote, speaker)]


def test_ru_quotes_short_dash_quote_is_speech_not_a_name():
    a = _analyse("«Это важный шаг», — отметил Том Уэллс.")
    assert [(q.text, q.kind) for q in a.quotes] == [("Это важный шаг", "direct")]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Власти Беларуси освободили Анну Ковач.", "Belarus"),
        ("Польша закрыла границу с Беларусью. Силовики Польши задержали Анну Ковач.", "Poland"),
        ("Беларусь закрыла границу. Силовики задержали Анну Ковач.", "Belarus"),  # the focal state
        ("Беларусь закрыла границу. Власти Кестовии освободили Анну Ковач.", None),  # unknown state
    ],
)
def test_ru_actors_state_organs(text, actor):
    a = _analyse(text)
    names = _names(a)
    ev = [e for e in a.events if e.type in ("RETREAT", "COERCE")][0]
    assert [names[x] for x in ev.actor] == ([actor] if actor else [])
    assert [names[x] for x in ev.recipient] == ["Анна Ковач"]


def test_ru_events_coordinated_verb_takes_the_subject():
    a = _analyse("Том Уэллс прибыл в Вельград и провел переговоры с президентом Иваром Брегенко.")
    names = _names(a)
    assert [(e.lemma, [names[x] for x in e.actor]) for e in a.events] == [
        ("visit", ["Том Уэллс"]), ("talk", ["Том Уэллс"])]


def test_ru_quotes_quoted_organisation_name_is_not_a_quote():
    a = _analyse("Об этом в четверг сообщила правозащитная организация «Весна».")
    assert a.quotes == [] and [x.name for x in a.actors] == ["Весна"]


def test_ru_labels_in_the_nominative():
    a = _analyse("Переговоры с самопровозглашенным президентом Белоруссии Иваном Бреговым не дали результата.")
    assert [x.label for x in a.labels] == ["самопровозглашенный президент Белоруссии"]


def test_ru_actors_possessive_pronoun_speaker():
    a = _analyse("Павел Стрельцов выступил в Вильнюсе. По его словам, переговоры были «очень трудными».")
    names = _names(a)
    assert [(q.text, names.get(q.speaker)) for q in a.quotes] == [("очень трудными", "Павел Стрельцов")]


def test_ru_base_blank_line_ends_a_sentence():
    """A headline or dateline line with no full stop does not run into the next paragraph,
    so the agency and the byline are not parties of the headline's event."""
    from counterpoint.nlp.ru import analyze_russian
    from counterpoint.nlp.ru.base import parse

    text = "Переговоры Франции и Германии завершились\n\nПАРИЖ, 16 авг - Агентство Вельта, Ивар Брегенко. Стороны договорились."
    assert [s.text for s in parse(text).sents][:2] == ["Переговоры Франции и Германии завершились",
                                                       "ПАРИЖ, 16 авг - Агентство Вельта, Ивар Брегенко."]
    a = analyze_russian(read_text(text, outlet="Тест", published="2025-08-16", title="Заголовок"))
    names = {x.id: x.name for x in a.actors}
    talks = [e for e in a.events if e.trigger == "Переговоры"]
    assert talks and not {names[x] for x in talks[0].actor + talks[0].recipient} & {"Ивар Брегенко", "Агентство Вельта"}
