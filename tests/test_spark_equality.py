"""The Spark engine gives the same records as the local engine on the same documents.

50 synthetic documents go through ``run_spark`` on local[2] (Parquet tables imported into a
store) and through the local engine (``pipeline.analyze_into_store`` with 2 workers); the
per-document tables, events, cluster memberships and discrepancies must be identical.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip(
    "pyspark", reason="the Spark engine is an optional extra: pip install 'counterpoint[spark]'"
)

from counterpoint.records import to_dict  # noqa: E402
from counterpoint.scale.synth import iter_documents, write_jsonl  # noqa: E402

N_DOCS = 50
SEED = 7

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory):
    from counterpoint.pipeline import analyze_into_store
    from counterpoint.scale.spark import run_spark, stop_spark
    from counterpoint.store import Store

    tmp: Path = tmp_path_factory.mktemp("spark")
    corpus = tmp / "corpus.jsonl"
    write_jsonl(corpus, N_DOCS, seed=SEED)
    try:
        summary = run_spark(str(corpus), str(tmp / "out"), master="local[2]", workers_hint=2)
        # the same documents as Parquet take the other input path (repartitioned, not split)
        import pandas as pd

        from counterpoint.scale.spark import analyze_on_spark, spark_session

        pd.read_json(corpus, lines=True, dtype=False).to_parquet(tmp / "corpus.parquet")
        from_parquet = list(analyze_on_spark(spark_session("local[2]"), str(tmp / "corpus.parquet"), str(tmp / "pq")))
    finally:
        stop_spark()
    spark_store = Store.open(":memory:")
    spark_store.import_tables(tmp / "out")
    local_store = Store.open(":memory:")
    analyze_into_store(local_store, iter_documents(N_DOCS, seed=SEED), workers=2)
    yield summary, spark_store, local_store, from_parquet
    spark_store.close()
    local_store.close()


def test_summary_counts_every_document(stores) -> None:
    summary, spark_store, _, _ = stores
    assert summary["documents"] == N_DOCS == spark_store.count("documents")
    assert summary["errors"] == 0
    assert "analyze_document" in summary["distributed"]
    # a small JSONL input is split by bytes into one partition per core, each with documents
    import pyarrow.parquet as pq

    assert summary["partitions"] == 2
    parts = sorted((Path(summary["output_dir"]) / "documents").glob("part-*.parquet"))
    assert len(parts) == 2 and all(pq.read_metadata(p).num_rows > 0 for p in parts)


def test_parquet_input_gives_the_same_analyses(stores) -> None:
    _, spark_store, _, from_parquet = stores
    spark = sorted((to_dict(a) for a in spark_store.load_analyses()), key=lambda d: d["document"]["id"])
    parquet = sorted((to_dict(a) for a in from_parquet), key=lambda d: d["document"]["id"])
    assert len(parquet) == N_DOCS
    assert [d["events"] for d in parquet] == [d["events"] for d in spark]


def test_per_document_tables_identical(stores) -> None:
    _, spark_store, local_store, _ = stores
    spark = [to_dict(a) for a in spark_store.load_analyses()]
    local = [to_dict(a) for a in local_store.load_analyses()]
    assert len(spark) == len(local) == N_DOCS
    assert spark == local


def test_events_clusters_discrepancies_identical(stores) -> None:
    _, spark_store, local_store, _ = stores
    s, lo = spark_store.load_result(), local_store.load_result()

    def events(r):
        return sorted((e.id, e.type, tuple(e.actor), tuple(e.recipient)) for e in r.events)

    def clusters(r):
        return sorted((c.id, c.type, tuple(sorted(c.events))) for c in r.clusters)

    def discrepancies(r):
        return sorted(
            (c.id, repr(to_dict(c.discrepancies)), repr(to_dict(c.scope_notes))) for c in r.clusters
        )

    assert events(s) == events(lo)
    assert clusters(s) == clusters(lo)
    assert discrepancies(s) == discrepancies(lo)
    assert sorted(to_dict(s.actors), key=repr) == sorted(to_dict(lo.actors), key=repr)
    # every event is in exactly one cluster, in both engines
    assert sorted(e for c in s.clusters for e in c.events) == sorted(e.id for e in s.events)
