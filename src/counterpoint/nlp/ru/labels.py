"""What a Russian document calls a person, in ``records.Label``: the title before a name
("спецпосланник президента США Кит Келлог", "самопровозглашенный президент Александр
Лукашенко") and the apposition after it ("Кит Келлог, спецпосланник президента США,").

Why a token window and not only the ``appos`` arc: Natasha attaches the name to the title
noun ("спецпосланник" -> "Кит" appos) but a long title's parts hang off each other, so the
label is the contiguous noun phrase (nouns, adjectives, names) that starts at a role noun from
``data/ru/words.json`` and ends at the name.
"""

from __future__ import annotations

from ...records import Label
from .actors import RuActors
from .base import RuDoc, data

_NP = ("NOUN", "PROPN", "ADJ")


def find_labels(rd: RuDoc, ra: RuActors) -> list[Label]:
    w = data("words")
    roles, mods = set(w["roles"]), set(w["title_modifiers"])
    out: dict[tuple[int, int], Label] = {}
    person_toks: set[int] = set()
    for e in rd.ents:
        if e.type == "PER":
            person_toks.update(e.toks)
    for e in rd.ents:
        if e.type != "PER" or not e.toks:
            continue
        m = ra.at(e.start, e.end)
        if m is None:
            continue
        first, last = e.toks[0], e.toks[-1]
        sent = rd.toks[first].sent
        # before the name: the noun phrase back to its leftmost role noun
        k, start = first - 1, None
        while k >= 0 and rd.toks[k].sent == sent and rd.toks[k].pos in _NP and k not in person_toks:
            if rd.toks[k].lemma in roles:
                start = k
            k -= 1
        if start is not None:
            while start - 1 >= 0 and rd.toks[start - 1].lemma in mods and rd.toks[start - 1].sent == sent:
                start -= 1
            s, en = rd.toks[start].start, rd.toks[first - 1].end
            out[(s, en)] = Label(rd.doc_id, m.actor, rd.text[s:en], (s, en))
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
                out[(s, en)] = Label(rd.doc_id, m.actor, rd.text[s:en], (s, en))
    return [out[k] for k in sorted(out)]
