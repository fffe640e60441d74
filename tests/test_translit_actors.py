"""Cross-script actor resolution: a Cyrillic name and its Latin spellings are one actor
(knowledge/translit.py, align/actors.py), and distinct people stay apart."""

from __future__ import annotations

import pytest

from counterpoint.align.actors import resolve_actors
from counterpoint.knowledge.translit import (
    cross_key,
    latin_variants,
    romanize,
    same_person_any_script,
)
from counterpoint.records import Actor, DocAnalysis, Document


def _analysis(doc: str, *names: str) -> DocAnalysis:
    an = DocAnalysis(document=Document(id=doc, source="<test>", outlet=doc, text=""))
    for k, name in enumerate(names):
        an.actors.append(Actor(id=f"{doc}:{k}", name=name, kind="person", aliases=[name]))
    return an


def _groups(*docs: tuple[str, ...]) -> list[set[str]]:
    analyses = [_analysis(f"d{n}", *names) for n, names in enumerate(docs)]
    actors, mapping = resolve_actors(analyses)
    names = {f"{a.document.id}:{k}": x.name for a in analyses for k, x in enumerate(a.actors)}
    inv: dict[str, set[str]] = {}
    for local, glob in mapping.items():
        inv.setdefault(glob, set()).add(names[local])
    return sorted(inv.values(), key=lambda s: sorted(s))


@pytest.mark.parametrize(
    ("system", "name", "latin"),
    [
        ("icao", "Тихановский", "Tikhanovskii"),
        ("bgn", "Тихановский", "Tikhanovskiy"),
        ("bgn", "Ельцин", "Yeltsin"),
        ("scholarly", "Лукашенко", "Lukašenko"),
        ("belarusian", "Ціханоўскі", "Cichanowski"),
        ("icao", "Юрий", "Iurii"),
    ],
)
def test_translit_romanize_systems(system, name, latin):
    assert romanize(name, system) == latin


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Лукашенко", "Lukashenko"),
        ("Лукашенко", "Lukashenka"),
        ("Александр Лукашенко", "Alyaksandr Lukashenka"),
        ("Тихановский", "Tsikhanouski"),
        ("Тихановский", "Tikhanovsky"),
        ("Сергей Тихановский", "Siarhei Tsikhanouski"),
        ("Светлана Тихановская", "Sviatlana Tsikhanouskaya"),
        ("Мария Колесникова", "Maryia Kalesnikava"),
        ("Кит Келлог", "Keith Kellogg"),
        ("Коул", "Coale"),
        ("Джон Коул", "John Coale"),
        ("Том Уэллс", "Tom Wells"),
    ],
)
def test_translit_same_person_across_scripts(cyrillic, latin):
    assert same_person_any_script(cyrillic, latin)
    assert same_person_any_script(latin, cyrillic)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Тихановская", "Tsikhanouski"),  # wife and husband: gender ending kept
        ("Тихановский", "Tsikhanouskaya"),
        ("Виктор Лукашенко", "Alexander Lukashenko"),  # son and father: given names differ
        ("Кит Келлог", "Kate Kellogg"),  # Kate is Кейт in Russian
        ("Кейт Келлог", "Keith Kellogg"),
        ("Сергей Иванов", "Sergei Ivanova"),
        ("Лукашенко", "Lukashuk"),
        ("Коул", "Kellogg"),
    ],
)
def test_translit_distinct_people_stay_apart(a, b):
    assert not same_person_any_script(a, b)


def test_translit_variants_and_keys():
    assert latin_variants("Keith Kellogg") == ["Keith Kellogg"]
    assert "Lukashenko" in latin_variants("Лукашенко")
    assert cross_key("Keith") == cross_key("Кит") and cross_key("Coale") == cross_key("Коул")
    assert cross_key("Tsikhanouskaya").endswith("F") and not cross_key("Tsikhanouski").endswith("F")


def test_translit_resolve_merges_cyrillic_with_latin_spellings():
    groups = _groups(
        ("Александр Лукашенко", "Кит Келлог", "Коул"),
        ("Alexander Lukashenko", "Keith Kellogg", "John Coale"),
        ("Alyaksandr Lukashenka", "Kellogg"),
    )
    assert {"Александр Лукашенко", "Alexander Lukashenko", "Alyaksandr Lukashenka"} in groups
    assert {"Кит Келлог", "Keith Kellogg", "Kellogg"} in groups
    assert {"Коул", "John Coale"} in groups
    assert len(groups) == 3


def test_translit_resolve_keeps_relatives_and_lookalikes_apart():
    groups = _groups(
        ("Виктор Лукашенко", "Светлана Тихановская", "Сергей Тихановский"),
        ("Alexander Lukashenko", "Sviatlana Tsikhanouskaya", "Siarhei Tsikhanouski"),
        ("Viktar Lukashenka",),
    )
    assert {"Виктор Лукашенко", "Viktar Lukashenka"} in groups
    assert {"Alexander Lukashenko"} in groups
    assert {"Светлана Тихановская", "Sviatlana Tsikhanouskaya"} in groups
    assert {"Сергей Тихановский", "Siarhei Tsikhanouski"} in groups


def test_translit_resolve_ambiguous_sound_alike_stays_apart():
    """"Коул" could be Coale or Cole: with both in the corpus it joins neither."""
    groups = _groups(("Коул",), ("John Coale",), ("Nat Cole",))
    assert {"Коул"} in groups and {"John Coale"} in groups and {"Nat Cole"} in groups


def test_translit_resolve_cyrillic_people_do_not_collapse():
    """Cyrillic names have no Latin skeleton of their own: they must not all share one key."""
    groups = _groups(("Ивар Брегенко", "Том Уэллс"), ("Анна Ковач", "Брегенко"))
    assert {"Ивар Брегенко", "Брегенко"} in groups
    assert {"Том Уэллс"} in groups and {"Анна Ковач"} in groups


def test_translit_resolve_display_name_is_latin_when_mixed():
    analyses = [_analysis("d0", "Кит Келлог"), _analysis("d1", "Keith Kellogg")]
    actors, _ = resolve_actors(analyses)
    assert [a.name for a in actors] == ["Keith Kellogg"]


@pytest.mark.parametrize(("cyrillic", "latin"), [("Белавиа", "Belavia"), ("Вясна", "Viasna")])
def test_translit_resolve_organisation_by_romanisation(cyrillic, latin):
    analyses = [DocAnalysis(document=Document(id=d, source="<t>", outlet=d, text=""),
                            actors=[Actor(id=f"{d}:0", name=n, kind="org", aliases=[n])])
                for d, n in (("d0", cyrillic), ("d1", latin), ("d2", "Belarus Free Theatre"))]
    actors, mapping = resolve_actors(analyses)
    assert mapping["d0:0"] == mapping["d1:0"] != mapping["d2:0"]
    assert sorted(a.name for a in actors) == sorted([latin, "Belarus Free Theatre"])


def test_translit_g_before_a_vowel_may_be_a_foreign_h():
    """Нетаниягу is Netanyahu (г for a foreign h); the same rule never reads a final г as h
    (a lone "Келлог" does not join "Coale") and prefers the plain g when a Latin name has it."""
    assert _groups(("Беньямин Нетаниягу",), ("Benjamin Netanyahu",)) == [{"Benjamin Netanyahu", "Беньямин Нетаниягу"}]
    assert _groups(("Келлог",), ("John Coale",)) == [{"John Coale"}, {"Келлог"}]
    assert _groups(("Игорь Гордон",), ("Igor Gordon",), ("Igor Harden",)) == [
        {"Igor Gordon", "Игорь Гордон"}, {"Igor Harden"}]


def test_translit_double_surname_joins_its_first_part_with_the_same_given_name():
    """An English report may drop the second part of a double surname; the given names must
    still agree, and a surname alone never joins by its first part."""
    assert _groups(("Ферейдун Аббаси-Давани",), ("Fereydoun Abbasi",)) == [
        {"Fereydoun Abbasi", "Ферейдун Аббаси-Давани"}]
    assert len(_groups(("Мария Аббаси-Давани",), ("Fereydoun Abbasi",))) == 2
    assert len(_groups(("Аббаси-Давани",), ("Fereydoun Abbasi",))) == 2


def test_translit_german_z_written_as_ts():
    """Мерц is Merz and Шольц Scholz (ц for a German z); Фридрих is Friedrich. A different
    given name keeps them apart."""
    assert _groups(("Фридрих Мерц",), ("Friedrich Merz",), ("Мерц",)) == [{"Friedrich Merz", "Мерц", "Фридрих Мерц"}]
    assert _groups(("Олаф Шольц",), ("Olaf Scholz",)) == [{"Olaf Scholz", "Олаф Шольц"}]
    assert len(_groups(("Петер Мерц",), ("Friedrich Merz",))) == 2


def test_translit_initials_spelled_out_in_cyrillic():
    """"Джей Ди Вэнс" spells out the initials of "JD Vance"; "JD" and "Jay D." are one given
    name; a Cyrillic name whose first word is not the first initial's name stays apart."""
    assert _groups(("JD Vance",), ("Jay D. Vance",), ("Джей Ди Вэнс",)) == [
        {"JD Vance", "Jay D. Vance", "Джей Ди Вэнс"}]
    assert len(_groups(("JD Vance",), ("Эй Ди Вэнс",))) == 2
    assert len(_groups(("JD Vance",), ("Mike Vance",))) == 2


def test_translit_full_cyrillic_name_prefers_the_full_latin_name():
    """When the English side left a lone surname and a misread name apart ("Vance", "Rebuking
    Vance"), the Cyrillic full name joins the one Latin group with a compatible given name."""
    groups = _groups(("JD Vance",), ("Rebuking Vance",), ("Vance",), ("Джей Ди Вэнс", "Вэнс"))
    assert {"JD Vance", "Джей Ди Вэнс", "Вэнс"} in groups
    assert {"Rebuking Vance"} in groups
