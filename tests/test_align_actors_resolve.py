"""resolve_actors: transliteration merges, false-merge guards and alias-file overrides."""

from __future__ import annotations

import json

import pytest

from counterpoint.align.actors import load_aliases, resolve_actors
from counterpoint.errors import CounterpointError
from counterpoint.records import Actor, DocAnalysis, Document, Mention


def _analysis(
    doc: str, actors: list[tuple[str, str, str, list[str]]], country: str | None = None
) -> DocAnalysis:
    """actors: (local id, name, kind, extra name mentions)."""
    an = DocAnalysis(document=Document(id=doc, source="<test>", outlet=doc, text=""))
    for lid, name, kind, mentions in actors:
        an.actors.append(
            Actor(
                id=lid, name=name, kind=kind, aliases=[name], country=country if kind == "country" else None
            )
        )
        for m in mentions:
            an.mentions.append(Mention(doc=doc, actor=lid, text=m, span=(0, len(m))))
    return an


def _groups(mapping: dict[str, str]) -> set[frozenset[str]]:
    inv: dict[str, set[str]] = {}
    for local, glob in mapping.items():
        inv.setdefault(glob, set()).add(local)
    return {frozenset(v) for v in inv.values()}


def test_transliterations_merge_across_documents() -> None:
    analyses = [
        _analysis(
            "d1",
            [
                ("d1:a", "Alexander Lukashenko", "person", ["Lukashenko"]),
                ("d1:b", "Siarhei Tsikhanouski", "person", []),
                ("d1:c", "Sviatlana Tsikhanouskaya", "person", ["Tsikhanouskaya"]),
            ],
        ),
        _analysis(
            "d2",
            [
                ("d2:a", "Alyaksandr Lukashenka", "person", ["Lukashenka"]),
                ("d2:b", "Sergei Tikhanovsky", "person", ["Tikhanovskiy"]),
                ("d2:c", "Tikhanovskaya", "person", []),
            ],
        ),
    ]
    actors, mapping = resolve_actors(analyses)
    assert _groups(mapping) == {
        frozenset({"d1:a", "d2:a"}),
        frozenset({"d1:b", "d2:b"}),
        frozenset({"d1:c", "d2:c"}),
    }
    luk = next(a for a in actors if a.id == mapping["d1:a"])
    assert luk.kind == "person"
    assert {"Alexander Lukashenko", "Alyaksandr Lukashenka", "Lukashenko", "Lukashenka"} <= set(luk.aliases)
    assert luk.name in {"Alexander Lukashenko", "Alyaksandr Lukashenka"}
    assert len({a.id for a in actors}) == len(actors) == 3


def test_global_ids_are_stable_and_order_independent() -> None:
    a = _analysis("d1", [("d1:a", "Alexander Lukashenko", "person", [])])
    b = _analysis("d2", [("d2:a", "Alyaksandr Lukashenka", "person", [])])
    _, m1 = resolve_actors([a, b])
    _, m2 = resolve_actors([b, a])
    assert m1["d1:a"] == m2["d1:a"] == m1["d2:a"]


def test_relatives_are_not_merged() -> None:
    analyses = [
        _analysis(
            "d1",
            [("d1:a", "Alexander Lukashenko", "person", []), ("d1:v", "Viktor Lukashenko", "person", [])],
        ),
        _analysis(
            "d2",
            [
                ("d2:a", "Aliaksandr Lukashenka", "person", []),
                ("d2:s", "Siarhei Tsikhanouski", "person", []),
                ("d2:w", "Sviatlana Tsikhanouskaya", "person", []),
            ],
        ),
    ]
    _, mapping = resolve_actors(analyses)
    assert mapping["d1:a"] == mapping["d2:a"]
    assert mapping["d1:v"] != mapping["d1:a"]
    assert mapping["d2:s"] != mapping["d2:w"]


@pytest.mark.parametrize(
    ("others", "merged"),
    [
        ([("d2:a", "Alexander Lukashenko", "person", [])], True),  # unambiguous
        (
            [("d2:a", "Alexander Lukashenko", "person", []), ("d2:v", "Viktor Lukashenko", "person", [])],
            False,
        ),
    ],
)
def test_bare_surname_merges_only_when_unambiguous(others: list, merged: bool) -> None:
    analyses = [_analysis("d1", [("d1:x", "Lukashenka", "person", [])]), _analysis("d2", others)]
    _, mapping = resolve_actors(analyses)
    assert (mapping["d1:x"] == mapping["d2:a"]) is merged


def test_countries_merge_by_iso3_and_kinds_stay_apart() -> None:
    analyses = [
        _analysis("d1", [("d1:by", "Belarus", "country", ["Minsk"])], country="BLR"),
        _analysis("d2", [("d2:by", "Republic of Belarus", "country", [])], country="BLR"),
        _analysis("d3", [("d3:eu", "European Union", "org", []), ("d3:nato", "NATO", "org", [])]),
    ]
    actors, mapping = resolve_actors(analyses)
    assert mapping["d1:by"] == mapping["d2:by"]
    assert mapping["d3:eu"] != mapping["d3:nato"]
    assert next(a for a in actors if a.id == mapping["d1:by"]).country == "BLR"


def test_alias_overrides_merge_split_and_canonical(tmp_path) -> None:
    analyses = [
        _analysis("d1", [("d1:a", "Batka", "person", []), ("d1:b", "Ivan Petrenko", "person", [])]),
        _analysis(
            "d2", [("d2:a", "Alexander Lukashenko", "person", []), ("d2:b", "I. Petrenko", "person", [])]
        ),
    ]
    _, auto = resolve_actors(analyses)
    assert auto["d1:a"] != auto["d2:a"] and auto["d1:b"] == auto["d2:b"]
    path = tmp_path / "aliases.json"
    path.write_text(
        json.dumps(
            {
                "merge": [["Batka", "Alexander Lukashenko"]],
                "split": [["Ivan Petrenko", "I. Petrenko"]],
                "canonical": {"Batka": "Alexander Lukashenko (president)"},
            }
        )
    )
    aliases = load_aliases(path)
    actors, mapping = resolve_actors(analyses, aliases=aliases)
    assert mapping["d1:a"] == mapping["d2:a"]
    assert mapping["d1:b"] != mapping["d2:b"]
    assert next(a for a in actors if a.id == mapping["d1:a"]).name == "Alexander Lukashenko (president)"


def test_load_aliases_toml_and_conflict(tmp_path) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text('merge = [["A B", "C D"]]\nsplit = []\n[canonical]\n"A B" = "C D"\n')
    assert load_aliases(path) == {"merge": [["A B", "C D"]], "split": [], "canonical": {"A B": "C D"}}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"merge": [["A B", "C D"]], "split": [["C D", "A B"]]}))
    with pytest.raises(CounterpointError, match="E040"):
        load_aliases(bad)
    with pytest.raises(CounterpointError, match="E040"):
        load_aliases(tmp_path / "missing.json")


def test_align_actors_name_order_and_russian_respelling_merge() -> None:
    analyses = [
        _analysis(
            "d1", [("d1:a", "Sumeet Sabharwal", "person", []), ("d1:b", "John Coale", "person", ["Coale"])]
        ),
        _analysis("d2", [("d2:a", "Sabharwal Sumeet", "person", []), ("d2:b", "John Coel", "person", [])]),
        _analysis("d3", [("d3:b", "Coel", "person", ["Coel"]), ("d3:c", "Rajesh Patil", "person", [])]),
        _analysis("d4", [("d4:c", "Rajesh Patel", "person", []), ("d4:d", "Anna Coale", "person", [])]),
    ]
    _, mapping = resolve_actors(analyses)
    groups = _groups(mapping)
    assert frozenset({"d1:a", "d2:a"}) in groups
    assert frozenset({"d1:b", "d2:b", "d3:b"}) in groups
    assert frozenset({"d3:c"}) in groups and frozenset({"d4:c"}) in groups  # Patil is not Patel
    assert frozenset({"d4:d"}) in groups  # a Coale with another given name stays apart
