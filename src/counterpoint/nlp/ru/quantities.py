"""Russian counted amounts with their counted noun, in ``records.Quantity``: "14
политзаключенных", "до 5 тысяч военных" (5000, qualifier "up to"), "от 3 до 5 тысяч",
"около 200 человек", "десятки задержанных" (vague: 24, "dozens").

Why token rules on Natasha's tags: the counted noun follows the number in the genitive
(directly, after a multiplier "тысяч", or after adjectives), which the tags show; years,
days of a date and percentages are not counts of anything an event involves and are left out
(as in English). ``unit`` is the counted noun's English gloss when listed, else its lemma,
so inflected forms compare equal.
The qualifiers and multipliers are the data in ``data/ru/words.json``.
"""

from __future__ import annotations

import bisect
import re

from ...records import Quantity
from .base import RuDoc, Tok, data

_NUM = re.compile(r"^\d{1,3}(?:[ \u00a0]\d{3})+$|^\d+(?:[.,]\d+)?$")


def _number(t: Tok) -> float | int | None:
    if _NUM.match(t.text):
        v = float(re.sub(r"[ \u00a0]", "", t.text).replace(",", "."))
        return int(v) if v.is_integer() else v
    return data("words")["number_words"].get(t.lemma)


def _qualifier(rd: RuDoc, i: int) -> tuple[str | None, int]:
    """The qualifier words before token ``i`` ("до", "не менее", "по меньшей мере") and
    the index where they start."""
    quals: dict[str, str] = data("words")["qualifiers"]
    for n in (3, 2, 1):
        if i - n < 0:
            continue
        words = " ".join(t.lower for t in rd.toks[i - n : i])
        if words in quals and rd.toks[i - n].sent == rd.toks[i].sent:
            return quals[words], i - n
    return None, i


def _counted(rd: RuDoc, j: int) -> tuple[Tok | None, int]:
    """The counted noun at or after ``j`` (adjectives skipped) and the index after it."""
    toks = rd.toks
    k = j
    while k < len(toks) and toks[k].pos == "ADJ" and toks[k].sent == toks[j - 1].sent:
        k += 1
    if k < len(toks) and toks[k].sent == toks[j - 1].sent and (
        toks[k].pos in ("NOUN", "PROPN") or toks[k].feats.get("VerbForm") == "Part"
    ):
        return toks[k], k + 1
    return None, j


def counted_unit(t: Tok) -> str:
    """The counted noun in English when ``unit_glosses`` knows it (so counts compare with
    English reports), else its lemma; a participle used as a noun ("протестующих") is looked
    up by its form, since Natasha's lemma for it is the verb."""
    key = t.lower if t.pos == "VERB" else t.lemma
    return data("words")["unit_glosses"].get(key, key)


def find_quantities(rd: RuDoc, date_spans: list[tuple[int, int]]) -> list[Quantity]:
    w = data("words")
    multipliers, vague, not_counted = w["multipliers"], w["vague_amounts"], set(w["not_counted"])
    months = set(w["months"])
    toks = rd.toks
    out: list[Quantity] = []
    in_date: set[int] = set()
    for s, e in date_spans:
        k = bisect.bisect_left(rd._starts(), s)
        while k < len(toks) and toks[k].start < e:
            in_date.add(k)
            k += 1
    i = 0
    while i < len(toks):
        t = toks[i]
        if i in in_date:
            i += 1
            continue
        value = _number(t)
        if value is None and t.lemma in vague and t.feats.get("Number") == "Plur" and t.pos == "NOUN":
            noun, end = _counted(rd, i + 1)
            if noun is not None and noun.lemma not in not_counted:
                qual_start = i - 1 if i > 0 and toks[i - 1].lemma in ("несколько", "много") else i
                v, q = vague[t.lemma]
                s, e = toks[qual_start].start, toks[end - 1].end
                out.append(Quantity(rd.doc_id, v, counted_unit(noun), True, rd.text[s:e], (s, e), None, q))
                i = end
                continue
        if value is None or t.lemma in ("один",) and not _NUM.match(t.text):
            i += 1
            continue
        qualifier, q_start = _qualifier(rd, i)
        j = i + 1
        value_max = None
        # "от 3 до 5 тысяч": a range
        if q_start == i - 1 and toks[i - 1].lower == "от":
            qualifier = None
        if j + 1 < len(toks) and toks[j].lower in ("до", "-", "–", "—") and _number(toks[j + 1]) is not None:
            value_max, j = _number(toks[j + 1]), j + 2
            if q_start == i and i > 0 and toks[i - 1].lower == "от":
                q_start = i - 1
        if j < len(toks) and toks[j].lemma in multipliers:
            mult = multipliers[toks[j].lemma]
            value = value * mult
            value_max = value_max * mult if value_max is not None else None
            j += 1
            if j < len(toks) and toks[j].text == ".":
                j += 1
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        noun, end = _counted(rd, j)
        if noun is None or noun.lemma in not_counted or noun.lemma in months or noun.text == "%":
            i = j
            continue
        if q_start < i and toks[q_start].lower == "от" and value_max is None:
            q_start = i
        s, e = toks[q_start].start, toks[end - 1].end
        out.append(Quantity(rd.doc_id, value, counted_unit(noun), qualifier is not None and qualifier != "only",
                            rd.text[s:e], (s, e), value_max, qualifier))
        i = end
    return out
