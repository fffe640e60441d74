"""Segmented alignment (align/segments.py): one segment is exactly the whole-corpus
alignment; appending documents realigns only from the first changed segment and gives what a
full realignment gives; a failed run leaves the stored alignment as it was."""

from __future__ import annotations

import json

import pytest

from counterpoint.align import align_with_map
from counterpoint.align import segments as S
from counterpoint.align.coref import Features, cluster_features, compatible, event_features
from counterpoint.records import DocAnalysis, Mention
from counterpoint.scale.synth import synthetic_analyses
from counterpoint.store import Store, db
from counterpoint.store import tables as T


def _analyses(n_events: int, seed: int = 5, readable: bool = True) -> list[DocAnalysis]:
    out = list(synthetic_analyses(n_events, seed=seed))
    if readable:  # documents with text form stories and have omissions
        for a in out:
            a.document.text = " ".join(e.sentence for e in a.events)
    return out


def _dump(store: Store) -> dict[str, list[str]]:
    out = {}
    for table in T.ALIGN_TABLES:
        rows = [json.dumps(r, sort_keys=True, default=str)
                for r in store._rows(f'SELECT * FROM "{table}" ORDER BY rowid')]
        out[table] = rows if table == "omissions" else sorted(rows)  # omissions keep their order
    return out


def _stored(analyses: list[DocAnalysis]) -> Store:
    store = Store.open(":memory:")
    store.put_analyses(analyses)
    return store


@pytest.mark.parametrize("readable", [True, False])
def test_segments_one_segment_equals_whole_corpus_alignment(readable):
    analyses = _analyses(400, readable=readable)
    with _stored(analyses) as store:
        result, mapping = align_with_map(store.load_for_alignment())
        expected = {t: rows for t, rows in T.alignment_rows(result, mapping).items()}
        stats = S.align_store(store, inputs_key="k:x", segment_docs=10_000)
        got = _dump(store)
    assert stats.segments == 1 and stats.clusters > 10
    if readable:
        assert stats.stories > 3 and stats.omissions > 0
    else:  # no stories: every cluster is an orphan, still with its discrepancies
        assert stats.stories == 0 and any(json.loads(r)["discrepancies"] != "[]" for r in got["clusters"])
    for table, rows in expected.items():
        want = [json.dumps(r, sort_keys=True, default=str) for r in rows]
        assert got[table] == (want if table == "omissions" else sorted(want)), table


@pytest.mark.parametrize("segment_docs", [7, 16])
def test_segments_appending_documents_realigns_from_the_changed_segment(segment_docs):
    # 1,500 events: enough stories with omissions that copied and recomputed stories interleave
    analyses = _analyses(1500)
    with Store.open(":memory:") as store:
        store.put_analyses(analyses)
        order = store.alignment_order()
    cut = len(order) * 2 // 3
    first = set(order[:cut])
    with Store.open(":memory:") as store:
        store.put_analyses([a for a in analyses if a.document.id in first])
        S.align_store(store, inputs_key=store.alignment_inputs_key(), segment_docs=segment_docs)
        store.put_analyses([a for a in analyses if a.document.id not in first])
        inc = S.align_store(store, inputs_key=store.alignment_inputs_key(), segment_docs=segment_docs)
        incremental = _dump(store)
        full = S.align_store(store, inputs_key=store.alignment_inputs_key(), segment_docs=segment_docs, force=True)
        assert full.recomputed_from == 0 and full.kept_clusters == 0
        assert _dump(store) == incremental
    assert inc.recomputed_from >= 1 and inc.kept_clusters > 0
    assert 0 < inc.kept_stories < inc.stories and inc.omissions > 0  # early stories copied, not recomputed


def test_segments_load_at_most_a_few_segments_at_a_time(monkeypatch):
    analyses = _analyses(600)
    loads: list[int | None] = []
    with _stored(analyses) as store:
        real = store.load_for_alignment

        def spy(docs=None):
            loads.append(None if docs is None else len(docs))
            return real(docs)

        monkeypatch.setattr(store, "load_for_alignment", spy)
        S.align_store(store, inputs_key="k:x", segment_docs=10)
        n = store.count("documents")
    assert None not in loads  # never the whole store
    assert n > 60 and max(loads) <= n // 2


def test_segments_clusters_stay_pairwise_compatible():
    analyses = _analyses(500, seed=9)
    with _stored(analyses) as store:
        S.align_store(store, inputs_key="k:x", segment_docs=8)
        clusters = [T.row_record("clusters", r) for r in store._rows("SELECT * FROM clusters")]
        result = store.load_result()
    docs = {d.id: d for d in result.documents}
    feats = {e.id: event_features(e, 0, docs[e.doc].published) for e in result.events}
    assert sorted(i for c in clusters for i in c.events) == sorted(feats)  # every event once
    for c in clusters:
        fs = [feats[i] for i in c.events]
        assert all(compatible(a, b) for k, a in enumerate(fs) for b in fs[k + 1 :]), c.id


def _feature(i: int, doc: str, persons: frozenset[str]) -> Features:
    return Features(id=f"e{i}", doc=doc, type="CONSULT", mode="meet", participants=persons, date=None,
                    place=None, lemma="meet", words=frozenset({"met", "capital"}), backref=False, order=i,
                    persons=persons)


def test_coref_carried_clusters_keep_members_and_never_merge():
    a = frozenset({"actor_a", "actor_b"})
    feats = [_feature(0, "d1", a), _feature(1, "d2", a), _feature(2, "d3", a)]
    assert cluster_features(feats) == [[0, 1, 2]]
    # Carried apart, 0 and 1 stay apart; the new mention joins one of them.
    groups = cluster_features(feats, carried=[[0], [1]])
    assert sorted(map(sorted, groups)) in ([[0, 2], [1]], [[0], [1, 2]])


def test_segments_failed_run_keeps_the_stored_alignment(monkeypatch):
    analyses = _analyses(300)
    with _stored(analyses) as store:
        S.align_store(store, inputs_key="k:x", segment_docs=10)
        before = _dump(store)

        def boom(*_a, **_k):
            raise RuntimeError("killed")

        monkeypatch.setattr(S, "_stories_and_omissions", boom)
        with pytest.raises(RuntimeError):
            S.align_store(store, inputs_key="k:x", segment_docs=10, force=True)
        assert _dump(store) == before
        tables = {r[0] for r in store.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        assert not any(t.startswith("_stage_") for t in tables)


def test_segments_story_naming_a_renamed_actor_is_recomputed():
    """A stored alignment made when an actor had another name (a spelling that was the most
    frequent then): the stories that name the actor are recomputed, the others copied."""
    with _stored(_analyses(500)) as store:
        key = store.alignment_inputs_key()
        S.align_store(store, inputs_key=key, segment_docs=16)
        summaries = [r[0] for r in store.con.execute("SELECT summary FROM clusters").fetchall()]
        names = [r[0] for r in store.con.execute("SELECT name FROM actors WHERE kind = 'person'").fetchall()]
        name = max(names, key=lambda n: (sum(n in s for s in summaries), n))
        assert sum(name in s for s in summaries) > 0
        old = "Formerly Spelt"
        store.con.execute("UPDATE actors SET name = ? WHERE name = ?", [old, name])
        for table, col in (("clusters", "summary"), ("clusters", "discrepancies"), ("stories", "title"),
                           ("omissions", "description")):
            store.con.execute(f"UPDATE {table} SET {col} = replace({col}, ?, ?)", [name, old])
        inc = S.align_store(store, inputs_key=key, segment_docs=16)
        incremental = _dump(store)
        S.align_store(store, inputs_key=key, segment_docs=16, force=True)
        assert _dump(store) == incremental
    assert not any(old in row for rows in incremental.values() for row in rows)
    assert inc.recomputed_from == inc.segments - 1 and 0 < inc.kept_stories < inc.stories


def test_segments_file_store_aligns_with_duckdb_memory_capped(tmp_path, monkeypatch):
    analyses = _analyses(400)
    with _stored(analyses) as store:
        S.align_store(store, inputs_key="k:x", segment_docs=10)
        expected = _dump(store)
    seen = []
    real = S._story_chunk

    def spy(store, *a, **k):
        seen.append(store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0])
        return real(store, *a, **k)

    monkeypatch.setattr(S, "_story_chunk", spy)
    with Store.open(str(tmp_path / "s.duckdb")) as store:
        store.put_analyses(analyses)
        before = store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        S.align_store(store, inputs_key="k:x", segment_docs=10)
        assert _dump(store) == expected
        assert store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0] == before
    assert seen and set(seen) == {"61.0 MiB"}  # ALIGN_MEMORY_LIMIT, 64 MB


@pytest.mark.parametrize("checkpoint", [True, False])
def test_segments_cap_starts_after_a_checkpoint(tmp_path, monkeypatch, checkpoint):
    """Rows appended since the last checkpoint are held in memory DuckDB cannot evict; after a
    long stream of writes they took most of the 64 MB cap and the capped alignment of 100,000
    articles ran out of memory at once. Alignment checkpoints before it caps DuckDB, so the
    capped run starts with no such rows (without the checkpoint, the control case, it does not)."""
    held: list[float] = []
    real = db.Store.run_capped

    def spy(self, fn, *a, **k):
        held.append(self.con.execute(
            "SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory() WHERE tag = 'IN_MEMORY_TABLE'"
        ).fetchone()[0])
        return real(self, fn, *a, **k)

    monkeypatch.setattr(db.Store, "run_capped", spy)
    if not checkpoint:
        monkeypatch.setattr(db.Store, "checkpoint", lambda self: None)
    with Store.open(str(tmp_path / "s.duckdb")) as store:
        store.put_analyses(_analyses(400))
        S.align_store(store, inputs_key="k:x", segment_docs=10)
    assert len(held) == 1 and (held[0] == 0) == checkpoint


def test_segments_out_of_memory_under_the_cap_runs_again_uncapped(tmp_path, monkeypatch):
    analyses = _analyses(400)
    with _stored(analyses) as store:
        S.align_store(store, inputs_key="k:x", segment_docs=10)
        expected = _dump(store)
    monkeypatch.setattr(db, "ALIGN_MEMORY_LIMIT", "1MB")  # far too small: DuckDB runs out under it
    runs = []
    real = S._align_store

    def spy(*a, **k):
        runs.append(1)
        return real(*a, **k)

    monkeypatch.setattr(S, "_align_store", spy)
    said: list[str] = []
    with Store.open(str(tmp_path / "s.duckdb")) as store:
        store.put_analyses(analyses)
        S.align_store(store, inputs_key="k:x", segment_docs=10, on_stage=said.append)
        assert _dump(store) == expected
    assert len(runs) == 2
    assert [m for m in said if "without the cap" in m] == [m for m in said if "1MB" in m] != []


@pytest.mark.parametrize("chunk", [1, 3, 7])
def test_store_reads_in_document_chunks_equal_whole_table_reads(chunk, monkeypatch):
    """Whole-store reads go a few documents at a time (``GROUP_CHUNK_DOCS``); the records, and
    so the alignment, are exactly those of one chunk holding every document."""
    analyses = _analyses(120)
    analyses[3].document.text = None  # an error document among them
    analyses[3].document.error = "fetch failed"
    for an in analyses[::5]:  # a pronoun: alignment reads name mentions only
        an.mentions.append(Mention(doc=an.document.id, actor=an.actors[0].id, text="he", span=(0, 2), kind="pronoun"))

    def reads(store: Store) -> tuple:
        mapping = {a.id: a.id for an in analyses for a in an.actors}
        stories = [(doc, [tuple(getattr(e, k) for k in e.__slots__) for e in evs], named, terms)
                   for doc, evs, named, terms in store.iter_story_inputs(lambda _docs: mapping)]
        return (list(store.load_analyses()), list(store.load_actor_inputs()), list(store.load_for_alignment()),
                stories)

    with _stored(analyses) as store:
        whole = reads(store)
        S.align_store(store, inputs_key="k:x", segment_docs=10)
        want = _dump(store)
    monkeypatch.setattr(db, "GROUP_CHUNK_DOCS", chunk)
    with _stored(analyses) as store:
        assert reads(store) == whole
        assert len(whole[0]) == len(analyses) and sum(len(an.events) for an in whole[0]) > 100
        kinds = [{m.kind for an in part for m in an.mentions} for part in whole[:3]]
        assert kinds == [{"name", "pronoun"}, {"name"}, {"name"}]
        S.align_store(store, inputs_key="k:x", segment_docs=10)
        assert _dump(store) == want
