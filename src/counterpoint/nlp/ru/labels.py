"""What a Russian document calls a person or an organisation, in ``records.Label``: the title
before a name ("спецпосланник президента США Кит Келлог", "самопровозглашенный президент
Александр Лукашенко", "британский телеканал Sky News") and the apposition after it ("Кит
Келлог, спецпосланник президента США,"). Person titles start at a role noun (``roles``),
organisation ones at an organisation noun (``org_roles``, both in ``data/ru/words.json``).
Latin-script words inside a title ("ведущий Fox News Шон Ханнити"), which Natasha tags X, do
not end it.

Why a token window and not only the ``appos`` arc: Natasha attaches the name to the title
noun ("спецпосланник" -> "Кит" appos) but a long title's parts hang off each other, so the
label is the contiguous noun phrase (nouns, adjectives, names) that starts at a role noun from
``data/ru/words.json`` and ends at the name. The label is written in the nominative
(``base.nominative``), so "президентом" and "президента" are one label across documents.
"""

from __future__ import annotations

from ...records import Label
from .actors import RuActors
from .base import RuDoc, data, nominative

_NP = ("NOUN", "PROPN", "ADJ")
_TITLE = (*_NP, "X")  # a Latin-script name inside a title
KINDS = {"PER": "roles", "ORG": "org_roles"}


def all_roles() -> set[str]:
    """Person and organisation role nouns: what a description may be headed by."""
    w = data("words")
    return set(w["roles"]) | set(w["org_roles"])


def find_labels(rd: RuDoc, ra: RuActors) -> list[Label]:
    w = data("words")
    mods = set(w["title_modifiers"])
    out: dict[tuple[int, int], Label] = {}
    person_toks: set[int] = set()
    for e in rd.ents:
        if e.type == "PER":
            person_toks.update(e.toks)
    for e in rd.ents:
        if e.type not in KINDS or not e.toks:
            continue
        roles = set(w[KINDS[e.type]])
        m = ra.at(e.start, e.end)
        if m is None:
            continue
        first, last = e.toks[0], e.toks[-1]
        sent = rd.toks[first].sent
        # before the name: the noun phrase back to its leftmost role noun
        k, start = first - 1, None
        while k >= 0 and rd.toks[k].sent == sent and rd.toks[k].pos in _TITLE and k not in person_toks:
            if rd.toks[k].lemma in roles:
                start = k
            k -= 1
        if start is not None:
            while start - 1 >= 0 and rd.toks[start - 1].lemma in mods and rd.toks[start - 1].sent == sent:
                start -= 1
            s, en = rd.toks[start].start, rd.toks[first - 1].end
            out[(s, en)] = Label(rd.doc_id, m.actor, nominative(rd, list(range(start, first))), (s, en))
        # after the name: ", <role> ...," up to the next comma or sentence end
        j = last + 1
        if j + 1 < len(rd.toks) and rd.toks[j].text == "," and rd.toks[j + 1].sent == sent:
            k = j + 1
            while k < len(rd.toks) and rd.toks[k].lemma in mods:
                k += 1
            if k < len(rd.toks) and rd.toks[k].lemma in roles:
                end = k
                while end + 1 < len(rd.toks) and rd.toks[end + 1].sent == sent and rd.toks[end + 1].pos in _NP \
                        and end + 1 not in person_toks:
                    end += 1
                s, en = rd.toks[j + 1].start, rd.toks[end].end
                out[(s, en)] = Label(rd.doc_id, m.actor, nominative(rd, list(range(j + 1, end + 1))), (s, en))
    return [out[k] for k in sorted(out)]


def _iso(lemma: str) -> str | None:
    """The state a word names: a state name ("беларусь") or a demonym ("белорусский")."""
    c = data("countries")
    st = c["states"].get(lemma)
    return st[0] if st else c["demonyms"].get(lemma)


def _label_words(rd: RuDoc, label: Label) -> list[str]:
    return [t.lemma for t in rd.toks if label.span[0] <= t.start and t.end <= label.span[1] and t.pos in _NP]


def _fits(desc: list[str], words: list[str]) -> bool:
    """Whether a description (role noun first, then its modifiers) fits a label's words: the
    same role, every modifier of the description in the label (a demonym matching the state
    the label names), and nothing in the label that narrows it to someone else ("лидер
    белорусской оппозиции" is not "белорусский лидер"): its other words are roles, states
    or title modifiers."""
    w = data("words")
    roles, mods = all_roles(), set(w["title_modifiers"])
    role = next((x for x in words if x in roles), None)
    if role is None or (role != desc[0] and role not in w["role_synonyms"].get(desc[0], [])):
        return False
    label_isos = {_iso(x) for x in words} - {None}
    for m in desc[1:]:
        if m not in words and not (_iso(m) and _iso(m) in label_isos):
            return False
    covered = set(desc) | {x for x in words if _iso(x) and _iso(x) in {_iso(m) for m in desc}}
    return all(x in covered or x in roles or x in mods or _iso(x) for x in words)


def resolve_descriptions(rd: RuDoc, ra: RuActors, labels: list[Label]) -> None:
    """Role-noun descriptions ("— подчеркнул белорусский лидер", "заявил спецпосланник")
    become ``description`` mentions of the one person whose title or apposition in this
    document they fit (``_fits``), and labels of that person (appended to ``labels``); with
    no such person, or two, they stay unresolved."""
    from ...records import Mention

    roles = all_roles()
    by_actor: dict[str, list[list[str]]] = {}
    for lab in labels:
        by_actor.setdefault(lab.actor, []).append(_label_words(rd, lab))
    if not by_actor:
        return
    covered = [lab.span for lab in labels] + [m.span for m in ra.mentions]
    added: list[Mention] = []
    new: list[Label] = []
    for t in rd.toks:
        if t.pos != "NOUN" or t.lemma not in roles or any(s <= t.start < e for s, e in covered):
            continue
        kids = [c for c in rd.children(t.i) if c.rel in ("amod", "nmod") and c.pos in _NP]
        named = [m for c in kids if (m := ra.at(c.start, c.end))]
        if any(ra.kind(m.actor) != "country" for m in named):
            continue  # "посланник Келлога", "глава МИД": names someone or something else
        # a state the role is of ("сказал президент США") is a modifier like "американский":
        # it fits the one person this document titles "Президент США"
        desc = [t.lemma] + [c.lemma for c in kids]
        alias = data("words")["description_aliases"].get(" ".join(desc))
        desc = [alias] if alias else desc
        fits = [a for a, words in by_actor.items() if any(_fits(desc, w) for w in words)]
        if len(fits) != 1:
            continue
        lo = min([t.start] + [c.start for c in kids if c.i < t.i])
        added.append(Mention(rd.doc_id, fits[0], rd.text[lo : t.end], (lo, t.end), "description"))
        # what the writer calls that person here ("американский лидер") is a label of theirs too
        first, last = min([t.i] + [c.i for c in kids]), max([t.i] + [c.i for c in kids])
        if last - first == len(kids):  # a contiguous phrase
            span = (rd.toks[first].start, rd.toks[last].end)
            new.append(Label(rd.doc_id, fits[0], nominative(rd, list(range(first, last + 1))), span))
    ra.mentions = sorted(ra.mentions + added, key=lambda m: m.span)
    labels[:] = sorted(labels + new, key=lambda x: x.span)
