"""Russian personal pronouns ("он", "она", "по его словам") resolved to a person of the document.

Why subjects first: Russian news keeps the topic person in subject position and refers back to
it with a pronoun ("Медведев высказался о споре Зеленского с Трампом. Об этом он написал ...":
он is Медведев, though Трамп is nearer). So a pronoun takes the latest person of its gender who
is a subject in its own sentence or the one before; only with none there does it take the
nearest earlier person of its gender, as before. A resolved pronoun is itself an antecedent for
the next one ("он написал ... он назвал"), so a chain of pronouns stays with its person.

Gender comes from the name's morphology, else from agreement: a past-tense verb agrees with its
subject ("сообщила корреспондент Джеки Хайнрих"), which marks a foreign surname that does not
decline as a woman's.
"""

from __future__ import annotations

import bisect

from .base import Ent, RuDoc, Tok, data

PRONOUN_WINDOW = 1500  # characters back a pronoun looks for its person
_UP_RELS = ("appos", "flat:name", "flat")  # a name's word hangs on its title or first name this way
_SUBJECT_RELS = ("nsubj", "nsubj:pass")


def _clause_head(rd: RuDoc, t: Tok) -> Tok:
    """The token a name's word stands in for in its clause: up through the title or first name
    it is attached to ("корреспондент ... Джеки Хайнрих" -> "корреспондент")."""
    for _ in range(3):
        if t.rel not in _UP_RELS or t.head is None:
            break
        t = rd.toks[t.head]
    return t


def is_subject(rd: RuDoc, idx: list[int]) -> bool:
    """Whether the name on tokens ``idx`` is the subject of its clause."""
    return any(_clause_head(rd, rd.toks[k]).rel in _SUBJECT_RELS for k in idx)


def female(rd: RuDoc, e: Ent) -> bool:
    """A woman's name: the past-tense verb it is the subject of agrees in the feminine
    ("сообщила корреспондент Джеки Хайнрих"), else its last proper noun is feminine."""
    toks = [rd.toks[k] for k in e.toks if rd.toks[k].pos == "PROPN"]
    if not toks:
        return False
    for t in toks:  # agreement first: the tagger guesses a foreign surname's gender
        head = _clause_head(rd, t)
        if head.rel in _SUBJECT_RELS and head.head is not None:
            verb = rd.toks[head.head]
            if verb.pos in ("VERB", "AUX") and verb.feats.get("Gender"):
                return verb.feats["Gender"] == "Fem"
    return toks[-1].feats.get("Gender") == "Fem"


def resolve_pronouns(rd: RuDoc, persons: list[tuple[int, int, int, bool]],
                     is_female: dict[int, bool]) -> list[tuple[int, int, int]]:
    """(start, end, person group) for each personal pronoun that resolves. ``persons`` holds
    (start, sentence, group, subject) for the person names; ``is_female`` the group's gender."""
    genders: dict[str, str] = data("words")["pronouns"]
    cands = sorted(persons)
    out = []
    for t in rd.toks:
        g = genders.get(t.lower)
        if g is None or t.pos not in ("PRON", "DET"):
            continue
        k = bisect.bisect_left(cands, (t.start,))
        prior = [c for c in cands[:k] if t.start - c[0] < PRONOUN_WINDOW and is_female.get(c[2]) == (g == "f")]
        if not prior:
            continue
        subjects = [c for c in prior if c[3] and c[1] >= t.sent - 1]
        gi = (subjects or prior)[-1][2]
        out.append((t.start, t.end, gi))
        bisect.insort(cands, (t.start, t.sent, gi, t.rel in _SUBJECT_RELS))
    return out
