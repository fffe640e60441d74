"""The DuckDB store: round trips, idempotency, replacement, integrity, locking, import."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from counterpoint.errors import StoreError
from counterpoint.records import (
    Actor,
    Cluster,
    CorpusResult,
    DateValue,
    Discrepancy,
    DiscrepancyValue,
    DocAnalysis,
    Document,
    Event,
    Quantity,
    Quote,
)
from counterpoint.store import Store
from counterpoint.store.db import IdList


def _analysis(doc_id: str = "doc_1", source: str = "a.txt", text: str = "Kellogg met Lukashenko on 20 June.") -> DocAnalysis:
    d = Document(id=doc_id, source=source, outlet="Outlet", text=text, published="2025-07-10", published_from="text")
    e = Event(id=f"ev_{doc_id}", doc=doc_id, type="CONSULT", mode="visit", actor=[f"la_{doc_id}"], recipient=[],
              trigger="met", span=(0, 22), sentence=text, sentence_span=(0, len(text)),
              date=DateValue(value="2025-06-20", text="20 June", precision="day", span=(26, 33)),
              quantity=Quantity(doc=doc_id, value=66, unit="prisoners", approximate=False, text="66 prisoners", span=(0, 2)))
    return DocAnalysis(
        document=d, actors=[Actor(id=f"la_{doc_id}", name="Keith Kellogg", kind="person", aliases=["Kellogg"])],
        events=[e], quotes=[Quote(id=f"q_{doc_id}", doc=doc_id, speaker=f"la_{doc_id}", speaker_text="Kellogg",
                                  kind="direct", text="x", span=(1, 2))],
        sentences=[(0, len(text))],
    )


@pytest.fixture
def store():
    s = Store.open(":memory:")
    yield s
    s.close()


def test_store_roundtrip_equals_input(store):
    a = _analysis()
    store.put_analyses([a])
    (b,) = list(store.load_analyses())
    assert b == a


@pytest.mark.parametrize("times", [2, 3])
def test_store_same_input_twice_adds_nothing(store, times):
    for _ in range(times):
        store.put_analyses([_analysis()])
    assert store.count("documents") == 1
    assert store.count("events") == 1
    assert store.count("quotes") == 1
    assert store.integrity_check() == []


def test_store_changed_article_replaces_old_version(store):
    store.put_analyses([_analysis("doc_1", "a.txt")])
    store.put_analyses([_analysis("doc_2", "a.txt", text="Kellogg met Lukashenko on 21 June.")])
    assert [d.id for d in store.documents()] == ["doc_2"]
    assert store.count("events") == 1


def test_store_alignment_replaced_and_rewritten(store):
    store.put_analyses([_analysis()])
    result = CorpusResult(
        actors=[Actor(id="actor_g", name="Keith Kellogg", kind="person")],
        clusters=[Cluster(id="cl_1", type="CONSULT", mode="visit", events=["ev_doc_1"], documents=["doc_1"],
                          summary="s", date="2025-06-20",
                          discrepancies=[Discrepancy(field="date", note="n", values=[
                              DiscrepancyValue(doc="doc_1", event="ev_doc_1", value="2025-06-20")])])],
    )
    for _ in range(2):
        store.put_alignment(result, {"la_doc_1": "actor_g"})
    loaded = store.load_result()
    assert loaded.events[0].actor == ["actor_g"]
    assert loaded.quotes[0].speaker == "actor_g"
    assert loaded.clusters == result.clusters
    assert store.count("clusters") == 1
    assert store.cluster_count(min_documents=1) == 1 and store.cluster_count() == 0  # one document only


def test_store_search_finds_text_case_insensitively(store):
    store.put_analyses([_analysis()])
    hits = store.search("LUKASHENKO")
    assert hits and hits[0]["doc"] == "doc_1" and "Lukashenko" in hits[0]["snippet"]
    assert store.search("nothing-like-this") == []


def test_store_second_process_gets_clear_message(tmp_path):
    db = tmp_path / "x.duckdb"
    Store.open(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from counterpoint.store import Store
            s = Store.open({str(db)!r}); print('ready', flush=True); time.sleep(30)
        """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError) as err:
            Store.open(db)
        assert "E020" in str(err.value) and str(db) in str(err.value)
    finally:
        holder.kill()
        holder.wait()


def test_store_import_tables_from_parquet(tmp_path, store):
    from counterpoint.export import write_tables

    store.put_analyses([_analysis()])
    write_tables(store, tmp_path, "parquet")
    other = Store.open(":memory:")
    assert other.import_tables(tmp_path) == 1
    assert list(other.load_analyses()) == list(store.load_analyses())


def test_store_export_tables_then_import_keeps_rows_and_order(tmp_path, store):
    """What the Spark driver writes (DuckDB's own Parquet, one part per table) imports back
    whole and in order, next to executor parts of the same table; hidden temporary files are
    not read."""
    from counterpoint.store import tables as T

    store.put_analyses([_analysis()])
    clusters = [Cluster(id=f"cl_{i}", type="CONSULT", mode="visit", events=[], documents=["doc_1"], summary=f"s{i}",
                        date=None) for i in (3, 1, 2)]
    store.put_alignment(CorpusResult(clusters=clusters), {"la_1": "actor_g"})
    store.export_tables(tmp_path, T.DOC_TABLES + T.ALIGN_TABLES, "part-00000-driver")
    (tmp_path / "documents" / ".part-00001.parquet.tmp").write_bytes(b"half-written")
    other = Store.open(":memory:")
    assert other.import_tables(tmp_path) == 1
    assert list(other.load_analyses()) == list(store.load_analyses())
    assert [r["id"] for r in other.alignment_rows("clusters")] == ["cl_3", "cl_1", "cl_2"]  # row order kept
    assert other.load_result().clusters == store.load_result().clusters
    assert other.actor_map() == {"la_1": "actor_g"}
    with pytest.raises(ValueError):
        store.export_tables(tmp_path, ["no_such_table"], "p")


def test_store_alignment_written_in_chunks_keeps_every_row(store, monkeypatch):
    """Alignment rows are built and inserted a chunk at a time; every row still lands once."""
    import counterpoint.store.db as db

    monkeypatch.setattr(db, "ALIGN_CHUNK_ROWS", 2)
    store.put_analyses([_analysis()])
    clusters = [Cluster(id=f"cl_{i}", type="CONSULT", mode="visit", events=[], documents=["doc_1"], summary=f"s{i}",
                        date=None) for i in range(7)]
    store.put_alignment(CorpusResult(clusters=clusters), {f"la_{i}": "actor_g" for i in range(5)})
    assert store.load_result().clusters == clusters
    assert store.count("actor_map") == 5


@pytest.mark.parametrize("fail", [False, True])
def test_store_capped_memory_restores_the_limit(tmp_path, fail):
    store = Store.open(str(tmp_path / "s.duckdb"))

    def limit():
        return store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]

    before = limit()
    with pytest.raises(RuntimeError) if fail else _nothing():
        with store.capped_memory("64MB"):
            assert limit() != before
            store.put_analyses([_analysis()])
            if fail:
                raise RuntimeError("stop")
    assert limit() == before
    assert store.count("documents") == 1
    store.close()


def test_store_capped_memory_leaves_an_in_memory_store_alone(store):
    before = store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    with store.capped_memory("64MB"):
        assert store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0] == before


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@pytest.mark.parametrize("ids", [[], ["d1"], ["doc_b9d7", "Łukašenka/№1", "", "d"]])
def test_store_idlist_indexes_and_slices_like_a_list(ids):
    """The alignment order is held as an IdList: it must read back exactly as the list."""
    got = IdList(ids)
    assert len(got) == len(ids) and list(got) == ids
    for s in (slice(None), slice(1, 3), slice(-2, None), slice(5, 9)):
        assert got[s] == ids[s]
    if ids:
        assert got[-1] == ids[-1] and got[0] == ids[0]
    with pytest.raises(IndexError):
        got[len(ids)]


def test_store_terms_round_trip_and_reach_story_grouping(store):
    """Content terms are stored with the document and read back by story grouping; a row
    written before they existed (NULL) reads as no terms."""
    a = _analysis()
    a.terms = {"earthquake": 3, "#43 workers": 1}
    b = _analysis("doc_2", "b.txt")
    store.put_analyses([a, b])
    store.con.execute("UPDATE documents SET terms = NULL WHERE id = 'doc_2'")
    got = {doc.id: terms for doc, _evs, _named, terms in store.iter_story_inputs(lambda ids: {})}
    assert got == {"doc_1": {"earthquake": 3, "#43 workers": 1}, "doc_2": {}}
    assert [x.terms for x in store.load_analyses()] == [a.terms, {}]


def test_store_made_before_terms_gains_the_column(tmp_path):
    """A store whose documents table has no terms column (made before them) is migrated."""
    path = str(tmp_path / "old.duckdb")
    with Store.open(path) as s:
        s.put_analyses([_analysis()])
        s.con.execute("ALTER TABLE documents DROP COLUMN terms")
    with Store.open(path) as s:
        s.put_analyses([_analysis("doc_2", "b.txt")])
        assert [x.terms for x in s.load_analyses()] == [{}, {}]
