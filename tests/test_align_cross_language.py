"""Cross-language event clustering and organisation actors (align/coref.py, align/actors.py,
knowledge/orgs.py, knowledge/translit.name_key): a Russian and an English report of one
event share a cluster and their organisations one actor; different events and bodies stay
apart. Sentences and names are written for these tests."""

from __future__ import annotations

from counterpoint.align.actors import resolve_actors
from counterpoint.knowledge.orgs import forces_state, org_canonical
from counterpoint.records import Actor, DocAnalysis, Document

# --------------------------------------------------------------------------- organisations


def _resolve(*docs: list[tuple[str, str]]) -> list[tuple[str, set[str]]]:
    """(kind, local names) of every global actor, for documents given as [(name, kind)]."""
    analyses = []
    for n, actors in enumerate(docs):
        an = DocAnalysis(document=Document(id=f"d{n}", source="<test>", outlet=f"d{n}", text=""))
        for k, (name, kind) in enumerate(actors):
            country = {"Ukraine": "UKR", "Israel": "ISR"}.get(name) if kind == "country" else None
            an.actors.append(Actor(id=f"d{n}:{k}", name=name, kind=kind, aliases=[name], country=country))
        analyses.append(an)
    actors, mapping = resolve_actors(analyses)
    local = {a.id: a.name for an in analyses for a in an.actors}
    kind = {a.id: a.kind for a in actors}
    out: dict[str, set[str]] = {}
    for lid, gid in mapping.items():
        out.setdefault(gid, set()).add(local[lid])
    return sorted(((kind[g], names) for g, names in out.items()), key=lambda x: sorted(x[1]))


def test_align_cross_language_state_forces_are_their_state():
    """'ВСУ' in a Russian report is Ukraine acting, as the English pipeline reads 'Ukrainian
    forces'; the actor keeps the state's kind."""
    groups = _resolve([("ВСУ", "org")], [("Ukraine", "country")])
    assert groups == [("country", {"ВСУ", "Ukraine"})]


def test_align_cross_language_listed_organisations_merge_across_scripts():
    groups = _resolve(
        [("ЦАХАЛ", "org"), ("Служба безопасности Украины (СБУ)", "org")],
        [("IDF", "org"), ("SBU", "org"), ("Israel", "country")],
    )
    names = [g for _k, g in groups]
    assert {"ЦАХАЛ", "IDF"} in names
    assert {"Служба безопасности Украины (СБУ)", "SBU"} in names
    assert {"Israel"} in names  # the army is not its state: the IDF has its own actor


def test_align_cross_language_unlisted_organisations_stay_apart():
    """No fuzzy matching of organisations: two ministries are two actors."""
    groups = _resolve([("Минобороны", "org")], [("Ministry of Foreign Affairs", "org")])
    assert len(groups) == 2
    assert org_canonical("Армия обороны") is None and forces_state("Армия обороны Израиля") is None
    assert org_canonical("Корпус стражей исламской революции (КСИР") == "IRGC"
