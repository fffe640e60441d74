"""The Russian blocks of ``counterpoint eval realnews`` (``--split dev-ru``): the cross-language
scores on tiny self-written gold and export dicts (an invented harbour story, told once in
English and once in Russian), and the block's loading rules. No third-party text here."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from counterpoint.eval import realnews as R

EN_TEXT = "Mayor Ilsa Brenner met Governor Tomas Okafor in Port Venn on Monday. The talks lasted two hours."
RU_TEXT = "Мэр Ильза Бреннер встретилась с губернатором Томасом Окафором в Порт-Венне во вторник."


def _span(text: str, phrase: str) -> list[int]:
    i = text.index(phrase)
    return [i, i + len(phrase)]


def _stories(discrepancy: dict | None = None) -> tuple[R.Story, R.Story]:
    """The Russian story (scored) and the English one it pairs with (context), texts read."""
    en_gold = {"events": [{"id": "e1", "kind": "meet", "plover": "CONSULT", "main": True, "date": "2026-03-09",
                           "span": _span(EN_TEXT, "Mayor Ilsa Brenner met Governor Tomas Okafor")}]}
    ru_gold = {"events": [{"id": "e1", "kind": "meet", "plover": "CONSULT", "main": True, "date": "2026-03-10",
                           "span": _span(RU_TEXT, "Мэр Ильза Бреннер встретилась")}]}
    en = R.Story("harbor26", "dev", {"story": "harbor26", "split": "dev", "actors": {
        "Ilsa Brenner": {"kind": "person", "aliases": ["Ilsa Brenner", "Brenner"]},
        "Tomas Okafor": {"kind": "person", "aliases": ["Tomas Okafor", "Okafor"]}}})
    ru = R.Story("harbor26-ru", "dev", {
        "story": "harbor26-ru", "split": "dev", "language": "ru", "pairs_with": "harbor26",
        "actors": {"Ilsa Brenner": {"kind": "person", "aliases": ["Ильза Бреннер", "Бреннер"]},
                   "Tomas Okafor": {"kind": "person", "aliases": ["Томас Окафор", "Томасом Окафором", "Окафором"]}},
        "cross_source": [{"cluster": "x1", "label": "the harbour talks",
                          "members": [["harbor26-01", "e1"], ["harbor26-ru-01", "e1"]],
                          "discrepancies": [discrepancy] if discrepancy else []}]})
    en.docs.append(R.GoldDoc("harbor26-01", "harbor26", "dev", {"id": "harbor26-01"}, en_gold, EN_TEXT, 0, "d_en"))
    ru.docs.append(R.GoldDoc("harbor26-ru-01", "harbor26-ru", "dev", {"id": "harbor26-ru-01"}, ru_gold, RU_TEXT, 0, "d_ru"))
    return ru, en


def _event(eid: str, doc: str, text: str, phrase: str, date: str | None = None) -> dict:
    span = _span(text, phrase)
    return {"id": eid, "doc": doc, "type": "CONSULT", "trigger": phrase.split()[-1], "span": span, "sentence_span": span,
            "negated": False, "hypothetical": False, "date": {"value": date, "precision": "day"} if date else None}


def _export(clusters: list[list[str]], flags: list[dict] | None = None) -> dict:
    return {"documents": [{"id": "d_en", "error": None}, {"id": "d_ru", "error": None}],
            "events": [_event("v_en", "d_en", EN_TEXT, "Mayor Ilsa Brenner met", "2026-03-09"),
                       _event("v_ru", "d_ru", RU_TEXT, "Бреннер встретилась", "2026-03-10")],
            "clusters": [{"id": f"c{i}", "events": evs, "discrepancies": []} for i, evs in enumerate(clusters)],
            "quotes": [], "labels": [], "actors": [], "stories": [], "discrepancies": flags or []}


def _mention(doc: str, actor: str, text: str) -> SimpleNamespace:
    return SimpleNamespace(doc=doc, actor=actor, text=text, kind="name")


@pytest.mark.parametrize("mentions,gold,merged,judged,right,unjudged", [
    # one actor under one id in both scripts: the one gold pair is merged, the one merge right
    ([("d_ru", "g1", "Ильза Бреннер"), ("d_en", "g1", "Ilsa Brenner")], 1, 1, 1, 1, 0),
    # Okafor's Cyrillic spelling under another id than his Latin one: a pair missed, no merge
    ([("d_ru", "g2", "Томасом Окафором"), ("d_en", "g3", "Tomas Okafor")], 1, 0, 0, 0, 0),
    # a false merge between two people: Okafor's Cyrillic name under Brenner's id
    ([("d_ru", "g1", "Томас Окафор"), ("d_en", "g1", "Ilsa Brenner")], 0, 0, 1, 0, 0),
    # a spelling the gold does not know is not judged
    ([("d_ru", "g1", "Незнакомец"), ("d_en", "g1", "Ilsa Brenner")], 0, 0, 0, 0, 1),
    # a Latin spelling in the Russian text is not a Cyrillic mention (and the reverse)
    ([("d_ru", "g1", "Ilsa Brenner"), ("d_en", "g1", "Ilsa Brenner")], 0, 0, 0, 0, 0),
])
def test_eval_realnews_ru_actor_merges(mentions, gold, merged, judged, right, unjudged):
    ru, en = _stories()
    out = R.score_split([ru], _export([]), {}, context=[en], mentions=[_mention(*m) for m in mentions])
    c = out["counts"]
    assert (c.get("xactor_pairs_gold", 0), c.get("xactor_pairs_merged", 0)) == (gold, merged)
    assert (c.get("xactor_merges", 0), c.get("xactor_merges_right", 0)) == (judged, right)
    assert c.get("xactor_merges_unjudged", 0) == unjudged
    s = out["scores"]
    assert s["cross_language_actor_merge_recall"] == (merged / gold if gold else None)
    assert s["cross_language_actor_merge_precision"] == (right / judged if judged else None)


def test_eval_realnews_ru_actor_merge_false_merge_listed():
    ru, en = _stories()
    out = R.score_split([ru], _export([]), {}, context=[en],
                        mentions=[_mention("d_ru", "g1", "Томас Окафор"), _mention("d_en", "g1", "Ilsa Brenner")])
    assert [f["what"] for f in out["false_positives"]] == [
        "actors merged across languages: 'томас окафор' (Tomas Okafor) and 'ilsa brenner' (Ilsa Brenner)"]


@pytest.mark.parametrize("clusters,found", [([["v_en", "v_ru"]], 1), ([["v_en"], ["v_ru"]], 0), ([], 0)])
def test_eval_realnews_ru_cross_language_cluster_recall(clusters, found):
    ru, en = _stories()
    out = R.score_split([ru], _export(clusters), {}, context=[en], mentions=[])
    assert (out["counts"]["xclu_gold"], out["counts"].get("xclu_found", 0)) == (1, found)
    assert out["scores"]["cross_language_cluster_recall"] == found
    # only the Russian document is scored for events; the English one is context
    assert out["counts"]["events_gold"] == 1 and out["scores"]["documents"] == 1


@pytest.mark.parametrize("values,found", [
    ([("d_en", "2026-03-09"), ("d_ru", "2026-03-10")], 1),
    ([("d_en", "2026-03-09"), ("d_ru", "2026-03-09")], 0),  # the flag does not hold the Russian value
])
def test_eval_realnews_ru_cross_language_discrepancy(values, found):
    gold = {"kind": "conflict", "field": "date", "values": {"harbor26-01": "2026-03-09", "harbor26-ru-01": "2026-03-10"}}
    ru, en = _stories(gold)
    flag = {"kind": "conflict", "field": "date", "values": [{"doc": d, "value": v} for d, v in values]}
    out = R.score_split([ru], _export([["v_en", "v_ru"]], [flag]), {}, context=[en], mentions=[])
    c = out["counts"]
    assert (c["xdisc_gold"], c.get("xdisc_found", 0)) == (1, found)
    assert out["scores"]["cross_language_discrepancy_recall"] == found


@pytest.mark.parametrize("together,tp,fn", [(True, 1, 0), (False, 0, 1)])
def test_eval_realnews_ru_story_pairs_across_languages(together, tp, fn):
    ru, en = _stories()
    export = _export([])
    export["stories"] = ([{"id": "s1", "documents": ["d_en", "d_ru"]}] if together
                         else [{"id": "s1", "documents": ["d_en"]}, {"id": "s2", "documents": ["d_ru"]}])
    c = R.score_split([ru], export, {}, context=[en], mentions=[])["counts"]
    assert (c.get("pairs_tp", 0), c.get("pairs_fn", 0)) == (tp, fn)


def test_eval_realnews_ru_english_block_unchanged_by_russian_files(tmp_path: Path):
    """A Russian story file never enters the English block, and the Russian block brings in
    only the English story it pairs with."""
    for sid, extra in [("harbor26", {}), ("other26", {}), ("harbor26-ru", {"language": "ru", "pairs_with": "harbor26"})]:
        (tmp_path / f"{sid}.facts.json").write_text(json.dumps({"story": sid, "split": "dev", "documents": [], **extra}))
    assert [s.id for s in R.load_stories(tmp_path, "dev")] == ["harbor26", "other26"]
    assert [s.id for s in R.load_stories(tmp_path, "dev", "ru")] == ["harbor26-ru"]
    assert R.split_language("dev-ru") == ("dev", "ru") and R.split_language("heldout") == ("heldout", "en")
    texts = tmp_path / "texts"
    texts.mkdir()
    report = R.evaluate_texts(texts, "dev-ru", gold_dir=tmp_path)
    assert report["skipped"].startswith(f"none of the dev-ru texts is in {texts}")


@pytest.mark.parametrize("text,script", [("Путин", "cyrl"), ("Putin", "latn"), ("Путин Putin", None), ("2025", None)])
def test_eval_realnews_ru_script_of(text, script):
    assert R.script_of(text) == script


@pytest.mark.parametrize("system,gold,found", [
    ("российский диктатор", "российским диктатором", True),  # nominative vs the text's case
    ("диктатор", "российским диктатором", True),
    ("президент США", "президента США", True),
    ("президент", "премьер-министр", False),
    ("American leader", "the American leaders", False),  # English words are compared whole, as before
])
def test_eval_realnews_ru_label_words_across_russian_case_endings(system, gold, found):
    assert R.contains_words(system, gold) is found


RU = {"language": "ru"}


@pytest.mark.parametrize(
    ("files", "block", "opened"),
    [
        # dev-ru reads its Russian stories and the English stories they pair with in the same split,
        # nothing of the held-out split (Russian or English); a pair across splits stays unpaired
        ([("harbor26", "dev", {}), ("harbor26-ru", "dev", {**RU, "pairs_with": "harbor26"}),
          ("vault26", "heldout", {}), ("vault26-ru", "heldout", {**RU, "pairs_with": "vault26"}),
          ("stray26-ru", "dev", {**RU, "pairs_with": "vault26"})],
         "dev-ru", ["harbor26", "harbor26-ru", "stray26-ru"]),
        # an English story rotated from held out into dev still pairs its held-out Russian story
        # (dev texts may always be opened); other dev stories are not opened
        ([("harbor26", "dev", {}), ("vault26", "dev", {}), ("vault26-ru", "heldout", {**RU, "pairs_with": "vault26"})],
         "heldout-ru", ["vault26", "vault26-ru"]),
    ],
    ids=["dev-block-never-opens-heldout", "heldout-block-pairs-with-a-dev-english-story"],
)
def test_eval_realnews_ru_block_opens_only_its_stories_and_pairs(tmp_path: Path, monkeypatch, files, block, opened):
    for sid, split, extra in files:
        (tmp_path / f"{sid}.facts.json").write_text(json.dumps({"story": sid, "split": split, "documents": [], **extra}))
    seen: list[str] = []
    monkeypatch.setattr(R, "read_texts", lambda stories, texts: seen.extend(s.id for s in stories) or [])
    (tmp_path / "texts").mkdir()
    R.evaluate_texts(tmp_path / "texts", block, gold_dir=tmp_path)
    assert sorted(seen) == opened
