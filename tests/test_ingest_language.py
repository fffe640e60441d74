"""Language identification per document (lingua, restricted to data/languages.json): right
on one-sentence texts, Cyrillic neighbours told apart, nothing non-English read as English."""

from __future__ import annotations

import pytest

from counterpoint.ingest import read_text
from counterpoint.ingest.language import analysed_languages, guess_language, language_name

# One sentence each, written for these tests: an envoy arriving in a capital.
SENTENCES = [
    ("en", "The envoy arrived in the capital on Saturday for talks with the president."),
    ("ru", "Спецпосланник прибыл в столицу в субботу для переговоров с президентом."),
    ("uk", "Спецпосланець прибув до столиці в суботу для переговорів із президентом."),
    ("be", "Спецпасланнік прыбыў у сталіцу ў суботу для перамоў з прэзідэнтам."),
    ("bg", "Пратеникът пристигна в столицата в събота за разговори с президента."),
    ("sr", "Изасланик је стигао у престоницу у суботу на разговоре са председником."),
    ("pl", "Wysłannik przybył do stolicy w sobotę na rozmowy z prezydentem."),
    ("de", "Der Gesandte traf am Samstag zu Gesprächen mit dem Präsidenten in der Hauptstadt ein."),
    ("fr", "L'envoyé est arrivé samedi dans la capitale pour des entretiens avec le président."),
]


@pytest.mark.parametrize(("lang", "sentence"), SENTENCES, ids=[s[0] for s in SENTENCES])
def test_language_one_sentence_is_identified(lang, sentence):
    assert guess_language(sentence) == lang


@pytest.mark.parametrize("text", ["Минск заявил о встрече.", "Посол уехал.", "Переговоры прошли в пятницу."])
def test_language_short_russian_is_never_english(text):
    assert guess_language(text) == "ru"


@pytest.mark.parametrize("text", ["", "2025-06-21", "OK.", "Hi"])
def test_language_no_evidence_stays_english(text):
    assert guess_language(text) == "en"


@pytest.mark.parametrize(
    "text",
    [
        "In March, Angela Merkel visited Warsaw and met Andrzej Duda.",
        "Andrzej Duda met Olaf Scholz.",
        "Lukashenka pardoned Siarhei Tsikhanouski.",
        "Tom Wells in Velgrad.",
    ],
)
def test_language_english_sentence_of_foreign_names_stays_english(text):
    """Names outweigh a short text for lingua (the first looks Polish to it)."""
    assert guess_language(text) == "en"


@pytest.mark.parametrize(("text", "lang"), [("Das ist gut.", "de"), ("Wysłannik przybył do stolicy w sobotę.", "pl")])
def test_language_short_foreign_text_by_its_function_words(text, lang):
    assert guess_language(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        " ".join(["The minister said that the talks with the envoy were held in the capital on Friday."] * 4),
        "The envoy met the president.",
        "Angela Merkel visited Warsaw and the Polish president.",
    ],
)
def test_language_plain_english_takes_the_function_word_shortcut(monkeypatch, text):
    """Plainly English text (more English function words than any other language's) is
    decided without loading any lingua model (about 0.3 GB)."""
    import counterpoint.ingest.language as L

    def boom():
        raise AssertionError("lingua was consulted")

    monkeypatch.setattr(L, "_detector", boom)
    assert guess_language(text) == "en"


@pytest.mark.parametrize(
    ("lang", "name"), [("uk", "Ukrainian"), ("be", "Belarusian"), ("bg", "Bulgarian"), ("pl", "Polish")]
)
def test_language_unanalysed_language_is_refused_naming_it(lang, name):
    sentence = dict(SENTENCES)[lang]
    doc = read_text(sentence, outlet="x")
    assert doc.language == lang and doc.text == sentence
    assert doc.error.startswith("[E009]") and f"'{lang}'" in doc.error and name in doc.error
    assert language_name(lang) == name


def test_language_english_is_analysed():
    doc = read_text(SENTENCES[0][1], outlet="x")
    assert doc.language == "en" and doc.error is None and "en" in analysed_languages()


@pytest.mark.parametrize(
    ("line", "iso", "partial"),
    [("21 июня 2025 года", "2025-06-21", None), ("21 июня 2025 г.", "2025-06-21", None),
     ("3 сентября", None, "--09-03"), ("март 2024", "2024-03", None)],
)
def test_dates_russian_dateline(line, iso, partial):
    from counterpoint.ingest.dates import parse_date

    assert parse_date(line) == (iso, partial)


def test_dates_russian_byline_date_anchors_the_analysis():
    from counterpoint.nlp.ru import analyze_russian

    doc = read_text("Брегенко встретился с Уэллсом\n21 июня 2025 года\n\nИвар Брегенко встретился с Томом "
                    "Уэллсом в субботу.")
    assert doc.title == "Брегенко встретился с Уэллсом" and doc.published == "2025-06-21" and doc.language == "ru"
    assert [d.value for d in analyze_russian(doc).dates] == ["2025-06-21"]
