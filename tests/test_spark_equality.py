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
    finally:
        stop_spark()
    spark_store = Store.open(":memory:")
    spark_store.import_tables(tmp / "out")
    local_store = Store.open(":memory:")
    analyze_into_store(local_store, iter_documents(N_DOCS, seed=SEED), workers=2)
    yield summary, spark_store, local_store
    spark_store.close()
    local_store.close()


def test_summary_counts_every_document(stores) -> None:
    summary, spark_store, _ = stores
    assert summary["documents"] == N_DOCS == spark_store.count("documents")
    assert summary["errors"] == 0
    assert "analyze_document" in summary["distributed"]


def test_per_document_tables_identical(stores) -> None:
    _, spark_store, local_store = stores
    spark = [to_dict(a) for a in spark_store.load_analyses()]
    local = [to_dict(a) for a in local_store.load_analyses()]
    assert len(spark) == len(local) == N_DOCS
    assert spark == local


def test_events_clusters_discrepancies_identical(stores) -> None:
    _, spark_store, local_store = stores
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
