"""Re-running analyze over a store whose inputs did not change reuses the stored alignment;
new documents or new alias overrides realign it."""

from __future__ import annotations

import json
import random

import pytest

from counterpoint.ingest import read_inputs
from counterpoint.pipeline import analyze_into_store
from counterpoint.store import Store

from .synthetic import article, write_jsonl


def _run(store, path, aliases=None, force=False):
    stages: list[str] = []
    summary = analyze_into_store(store, read_inputs([str(path)]), aliases=aliases, force=force,
                                 on_stage=stages.append)
    return summary, stages


def test_pipeline_unchanged_inputs_reuse_alignment_new_ones_realign(tmp_path):
    first = write_jsonl(tmp_path / "a.jsonl", 6)
    with Store.open(":memory:") as store:
        s1, st1 = _run(store, first)
        assert st1[0] == "aligning the store (6 documents)" and s1.align_seconds > 0
        assert st1[1] == "grouping stories" and st1[-1] == "writing the alignment"
        assert st1[-2].startswith("omissions and discrepancies: ") and st1[-2].endswith(" stories")
        clusters_before = store.count("clusters")

        s2, st2 = _run(store, first)  # a finished run resumed: nothing new
        assert st2 == ["alignment is up to date (no new documents)"]
        assert s2.align_seconds == 0 and s2.skipped == 6
        assert (s2.events, s2.clusters) == (s1.events, s1.clusters)
        assert store.count("clusters") == clusters_before

        more = tmp_path / "b.jsonl"
        with more.open("w", encoding="utf-8") as fh:
            fh.write(json.dumps(article(99, random.Random(3))) + "\n")
        s3, st3 = _run(store, more)
        assert st3[0] == "aligning the store (7 documents)" and s3.analysed == 1

        s4, st4 = _run(store, more, aliases={"canonical": {"Wire A": "Wire A"}})
        assert st4[0].startswith("aligning")  # alias overrides changed what alignment reads

        s5, st5 = _run(store, more, aliases={"canonical": {"Wire A": "Wire A"}}, force=True)
        assert st5[0].startswith("aligning")  # --force always realigns


def test_pipeline_workers_default_to_cores_unless_one_batch(tmp_path, monkeypatch):
    """workers=None: the machine's cores, except an input that fits in one batch (no worker
    processes to start for a handful of articles)."""
    import counterpoint.pipeline as P

    used: list[int] = []

    def fake(batch, workers):
        used.append(workers)
        return P.analyze_batch(batch)

    monkeypatch.setattr(P, "_analyse", fake)
    monkeypatch.setattr(P.os, "cpu_count", lambda: 7)
    path = write_jsonl(tmp_path / "a.jsonl", 5)
    with Store.open(":memory:") as store:
        analyze_into_store(store, read_inputs([str(path)]), workers=None, batch_size=8)
        assert set(used) == {1}
    used.clear()
    with Store.open(":memory:") as store:
        summary = analyze_into_store(store, read_inputs([str(path)]), workers=None, batch_size=2)
        assert set(used) == {7} and summary.analysed == 5


def test_store_alignment_from_lean_load_equals_full_load(tmp_path):
    """Alignment reads the lean load (no texts, labels, framing); its result is the same."""
    from counterpoint.align import align_with_map
    from counterpoint.records import to_dict

    path = write_jsonl(tmp_path / "a.jsonl", 12)
    with Store.open(":memory:") as store:
        analyze_into_store(store, read_inputs([str(path)]))
        full, map_full = align_with_map(store.load_analyses())
        lean, map_lean = align_with_map(store.load_for_alignment())
    assert map_full == map_lean
    assert to_dict(full.clusters) == to_dict(lean.clusters)
    assert to_dict(full.stories) == to_dict(lean.stories)
    assert to_dict(full.omissions) == to_dict(lean.omissions)
    assert len(full.clusters) > 5 and full.omissions


@pytest.mark.parametrize("force", [False, True])
def test_pipeline_repeated_article_analysed_once(tmp_path, force):
    """An article given twice in one run (in the same batch, batches apart, or undated and
    waiting for the corpus's years) is analysed and stored once and counted as skipped, with
    or without ``force``; without it, repeats batches apart are found in the store."""
    rng = random.Random(5)
    arts = [article(i, rng) for i in range(5)]
    undated = dict(article(9, rng), published="")
    order = [arts[0], arts[1], arts[1], arts[2], undated, arts[3], arts[0], undated, arts[4]]
    path = tmp_path / "rep.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in order), encoding="utf-8")
    with Store.open(":memory:") as store:
        summary = analyze_into_store(store, read_inputs([str(path)]), batch_size=2, force=force)
        assert (summary.documents, summary.analysed, summary.skipped) == (9, 6, 3)
        assert store.count("documents") == 6


def test_pipeline_undated_waits_on_disk_and_takes_the_corpus_year(tmp_path):
    """A yearless article read first gets its year from articles stored after it (and in an
    earlier run); it waits in a file and comes back whole (title, URL, authors, outlet)."""
    rng = random.Random(11)
    earlier = dict(article(1, rng), published="2019-03-28")
    yearless = dict(article(2, rng), published="", authors=["A. Writer"], title="Yearless <b>visit</b>")
    dated = [dict(article(i, rng), published="2021-05-28") for i in range(3, 7)]
    first, second = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first.write_text(json.dumps(earlier) + "\n", encoding="utf-8")
    second.write_text("".join(json.dumps(a) + "\n" for a in [yearless, *dated]), encoding="utf-8")
    yearless_doc = next(read_inputs([str(second)]))
    with Store.open(":memory:") as store:
        analyze_into_store(store, read_inputs([str(first)]))
        summary = analyze_into_store(store, read_inputs([str(second)]), batch_size=2)
        assert (summary.analysed, summary.skipped) == (5, 0)
        stored = store.document(yearless_doc.id)
        assert stored.published_from == "inferred" and stored.published.startswith("2021")
        assert (stored.title, stored.url, stored.authors, stored.outlet, stored.text) == (
            yearless_doc.title, yearless_doc.url, yearless_doc.authors, yearless_doc.outlet, yearless_doc.text)
