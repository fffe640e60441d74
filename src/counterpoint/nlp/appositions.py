"""Find what a document calls a person: appositions, pre-name titles and dash appositions.

Shared by cp_actors (which needs the roles to resolve "the special envoy" to a single holder)
and cp_labels (which reports them). Rules are lexical over the tokenised text, anchored on a
person-name span, because the small model's dependency arcs around commas and dashes are not
reliable enough:

* after the name:  ``Keith Kellogg, the United States Special Envoy for Ukraine,`` /
  ``Kirill Dmitriev—the head of the Fund and Putin’s special representative—``
* before the name, with a comma: ``The country’s President, Alexander Lukashenko,``
* before the name, no comma (a title): ``former presidential candidate Sergei Tikhanovsky``;
  a one-word role title counts only before a full name (``President Vasyl Hrytsenko``), not
  before a bare surname (``President Putin``)

Every label must contain a role noun (president, envoy, leader, ...); that one check removes
most false appositions ("Alexander Lukashenko, with the main topic ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..knowledge.words import _words
from .gazetteer import HONORIFICS, ROLE_NOUNS, country_name, demonym, doc_text, fold

NOT_ROLE_PREFIXES = _words("role_prefixes_not_roles")

CUT_WORDS = {
    "during",
    "since",
    "until",
    "who",
    "which",
    "whose",
    "when",
    "where",
    "after",
    "before",
    "while",
    "because",
    "although",
    "as",
    "has",
    "had",
    "have",
    "is",
    "was",
    "said",
    "says",
}
_CUT = re.compile(r"\s(?:" + "|".join(sorted(CUT_WORDS)) + r")\b", flags=re.I)
BAD_START = {
    "with",
    "who",
    "which",
    "in",
    "on",
    "at",
    "and",
    "but",
    "or",
    "to",
    "for",
    "from",
    "as",
    "said",
    "says",
    "is",
    "was",
    "has",
    "had",
    "whose",
    "whom",
    "when",
    "where",
    "after",
}
# A non-restrictive relative clause with a copula says what the apposition would say.
RELATIVE_COPULA = re.compile(r"who\s+(?:is|was|has\s+been)\s+(?:(?:now|currently|also|still)\s+)?", re.I)
CLOSE = re.compile(r"[,;:()?!—–]|\.(?=\s+[A-Z])|\.$|\s-\s")


@dataclass(frozen=True)
class LabelCandidate:
    """A label as written, its span, and the span of the name it describes."""

    text: str
    span: tuple[int, int]
    name_span: tuple[int, int]


def _is_role(word: str, roles: frozenset[str] = ROLE_NOUNS) -> bool:
    """A role noun, also inside a hyphenated title ("Director-General", "Commander-in-Chief")."""
    w = word.strip(".,’'").lower()
    if w in roles:
        return True
    parts = w.split("-")
    return len(parts) > 1 and parts[0] not in NOT_ROLE_PREFIXES and any(part in roles for part in parts)


def _has_role(text: str, roles: frozenset[str] = ROLE_NOUNS) -> bool:
    return any(_is_role(w, roles) for w in text.split())


# A US legislator's party and state after the name ("R-S.C.", "D-Calif."), set off by commas.
PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]{0,8},\s*")


def _after(doc: Doc, name: tuple[int, int], roles: frozenset[str] = ROLE_NOUNS) -> list[LabelCandidate]:
    text = doc_text(doc)
    m = re.match(r"\s*(,|—|–|\s-\s)\s*", text[name[1] : name[1] + 4])
    if not m:
        return []
    start = name[1] + m.end()
    tag = PARTY_TAG.match(text, start)
    if tag:  # "Rep. Joe Wilson, R-S.C., a member of ...": the label follows the party tag
        start = tag.end()
    rest = text[start : start + 300]
    stop = CLOSE.search(rest)
    chunk = rest[: stop.start()] if stop else rest
    rel = RELATIVE_COPULA.match(chunk)
    if rel:  # "Dmitry Medvedev, who is now deputy head of the Security Council,": a label too
        start, chunk = start + rel.end(), chunk[rel.end() :]
    words = chunk.split()
    if not words or words[0].lower() in BAD_START:
        return []
    first = doc.char_span(start, start + len(words[0]), alignment_mode="expand")
    if first is not None and first[0].pos_ in ("VERB", "AUX", "ADP", "ADV", "SCONJ", "CCONJ", "PART"):
        return []  # "Keith Kellogg, met the minister": a clause, not an apposition
    cut = _CUT.search(chunk)
    if cut:
        chunk = chunk[: cut.start()]
    chunk = chunk.rstrip()
    if not chunk or len(chunk.split()) > 24 or not _has_role(chunk, roles):
        return []
    # "the head of X and Putin’s special representative for ...": two labels, split at an
    # "and" whose right side opens with its own role phrase.
    parts: list[tuple[int, str]] = []
    cur_off = 0
    for m2 in re.finditer(r"\s+and\s+", chunk):
        left, right = chunk[cur_off : m2.start()], chunk[m2.end() :]
        if _has_role(left, roles) and _has_role(" ".join(right.split()[:4]), roles):
            parts.append((cur_off, left))
            cur_off = m2.end()
    parts.append((cur_off, chunk[cur_off:]))
    return [
        LabelCandidate(p, (start + o, start + o + len(p)), name)
        for o, p in parts
        if _has_role(p, roles) and len(p.split()) <= 16
    ]


def _np_left(doc: Doc, end_tok: int, allow_det_stop: bool = True) -> int | None:
    """Index of the first token of the title-like phrase ending at token ``end_tok``."""
    i = end_tok
    first = None
    while i >= 0:
        t = doc[i]
        low = t.lower_
        if t.is_sent_start and i != end_tok and first is not None and low not in ("the", "a", "an"):
            # a sentence boundary: the sentence's first word may still belong to the title
            if t.pos_ in ("VERB", "AUX", "ADP", "ADV", "PRON", "SCONJ", "CCONJ"):
                break
            first = i
            break
        if low in ("the", "a", "an", "that", "this", "its", "his", "her", "their") and t.pos_ in (
            "DET",
            "PRON",
        ):
            first = i
            # "The Chief of the Polish General Staff": the article of an inner "of"-phrase
            if i >= 2 and doc[i - 1].lower_ in ("of", "for") and doc[i - 2].pos_ in ("NOUN", "PROPN"):
                i -= 2
                continue
            break
        if t.text in ("'s", "’s"):
            i -= 1
            continue
        if i > 0 and not t.is_punct and _inner_hyphen(doc[i - 1]):
            first = i  # "state-run", "Kremlin-backed": the last part of a hyphenated word
            i -= 1
            continue
        if low in ("of", "for", "on") and i < end_tok:
            i -= 1
            continue
        if (
            low == "and"
            and first == i + 1
            and i > 0
            and _is_role(doc[i + 1].text)
            and doc[i - 1].is_title
            and doc[i - 1].ent_type_ not in ("PERSON", "GPE", "NORP")
        ):
            i -= 1  # "Undersecretary of State and Spokesperson": one title holding two offices
            continue
        if first is not None and (_inner_hyphen(t) or _inner_hyphen(doc[i + 1])):
            first = i  # "Commander-in-Chief", "Director-General": one word in several tokens
            i -= 1
            continue
        if (
            first is not None
            and t.text == ")"
            and i >= 2
            and doc[i - 2].text == "("
            and doc[i - 1].text.isupper()
        ):
            i -= 3  # "Inter-Services Public Relations (ISPR) Director-General": the short form
            continue
        if t.pos_ in ("PROPN", "NOUN", "ADJ", "NUM") or (
            t.text[:1].isupper() and t.pos_ not in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ", "PRON", "SCONJ")
        ):
            if t.ent_type_ == "DATE" or (t.like_num and not (t.is_title and t.is_alpha and i < end_tok)):
                break  # a number ends the title, a capitalised ordinal opens one ("First Officer")
            first = i
            i -= 1
            continue
        break
    if first is None:
        return None
    while first <= end_tok and (doc[first].lower_ in ("of", "for", "on") or _inner_hyphen(doc[first])):
        first += 1
    return first if first <= end_tok else None


def _inner_hyphen(t) -> bool:
    """A hyphen inside a word (no space on either side): "Commander-in-Chief"."""
    doc = t.doc
    return t.text in ("-", "‐") and not t.whitespace_ and t.i > 0 and not doc[t.i - 1].whitespace_


def _role_tail_ok(words: list[str], roles: frozenset[str] = ROLE_NOUNS, comma: bool = False) -> bool:
    """The phrase ends with a role noun, or a role noun then "of/for Capitalised ...". Set off
    by a comma before the name, the "of" phrase may be in lower case ("Zelensky's chief of
    staff, Andriy Yermak", "The governor of the far-north Irkutsk region, Igor Kobzev"): the
    comma apposition is evidence enough."""
    idx = [i for i, w in enumerate(words) if _is_role(w, roles)]
    if not idx:
        return False
    tail = words[idx[-1] + 1 :]
    if comma and tail and tail[0].lower() in ("of", "for") and len(tail) <= 7:
        return True
    return all(w.lower() in ("of", "for", "on", "the") or w[:1].isupper() for w in tail)


def _title(
    doc: Doc, name: tuple[int, int], end: int, comma: bool, name_len: int, roles: frozenset[str] = ROLE_NOUNS
) -> LabelCandidate | None:
    """The title-like phrase ending at token ``end`` before a name, if it is a label."""
    if end < 0:
        return None
    first = _np_left(doc, end)
    if first is None:
        return None
    toks = doc[first : end + 1]
    words = toks.text.split()
    if not _role_tail_ok(words, roles, comma):
        return None
    if not comma:
        bare = len([t for t in toks if t.lower_ not in ("the", "a", "an")]) < 2
        if bare and (name_len < 2 or toks[-1].lower_ not in roles):
            # A one-word title is a label only where it introduces the person by full name
            # ("President Vasyl Hrytsenko"): that is the outlet's choice of how to present
            # them. Before a bare surname ("President Putin") it is a form of address on a
            # later mention, and "Mr."/"Dr." are never labels (not role nouns).
            return None
    return LabelCandidate(toks.text, (toks.start_char, toks.end_char), name)


def _names_other_person(doc: Doc, cand: LabelCandidate | None, names: list[tuple[int, int]]) -> bool:
    """A candidate that holds another person's name is a list of people ("Foreign Minister
    Sergey Lavrov, Defense Minister Andrey Belousov"), not a description; a possessor is
    fine ("Putin’s spokesman Dmitry Peskov")."""
    if cand is None:
        return False
    text = doc_text(doc)
    own = cand.name_span
    for s, e in names:
        if s < own[1] and own[0] < e:
            continue
        if cand.span[0] <= s and e <= cand.span[1] and text[e : e + 2] not in ("'s", "’s"):
            return True
    return False


GOVERNING_POS = ("VERB", "AUX", "ADP", "SCONJ")


def _governed(doc: Doc, cand: LabelCandidate) -> bool:
    """The phrase before the comma is the object of a sentence-opening verb or preposition
    ("Echoing the minister,", "According to the spokesman,", "Like the general,"), not an
    apposition to the name after it. Inside a sentence the same shape is an apposition ("met
    that country's leader, Irakli Beridze")."""
    first = doc.char_span(cand.span[0], cand.span[1], alignment_mode="expand")
    if first is None or first.start == 0:
        return False
    gov = doc[first.start - 1]
    if gov.pos_ not in GOVERNING_POS:
        return False
    start = gov.sent.start
    return gov.i == start or (gov.i == start + 1 and doc[start].pos_ in GOVERNING_POS)


def _office_between(
    doc: Doc, name: tuple[int, int], comma: int, name_len: int, roles: frozenset[str]
) -> LabelCandidate | None:
    """ "Spokesperson, MEA, Raveesh Kumar": a role, then the office's short name, each set off
    by a comma before the name; the label is both."""
    if comma < 3 or doc[comma - 2].text != "," or not (doc[comma - 1].ent_type_ == "ORG" or doc[comma - 1].text.isupper()):
        return None
    cand = _title(doc, name, comma - 3, True, name_len, roles)
    if cand is None:
        return None
    end = doc[comma - 1]
    start = cand.span[0]
    return LabelCandidate(doc_text(doc)[start : end.idx + len(end)], (start, end.idx + len(end)), name)


def _before(
    doc: Doc, name: tuple[int, int], names: list[tuple[int, int]], roles: frozenset[str] = ROLE_NOUNS
) -> list[LabelCandidate]:
    span = doc.char_span(name[0], name[1], alignment_mode="expand")
    if span is None or span.start == 0:
        return []
    i = span.start - 1
    # skip honorifics between the label and the name ("..., General Wiesław Kukuła")
    while (
        i >= 0
        and doc[i].lower_ in HONORIFICS
        and doc[i].text[:1].isupper()
        and doc[i].lower_ not in ("the", "former")
    ):
        i -= 1
    comma = i >= 0 and doc[i].text == ","
    if comma:
        raw = doc_text(doc)[name[1] : name[1] + 8]
        nxt = raw.lstrip()
        closed = (nxt and nxt[0] in ",.)") or raw.startswith("\n") or AND_NEXT.match(raw) is not None
        if not closed and i == span.start - 1:
            # "In Minsk, Lukashenko said": no apposition unless the name is closed off (by
            # punctuation, the end of a line, as in a caption, or "and" before the next one of
            # a list: "the nation's top military official, X and Y, the commander of ..."), or
            # a rank stands between
            # ("spokesperson Pakistan Armed Forces, Major General X said")
            return []
        cand = _title(doc, name, i - 1, True, len(span), roles)
        if cand is None:
            cand = _office_between(doc, name, i, len(span), roles)
        if cand is not None and _governed(doc, cand):
            return []  # "Echoing the minister, President Ruiz said": the minister is someone else
        if cand is not None and not _names_other_person(doc, cand, names):
            return [cand]
        if i == span.start - 1:
            return []
        # a list of people: the title right before this name is its label ("..., Defense
        # Minister Andrey Belousov, ...")
    end = span.start - 1
    if end >= 3 and doc[end].text == ")" and doc[end - 2].text == "(" and doc[end - 1].text.isupper():
        end -= 3  # "Chief Commander of the Guards Corps (IRGC) Hossein Salami": the short form
    cand = _title(doc, name, end, False, len(span), roles)
    return [cand] if cand is not None and not _names_other_person(doc, cand, names) else []


AND_NEXT = re.compile(r"\s+and\s+[A-Z]")
NEXT_NAME = re.compile(r"\s*(?:\([A-Z]{2,8}\)\s*)?")


def _titles_next_name(doc: Doc, cand: LabelCandidate, names: list[tuple[int, int]]) -> bool:
    """A phrase after a name in a list of people is the next person's title when another name
    follows it directly ("Mohammad Bagheri, Chief Commander of the Guards Corps (IRGC)
    Hossein Salami, ..."): it is that person's label, not the first one's."""
    gap = NEXT_NAME.match(doc_text(doc), cand.span[1])
    at = gap.end() if gap else cand.span[1]
    return any(s == at for s, _e in names if s != cand.name_span[0])


def find_label_candidates(
    doc: Doc, names: list[tuple[int, int]], roles: frozenset[str] = ROLE_NOUNS
) -> list[LabelCandidate]:
    """All label candidates around the given name spans, deduplicated by span: person names
    with role nouns (the default), organisation names with ``ORG_NOUNS`` ("local broadcaster
    Geo News", "its armed wing, the People's Defense Force")."""
    seen: set[tuple[int, int]] = set()
    out: list[LabelCandidate] = []
    for name in sorted(set(names)):
        after = [
            c for c in _after(doc, name, roles)
            if not _names_other_person(doc, c, names) and not _titles_next_name(doc, c, names)
        ]
        for cand in after + _before(doc, name, names, roles):
            if cand.span in seen or any(s <= cand.span[0] and cand.span[1] <= e for s, e in names):
                continue
            seen.add(cand.span)
            out.append(cand)
    return out


def role_and_country(
    doc: Doc, span: tuple[int, int], text: str, prev_country: str | None
) -> tuple[str | None, str | None]:
    """The role noun of a label ("envoy") and the country its modifiers name, if any."""
    words = re.findall(r"[\w.’']+", text[span[0] : span[1]])
    role_i = next((i for i, w in enumerate(words) if w.strip(".’'").lower() in ROLE_NOUNS), None)
    if role_i is None:
        return None, None
    country = None
    for w in words[:role_i]:
        base = w.rstrip("’'s") if w.endswith(("’s", "'s")) else w
        if fold(base) == "country":
            country = prev_country
        p = country_name(base) or demonym(base)
        if p is not None and p.iso3:
            country = p.iso3
            break
    if country is None and len(words) > role_i + 2 and words[role_i + 1] == "of":
        # "President of Belarus", "Chief of the Polish General Staff" (not "ambassador to X")
        for w in words[role_i + 2 :]:
            p = country_name(w) or demonym(w)
            if p is not None and p.iso3:
                country = p.iso3
                break
    return words[role_i].strip(".’'").lower(), country
