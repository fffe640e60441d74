"""Done-when test of issue 20: a Russian and an English report of one invented story, run
through the product path (read_text -> analyze_into_store -> Store.load_result): the meeting
is one cluster across the two languages, the Cyrillic and Latin names are one actor, the
date conflict between the reports is flagged, and the Russian quotes have their speakers."""

from __future__ import annotations

import pytest

from counterpoint.ingest import read_text
from counterpoint.pipeline import analyze_into_store
from counterpoint.store import Store

# Written for this test: invented people and places.
ENGLISH = (
    "Special envoy Tom Wells met President Ivar Bregenko in Velgrad on June 21, 2025. "
    "The two men discussed the fate of jailed opposition activists. "
    '"We agreed on the main points," Wells said after the meeting.'
)
RUSSIAN = (
    "Президент Ивар Брегенко встретился со спецпосланником Томом Уэллсом в Вельграде 20 июня. "
    "«Мы готовы к диалогу с Вашингтоном», — заявил Брегенко.\n"
    "— Переговоры прошли в конструктивном ключе, — сообщил Уэллс журналистам. "
    "По словам Уэллса, стороны обсудили «гуманитарные вопросы»."
)


@pytest.fixture(scope="module")
def result():
    docs = [
        read_text(ENGLISH, outlet="Wire A", published="2025-06-23", title="Envoy meets president"),
        read_text(RUSSIAN, outlet="Агентство Б", published="2025-06-23", title="Президент принял посланника"),
    ]
    assert [d.language for d in docs] == ["en", "ru"] and not any(d.error for d in docs)
    with Store.open(":memory:") as store:
        analyze_into_store(store, docs, workers=1)
        return store.load_result()


def _doc(result, outlet: str) -> str:
    return next(d.id for d in result.documents if d.outlet == outlet)


def _meeting(result):
    return next(c for c in result.clusters if c.type == "CONSULT" and len(set(c.documents)) == 2)


def test_russian_cross_language_meeting_is_one_cluster(result):
    c = _meeting(result)
    assert set(c.documents) == {_doc(result, "Wire A"), _doc(result, "Агентство Б")}
    ru = [e for e in result.events if e.id in c.events and e.doc == _doc(result, "Агентство Б")]
    assert [e.trigger for e in ru] == ["встретился"]


def test_russian_cross_language_names_are_one_actor(result):
    by_name = {a.name: a for a in result.actors if a.kind == "person"}
    assert {"Tom Wells", "Ivar Bregenko"} <= set(by_name)
    assert "Том Уэллс" in by_name["Tom Wells"].aliases
    assert "Ивар Брегенко" in by_name["Ivar Bregenko"].aliases
    assert not [n for n in by_name if n in ("Том Уэллс", "Ивар Брегенко")]
    c = _meeting(result)
    for e in (e for e in result.events if e.id in c.events):
        assert {by_name["Tom Wells"].id, by_name["Ivar Bregenko"].id} <= set(e.actor) | set(e.recipient)


def test_russian_cross_language_date_conflict_is_flagged(result):
    c = _meeting(result)
    dates = [d for d in c.discrepancies if d.field == "date"]
    assert [d.kind for d in dates] == ["conflict"]
    assert sorted(v.value for v in dates[0].values) == ["2025-06-20", "2025-06-21"]
    # the rest agrees: the place (Вельград romanised = Velgrad) and the participants
    assert [d.field for d in c.discrepancies] == ["date"]
    assert not [d for d in c.scope_notes if d.field == "location"]


def test_russian_cross_language_russian_quotes_have_speakers(result):
    ru = _doc(result, "Агентство Б")
    names = {a.id: a.name for a in result.actors}
    quotes = {q.text: (names.get(q.speaker), q.kind) for q in result.quotes if q.doc == ru}
    assert quotes == {
        "Мы готовы к диалогу с Вашингтоном": ("Ivar Bregenko", "direct"),
        "Переговоры прошли в конструктивном ключе": ("Tom Wells", "direct"),
        "гуманитарные вопросы": ("Tom Wells", "partial"),  # "По словам Уэллса, ... «...»"
    }


def test_russian_cross_language_counts_compare_across_languages():
    """The same release counted differently in Russian and English is a quantity conflict:
    the Russian counted noun is glossed ("политзаключенных" -> "political prisoners")."""
    en = "President Ivar Bregenko freed 14 political prisoners on June 20, 2025, his office said."
    ru = "Президент Ивар Брегенко освободил 16 политзаключенных 20 июня, сообщила его пресс-служба."
    docs = [read_text(en, outlet="Wire A", published="2025-06-23", title="Prisoners freed"),
            read_text(ru, outlet="Агентство Б", published="2025-06-23", title="Помилование")]
    with Store.open(":memory:") as store:
        analyze_into_store(store, docs, workers=1)
        res = store.load_result()
    c = next(c for c in res.clusters if c.type == "RETREAT" and len(set(c.documents)) == 2)
    qty = [d for d in c.discrepancies if d.field == "quantity"]
    assert [d.kind for d in qty] == ["conflict"]
    assert not [d for d in c.discrepancies if d.field == "date"]


def test_russian_cross_language_two_russian_reports_share_wording():
    """Two Russian reports' sentences overlap in wording despite inflection (coref._words
    stems Cyrillic words), so the wording score works for Russian as for English."""
    from counterpoint.align.coref import _words

    a = _words("Ивар Брегенко встретился со спецпосланником Томом Уэллсом в Вельграде.")
    b = _words("Брегенко и Уэллс встретились в Вельграде, сообщили спецпосланники.")
    assert {"бреге", "встре", "вельг", "уэллс"} <= a & b
    assert _words("The envoy met the president.") == frozenset({"envoy", "met", "president"})


def test_russian_cross_language_report_marks_original_language(result):
    """The report and the app show each sentence as written, marked with its language."""
    from counterpoint.report.html import render_report

    html = render_report(result)
    flags = html.split('id="discrepancies"')[1].split('id="scope"')[0]
    assert 'lang="ru"' in flags and '>RU</span>' in flags
    assert 'lang="en"' in flags and '>EN</span>' not in flags
