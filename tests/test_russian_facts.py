"""Russian counts as facts (nlp/ru/facts.py): predicate family, source and denials, and a
Russian count compared with an English one of the same thing. Texts written for these tests
(invented places and people)."""

from __future__ import annotations

import pytest

from counterpoint.align import story_discrepancies
from counterpoint.ingest import read_text
from counterpoint.nlp.ru import analyze_russian
from counterpoint.pipeline import analyze_into_store
from counterpoint.records import Document, Story
from counterpoint.store import Store

RUSSIAN = (
    "Армия Тарвии атаковала город Вельград 3 июня. Погибли 34 человека, ранены 12 человек. "
    "По данным Минобороны, сбиты 19 беспилотников. "
    "Ни один самолет не был сбит. Удар по складу обошелся без жертв. "
    "Как заявил министр Ивар Брегенко, задержаны более 30 протестующих."
)


@pytest.fixture(scope="module")
def analysis():
    doc = Document(id="ru1", source="test", outlet="Агентство", text=RUSSIAN, published="2025-06-04", language="ru")
    return analyze_russian(doc)


def _facts(analysis):
    counts = [q for e in analysis.events for q in e.counts]
    return {(q.value, q.unit, q.predicate, q.qualifier) for q in counts}, counts


def test_russian_facts_families_follow_lemmas(analysis):
    facts, _ = _facts(analysis)
    assert (34, "people", "killed", None) in facts  # "погибли"
    assert (12, "people", "injured", None) in facts  # "ранены"
    assert (19, "drones", "downed", None) in facts  # "сбиты", genitive plural
    assert (30, "protesters", "detained", "more than") in facts  # "задержаны более 30"


def test_russian_facts_denials_are_zero(analysis):
    facts, _ = _facts(analysis)
    assert (0, "aircraft", "downed", "none") in facts  # "ни один самолет не был сбит"
    assert (0, "casualties", "killed", "none") in facts  # "без жертв"


def test_russian_facts_source_from_sentence(analysis):
    _, counts = _facts(analysis)
    names = {a.id: a.name for a in analysis.actors}
    by_value = {q.value: names.get(q.attributed_to) for q in counts}
    assert by_value[34] is None  # the outlet's own count
    assert by_value[19] is not None  # "по данным Минобороны"
    assert "Брегенко" in (by_value[30] or "") or "Bregenko" in (by_value[30] or "")


ENGLISH = (
    "The Polish army shot down {n} drones over Rzeszow on June 3, 2025. Defence minister Ivar Bregenko thanked the crews. "
    "The drones targeted a fuel depot near the city, a NATO spokesman said."
)
RUSSIAN_DRONES = (
    "Польская армия сбила {n} беспилотников над Жешувом 3 июня. Министр обороны Ивар Брегенко поблагодарил военных. "
    "Беспилотники пытались атаковать склад топлива, сообщил представитель НАТО."
)


def _quantity_flags(english_n: str, russian_n: str):
    """The count discrepancies of the two reports taken as one story (the story grouping of two
    short reports is align/stories.py's business, not this test's): the product path analyses
    and resolves actors across the languages, then the story's facts are compared."""
    docs = [
        read_text(ENGLISH.format(n=english_n), outlet="Wire A", published="2025-06-04", title="Drones downed"),
        read_text(RUSSIAN_DRONES.format(n=russian_n), outlet="Агентство Б", published="2025-06-04",
                  title="Сбиты беспилотники"),
    ]
    assert [d.language for d in docs] == ["en", "ru"]
    with Store.open(":memory:") as store:
        analyze_into_store(store, docs, workers=1)
        result = store.load_result()
    story = Story(id="s1", title="drones", documents=[d.id for d in result.documents], clusters=[])
    story_discrepancies([story], result.events, {d.id: d for d in result.documents},
                        {a.id: a for a in result.actors})
    return [d for d in story.discrepancies if d.field == "quantity"]


def test_russian_facts_cross_language_count_conflict_is_flagged():
    flags = _quantity_flags("19", "12")
    assert [d.kind for d in flags if d.kind in ("conflict", "disputed")], flags
    values = sorted(v.value for d in flags for v in d.values)
    assert any("19" in v for v in values) and any("12" in v for v in values)


def test_russian_facts_rounded_more_than_is_not_a_conflict():
    flags = _quantity_flags("34", "более 30")
    assert [d.kind for d in flags] == ["scope"], flags  # compared, and judged a bound, not a conflict


def test_russian_facts_bound_on_round_figure_is_precision():
    """ "200 drones" against "более 200": a round figure and a bound on it (align/discrepancies.py)."""
    flags = _quantity_flags("200", "более 200")
    assert not [d for d in flags if d.kind in ("conflict", "disputed")], flags
    assert flags, "the two counts are still compared"


def test_russian_facts_bound_beyond_round_figure_is_a_conflict():
    flags = _quantity_flags("200", "более 300")
    assert [d.kind for d in flags if d.kind in ("conflict", "disputed")], flags


DENIALS = (
    "Жертв среди военных нет, добавили в Минобороны. Пострадавших не было. "
    "Пожар потушили, никто не пострадал. В городе погибли не менее восьми человек, "
    "а более десяти человек получили ранения."
)


def test_russian_facts_existential_denials_and_qualifier_not():
    doc = Document(id="ru2", source="test", outlet="Агентство", text="Армия Тарвии атаковала город 3 июня. " + DENIALS,
                   published="2025-06-04", language="ru")
    a = analyze_russian(doc)
    counts = [q for e in a.events for q in e.counts]
    zeros = {(q.unit, q.predicate) for q in counts if q.qualifier == "none"}
    assert {("casualties", "killed"), ("injured", "injured"), ("people", "injured")} <= zeros
    eight = next(q for q in a.quantities if q.value == 8)
    assert (eight.qualifier, eight.predicate, eight.negated) == ("at least", "killed", False)  # "не менее" is no negation
    ten = next(q for q in a.quantities if q.value == 10)
    assert ten.predicate == "injured"  # "получили ранения"


def test_russian_facts_source_of_coordinated_speech_verb():
    """"армия Тарвии нанесла удары и заявила о сбитии пяти самолетов": the army's count."""
    text = "Армия Польши нанесла удары по позициям противника и заявила о сбитии пяти самолетов."
    a = analyze_russian(Document(id="ru3", source="test", outlet="Агентство", text=text,
                                 published="2025-06-04", language="ru"))
    names = {x.id: x.name for x in a.actors}
    five = next(q for q in a.quantities if q.value == 5)
    assert five.predicate == "downed"  # "сбитие" carries its verb's family
    assert names.get(five.attributed_to) == "Poland"
