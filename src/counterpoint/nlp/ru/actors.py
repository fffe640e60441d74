"""Russian actors and mentions from Natasha's entities, in the records the English pipeline
writes (``records.Actor`` with local ids ``make_id("la", doc_id, name)``, ``records.Mention``).

Why these rules: Russian inflects names ("с Китом Келлогом", "по словам Келлога"), so every
entity is keyed by its nominative normal form (Natasha's ``normalize``), and a surname-only
mention joins the one full name in the document with that surname, as the English component
folds "Kellogg" into "Keith Kellogg". States, blocs and seats of government come from
``data/ru/countries.json``: a state is a ``country`` actor with its ISO3 code and English
name, so align/ merges it with the English report's actor; a capital is its state only when it
acts ("Минск заявил"), otherwise a place (an event's location: its English name from the
table, else its BGN/PCGN romanisation, "Вельград" -> "Velgrad", so it compares with the
English report's spelling). Personal pronouns in the
nominative and the possessive/oblique forms ("— сказал он", "по его словам") resolve to a
person of their gender, subjects first (nlp/ru/pronouns.py). A state organ ("власти Беларуси", "силовики") stands
for the state in its genitive, else for the country the document names most, as the English
component reads "the authorities".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...knowledge.translit import romanize
from ...records import Actor, Mention, make_id
from .base import Ent, RuDoc, Tok, data, fold_yo
from .pronouns import female as female_name
from .pronouns import is_subject, resolve_pronouns


def _key(text: str) -> str:
    return fold_yo(" ".join(text.lower().split()))


def state_of(name: str) -> tuple[str, str] | None:
    """(ISO3, English name) of a Russian state name or abbreviation, or None."""
    return data("countries")["states"].get(_key(name))


def place_name(name: str) -> str | None:
    """The English name of a Russian place name (city or state), or None when unknown."""
    k = _key(name)
    c = data("countries")
    if k in c["places"]:
        return c["places"][k]
    st = c["states"].get(k)
    return st[1] if st else None


@dataclass
class _Group:
    name: str
    kind: str
    country: str | None = None
    female: bool = False
    forms: set[str] = field(default_factory=set)


@dataclass
class RuActors:
    """Actors and mentions of one document, with what later rules look up."""

    actors: list[Actor]
    mentions: list[Mention]
    places: dict[int, str]  # token index -> place name (English when known) of a non-acting place
    female: dict[str, bool]  # actor id -> female (persons)
    focal_country: str | None = None  # the country actor the document names most

    def at(self, start: int, end: int) -> Mention | None:
        """The mention overlapping a character span (the shortest, then the first)."""
        hits = [m for m in self.mentions if m.span[0] < end and start < m.span[1]]
        return min(hits, key=lambda m: (m.span[1] - m.span[0], m.span[0])) if hits else None

    def of_token(self, rd: RuDoc, i: int, depth: int = 0) -> str | None:
        """The actor a token stands for: its own mention, else the person its title heads
        ("президент ... Александр Лукашенко": the appos child), else None."""
        t = rd.toks[i]
        m = self.at(t.start, t.end)
        if m is not None:
            return m.actor
        organ = self.state_of_organ(rd, t)
        if organ:
            return organ
        if depth < 2:
            for c in rd.children(i):
                if c.rel in ("appos", "flat:name", "flat"):
                    a = self.of_token(rd, c.i, depth + 1)
                    if a:
                        return a
        return None

    def state_of_organ(self, rd: RuDoc, t: Tok) -> str | None:
        """The country actor a state organ stands for ("власти Беларуси", bare "силовики"):
        the state in its genitive, else the country the document names most."""
        if t.lemma not in data("words")["state_nouns"]:
            return None
        for c in rd.children(t.i):
            if c.rel == "nmod":
                a = self.of_token(rd, c.i)
                if a and self.kind(a) == "country":
                    return a
                if c.pos == "PROPN":
                    return None  # "власти Кестовии": a state we do not know, not the focal one
        return self.focal_country

    def leader(self, iso: str, published: str | None) -> str | None:
        """The one person of this document who headed state ``iso`` on the publication date
        (``knowledge.offices``, any script), or None."""
        from ...knowledge.offices import head_of_state_any_script

        hits = [a.id for a in self.actors if a.kind == "person"
                and (t := head_of_state_any_script(a.name, published)) is not None and t.country == iso]
        return hits[0] if len(hits) == 1 else None

    def kind(self, actor_id: str) -> str | None:
        return next((a.kind for a in self.actors if a.id == actor_id), None)


def _acts(rd: RuDoc, e: Ent) -> bool:
    """Whether a place entity is the subject of a clause (a capital standing for its state)."""
    return any(rd.toks[k].rel in ("nsubj", "nsubj:pass") for k in e.toks)


# Case endings a surname takes ("Келлога", "Келлогом", "Тихановской"): a one-word name that
# Natasha left inflected still joins the full name it inflects.
_SURNAME_ENDINGS = ("а", "у", "ом", "е", "ым", "ой", "ую", "ого", "ому", "им", "ем", "ю", "я")


def _lemma_key(rd: RuDoc, e: Ent) -> str:
    return _key(" ".join(rd.toks[k].lemma for k in e.toks)) if e.toks else ""


def _inflected(word: str, by_surname: dict[str, list[int]]) -> list[int]:
    hits: list[int] = []
    for surname, groups in by_surname.items():
        stems = {surname, surname[:-2] if surname.endswith(("ий", "ой", "ая", "ый")) else surname[:-1]}
        if any(word.startswith(st) and word[len(st):] in _SURNAME_ENDINGS for st in stems if len(st) >= 3):
            hits += [g for g in groups if g not in hits]
    return hits if len(hits) == 1 else []


def _missed_surnames(rd: RuDoc, raw: list[tuple[int, int, int, str]],
                     by_surname: dict[str, list[int]]) -> list[tuple[int, int, int, str]]:
    """A capitalised proper noun that Natasha's NER left untagged ("Зеленский заявил, что ..."
    at a sentence start) and that is the surname of exactly one full name of this document
    names that person: without it "по его словам" would skip the speaker for the last person
    the NER happened to tag."""
    out = []
    for t in rd.toks:
        if t.pos != "PROPN" or not t.text[:1].isupper() or any(s <= t.start < e for s, e, _g, _k in raw):
            continue
        k = _key(t.text)
        cands = by_surname.get(k) or by_surname.get(_key(t.lemma), []) or _inflected(k, by_surname)
        if len(cands) == 1:
            out.append((t.start, t.end, cands[0], "name"))
    return out


def _state_iso(rd: RuDoc, t: Tok) -> str | None:
    """The state a modifier names: a demonym ("индийская") or a state in the genitive
    ("Индии", no preposition before it)."""
    c = data("countries")
    if t.rel == "amod":
        return c["demonyms"].get(t.lemma)
    if t.rel == "nmod" and not any(k.rel == "case" for k in rd.children(t.i)):
        st = c["states"].get(t.lemma) or c["states"].get(_key(t.text))
        return st[0] if st else None
    return None


def institutions(rd: RuDoc) -> list[tuple[int, int, str, str | None]]:
    """State institutions with their state ("Министерство обороны Пакистана", "МИД Франции",
    "армия Индии", "индийская армия"): (start, end, ISO3, English name or None). A ministry
    is named "<English demonym> <institution>" ("Pakistani Defense Ministry", from
    ``institutions`` in data/ru/words.json), as English wires name it; an armed force (None)
    is the state itself, as the English component reads "the Pakistani army", so the two
    reports' actors meet. Without a state named there ("армия", "Минобороны страны") nothing
    is made: which army is for the reader to work out."""
    from ...knowledge.countries import adjective

    table: dict[str, str | None] = data("words")["institutions"]
    out: list[tuple[int, int, str, str | None]] = []
    for t in rd.toks:
        if t.pos not in ("NOUN", "PROPN"):
            continue
        kids = rd.children(t.i)
        keys = [(f"{k.lemma} {t.lemma}", [k.i]) for k in kids if k.rel == "amod"]
        keys += [(f"{t.lemma} {k.lemma}", [k.i]) for k in kids if k.rel == "nmod"]
        keys += [(f"{t.lemma} {k.lemma} {g.lemma}", [k.i, g.i]) for k in kids if k.rel == "nmod"
                 for g in rd.children(k.i) if g.rel == "amod"]  # министерство иностранных дел
        hits = [(key, idx) for key, idx in keys if key in table] or ([(t.lemma, [])] if t.lemma in table else [])
        if not hits:
            continue
        key, idx = max(hits, key=lambda h: len(h[0]))
        state = [(k, iso) for k in kids if k.i not in idx and (iso := _state_iso(rd, k))]
        if not state:
            continue
        iso, english = state[0][1], table[key]
        adj = adjective(iso)
        if english is not None and not adj:
            continue
        span = [t.i, *idx, state[0][0].i]
        out.append((rd.toks[min(span)].start, rd.toks[max(span)].end, iso, f"{adj} {english}" if english else None))
    return out


def _english_state(iso: str) -> str:
    return next((v[1] for v in data("countries")["states"].values() if v[0] == iso), iso)


def _sides(rd: RuDoc) -> list[tuple[int, int, str]]:
    """"российская сторона", "пакистанской стороной": the state itself, as diplomatic copy
    names a party to talks or a dispute (``state_sides`` in data/ru/words.json)."""
    nouns = set(data("words")["state_sides"])
    out = []
    for t in rd.toks:
        if t.pos == "NOUN" and t.lemma in nouns:
            for k in rd.children(t.i):
                iso = data("countries")["demonyms"].get(k.lemma) if k.rel == "amod" else None
                if iso:
                    lo, hi = sorted((k.start, t.start))[0], max(k.end, t.end)
                    out.append((lo, hi, iso))
                    break
    return out


def build_actors(rd: RuDoc) -> RuActors:
    groups: list[_Group] = []
    raw: list[tuple[int, int, int, str]] = []  # (start, end, group, mention kind)
    places: dict[int, str] = {}
    c = data("countries")

    def group(name: str, kind: str, country: str | None = None, female: bool = False) -> int:
        for gi, g in enumerate(groups):
            if g.kind == kind and (g.name == name or (country and g.country == country and kind == "country")):
                return gi
        groups.append(_Group(name, kind, country, female))
        return len(groups) - 1

    for lo, hi, iso, name in institutions(rd):
        if name:
            raw.append((lo, hi, group(name, "org"), "name"))
        else:  # an armed force: the state itself
            raw.append((lo, hi, group(_english_state(iso), "country", iso), "metonym"))
    for lo, hi, iso in _sides(rd):
        raw.append((lo, hi, group(_english_state(iso), "country", iso), "metonym"))
    inst = [(lo, hi) for lo, hi, _g, _k in raw]
    persons = [e for e in rd.ents if e.type == "PER"]
    full = [e for e in persons if len(e.normal.split()) >= 2]
    by_surname: dict[str, list[int]] = {}
    for e in full:
        gi = group(" ".join(e.normal.split()), "person", female=female_name(rd, e))
        by_surname.setdefault(_key(e.normal.split()[-1]), [])
        if gi not in by_surname[_key(e.normal.split()[-1])]:
            by_surname[_key(e.normal.split()[-1])].append(gi)
    for e in rd.ents:
        k = _key(e.normal)
        if e.type == "PER":
            if len(e.normal.split()) >= 2:
                gi = group(" ".join(e.normal.split()), "person")
            else:
                cands = by_surname.get(k) or by_surname.get(_lemma_key(rd, e), []) or _inflected(k, by_surname)
                gi = cands[0] if len(cands) == 1 else group(e.normal, "person", female=female_name(rd, e))
            raw.append((e.start, e.end, gi, "name"))
        elif (st := c["states"].get(k)) is not None:
            raw.append((e.start, e.end, group(st[1], "country", st[0]), "name"))
        elif any(lo <= e.start and e.end <= hi for lo, hi in inst) and e.type != "LOC":
            continue  # part of a state institution ("МИД Франции"), which is the actor
        elif k in c["orgs"]:
            raw.append((e.start, e.end, group(c["orgs"][k], "org"), "name"))
        elif e.type == "LOC" and k in c["capitals"] and _acts(rd, e):
            iso = c["capitals"][k]
            raw.append((e.start, e.end, group(_english_state(iso), "country", iso), "metonym"))
        elif e.type == "LOC":
            for t in e.toks:
                places[t] = c["places"].get(k) or romanize(e.normal, "bgn")
        elif e.type == "ORG":
            raw.append((e.start, e.end, group(c["orgs"].get(k, e.normal), "org"), "name"))
    # Pronouns (nlp/ru/pronouns.py). Surnames the NER missed count as antecedents only: exported
    # as mentions they reshuffle story grouping (spiderweb25 dev-ru, story F1 0.941 -> 0.935).
    named = [(s, e, gi) for s, e, gi, kd in raw if groups[gi].kind == "person" and kd == "name"]
    named += [(s, e, gi) for s, e, gi, _k in _missed_surnames(rd, raw, by_surname)]
    persons = []
    for s, e, gi in named:
        idx = [t.i for t in rd.starting_in(s, e)]
        if idx:
            persons.append((s, rd.toks[idx[0]].sent, gi, is_subject(rd, idx)))
    for s, e, gi in resolve_pronouns(rd, persons, {gi: g.female for gi, g in enumerate(groups)}):
        raw.append((s, e, gi, "pronoun"))
    used = sorted({gi for *_x, gi, _k in raw})
    ids = {gi: make_id("la", rd.doc_id, groups[gi].name) for gi in used}
    actors = []
    for gi in used:
        g = groups[gi]
        aliases = sorted({rd.text[s:e] for s, e, gg, kd in raw if gg == gi and kd in ("name", "metonym")} - {g.name})
        actors.append(Actor(ids[gi], g.name, g.kind, aliases, g.country))
    mentions = [Mention(rd.doc_id, ids[gi], rd.text[s:e], (s, e), kd) for s, e, gi, kd in sorted(raw)]
    female = {ids[gi]: groups[gi].female for gi in used if groups[gi].kind == "person"}
    counts: dict[str, int] = {}
    for m in mentions:
        if any(a.id == m.actor and a.kind == "country" for a in actors):
            counts[m.actor] = counts.get(m.actor, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    # the most named country, when it is named more often than any other
    focal = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    return RuActors(actors, mentions, places, female, focal)

