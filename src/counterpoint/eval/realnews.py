"""Score the whole product on real coverage against the facts-only gold (docs/realnews-gold.md).

``counterpoint eval realnews --texts DIR [--split dev|heldout|all]`` reads the story files in
``data/realnews/*.facts.json``, opens only the texts of the chosen split (held-out texts stay
closed unless asked for), checks each text's sha256 against the gold, runs what
``counterpoint analyze`` runs (ingest's plain-text reader, analysis into an in-memory store,
alignment) and compares the contract export with the gold. Each split is its own corpus, so
the stories of one split never help or hurt the grouping of the other.

Matching rules (the scorer's, written down so a number can be argued with):

* **Events.** A system event matches a gold event of the same document when its sentence span
  (its clause span when it has none) overlaps the gold event's span or one of its ``also`` spans,
  and its type is compatible (:func:`event_compatible`, tables in
  ``data/realnews_matching.json``): the same PLOVER category or a listed confusable pair; with
  no PLOVER category on the gold side, a general kind that fits (a crash typed ASSAULT is not a
  match). Main-event recall counts gold ``main`` events with at least one match. Precision
  counts system events that match no gold event of their document as false positives, except
  events the system itself marks negated or hypothetical (the export keeps them, flagged, as
  the seeds scorer does); those are listed apart. ``event_precision_any_type`` counts a system
  event as right wherever a gold event is, whatever its type: the gap between the two
  precisions is typing, the rest is events that are not there.
* **Dates**, on matched gold events that have a date: right when some matched system event
  carries the gold date at the gold's precision (a more precise system date is cut to it) and
  no matched system event carries a different one (a date that is another matched gold event's
  date belongs to that event). ``dated_event_recall`` is the stricter figure: right dates over
  every dated gold event, found or not.
* **Quotes.** A system quote (direct or partial; a scare quote is not a quote) matches a gold
  quote by span overlap. The speaker is right when the system speaker resolves to the gold
  speaker through the story's ``actors`` aliases (folded case and accents, titles stripped,
  then counterpoint's own person-name matching when exactly one gold person fits). Speaker
  accuracy is over gold quotes with a speaker; a quote not found is a wrong speaker.
* **Labels.** A gold label is found when a system label in the same document belongs to an
  actor that resolves to the gold actor and one label contains the other (whole words,
  case- and whitespace-insensitive).
* **Discrepancies.** Flags are system discrepancies of kind ``conflict`` or ``disputed`` (a
  missing kind is v1's ``conflict``); ``scope``, ``unverified`` and ``note`` are notes, neither
  matched nor counted as false positives. A flag matches a gold discrepancy (conflict or
  disputed, either way round; kind agreement is reported apart) when its field is the gold
  field (``data/realnews_matching.json``) and it holds, for two gold entries with different
  values, a value of the same document compatible with each gold value. Matching is one to one
  (a maximum matching): a flag raised once answers one gold discrepancy, even where the gold
  lists the same values for several events.
* **Stories**: pairwise precision, recall and F1 over the split's documents; two documents are
  together in the system when they share a story.

A document whose analysis errors (an error document, or an exception out of the pipeline) is a
crash: counted, listed, and its gold is missed. A document refused for its language (``E009``)
is counted as ``refused``, not as a crash; its gold is missed too.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from ..records import EVENT_TYPES, Document

GOLD_DIR = Path(__file__).resolve().parents[1] / "data" / "realnews"
RULES = json.loads((Path(__file__).resolve().parents[1] / "data" / "realnews_matching.json").read_text("utf-8"))
SPLITS = ("dev", "heldout")
# Russian-language stories (``"language": "ru"`` in their file) are scored in their own blocks,
# each Russian story analysed together with the English story it ``pairs_with``.
LANG_SPLITS = ("dev-ru", "heldout-ru")
FLAG_KINDS = frozenset({"conflict", "disputed"})
ABSENT = ("realnews texts not found at {dir} (third-party texts are not in the repository; "
          "see docs/realnews-gold.md)")

# The headline numbers, in the order the CLI prints them; ``eval_floors.json`` keys them.
HEADLINE = ("main_event_recall", "event_precision", "date_accuracy", "quote_speaker_accuracy", "label_recall",
            "discrepancy_recall", "discrepancy_precision", "story_pairwise_f1", "crashes")


REPO_TEXTS = Path(__file__).resolve().parents[3] / "realnews" / "texts"


def default_texts() -> Path:
    """Where the texts are when ``--texts`` is not given: $COUNTERPOINT_REALNEWS_TEXTS, else
    ``realnews/texts`` in the working directory or beside the repository's ``src`` (the
    latter is also what the skip message names when neither exists)."""
    env = os.environ.get("COUNTERPOINT_REALNEWS_TEXTS")
    if env:
        return Path(env)
    here = Path.cwd() / "realnews" / "texts"
    return here if here.is_dir() else REPO_TEXTS


# --------------------------------------------------------------------------- text helpers


def fold(text: str) -> str:
    """Lower case, accents and curly quotes folded, whitespace collapsed."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


# Russian inflects what English does not: the gold writes a label as the text has it
# ("российским диктатором"), the system in the nominative ("российский диктатор"). A Cyrillic
# word is compared by its first letters, enough to tell words apart and to cover the endings.
CYRILLIC_STEM = 5


def _words(text: str) -> list[str]:
    return [w[:CYRILLIC_STEM] if re.search(r"[\u0400-\u04FF]", w) else w
            for w in re.findall(r"[^\W_]+(?:'[^\W_]+)?", fold(text))]


def contains_words(a: str, b: str) -> bool:
    """One string's words appear, in order and contiguous, in the other's (either way)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def overlaps(a: Iterable[int] | None, b: Iterable[int] | None) -> bool:
    if not a or not b:
        return False
    (s1, e1), (s2, e2) = a, b
    return s1 < e2 and s2 < e1


_NUMBER_WORDS = {w: float(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_NUMBER_WORDS |= {w: float(10 * i) for i, w in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)}


def _numbers(text: str) -> list[float]:
    """The numbers a gold or system value writes, in digits or as a plain English number word
    ("some ten shot down" is 10), in the order they stand."""
    found = [(m.start(), float(m.group().replace(",", ""))) for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", text)]
    for m in re.finditer(r"[A-Za-z]+(?:-[A-Za-z]+)?", text):
        parts = m.group().lower().split("-")
        if all(w in _NUMBER_WORDS for w in parts) and (len(parts) == 1 or _NUMBER_WORDS[parts[0]] >= 20 > _NUMBER_WORDS[parts[1]]):
            found.append((m.start(), sum(_NUMBER_WORDS[w] for w in parts)))
    return [v for _, v in sorted(found)]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- gold


@dataclass
class GoldDoc:
    """One annotated document of a story, with where its text is and how it was read."""

    id: str
    story: str
    split: str
    meta: dict
    gold: dict
    text: str | None = None
    offset: int = 0  # where the analysed body starts in the text (a title line is not body)
    system_id: str | None = None
    problem: str | None = None  # why it was not analysed (hash mismatch, missing text)


@dataclass
class Story:
    id: str
    split: str
    data: dict
    docs: list[GoldDoc] = field(default_factory=list)


def story_language(data: dict) -> str:
    """A story file's language: its ``language`` field, English when absent (the English sets
    predate the field; a single French text in an English story does not make it French)."""
    return str(data.get("language") or "en")


def split_language(split: str) -> tuple[str, str]:
    """``dev-ru`` -> (``dev``, ``ru``); ``dev`` -> (``dev``, ``en``)."""
    base, _, lang = split.partition("-")
    return base, lang or "en"


def load_stories(gold_dir: Path = GOLD_DIR, split: str = "dev", language: str | None = "en") -> list[Story]:
    """The story files whose split is ``split`` (``all``: every split) and whose language is
    ``language`` (None: any). Only their gold is kept. English is the default so that adding a
    Russian story file never changes what the English block scores."""
    stories = []
    for path in sorted(Path(gold_dir).glob("*.facts.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        s = data.get("split")
        if split != "all" and s != split:
            continue
        if language is not None and story_language(data) != language:
            continue
        story = Story(data.get("story") or path.name.split(".")[0], s, data)
        for meta in data.get("documents", []):
            story.docs.append(GoldDoc(meta["id"], story.id, s, meta, data.get("gold", {}).get(meta["id"], {})))
        stories.append(story)
    return stories


def read_texts(stories: list[Story], texts: Path) -> list[tuple[GoldDoc, Document]]:
    """Documents for the gold documents whose text is present and unchanged (sha256 of the exact
    UTF-8 bytes). The text goes through ingest's plain-text reader, as a file given to
    ``analyze`` does; gold spans index the whole text, so the body's offset in it is kept."""
    from ..ingest.text import parse_plain

    out = []
    for story in stories:
        for g in story.docs:
            path = Path(texts) / f"{g.id}.txt"
            if not path.is_file():
                g.problem = f"text missing: {path}"
                continue
            raw_bytes = path.read_bytes()
            want = (g.meta.get("text_sha256") or "").lower()
            got = hashlib.sha256(raw_bytes).hexdigest()
            if want != got:
                g.problem = (f"sha256 mismatch: {path} has {got[:16]}..., the gold was annotated on "
                             f"{want[:16] or '(none given)'}...; document skipped")
                continue
            g.text = raw_bytes.decode("utf-8")
            doc = parse_plain(g.text, source=str(path), outlet=g.meta.get("outlet") or g.id, url=g.meta.get("url"))
            if doc.text:
                at = g.text.replace("\r\n", "\n").replace("\r", "\n").find(doc.text)
                g.offset = at if at >= 0 and "\r" not in g.text else 0
            if g.meta.get("outlet"):
                doc.outlet = g.meta["outlet"]
            if g.meta.get("published") and not doc.error:
                doc.published, doc.published_from, doc.published_partial = g.meta["published"], "metadata", None
            g.system_id = doc.id
            out.append((g, doc))
    return out


def gold_span_problems(g: GoldDoc) -> list[dict]:
    """Gold items whose ``span_sha256_16`` does not match the text: the annotation and the text
    disagree, so the item is reported (and still scored by its span)."""
    problems = []
    if g.text is None:
        return problems
    for what in ("events", "quotes", "numbers", "labels"):
        for item in g.gold.get(what, []):
            want, span = item.get("span_sha256_16"), item.get("span")
            if want and span and _sha(g.text[span[0] : span[1]])[:16] != want:
                problems.append({"doc": g.id, "span": span, "what": f"gold {what[:-1]} span hash differs from the text"})
    return problems


# --------------------------------------------------------------------------- the product run


def run_product(docs: list[Document], mentions: list | None = None) -> tuple[dict, dict[str, str]]:
    """Analyse into an in-memory store and align, as ``analyze`` does; returns the contract
    export and the crashed documents (system id -> one-line message). When ``mentions`` is a
    list, the aligned name mentions (doc, global actor id, text) are appended to it: the
    contract export lists actors and their aliases but not which document wrote which
    spelling, which the cross-language actor scores need.

    A document the pipeline turns into an error document is a crash. If an exception escapes
    the pipeline (one document bringing the batch down), each document is analysed alone to
    find which ones raise; they are crashes, and the others are run again without them."""
    from ..pipeline import analyze_into_store
    from ..store import Store

    crashes: dict[str, str] = {}
    with Store.open(":memory:") as store:
        try:
            analyze_into_store(store, docs, workers=1)
            return _with_errors(_export(store, mentions), crashes)
        except Exception:  # noqa: BLE001 - the batch died: find the documents that kill it
            pass
    from ..nlp import analyze_document, get_nlp

    nlp = get_nlp()
    good = []
    for d in docs:
        try:
            analyze_document(d, nlp)
            good.append(d)
        except Exception as err:  # noqa: BLE001 - a crash is what is being counted
            crashes[d.id] = f"{type(err).__name__}: {' '.join(str(err).split())}"[:300]
    with Store.open(":memory:") as store:
        analyze_into_store(store, good, workers=1)
        return _with_errors(_export(store, mentions), crashes)


def _export(store: Any, mentions: list | None) -> dict:
    """The contract export of an analysed store; name mentions copied out when asked for."""
    from ..export import contract

    result = store.load_result()
    if mentions is not None:
        mentions.extend(m for m in result.mentions if getattr(m, "kind", "name") == "name")
    return contract(result)


def is_refusal(error: str) -> bool:
    """An error document that is a refusal by design (``E009``: a language counterpoint does not
    analyse), not a failure: its gold is still missed, but it is counted as ``refused``."""
    return error.startswith("[E009]")


def _with_errors(export: dict, crashes: dict[str, str]) -> tuple[dict, dict[str, str]]:
    for d in export.get("documents", []):
        if d.get("error"):
            crashes.setdefault(d["id"], d["error"])
    return export, crashes


# --------------------------------------------------------------------------- matching rules

_CONFUSABLE = {frozenset(p) for p in RULES["plover_confusable"]["pairs"]}
_KIND_PLOVER: dict[str, list[str]] = RULES["kind_plover"]["map"]
_KIND_EQ: dict[str, list[str]] = RULES["kind_equivalent"]["map"]
_FIELDS: dict[str, str] = RULES["discrepancy_fields"]["map"]


def system_plover(e: dict) -> str | None:
    t = e.get("type") or e.get("plover")
    return t if t in EVENT_TYPES else None


def system_kind(e: dict) -> str | None:
    """The general kind of a system event (contract v2 ``kind``), when it gives one."""
    k = e.get("kind") or e.get("event_kind")
    return str(k).lower() if k else None


def event_compatible(g: dict, e: dict) -> bool:
    """Can system event ``e`` be gold event ``g``, by type? (See the module doc.)"""
    gp, gk = g.get("plover") or None, (g.get("kind") or "other").lower()
    sp, sk = system_plover(e), system_kind(e)
    kinds = {gk, *_KIND_EQ.get(gk, [])}
    if gp and sp:
        return sp == gp or frozenset((sp, gp)) in _CONFUSABLE
    if gp:  # the system gives a general kind only
        return sk in kinds
    if sp:  # a PLOVER category where the gold has none
        return sp in _KIND_PLOVER.get(gk, [])
    return sk is not None and (sk in kinds or gk == "other")


def event_spans(g: dict) -> list[list[int]]:
    return [g["span"], *g.get("also", [])] if g.get("span") else list(g.get("also", []))


def date_right(gold_date: str, system_dates: list[str | None]) -> bool:
    """Some system date equals the gold date at the gold's precision, and none differs."""
    n = len(gold_date)
    cut = [d[:n] for d in system_dates if d and len(d) >= n and re.match(r"^\d{4}", d)]
    return bool(cut) and all(c == gold_date for c in cut)


class Resolver:
    """System actor -> gold canonical name, through one story's ``actors`` table."""

    def __init__(self, actors: dict[str, dict]) -> None:
        from ..align.names import strip_titles

        self._strip = strip_titles
        self.table: dict[str, set[str]] = {}
        self.persons: list[tuple[str, str]] = []
        for canon, row in actors.items():
            for form in [canon, *row.get("aliases", [])]:
                for key in self._keys(form):
                    self.table.setdefault(key, set()).add(canon)
                if row.get("kind") == "person":
                    self.persons.append((canon, form))

    def _keys(self, form: str) -> list[str]:
        """The folded spelling, then the same without leading titles: "Ukrainian Armed Forces"
        names its own army before "armed forces" (the title list holds nationality words)
        names both armies of a story."""
        f = re.sub(r"^the ", "", fold(form).strip(" .,;:\"'"))
        return [k for k in dict.fromkeys((f, fold(self._strip(form)).strip(" .,;:\"'"))) if k]

    def _lookup(self, form: str) -> str | None:
        """The one gold actor the first key that names any names; None when it names several."""
        for key in self._keys(form):
            hits = self.table.get(key, set())
            if hits:
                return next(iter(hits)) if len(hits) == 1 else None
        return None

    def resolve_exact(self, form: str | None) -> str | None:
        """The gold actor a spelling names through the ``actors`` table alone (folded case and
        accents, titles stripped), without counterpoint's own name matching: the cross-language
        actor scores judge that matching, so they must not use it."""
        return self._lookup(form) if form else None

    def resolve(self, forms: Iterable[str | None]) -> str | None:
        """The first form that names exactly one gold actor decides."""
        from ..align.names import same_person

        forms = [f for f in forms if f]
        for f in forms:
            if (hit := self._lookup(f)) is not None:
                return hit
        for f in forms:
            hits = {canon for canon, alias in self.persons if same_person(f, alias)}
            if len(hits) == 1:
                return next(iter(hits))
        return None


def _values(d: dict) -> list[tuple[str, str, str | None]]:
    """A gold discrepancy's entries as (doc, value, asserted_by); ``values`` may map a document
    (or ``doc/event``, when one document reports both sides) to one value or to a list, or be a
    list of {doc, value, asserted_by}."""
    vals, by = d.get("values", {}), d.get("asserted_by") or {}
    out = []
    if isinstance(vals, dict):
        for doc, v in vals.items():
            for one in v if isinstance(v, list) else [v]:
                who = by.get(doc) if isinstance(by, dict) else None
                out.append((re.split(r"[#@/]", doc)[0], str(one), who if isinstance(who, str) else None))
    else:
        for v in vals:
            out.append((v.get("doc"), str(v.get("value")), v.get("asserted_by")))
    return out


def value_compatible(field_: str, gold: str, system: str, resolver: Resolver | None = None) -> bool:
    """Does a system value say what a gold value says? Numbers by number, dates by prefix,
    names through the aliases, anything else by word containment."""
    gn, sn = _numbers(gold), _numbers(system)
    if field_ in ("quantity", "duration") and gn:
        return bool(sn) and gn[0] in sn
    if field_ == "date":
        g = fold(gold)
        if re.match(r"^\d{4}", g):
            return fold(system).startswith(g) or g in fold(system)
        if gn and sn and set(gn) <= set(sn):
            return True
    if contains_words(gold, system):
        return True
    if resolver is not None:
        a = resolver.resolve([gold])
        return a is not None and a == resolver.resolve([system])
    return False


def values_differ(field_: str, a: str, b: str) -> bool:
    """Two gold values of one discrepancy that disagree: counts by number ("9 sites" and
    "9 terror camps" are one side), anything else by folded text."""
    na, nb = _numbers(a), _numbers(b)
    if field_ in ("quantity", "duration") and na and nb:
        return na[0] != nb[0]
    return fold(a) != fold(b)


def flags(export: dict) -> list[dict]:
    """The system's discrepancies that are flags (conflict, disputed), from contract v2's
    top-level list when present, else from the clusters (v1)."""
    found: list[dict] = []
    if isinstance(export.get("discrepancies"), list):
        found = list(export["discrepancies"])
    else:
        for c in export.get("clusters", []):
            for d in c.get("discrepancies", []):
                found.append({**d, "cluster": c.get("id")})
    return [d for d in found if (d.get("kind") or "conflict") in FLAG_KINDS]


# --------------------------------------------------------------------------- scoring


@dataclass
class Tally:
    """Counts per story (story id -> counter name -> int) and the detail lists."""

    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    misses: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)
    notes: list[dict] = field(default_factory=list)

    def add(self, story: str, name: str, n: int = 1) -> None:
        c = self.counts.setdefault(story, {})
        c[name] = c.get(name, 0) + n


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def scores_from(c: dict[str, int]) -> dict[str, Any]:
    """The metrics from summed counts; ``None`` where there is nothing to count."""
    s: dict[str, Any] = {
        "main_event_recall": _ratio(c.get("main_found", 0), c.get("main_gold", 0)),
        "event_recall": _ratio(c.get("events_found", 0), c.get("events_gold", 0)),
        "event_precision": _ratio(c.get("sys_events_matched", 0), c.get("sys_events_counted", 0)),
        "event_type_accuracy": _ratio(c.get("type_exact", 0), c.get("events_found", 0)),
        "event_precision_any_type": _ratio(c.get("sys_events_located", 0), c.get("sys_events_counted", 0)),
        "date_accuracy": _ratio(c.get("dates_right", 0), c.get("dates_gold", 0)),
        "dated_event_recall": _ratio(c.get("dates_right", 0), c.get("dates_all", 0)),
        "main_date_accuracy": _ratio(c.get("main_dates_right", 0), c.get("main_dates_gold", 0)),
        "quote_recall": _ratio(c.get("quotes_found", 0), c.get("quotes_gold", 0)),
        "quote_precision": _ratio(c.get("sys_quotes_matched", 0), c.get("sys_quotes", 0)),
        "quote_speaker_accuracy": _ratio(c.get("speakers_right", 0), c.get("speakers_gold", 0)),
        "quote_speaker_accuracy_found": _ratio(c.get("speakers_right", 0), c.get("speakers_found", 0)),
        "label_recall": _ratio(c.get("labels_found", 0), c.get("labels_gold", 0)),
        "discrepancy_recall": _ratio(c.get("disc_found", 0), c.get("disc_gold", 0)),
        "discrepancy_precision": _ratio(c.get("flags_matched", 0), c.get("flags", 0)),
        "discrepancy_kind_accuracy": _ratio(c.get("disc_kind_right", 0), c.get("disc_found", 0)),
        "story_pairwise_precision": _ratio(c.get("pairs_tp", 0), c.get("pairs_tp", 0) + c.get("pairs_fp", 0)),
        "story_pairwise_recall": _ratio(c.get("pairs_tp", 0), c.get("pairs_tp", 0) + c.get("pairs_fn", 0)),
        "crashes": c.get("crashes", 0),
        "refused": c.get("refused", 0),
        "documents": c.get("documents", 0),
        "documents_skipped": c.get("skipped", 0),
    }
    s["discrepancy_f1"] = _f1(s["discrepancy_precision"], s["discrepancy_recall"])
    s["story_pairwise_f1"] = _f1(s["story_pairwise_precision"], s["story_pairwise_recall"])
    return s


def _sys_span(x: dict, offset: int) -> list[int] | None:
    sp = x.get("sentence_span") or x.get("span")
    return [sp[0] + offset, sp[1] + offset] if sp else None


def score_split(stories: list[Story], export: dict, crashes: dict[str, str], context: list[Story] | None = None,
                mentions: list | None = None) -> dict:
    """Compare one split's contract export with its gold; returns counts, scores and details.

    ``context``: stories analysed in the same run but not scored themselves (a Russian block's
    paired English stories). Their documents are known, so a discrepancy or a cluster naming
    them can be matched, and the cross-language scores (:func:`score_cross_language`) are
    added; ``mentions`` are the run's name mentions for the actor part of those."""
    t = Tally()
    docs = [g for s in stories for g in s.docs]
    by_sys: dict[str, list[GoldDoc]] = {}
    for g in [*docs, *(g for s in context or [] for g in s.docs)]:
        if g.system_id:
            by_sys.setdefault(g.system_id, []).append(g)
    actors = {a["id"]: a for a in export.get("actors", [])}
    resolvers = {s.id: Resolver(s.data.get("actors", {})) for s in stories}

    def per_doc(items: str) -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = {}
        for x in export.get(items, []):
            out.setdefault(x.get("doc"), []).append(x)
        return out

    events, quotes, labels = per_doc("events"), per_doc("quotes"), per_doc("labels")

    def forms(actor_id: str | None, *extra: str | None) -> list[str | None]:
        a = actors.get(actor_id or "", {})
        return [*extra, a.get("name"), *(a.get("aliases") or [])]

    for g in docs:
        st = g.story
        t.add(st, "documents")
        if g.problem:
            t.add(st, "skipped")
            t.notes.append({"doc": g.id, "span": None, "what": g.problem})
            continue
        t.notes.extend(gold_span_problems(g))
        in_title = [x for k in ("events", "quotes", "labels") for x in g.gold.get(k, [])
                    if x.get("span") and x["span"][0] < g.offset]
        if in_title:
            t.notes.append({"doc": g.id, "span": [0, g.offset],
                            "what": f"ingest read this as the title, which is not analysed: {len(in_title)} gold "
                                    "items lie there"})
        crashed = g.system_id in crashes
        if crashed and is_refusal(crashes[g.system_id]):
            t.add(st, "refused")  # a language counterpoint does not analyse: said, not a crash
            t.misses.append({"doc": g.id, "span": None, "what": f"refused: {crashes[g.system_id]}"})
        elif crashed:
            t.add(st, "crashes")
            t.misses.append({"doc": g.id, "span": None, "what": f"crash: {crashes[g.system_id]}"})
        _score_events(t, g, [] if crashed else events.get(g.system_id, []))
        _score_quotes(t, g, [] if crashed else quotes.get(g.system_id, []), resolvers[st], forms)
        _score_labels(t, g, [] if crashed else labels.get(g.system_id, []), resolvers[st], forms)
    for s in stories:
        _score_discrepancies(t, s, export, by_sys, resolvers[s.id])
    if context is None:
        _score_stories(t, docs, export)
    else:
        family = {s.id: s.data.get("pairs_with") or s.id for s in [*stories, *context]}
        _score_stories(t, [*docs, *(g for s in context for g in s.docs)], export, family, {g.id for g in docs})
        score_cross_language(t, stories, context, export, mentions or [])
    total: dict[str, int] = {}
    for c in t.counts.values():
        for k, v in c.items():
            total[k] = total.get(k, 0) + v
    scored = scores_from if context is None else (lambda c: {**scores_from(c), **cross_language_scores(c)})
    return {
        "scores": scored(total),
        "counts": total,
        "stories": {s.id: scored(t.counts.get(s.id, {})) for s in stories},
        "crashed": [{"doc": g.id, "error": crashes[g.system_id]} for g in docs if g.system_id in crashes],
        "skipped_documents": [{"doc": g.id, "reason": g.problem} for g in docs if g.problem],
        "misses": t.misses,
        "false_positives": t.false_positives,
        "notes": t.notes,
    }


def _event_what(e: dict) -> str:
    kind = system_kind(e)
    return f"{system_plover(e) or '-'}{'/' + kind if kind else ''} trigger {e.get('trigger')!r}"


def _score_events(t: Tally, g: GoldDoc, sys_events: list[dict]) -> None:
    st, off = g.story, g.offset
    gold_events = g.gold.get("events", [])
    hits_of = [[i for i, e in enumerate(sys_events)
                if any(overlaps(_sys_span(e, off), sp) for sp in event_spans(ge)) and event_compatible(ge, e)]
               for ge in gold_events]
    matched_sys = {i for hits in hits_of for i in hits}
    # The gold dates each system event answers for: one sentence can report two events of one
    # type on two days, and each system event there matches both gold events.
    dates_of: dict[int, set[str]] = {}
    for ge, hits in zip(gold_events, hits_of, strict=True):
        for i in hits:
            dates_of.setdefault(i, set()).add(ge.get("date") or "")
    for ge, hits in zip(gold_events, hits_of, strict=True):
        main = bool(ge.get("main"))
        t.add(st, "events_gold")
        t.add(st, "main_gold", int(main))
        desc = f"{'main ' if main else ''}event {ge.get('id')} ({ge.get('kind')}/{ge.get('plover') or '-'})"
        t.add(st, "dates_all", int(bool(ge.get("date"))))
        if not hits:
            t.misses.append({"doc": g.id, "span": ge.get("span"), "what": f"{desc} not found"})
            continue
        t.add(st, "events_found")
        t.add(st, "main_found", int(main))
        if any(system_plover(sys_events[i]) == (ge.get("plover") or None) for i in hits):
            t.add(st, "type_exact")
        if ge.get("date"):
            t.add(st, "dates_gold")
            t.add(st, "main_dates_gold", int(main))
            got = [(sys_events[i].get("date") or {}).get("value") for i in hits]
            # A system date that is another matched gold event's date is that event's, not a contradiction.
            own = [d for i, d in zip(hits, got, strict=True)
                   if not (d and any(o and o != ge["date"] and d.startswith(o) for o in dates_of[i]))]
            if date_right(ge["date"], own):
                t.add(st, "dates_right")
                t.add(st, "main_dates_right", int(main))
            else:
                t.misses.append({"doc": g.id, "span": ge.get("span"),
                                 "what": f"{desc}: date {sorted({d or 'none' for d in got})}, gold {ge['date']}"})
    for i, e in enumerate(sys_events):
        there = [ge for ge in gold_events if any(overlaps(_sys_span(e, off), sp) for sp in event_spans(ge))]
        if i in matched_sys:
            t.add(st, "sys_events_counted")
            t.add(st, "sys_events_matched")
            t.add(st, "sys_events_located")
        elif e.get("negated") or e.get("hypothetical"):
            t.add(st, "sys_events_flagged_unmatched")
            t.notes.append({"doc": g.id, "span": _sys_span(e, off),
                            "what": f"flagged event {_event_what(e)} matches no gold event (not counted)"})
        else:
            t.add(st, "sys_events_counted")
            t.add(st, "sys_events_located", int(bool(there)))
            gold_there = ", ".join(f"{ge.get('id')} {ge.get('kind')}/{ge.get('plover') or '-'}" for ge in there)
            t.false_positives.append({"doc": g.id, "span": _sys_span(e, off), "what": f"event {_event_what(e)}"
                                      + (f" (the gold has {gold_there} there)" if there else "")})


def _score_quotes(t: Tally, g: GoldDoc, sys_quotes: list[dict], res: Resolver,
                  forms: Callable[..., list[str | None]]) -> None:
    st, off = g.story, g.offset
    real = [q for q in sys_quotes if q.get("kind") != "scare"]
    used: set[int] = set()
    for gq in g.gold.get("quotes", []):
        t.add(st, "quotes_gold")
        hits = [i for i, q in enumerate(real) if i not in used
                and overlaps([q["span"][0] + off, q["span"][1] + off], gq.get("span"))]
        speaker = gq.get("speaker")
        t.add(st, "speakers_gold", int(bool(speaker)))
        if not hits:
            t.misses.append({"doc": g.id, "span": gq.get("span"), "what": f"quote of {speaker or 'unnamed'} not found"})
            continue
        q = real[hits[0]]
        used.add(hits[0])
        t.add(st, "quotes_found")
        if not speaker:
            continue
        t.add(st, "speakers_found")
        got = res.resolve(forms(q.get("speaker"), q.get("speaker_text")))
        if got == speaker:
            t.add(st, "speakers_right")
        else:
            actor = forms(q.get("speaker"))[0]  # the system actor's name
            t.misses.append({"doc": g.id, "span": gq.get("span"),
                             "what": f"quote speaker {q.get('speaker_text')!r} (actor {actor!r}), gold {speaker!r}"})
    t.add(st, "sys_quotes", len(real))
    t.add(st, "sys_quotes_matched", len(used))
    for i, q in enumerate(real):
        if i not in used and not any(overlaps([q["span"][0] + off, q["span"][1] + off], gq.get("span"))
                                     for gq in g.gold.get("quotes", [])):
            t.false_positives.append({"doc": g.id, "span": [q["span"][0] + off, q["span"][1] + off],
                                      "what": f"quote ({q.get('kind')}) matches no gold quote"})


def _score_labels(t: Tally, g: GoldDoc, sys_labels: list[dict], res: Resolver,
                  forms: Callable[..., list[str | None]]) -> None:
    st = g.story
    owners = [(res.resolve(forms(x.get("actor"))), x.get("label") or "") for x in sys_labels]
    for gl in g.gold.get("labels", []):
        t.add(st, "labels_gold")
        if any(who == gl.get("actor") and contains_words(lab, gl.get("label", "")) for who, lab in owners):
            t.add(st, "labels_found")
        else:
            t.misses.append({"doc": g.id, "span": gl.get("span"),
                             "what": f"label {gl.get('label')!r} of {gl.get('actor')!r} not found"})


def _flag_matches(gd: dict, flag: dict, sys_to_gold: dict[str, list[str]], res: Resolver) -> bool:
    gfield = _FIELDS.get(gd.get("field", ""), gd.get("field"))
    if _FIELDS.get(flag.get("field", ""), flag.get("field")) != gfield:
        return False
    entries = _values(gd)
    sys_vals = [(gid, str(v.get("value"))) for v in flag.get("values", []) for gid in sys_to_gold.get(v.get("doc"), [])]
    for (da, va, _), (db, vb, _) in combinations(entries, 2):
        if not values_differ(gfield, va, vb):
            continue
        ok_a = [i for i, (d, v) in enumerate(sys_vals) if d == da and value_compatible(gfield, va, v, res)]
        ok_b = [i for i, (d, v) in enumerate(sys_vals) if d == db and value_compatible(gfield, vb, v, res)]
        if any(i != j for i in ok_a for j in ok_b):
            return True
    return False


def one_to_one(candidates: list[list[int]]) -> dict[int, int]:
    """A maximum one-to-one matching (augmenting paths): gold item k -> one of its candidate
    system items, each system item used once, as many gold items matched as possible."""
    owner: dict[int, int] = {}

    def take(k: int, seen: set[int]) -> bool:
        for i in candidates[k]:
            if i not in seen:
                seen.add(i)
                if i not in owner or take(owner[i], seen):
                    owner[i] = k
                    return True
        return False

    for k in range(len(candidates)):
        take(k, set())
    return {k: i for i, k in owner.items()}


def _score_discrepancies(t: Tally, story: Story, export: dict, by_sys: dict[str, list[GoldDoc]], res: Resolver) -> None:
    """Gold discrepancies of ``story`` against the system flags that touch its documents."""
    ids = {g.id for g in story.docs}
    sys_to_gold = {sid: [g.id for g in gs] for sid, gs in by_sys.items()}
    mine = [f for f in flags(export)
            if any(gid in ids for v in f.get("values", []) for gid in sys_to_gold.get(v.get("doc"), []))]
    gold = [(c.get("cluster"), d) for c in story.data.get("cross_source", []) for d in c.get("discrepancies", [])
            if d.get("kind", "conflict") in FLAG_KINDS]
    can = [[i for i, f in enumerate(mine) if _flag_matches(gd, f, sys_to_gold, res)] for _, gd in gold]
    flag_of = one_to_one(can)
    matched = set(flag_of.values())
    for k, (cid, gd) in enumerate(gold):
        t.add(story.id, "disc_gold")
        # values naming documents of this story and of another (a Russian story's discrepancy
        # with its paired English story's documents): a cross-language discrepancy
        cross = len({d in ids for d, _, _ in _values(gd)}) == 2
        if cross:
            t.add(story.id, "xdisc_gold")
        if k not in flag_of:
            vals = [f"{d}: {v}" for d, v, _ in _values(gd)]
            t.misses.append({"doc": sorted({d for d, _, _ in _values(gd)}), "span": None,
                             "what": f"{gd.get('kind')} on {gd.get('field')} in {cid}: {vals}"})
            continue
        t.add(story.id, "disc_found")
        if cross:
            t.add(story.id, "xdisc_found")
        kind = mine[flag_of[k]].get("kind") or "conflict"
        t.add(story.id, "disc_kind_right", int(kind == gd.get("kind", "conflict")))
    # A flag that spans two stories is counted once, with the story of its first document.
    for i, f in enumerate(mine):
        first = next(gid for v in f.get("values", []) for gid in sys_to_gold.get(v.get("doc"), []))
        if first not in ids:
            continue
        t.add(story.id, "flags")
        if i in matched:
            t.add(story.id, "flags_matched")
        else:
            vals = [f"{gid}: {v.get('value')}" for v in f.get("values", []) for gid in sys_to_gold.get(v.get("doc"), [])]
            t.false_positives.append({"doc": sorted({x.split(":")[0] for x in vals}), "span": None,
                                      "what": f"{f.get('kind') or 'conflict'} on {f.get('field')}: {vals}"})


def _score_stories(t: Tally, docs: list[GoldDoc], export: dict, family: dict[str, str] | None = None,
                   counted: set[str] | None = None) -> None:
    """Pairwise: a pair of analysed documents is together in the gold when they belong to one
    story file, and in the system when they share a story. Counted on the first document's story.

    ``family`` (story id -> story family) makes a Russian story and the English story it pairs
    with one story; ``counted`` limits the pairs to those with a document in it (a Russian
    block scores its own documents' pairs, not the English ones among themselves)."""
    of: dict[str, set[str]] = {}
    for s in export.get("stories", []):
        for d in s.get("documents", []):
            of.setdefault(d, set()).add(s.get("id"))
    run = [g for g in docs if not g.problem]
    if counted is not None:  # a counted document first, so the pair is counted on its story
        run.sort(key=lambda g: g.id not in counted)
    for a, b in combinations(run, 2):
        if counted is not None and a.id not in counted and b.id not in counted:
            continue
        gold = a.story == b.story if family is None else family.get(a.story, a.story) == family.get(b.story, b.story)
        system = a.system_id == b.system_id or bool(of.get(a.system_id or "", set()) & of.get(b.system_id or "", set()))
        if gold and system:
            t.add(a.story, "pairs_tp")
        elif gold:
            t.add(a.story, "pairs_fn")
            t.misses.append({"doc": [a.id, b.id], "span": None, "what": "documents of one story not grouped"})
        elif system:
            t.add(a.story, "pairs_fp")
            t.false_positives.append({"doc": [a.id, b.id], "span": None, "what": "documents of two stories grouped"})


# --------------------------------------------------------------------------- cross-language

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z]")


def script_of(text: str) -> str | None:
    """``cyrl`` or ``latn`` for a name written in one script; None for mixed or neither."""
    cyr, lat = bool(_CYRILLIC.search(text)), bool(_LATIN.search(text))
    return "cyrl" if cyr and not lat else "latn" if lat and not cyr else None


def _hits(g: GoldDoc, sys_events: list[dict]) -> dict[str, list[str]]:
    """Gold event id -> ids of the system events that match it (the event rule of the module doc)."""
    return {ge.get("id"): [e.get("id") for e in sys_events
                           if any(overlaps(_sys_span(e, g.offset), sp) for sp in event_spans(ge)) and event_compatible(ge, e)]
            for ge in g.gold.get("events", [])}


def score_cross_language(t: Tally, stories: list[Story], context: list[Story], export: dict, mentions: list) -> None:
    """The scores of a Russian block that need both languages (counted on the Russian story):

    * **Cross-language clusters**: every (Russian member, other-language member) pair of one gold
      ``cross_source`` cluster is a gold pair; it is found when a system event matching the one
      and a system event matching the other are in one system cluster.
    * **Cross-language discrepancies**: gold discrepancies whose values name documents of both
      languages; found as :func:`_score_discrepancies` finds any (``xdisc_*`` counts).
    * **Cross-language actor merges.** The run's name mentions are read per document: a
      Cyrillic mention in a Russian document and a Latin mention in the paired English
      documents, each resolved to a gold actor through its own story's ``actors`` table alone
      (:meth:`Resolver.resolve_exact`). Gold pairs are the (Cyrillic spelling, Latin spelling)
      pairs of one gold actor; recall is the share the system puts under one actor id.
      System merges are the (Cyrillic, Latin) spelling pairs under one system actor id;
      precision is the share whose two spellings the gold resolves to one actor (pairs where a
      spelling names no gold actor are not judged: ``xactor_merges_unjudged``).
    """
    by_id = {g.id: g for s in [*stories, *context] for g in s.docs}
    lang_of = {g.id: story_language(s.data) for s in [*stories, *context] for g in s.docs}
    by_sys = {g.system_id: g for g in by_id.values() if g.system_id and not g.problem}
    events: dict[str, list[dict]] = {}
    for e in export.get("events", []):
        events.setdefault(e.get("doc"), []).append(e)
    hits = {g.id: _hits(g, events.get(g.system_id, [])) for g in by_id.values() if g.system_id and not g.problem}
    cluster_of: dict[str, set[str]] = {}
    for c in export.get("clusters", []):
        for eid in c.get("events", []):
            cluster_of.setdefault(eid, set()).add(c.get("id"))
    paired = {s.id: s for s in context}
    for story in stories:
        st, mine = story.id, {g.id for g in story.docs}
        for c in story.data.get("cross_source", []):
            members = [tuple(m) for m in c.get("members", [])]
            ru = [m for m in members if m[0] in mine]
            other = [m for m in members if m[0] not in mine and lang_of.get(m[0], "en") != story_language(story.data)]
            for (da, ea), (db, eb) in ((a, b) for a in ru for b in other):
                t.add(st, "xclu_gold")
                ca = {x for i in hits.get(da, {}).get(ea, []) for x in cluster_of.get(i, set())}
                cb = {x for i in hits.get(db, {}).get(eb, []) for x in cluster_of.get(i, set())}
                if ca & cb:
                    t.add(st, "xclu_found")
                else:
                    t.misses.append({"doc": [da, db], "span": None,
                                     "what": f"cross-language cluster {c.get('cluster')}: {da}/{ea} and {db}/{eb} not in one cluster"})
        _score_actor_merges(t, story, paired.get(story.data.get("pairs_with") or ""), mentions, by_sys)


def _score_actor_merges(t: Tally, story: Story, english: Story | None, mentions: list, by_sys: dict[str, GoldDoc]) -> None:
    if english is None:
        t.notes.append({"doc": None, "span": None, "what": f"{story.id}: no paired English story analysed; "
                                                              "cross-language actor merges not scored"})
        return
    st = story.id
    res = {story.id: Resolver(story.data.get("actors", {})), english.id: Resolver(english.data.get("actors", {}))}
    want = {story.id: "cyrl", english.id: "latn"}
    # spelling (folded) -> gold actor and the system actor ids it was found under, per side
    seen: dict[str, dict[str, tuple[str | None, set[str]]]] = {"cyrl": {}, "latn": {}}
    for m in mentions:
        g = by_sys.get(getattr(m, "doc", None))
        text = " ".join(str(getattr(m, "text", "")).split())
        if g is None or g.story not in want or script_of(text) != want[g.story]:
            continue
        side = seen[want[g.story]]
        canon, ids = side.get(fold(text), (res[g.story].resolve_exact(text), set()))
        ids.add(m.actor)
        side[fold(text)] = (canon, ids)
    for cf, (cc, cids) in sorted(seen["cyrl"].items()):
        for lf, (lc, lids) in sorted(seen["latn"].items()):
            if cc is not None and cc == lc:
                t.add(st, "xactor_pairs_gold")
                if cids & lids:
                    t.add(st, "xactor_pairs_merged")
                else:
                    t.misses.append({"doc": None, "span": None,
                                     "what": f"actor {cc!r}: {cf!r} and {lf!r} not merged across languages"})
            if cids & lids:
                if cc is None or lc is None:
                    t.add(st, "xactor_merges_unjudged")
                    continue
                t.add(st, "xactor_merges")
                if cc == lc:
                    t.add(st, "xactor_merges_right")
                else:
                    t.false_positives.append({"doc": None, "span": None,
                                              "what": f"actors merged across languages: {cf!r} ({cc}) and {lf!r} ({lc})"})


def cross_language_scores(c: dict[str, int]) -> dict[str, Any]:
    """The Russian block's extra metrics from summed counts; ``None`` where nothing is counted."""
    return {
        "cross_language_actor_merge_recall": _ratio(c.get("xactor_pairs_merged", 0), c.get("xactor_pairs_gold", 0)),
        "cross_language_actor_merge_precision": _ratio(c.get("xactor_merges_right", 0), c.get("xactor_merges", 0)),
        "cross_language_cluster_recall": _ratio(c.get("xclu_found", 0), c.get("xclu_gold", 0)),
        "cross_language_discrepancy_recall": _ratio(c.get("xdisc_found", 0), c.get("xdisc_gold", 0)),
    }


# --------------------------------------------------------------------------- entry points


def evaluate_texts(texts: str | Path | None, split: str = "dev", gold_dir: str | Path = GOLD_DIR,
                   stories: Iterable[str] | None = None) -> dict:
    """The full report: per split, its scores, per-story scores, misses and false positives.

    ``{"skipped": reason}`` when the texts or the split's gold are absent. ``dev-ru`` and
    ``heldout-ru`` are the Russian blocks (:func:`evaluate_language_block`); ``all`` runs every
    block. ``stories`` keeps only those story ids (analysed on their own; in a language block,
    with their English pairs): a set that grows can still be compared with the floors measured
    on its earlier stories."""
    if split not in (*SPLITS, *LANG_SPLITS, "all"):
        raise ValueError(f"unknown split {split!r}; choose from {', '.join((*SPLITS, *LANG_SPLITS, 'all'))}")
    texts = Path(texts) if texts else default_texts()
    if not texts.is_dir():
        return {"skipped": ABSENT.format(dir=texts)}
    stories = list(stories) if stories is not None else None
    report: dict[str, Any] = {"texts": str(texts), "splits": {}}
    for name in ((*SPLITS, *LANG_SPLITS) if split == "all" else (split,)):
        if name in LANG_SPLITS:
            report["splits"][name] = evaluate_language_block(Path(texts), name, Path(gold_dir), stories)
            continue
        chosen = load_stories(Path(gold_dir), name)
        if stories is not None:
            chosen = [s for s in chosen if s.id in set(stories)]
        if not chosen:
            report["splits"][name] = {"skipped": f"no {name} story files in {gold_dir}"
                                                 + (f" among {', '.join(stories)}" if stories is not None else "")}
            continue
        pairs = read_texts(chosen, Path(texts))
        if not pairs:
            report["splits"][name] = {"skipped": f"none of the {name} texts is in {texts} (third-party texts are "
                                                 "not in the repository; see docs/realnews-gold.md)"}
            continue
        export, crashes = run_product([d for _, d in pairs])
        out = score_split(chosen, export, crashes)
        out["stories_scored"] = [s.id for s in chosen]
        report["splits"][name] = out
    if all("scores" not in v for v in report["splits"].values()):
        return {"skipped": "; ".join(v["skipped"] for v in report["splits"].values()), "texts": str(texts)}
    return report


def evaluate_language_block(texts: Path, name: str, gold_dir: Path = GOLD_DIR,
                            only: Iterable[str] | None = None) -> dict:
    """One non-English block (``dev-ru``): its stories are analysed in one run together with
    the English stories they pair with (same split), so cross-language clusters, actors and
    discrepancies can form; only the block's own documents are scored (events, dates, quotes,
    labels), plus the cross-language scores of :func:`score_cross_language`. ``only`` keeps
    those story ids of the block."""
    base, lang = split_language(name)
    stories = load_stories(gold_dir, base, lang)
    if only is not None:
        keep = set(only)
        stories = [s for s in stories if s.id in keep]
    if not stories:
        return {"skipped": f"no {name} story files in {gold_dir}"
                           + (f" among {', '.join(sorted(set(only)))}" if only is not None else "")}
    want = {s.data.get("pairs_with") for s in stories}
    # The English pair comes from the same split or from dev (dev texts may always be opened:
    # an English story rotated from held out into dev keeps pairing its held-out Russian one);
    # a dev block never reaches into held out.
    english = load_stories(gold_dir, base, "en") + (load_stories(gold_dir, "dev", "en") if base != "dev" else [])
    context = [s for s in english if s.id in want]
    pairs = read_texts([*stories, *context], texts)
    own = {g.id for s in stories for g in s.docs}
    if not any(g.id in own for g, _ in pairs):
        return {"skipped": f"none of the {name} texts is in {texts} (third-party texts are not in the repository; "
                           "see docs/realnews-gold.md)"}
    mentions: list = []
    export, crashes = run_product([d for _, d in pairs], mentions)
    out = score_split(stories, export, crashes, context=context, mentions=mentions)
    out["stories_scored"] = [s.id for s in stories]
    out["analysed_with"] = [s.id for s in context]
    return out


def flat(report: dict) -> dict[str, Any]:
    """The numbers only (what the gate and ``eval`` tables read): one split's scores, or
    ``split.metric`` keys for several."""
    if "skipped" in report:
        return {"skipped": report["skipped"]}
    splits = {k: v for k, v in report["splits"].items() if "scores" in v}
    if len(report["splits"]) == 1 and splits:
        return dict(next(iter(splits.values()))["scores"])
    out = {f"{k}.{m}": x for k, v in splits.items() for m, x in v["scores"].items()}
    out.update({f"{k}.skipped": v["skipped"] for k, v in report["splits"].items() if "skipped" in v})
    return out


def evaluate(texts: str | Path | None = None, split: str = "dev", stories: Iterable[str] | None = None) -> dict[str, Any]:
    """``counterpoint eval realnews``: the numbers of :func:`evaluate_texts`."""
    return flat(evaluate_texts(texts, split, stories=stories))
