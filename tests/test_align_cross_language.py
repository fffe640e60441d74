"""Cross-language event clustering and organisation actors (align/coref.py, align/actors.py,
knowledge/orgs.py, knowledge/translit.name_key): a Russian and an English report of one
event share a cluster and their organisations one actor; different events and bodies stay
apart. Sentences and names are written for these tests."""

from __future__ import annotations

import pytest

from counterpoint.align.actors import resolve_actors
from counterpoint.align.coref import THRESHOLD, cluster_events, event_features, pair_score
from counterpoint.knowledge.orgs import forces_state, org_canonical
from counterpoint.knowledge.translit import name_key
from counterpoint.records import Actor, DateValue, DocAnalysis, Document, Event

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


# --------------------------------------------------------------------------- name keys


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [("Путина", "Putin's"), ("Трампом", "Trump"), ("Аляске", "Alaska"), ("Израиля", "Israel"),
     ("Мурманской", "Murmansk"), ("Пакистана", "Pakistan")],
)
def test_align_cross_language_name_key_reads_inflected_names(cyrillic, latin):
    assert name_key(cyrillic) == name_key(latin)


@pytest.mark.parametrize(("a", "b"), [("Израиль", "Иран"), ("Путин", "Пашинян"), ("Kestovia", "Kasovia")])
def test_align_cross_language_name_key_keeps_names_apart(a, b):
    assert name_key(a) != name_key(b)


# --------------------------------------------------------------------------- clustering

ACTORS = {"vel": Actor(id="vel", name="Velgrad", kind="country", country="VLG")}


def _ev(eid: str, doc: str, sentence: str, lemma: str = "attack", date: str | None = None,
        actor: tuple[str, ...] = ()) -> Event:
    return Event(
        id=eid, doc=doc, type="ASSAULT", mode=None, actor=list(actor), recipient=[], trigger=lemma,
        span=(0, 5), sentence=sentence, lemma=lemma,
        date=DateValue(value=date, text=date, precision="day") if date else None,
    )


RU = "Беспилотники атаковали аэродромы Оленья и Белая в Мурманской и Иркутской областях."
EN = "Drones attacked the Olenya and Belaya airfields in the Murmansk and Irkutsk regions."


def test_align_cross_language_shared_names_join_one_event():
    """Without participants the two sentences' names (Оленья/Olenya, Мурманской/Murmansk ...)
    are the evidence that wording overlap gives two English sentences."""
    a, b = event_features(_ev("r", "ru", RU)), event_features(_ev("e", "en", EN))
    assert a.script == "cyrl" and b.script == "latn"
    assert len(a.names & b.names) >= 3
    assert pair_score(a, b) >= THRESHOLD
    clusters = cluster_events([_ev("r", "ru", RU), _ev("e", "en", EN)], {}, {})
    assert [sorted(c.events) for c in clusters] == [["e", "r"]]


def test_align_cross_language_one_shared_name_is_not_enough():
    """A story's subject is named in every sentence: 'Velgrad' alone does not make a Russian
    strike by Velgrad and an English strike on Velgrad one event."""
    ru = _ev("r", "ru", "Вельград нанес удары по позициям противника.")
    en = _ev("e", "en", "Rebels struck an air base in Velgrad overnight.")
    a, b = event_features(ru), event_features(en)
    assert a.names & b.names == {name_key("Velgrad")}
    assert pair_score(a, b) < THRESHOLD
    assert len(cluster_events([ru, en], ACTORS, {})) == 2


def test_align_cross_language_names_do_not_override_a_date_conflict():
    """Shared names are soft evidence: two strikes a week apart stay two events."""
    ru = _ev("r", "ru", RU, date="2025-06-01")
    en = _ev("e", "en", EN, date="2025-06-09")
    assert pair_score(event_features(ru), event_features(en)) is None
    assert len(cluster_events([ru, en], {}, {})) == 2


def test_align_cross_language_own_outlet_is_not_a_participant():
    """An agency credited in its own copy ("— сообщает РИА Новости") read as a party to the
    meeting kept the Russian report apart from the English ones; the outlet is matched across
    scripts and bracketed notes. Another organisation still counts."""
    from counterpoint.records import Document

    actors = {
        "ria": Actor(id="ria", name="РИА Новости", kind="org"),
        "bre": Actor(id="bre", name="Ivar Bregenko", kind="person"),
        "kes": Actor(id="kes", name="Kestovia", kind="country", country="KES"),
    }
    docs = {
        "ru": Document(id="ru", source="<test>", outlet="RIA Novosti (via example.org)", text="",
                       published="2025-06-22"),
        "en": Document(id="en", source="<test>", outlet="Wire A", text="", published="2025-06-22"),
    }

    def meeting(eid: str, doc: str, who: list[str], sentence: str) -> Event:
        return Event(id=eid, doc=doc, type="CONSULT", mode="meet", actor=who, recipient=[], trigger="meet",
                     span=(0, 5), sentence=sentence, lemma="meet",
                     date=DateValue(value="2025-06-21", text="21 June", precision="day"))

    ru = meeting("r", "ru", ["ria"], "Ивар Брегенко провел встречу в Вельграде, сообщает РИА Новости.")
    en = meeting("e", "en", ["bre"], "Ivar Bregenko held a meeting in Velgrad.")
    assert [sorted(c.events) for c in cluster_events([ru, en], actors, docs)] == [["e", "r"]]
    ru_other = meeting("r", "ru", ["kes"], "Кестовия провела встречу в Вельграде.")
    en_other = meeting("e", "en", ["bre"], "Ivar Bregenko held a meeting in Velgrad.")
    assert len(cluster_events([ru_other, en_other], actors, docs)) == 2
