"""``counterpoint eval realnews``: the scorer's matching rules, on invented stories.

tests/data/realnews holds three short articles written for these tests (a ferry grounding
reported by two invented outlets with 41 vs 44 passengers, and an invented mayoral election as
the control story) with their facts-only gold in the docs/realnews-gold.md format, and one
held-out story whose text is deliberately absent. Most tests score hand-made contract exports,
so each rule is checked on its own; one runs the real pipeline end to end.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from counterpoint.eval import realnews as R

DATA = Path(__file__).with_name("data") / "realnews"
TEXTS = DATA / "texts"
SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture
def dev():
    """The dev stories with their texts read (no analysis): stories and gold id -> GoldDoc."""
    stories = R.load_stories(DATA, "dev")
    R.read_texts(stories, TEXTS)
    return stories, {g.id: g for s in stories for g in s.docs}


def _at(g: R.GoldDoc, phrase: str) -> list[int]:
    """A span in the document's analysed body (system coordinates) of a phrase of its text."""
    start = g.text.index(phrase) - g.offset
    return [start, start + len(phrase)]


def _event(g, phrase, type_="ASSAULT", date=None, **kw) -> dict:
    span = _at(g, phrase)
    return {"id": f"ev{span[0]}{type_}", "doc": g.system_id, "type": type_, "trigger": phrase.split()[0],
            "span": span, "sentence_span": span, "negated": False, "hypothetical": False,
            "date": {"value": date, "precision": "day"} if date else None, **kw}


def _export(docs, *, events=(), quotes=(), labels=(), actors=(), clusters=(), stories=(), **extra) -> dict:
    return {"documents": [{"id": g.system_id, "error": None} for g in docs.values()], "events": list(events),
            "quotes": list(quotes), "labels": list(labels), "actors": list(actors), "clusters": list(clusters),
            "stories": list(stories), **extra}


def _actor(aid: str, name: str, *aliases: str) -> dict:
    return {"id": aid, "name": name, "kind": "person", "aliases": [name, *aliases]}


@pytest.mark.parametrize("gold,system,ok", [
    ({"kind": "attack", "plover": "ASSAULT"}, {"type": "ASSAULT"}, True),
    ({"kind": "attack", "plover": "ASSAULT"}, {"type": "COERCE"}, True),  # a listed confusable pair
    ({"kind": "meet", "plover": "CONSULT"}, {"type": "ACCUSE"}, False),
    ({"kind": "accident", "plover": None}, {"type": "ASSAULT"}, False),  # a crash is not an attack
    ({"kind": "accident", "plover": None}, {"type": None, "kind": "accident"}, True),  # contract v2 kind
    ({"kind": "attack", "plover": None}, {"type": "ASSAULT"}, True),  # attacker unnamed in the gold
    ({"kind": "attack", "plover": "ASSAULT"}, {"type": None, "kind": "military"}, True),
    ({"kind": "election", "plover": None}, {"type": None, "kind": "legal"}, False),
    ({"kind": "other", "plover": None}, {"type": None, "kind": "disaster"}, True),
])
def test_realnews_event_compatible_kinds(gold, system, ok):
    assert R.event_compatible(gold, system) is ok


@pytest.mark.parametrize("gold,system,ok", [
    ("2026-03-10", ["2026-03-10"], True),
    ("2026-03", ["2026-03-10"], True),  # a more precise system date, cut to the gold's precision
    ("2026-03-10", ["2026-03"], False),  # less precise is not the date
    ("2026-03-10", [None, "2026-03-10"], True),  # an undated mention does not contradict
    ("2026-03-10", ["2026-03-10", "2026-03-09"], False),  # two dates for one event: not right
    ("2026-03-10", [None], False),
])
def test_realnews_date_right_at_gold_precision(gold, system, ok):
    assert R.date_right(gold, system) is ok


def test_realnews_texts_read_with_body_offset(dev):
    """The title line is not body: gold spans (whole text) and system spans (body) line up."""
    _, docs = dev
    g = docs["venn26-01"]
    assert g.problem is None and g.offset == len("Ferry aground off Port Venn\n\n")
    assert g.text[g.offset:].startswith("The ferry Morning Gull")


def test_realnews_matching_counts_right_and_wrong(dev):
    stories, docs = dev
    v1, v2, li = docs["venn26-01"], docs["venn26-02"], docs["lisle26-01"]
    export = _export(
        docs,
        events=[
            _event(v1, "ran aground near Port Venn", "MOBILIZE", kind="accident"),  # PLOVER where gold has none
            _event(v2, "A ferry carrying 44 passengers", None, "2026-03-10", kind="accident"),
            _event(li, "Voters in Lisle elected", None, "2026-03-09", kind="election"),  # wrong day
            _event(li, "won 58 percent", "ACCUSE"),  # no gold event there: a false positive
            _event(li, "I will start", "AGREE", hypothetical=True),  # flagged: listed, not counted
        ],
        actors=[_actor("a1", "Ilsa Brenner", "Brenner"), _actor("a2", "Orrin"), _actor("a3", "Maren Quist")],
        quotes=[
            {"doc": v1.system_id, "speaker": "a1", "speaker_text": "Brenner", "kind": "direct",
             "span": _at(v1, "The channel was marked")},
            {"doc": v2.system_id, "speaker": "a2", "speaker_text": "Orrin", "kind": "direct",  # wrong speaker
             "span": _at(v2, "We felt a long scrape")},
            {"doc": li.system_id, "speaker": "a3", "speaker_text": "Quist", "kind": "scare",  # not a quote
             "span": _at(li, "I will start with the roads")},
        ],
        labels=[{"doc": v1.system_id, "actor": "a1", "label": "harbour  master", "span": _at(v1, "Harbour master")},
                {"doc": li.system_id, "actor": "a1", "label": "a former schoolteacher", "span": [0, 1]}],  # wrong actor
    )
    out = R.score_split(stories, export, {})
    s, c = out["scores"], out["counts"]
    assert (c["main_gold"], c["main_found"]) == (3, 2)  # venn26-01's MOBILIZE is not an accident
    assert s["event_precision"] == 0.5  # MOBILIZE and ACCUSE are false; the hypothetical is not counted
    assert (c["dates_gold"], c["dates_right"]) == (2, 1)  # matched and dated; Quist's Sunday is a day off
    assert s["dated_event_recall"] == 0.25  # over all four dated gold events
    assert (c["speakers_gold"], c["speakers_found"], c["speakers_right"]) == (3, 2, 1)
    assert s["quote_speaker_accuracy"] == pytest.approx(1 / 3)
    assert (c["labels_gold"], c["labels_found"]) == (3, 1)
    whats = [m["what"] for m in out["misses"]]
    assert "quote speaker 'Orrin' (actor 'Orrin'), gold 'Tomas Okafor'" in whats
    assert any("date ['2026-03-09'], gold 2026-03-08" in w for w in whats)
    assert sorted(f["what"] for f in out["false_positives"]) == [
        "event ACCUSE trigger 'won'", "event MOBILIZE/accident trigger 'ran' (the gold has e1 accident/- there)"]
    assert s["event_precision_any_type"] == 0.75  # only the ACCUSE is where no gold event is
    assert all({"doc", "span", "what"} <= set(m) for m in out["misses"] + out["false_positives"])


@pytest.mark.parametrize("speaker_text,name,aliases", [
    ("Brenner", "Ilsa Brenner", []),
    ("Harbour master Ilsa Brenner", "Harbour master Ilsa Brenner", []),  # titles stripped
    ("she", "I. Brenner", []),  # an initial and a surname: counterpoint's own name matching
    ("ILSA  BRENNER", "x", []),  # case and whitespace folded
])
def test_realnews_speaker_resolves_through_gold_aliases(dev, speaker_text, name, aliases):
    stories, docs = dev
    v1 = docs["venn26-01"]
    export = _export(docs, actors=[{"id": "a", "name": name, "kind": "person", "aliases": aliases}],
                     quotes=[{"doc": v1.system_id, "speaker": "a", "speaker_text": speaker_text, "kind": "direct",
                              "span": _at(v1, "The channel was marked")}])
    assert R.score_split(stories, export, {})["counts"]["speakers_right"] == 1


def _flag(docs, kind, field, values, **kw) -> dict:
    return {"kind": kind, "field": field, "note": "", **kw,
            "values": [{"doc": docs[d].system_id, "event": "e", "value": v} for d, v in values.items()]}


@pytest.mark.parametrize("form,canon", [
    ("Ukrainian Armed Forces", "Ukrainian Armed Forces"),  # its own army, though "armed forces" names both
    ("the Russian Armed Forces", "Russian Armed Forces"),
    ("Armed Forces", None),  # the title-stripped key alone names both armies: no answer
    ("President Orrin Vale", "Orrin Vale"),  # a title stripped when the full spelling names no one
])
def test_realnews_resolver_prefers_the_full_spelling(form, canon):
    actors = {"Ukrainian Armed Forces": {"kind": "organisation"}, "Russian Armed Forces": {"kind": "organisation"},
              "Orrin Vale": {"kind": "person"}}
    resolver = R.Resolver(actors)
    assert resolver.resolve_exact(form) == canon
    assert resolver.resolve([form]) == canon


@pytest.mark.parametrize("flags,found,flagged,matched", [
    # v1: conflicts inside clusters; the right pair and values
    ({"clusters": [{"id": "c", "discrepancies": [("conflict", "quantity", {"venn26-01": "41 passengers",
                                                                            "venn26-02": "44 passengers"})]}]},
     1, 1, 1),
    # the right documents, a wrong value: a miss and a false positive
    ({"clusters": [{"id": "c", "discrepancies": [("conflict", "quantity", {"venn26-01": "40", "venn26-02": "44"})]}]},
     0, 1, 0),
    # the wrong field
    ({"clusters": [{"id": "c", "discrepancies": [("conflict", "date", {"venn26-01": "41", "venn26-02": "44"})]}]},
     0, 1, 0),
    # v1 scope notes are not flags
    ({"clusters": [{"id": "c", "discrepancies": [], "scope_notes": [("scope", "quantity", {"venn26-01": "41",
                                                                                           "venn26-02": "44"})]}]},
     0, 0, 0),
    # v2: a top-level list; disputed counts, scope and unverified are notes, never false positives
    ({"discrepancies": [("disputed", "quantity", {"venn26-01": "41", "venn26-02": "44"}),
                        ("unverified", "location", {"venn26-01": "Port Venn", "venn26-02": "Orrin"}),
                        ("scope", "quantity", {"venn26-01": "41", "venn26-02": "about 40"})]},
     1, 1, 1),
])
def test_realnews_discrepancy_scoring(dev, flags, found, flagged, matched):
    stories, docs = dev

    def build(rows):
        return [_flag(docs, *r) for r in rows]

    extra = {}
    if "clusters" in flags:
        extra["clusters"] = [{"id": c["id"], "discrepancies": build(c["discrepancies"]),
                              "scope_notes": build(c.get("scope_notes", []))} for c in flags["clusters"]]
    else:
        extra["discrepancies"] = build(flags["discrepancies"])
    c = R.score_split(stories, _export(docs, **extra), {})["counts"]
    assert (c.get("disc_gold"), c.get("disc_found", 0), c.get("flags", 0), c.get("flags_matched", 0)) == (
        1, found, flagged, matched)


def test_realnews_disputed_kind_agreement_reported(dev):
    stories, docs = dev
    export = _export(docs, discrepancies=[_flag(docs, "disputed", "quantity", {"venn26-01": "41", "venn26-02": "44"})])
    s = R.score_split(stories, export, {})["scores"]
    assert s["discrepancy_recall"] == 1.0 and s["discrepancy_kind_accuracy"] == 0.0  # the gold says conflict


@pytest.mark.parametrize("groups,p,r", [
    ([["venn26-01", "venn26-02"], ["lisle26-01"]], 1.0, 1.0),
    ([["venn26-01"], ["venn26-02"], ["lisle26-01"]], None, 0.0),
    ([["venn26-01", "venn26-02", "lisle26-01"]], 1 / 3, 1.0),
])
def test_realnews_story_pairwise(dev, groups, p, r):
    stories, docs = dev
    export = _export(docs, stories=[{"id": f"s{i}", "documents": [docs[d].system_id for d in grp]}
                                    for i, grp in enumerate(groups)])
    s = R.score_split(stories, export, {})["scores"]
    assert s["story_pairwise_precision"] == (pytest.approx(p) if p is not None else None)
    assert s["story_pairwise_recall"] == pytest.approx(r)


def test_realnews_crash_counted_and_its_gold_missed(dev):
    stories, docs = dev
    v1 = docs["venn26-01"]
    export = _export(docs, quotes=[{"doc": v1.system_id, "speaker": None, "kind": "direct",
                                    "span": _at(v1, "The channel was marked")}])
    next(d for d in export["documents"] if d["id"] == v1.system_id)["error"] = (
        "[E013] analysis failed: ValueError: max() arg is an empty sequence")
    _, crashes = R._with_errors(export, {})
    out = R.score_split(stories, export, crashes)
    assert out["scores"]["crashes"] == 1 and [c["doc"] for c in out["crashed"]] == ["venn26-01"]
    assert out["counts"].get("quotes_found", 0) == 0  # an error document's records are not credited
    assert any(m["doc"] == "venn26-01" and m["what"].startswith("crash: [E013]") for m in out["misses"])


def test_realnews_hash_mismatch_reported_and_skipped(tmp_path):
    texts = tmp_path / "texts"
    shutil.copytree(TEXTS, texts)
    p = texts / "venn26-02.txt"
    p.write_text(p.read_text(encoding="utf-8").replace("44", "45"), encoding="utf-8")
    stories = R.load_stories(DATA, "dev")
    pairs = R.read_texts(stories, texts)
    assert sorted(g.id for g, _ in pairs) == ["lisle26-01", "venn26-01"]
    out = R.score_split(stories, _export({g.id: g for g, _ in pairs}), {})
    [skip] = out["skipped_documents"]
    assert skip["doc"] == "venn26-02" and "sha256 mismatch" in skip["reason"] and "skipped" in skip["reason"]
    assert out["scores"]["documents_skipped"] == 1


def test_realnews_dev_never_opens_heldout_texts(monkeypatch):
    assert [s.id for s in R.load_stories(DATA, "dev")] == ["lisle26", "venn26"]
    report = R.evaluate_texts(TEXTS, "heldout", gold_dir=DATA)  # its text is absent on purpose
    assert report["skipped"].startswith(f"none of the heldout texts is in {TEXTS}")
    opened = []
    real = R.read_texts
    monkeypatch.setattr(R, "read_texts", lambda stories, texts: opened.extend(s.id for s in stories) or [])
    R.evaluate_texts(TEXTS, "dev", gold_dir=DATA)
    assert opened == ["lisle26", "venn26"] and real is not R.read_texts


@pytest.mark.parametrize("how", ["function", "cli", "cli-json"])
def test_realnews_skips_with_reason_when_texts_absent(tmp_path, how):
    missing = tmp_path / "nowhere"
    if how == "function":
        reason = R.evaluate_texts(missing, "dev", gold_dir=DATA)["skipped"]
    else:  # a real process: invoking the click group in-process changes its help for later tests
        args = ["eval", "realnews", "--texts", str(missing)] + (["--json"] if how == "cli-json" else [])
        result = subprocess.run([sys.executable, "-m", "counterpoint.cli", *args], capture_output=True, text=True,
                                env={**os.environ, "PYTHONPATH": str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", "")})
        assert result.returncode == 0, result.stderr
        reason = json.loads(result.stdout)["skipped"] if how == "cli-json" else result.stdout
    assert f"realnews texts not found at {missing}" in reason
    assert "third-party texts are not in the repository; see docs/realnews-gold.md" in reason
    assert "needs ../shared" not in reason


def test_realnews_end_to_end_on_invented_stories():
    """The real product path: ingest's reader, analysis, alignment, the contract export."""
    report = R.evaluate_texts(TEXTS, "dev", gold_dir=DATA)
    out = report["splits"]["dev"]
    s = out["scores"]
    assert (s["documents"], s["documents_skipped"], s["crashes"]) == (3, 0, 0)
    assert s["quote_recall"] == 1.0 and s["quote_speaker_accuracy"] == 1.0  # "said X", "X said", "X told"
    assert set(out["stories"]) == {"venn26", "lisle26"}
    assert R.flat(report) == s


def test_realnews_date_of_a_second_event_in_the_sentence_is_not_a_contradiction():
    """One sentence reports a strike on one day and the attack it answers on another: each
    system event there matches both gold events, and carries the date of one of them."""
    gold = {"events": [{"id": "e1", "kind": "military", "plover": "ASSAULT", "main": True, "date": "2026-05-07",
                        "span": [0, 100]},
                       {"id": "e2", "kind": "attack", "plover": "ASSAULT", "main": False, "date": "2026-04-22",
                        "span": [0, 100]}]}
    g = R.GoldDoc("x-01", "x", "dev", {}, gold, text="", system_id="d")
    sys_events = [{"doc": "d", "type": "ASSAULT", "sentence_span": [0, 100], "trigger": "struck",
                   "date": {"value": "2026-05-07"}},
                  {"doc": "d", "type": "ASSAULT", "sentence_span": [0, 100], "trigger": "attack",
                   "date": {"value": "2026-04-22"}},
                  {"doc": "d", "type": "ASSAULT", "sentence_span": [0, 100], "trigger": "hit",
                   "date": {"value": "2026-05-09"}}]  # neither gold date: a contradiction for both
    t = R.Tally()
    R._score_events(t, g, sys_events[:2])
    assert t.counts["x"]["dates_right"] == 2
    t = R.Tally()
    R._score_events(t, g, sys_events)
    assert t.counts["x"].get("dates_right", 0) == 0


@pytest.mark.parametrize("values,entries", [
    ({"a-01": "2", "a-02/e3": "1"}, [("a-01", "2"), ("a-02", "1")]),  # doc/event keys
    ({"a-01": ["2", "1"]}, [("a-01", "2"), ("a-01", "1")]),  # both sides in one document
    ([{"doc": "a-01", "value": "2", "asserted_by": "X"}], [("a-01", "2")]),
])
def test_realnews_gold_discrepancy_values_forms(values, entries):
    assert [(d, v) for d, v, _ in R._values({"values": values})] == entries


@pytest.mark.parametrize("field,a,b,differ", [
    ("quantity", "9 sites", "9 terror camps", False),  # one side: the same count
    ("quantity", "5", "at least 5", False),
    ("quantity", "5", "0 lost", True),
    ("location", "Port Venn", "Orrin", True),
])
def test_realnews_gold_values_differ(field, a, b, differ):
    assert R.values_differ(field, a, b) is differ


def test_realnews_gold_in_the_part_read_as_title_is_noted(dev):
    """Ingest keeps a title line out of the analysed body; gold items there are named in the
    notes (they still count as missed: a reader of the article sees them)."""
    stories, docs = dev
    docs["venn26-01"].offset = 170  # as if ingest had taken the first two sentences for the title
    out = R.score_split(stories, _export(docs), {})
    [note] = [n for n in out["notes"] if n["doc"] == "venn26-01"]
    assert note["span"] == [0, 170] and "2 gold items" in note["what"]  # the event and the label


@pytest.mark.parametrize("candidates,matched", [
    ([[0], [0]], 1),  # one flag answers one gold discrepancy
    ([[0, 1], [0]], 2),  # the second gold item needs flag 0: the first takes flag 1
    ([[], [1]], 1),
])
def test_realnews_discrepancies_matched_one_to_one(candidates, matched):
    pairs = R.one_to_one(candidates)
    assert len(pairs) == matched and len(set(pairs.values())) == matched
    assert all(i in candidates[k] for k, i in pairs.items())


def test_realnews_language_refusal_is_not_a_crash(dev):
    """A text in a language counterpoint refuses by design (E009) is counted as refused: its
    gold is missed, but it is no crash."""
    stories, docs = dev
    v1 = docs["venn26-01"]
    export = _export(docs)
    next(d for d in export["documents"] if d["id"] == v1.system_id)["error"] = (
        "[E009] language 'fr' (French) is not supported (stored, not analysed; analysed: en, ru)")
    _, crashes = R._with_errors(export, {})
    out = R.score_split(stories, export, crashes)
    assert out["scores"]["crashes"] == 0 and out["scores"]["refused"] == 1
    assert any(m["doc"] == "venn26-01" and m["what"].startswith("refused: [E009]") for m in out["misses"])


@pytest.mark.parametrize("path", sorted(R.GOLD_DIR.glob("*.facts.json")), ids=lambda p: p.name.split(".")[0])
def test_realnews_gold_discrepancy_fields_are_scored(path):
    """A gold discrepancy on a field the scorer does not know could never be found (the
    pagers24-ru check caught a 'detail' field): every field and kind must be one it scores."""
    story = json.loads(path.read_text(encoding="utf-8"))
    for cluster in story.get("cross_source", []):
        for d in cluster.get("discrepancies", []):
            assert d.get("field") in R._FIELDS, f"{path.name}: discrepancy field {d.get('field')!r} is not scored"
            assert d.get("kind") in ("conflict", "disputed"), f"{path.name}: discrepancy kind {d.get('kind')!r}"


@pytest.mark.parametrize("text,numbers", [
    ("some ten shot down", [10.0]),
    ("3 confirmed and a fourth likely", [3.0]),  # an ordinal is not a count
    ("Forty-two dead, 1,200 hurt", [42.0, 1200.0]),
    ("a two-day visit", []),  # a number word joined to another word is a compound, not a count
    ("someone", []),  # a number word inside another word is not one
])
def test_realnews_gold_numbers_read_digits_and_number_words(text, numbers):
    assert R._numbers(text) == numbers
