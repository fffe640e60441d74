"""TempEval-3 platinum: timex extraction and normalisation scored as the official scorer does.

Data: ``shared/data/tempeval3_platinum`` -- ``TE3-platinum-test-input/*.TE3input`` (raw text
with the document creation time, DCT) and ``te3-platinum/*.tml`` (gold TIMEX3).
``cp_dates`` runs over each input's TEXT with the DCT as anchor.

Metrics (TE3, UzZaman et al. 2013; ``scorer-docs``):

* ``strict_*``: a system timex matches a gold one with exactly the same extent;
* ``relaxed_*``: extents overlap. Precision counts system timexes that match some gold one,
  recall gold timexes matched by some system one (as the official scorer does);
* ``value_f1`` / ``type_f1``: attribute F1 = relaxed F1 x attribute accuracy over the
  relaxed-matched pairs, i.e. P = correct/system, R = correct/gold.

The official scorer compares token extents after its own tokenisation; we compare character
extents with surrounding whitespace and punctuation trimmed, which is equivalent except for
tokenisation edge cases. TimeML annotates each end of a range as its own TIMEX3, so a range
DateValue ("2009-2010") is scored as its two ends; a DateValue with ``value=None`` counts
for extents but never has a correct value.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ..errors import CounterpointError, E
from ..records import DateValue

DATA = Path("data") / "tempeval3_platinum"
_TRIM = " \t\n\r.,;:!?\"'()[]"


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    value: str | None
    type: str


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def read_gold(path: Path) -> tuple[str, str, list[Timex]]:
    """(TEXT content, DCT value, gold timexes with character offsets into the TEXT)."""
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    text_el = root.find("TEXT")
    if dct is None or text_el is None:
        raise ValueError(f"{path.name}: no DCT or TEXT")
    parts: list[str] = [text_el.text or ""]
    timexes: list[Timex] = []
    pos = len(parts[0])
    for el in text_el.iter():
        if el is text_el:
            continue
        inner = "".join(el.itertext()) if el.tag != "TIMEX3" else (el.text or "")
        if el.tag == "TIMEX3":
            s, e = _trim(inner, 0, len(inner))
            timexes.append(Timex(pos + s, pos + e, el.get("value"), (el.get("type") or "").upper()))
        if len(el) == 0:  # leaf: its text and tail follow in order
            parts.append(inner)
            pos += len(inner)
        tail = el.tail or ""
        parts.append(tail)
        pos += len(tail)
    return "".join(parts), dct.get("value") or "", timexes


def _docid(path: Path) -> str:
    el = ET.parse(path).getroot().find("DOCID")
    return (el.text or "").strip() if el is not None and el.text else path.name.split(".")[0]


def read_input(path: Path) -> tuple[str, str]:
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    text_el = root.find("TEXT")
    return ("".join(text_el.itertext()) if text_el is not None else ""), (
        dct.get("value") if dct is not None else ""
    ) or ""


def system_timexes(text: str, dates: list[DateValue]) -> list[Timex]:
    """Our DateValues as TIMEX3s; a range becomes its two ends (TimeML annotates both)."""
    import re

    out: list[Timex] = []
    for dv in dates:
        if dv.span is None:
            continue
        s, e = _trim(text, *dv.span)
        typ = (dv.kind or "date").upper()
        if dv.end is not None:
            seg = text[s:e]
            m = re.search(r"\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b)\s*", seg)
            lead = re.match(r"(?i:from|between)\s+", seg)
            if m:
                s0 = s + (lead.end() if lead else 0)
                out.append(Timex(*_trim(text, s0, s + m.start()), dv.value, typ))
                out.append(Timex(*_trim(text, s + m.end(), e), dv.end, typ))
                continue
        out.append(Timex(s, e, dv.value, typ))
    return out


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(pairs: list[tuple[list[Timex], list[Timex]]]) -> dict[str, float]:
    """TE3 timex metrics over (gold, system) lists, one pair per document."""
    n_gold = n_sys = 0
    strict_g = strict_s = relaxed_g = relaxed_s = value_ok = type_ok = 0
    for gold, system in pairs:
        n_gold += len(gold)
        n_sys += len(system)

        def overlaps(a: Timex, b: Timex) -> bool:
            return a.start < b.end and b.start < a.end

        strict_g += sum(any((g.start, g.end) == (s.start, s.end) for s in system) for g in gold)
        strict_s += sum(any((g.start, g.end) == (s.start, s.end) for g in gold) for s in system)
        relaxed_g += sum(any(overlaps(g, s) for s in system) for g in gold)
        relaxed_s += sum(any(overlaps(g, s) for g in gold) for s in system)
        # Attribute accuracy over one-to-one relaxed pairs, best overlap first.
        cands = sorted(
            ((min(g.end, s.end) - max(g.start, s.start), i, j) for i, g in enumerate(gold)
             for j, s in enumerate(system) if overlaps(g, s)),
            reverse=True,
        )  # fmt: skip
        used_g: set[int] = set()
        used_s: set[int] = set()
        for _, i, j in cands:
            if i in used_g or j in used_s:
                continue
            used_g.add(i)
            used_s.add(j)
            value_ok += gold[i].value is not None and gold[i].value == system[j].value
            type_ok += gold[i].type == system[j].type
    m: dict[str, float] = {}
    for name, hit_s, hit_g in (("strict", strict_s, strict_g), ("relaxed", relaxed_s, relaxed_g),
                               ("value", value_ok, value_ok), ("type", type_ok, type_ok)):  # fmt: skip
        p = hit_s / n_sys if n_sys else 0.0
        r = hit_g / n_gold if n_gold else 0.0
        m[f"{name}_precision"], m[f"{name}_recall"], m[f"{name}_f1"] = p, r, _f1(p, r)
    m["gold"], m["system"] = float(n_gold), float(n_sys)
    return m


@functools.lru_cache(maxsize=1)
def _nlp():  # type: ignore[no-untyped-def]
    from ..nlp.pipeline import build_pipeline

    return build_pipeline(["cp_dates"])


def run(shared: Path) -> list[tuple[str, str, list[Timex], list[Timex]]]:
    """(name, text, gold, system) for every platinum document."""
    base = Path(shared) / DATA
    gold_dir, input_dir = base / "te3-platinum", base / "TE3-platinum-test-input"
    if not gold_dir.is_dir() or not input_dir.is_dir():
        raise CounterpointError(E.E031, path=base)
    nlp = _nlp()
    out = []
    inputs = {_docid(p): p for p in input_dir.glob("*.TE3input")}  # one file name differs in spelling
    for gold_path in sorted(gold_dir.glob("*.tml")):
        gold_text, dct, gold = read_gold(gold_path)
        in_path = inputs.get(_docid(gold_path))
        text, in_dct = read_input(in_path) if in_path is not None else (gold_text, dct)
        if text != gold_text:  # offsets must agree; the gold text is the reference
            text = gold_text
        doc = nlp.make_doc(text)
        doc._.cp_doc_id = gold_path.stem
        doc._.cp_published = in_dct or dct
        doc = nlp(doc)
        out.append((gold_path.stem, text, gold, system_timexes(text, doc._.cp_dates)))
    return out


def evaluate(shared: Path) -> dict[str, float]:
    """TE3 platinum timex scores: strict/relaxed/value/type F1 (+ precision and recall)."""
    return score([(gold, system) for _, _, gold, system in run(Path(shared))])


def errors(shared: Path, meantime: bool = False) -> list[str]:
    """Readable misses, spurious timexes and wrong values, for iterating on the rules
    (TE3 platinum, or MEANTIME with ``meantime=True``)."""
    lines = []
    for name, text, gold, system in (run_meantime if meantime else run)(Path(shared)):
        for g in gold:
            hits = [s for s in system if s.start < g.end and g.start < s.end]
            if not hits:
                lines.append(f"{name}\tMISS\t{text[g.start : g.end]!r}\t{g.value}\t{g.type}")
            elif all(h.value != g.value for h in hits):
                h = hits[0]
                lines.append(
                    f"{name}\tVALUE\t{text[g.start : g.end]!r}\tgold={g.value}\tsys={h.value}\t{text[h.start : h.end]!r}"
                )
        for s in system:
            if not any(s.start < g.end and g.start < s.end for g in gold):
                lines.append(f"{name}\tSPURIOUS\t{text[s.start : s.end]!r}\t{s.value}")
    return lines


# --------------------------------------------------------------------------- MEANTIME

MEANTIME = Path("data") / "meantime_en" / "intra_cross-doc_annotation"
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "n't", "'", "'re", "'ve", "'ll", "'d"}
_NO_SPACE_AFTER = {"(", "[", "$", "#"}
MEANTIME_SENTENCES = 5  # last sentence index with TIMEX3 annotation (0 = title, 1 = date line)


def read_meantime(path: Path) -> tuple[str, str, list[Timex]]:
    """(text, DCT value, gold timexes) from one MEANTIME (NAF-style) file.

    MEANTIME stores tokens, not text, so the text is rebuilt: tokens joined by a space except
    before closing punctuation and after opening brackets, one line per sentence (the title,
    then the date line, then the body). The creation-time TIMEX3 is the DCT, not a gold timex;
    TIMEX3s without tokens (implicit times) have no extent and are skipped. MEANTIME writes
    decades as ``197``; they are compared as TimeML's ``197X``. Time expressions are only
    annotated in the title, the date line and the first four sentences (no TIMEX3 in the
    corpus lies beyond sentence 5), so the text stops there: scoring later sentences would
    count every correct date in them as spurious."""
    root = ET.parse(path).getroot()
    pieces: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos, sentence, prev = 0, None, ""
    for tok in root.iter("token"):
        if int(tok.get("sentence") or 0) > MEANTIME_SENTENCES:
            continue
        word = tok.text or ""
        sep = ""
        if sentence is not None and tok.get("sentence") != sentence:
            sep = "\n"
        elif pieces and word not in _NO_SPACE_BEFORE and prev not in _NO_SPACE_AFTER:
            sep = " "
        pieces.append(sep + word)
        pos += len(sep)
        offsets[tok.get("t_id") or ""] = (pos, pos + len(word))
        pos += len(word)
        sentence, prev = tok.get("sentence"), word
    dct, gold = "", []
    for el in root.iter("TIMEX3"):
        ids = [a.get("t_id") for a in el.iter("token_anchor") if a.get("t_id") in offsets]
        if el.get("functionInDocument") == "CREATION_TIME":
            dct = el.get("value") or ""
            continue
        if not ids:
            continue
        value = el.get("value")
        if value is not None and len(value) == 3 and value.isdigit():
            value += "X"
        start = min(offsets[i][0] for i in ids)  # type: ignore[index]
        end = max(offsets[i][1] for i in ids)  # type: ignore[index]
        gold.append(Timex(start, end, value, (el.get("type") or "").upper()))
    text = "".join(pieces)
    if not dct[:4].isdigit():  # a missing or malformed CREATION_TIME: read the date line's
        from ..nlp.timex_rules import normalize

        lines = text.split("\n")
        dv = normalize(lines[1], None) if len(lines) > 1 else None
        dct = dv.value or "" if dv is not None and dv.precision == "day" else ""
    return text, dct, gold


def run_meantime(shared: Path) -> list[tuple[str, str, list[Timex], list[Timex]]]:
    """(name, text, gold, system) for every English MEANTIME document, the DCT as anchor.
    System timexes on the date line itself (the DCT as printed) are dropped, as TE3 does."""
    base = Path(shared) / MEANTIME
    files = sorted(base.glob("*/*.xml"))
    if not files:
        raise CounterpointError(E.E031, path=base)
    nlp = _nlp()
    out = []
    for path in files:
        text, dct, gold = read_meantime(path)
        doc = nlp.make_doc(text)
        doc._.cp_doc_id = path.stem
        doc._.cp_published = dct or None
        doc = nlp(doc)
        lines = text.split("\n")
        dct_line = (len(lines[0]) + 1, len(lines[0]) + 1 + len(lines[1])) if len(lines) > 1 else (0, 0)
        system = [
            t for t in system_timexes(text, doc._.cp_dates) if not (dct_line[0] <= t.start < dct_line[1])
        ]
        gold = [g for g in gold if not (dct_line[0] <= g.start < dct_line[1])]
        out.append((path.stem, text, gold, system))
    return out


def evaluate_meantime_timex(shared: Path) -> dict[str, float]:
    """Out-of-sample check on MEANTIME (English Wikinews): the TE3 metrics of :func:`score`
    (strict/relaxed/value/type F1 with precision and recall) over its TIMEX3 annotations."""
    return score([(gold, system) for _, _, gold, system in run_meantime(Path(shared))])


if __name__ == "__main__":
    import sys

    shared_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared")
    if "--errors" in sys.argv:
        print("\n".join(errors(shared_dir, "--meantime" in sys.argv)))
    scores = evaluate_meantime_timex(shared_dir) if "--meantime" in sys.argv else evaluate(shared_dir)
    for k, v in scores.items():
        print(f"{k}\t{v:.4f}")
