"""The Spark engine gives the same records as the local engine on the same documents.

50 synthetic documents go through ``run_spark`` on local[2] (Parquet tables imported into a
store) and through the local engine (``pipeline.analyze_into_store`` with 2 workers, reading
the same JSONL file); the per-document tables, events, cluster memberships and discrepancies
must be identical. A small file of articles as scrapers write them (field aliases, a yearless
and an undated byline, a repeated article, a bad line, a blank line) must give both engines
the same documents too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip(
    "pyspark", reason="the Spark engine is an optional extra: pip install 'counterpoint[spark]'"
)

from counterpoint.records import to_dict  # noqa: E402
from counterpoint.scale.synth import write_jsonl  # noqa: E402

N_DOCS = 50
SEED = 7
RAW = [
    {"body": "On 20 June, envoy Keith Kellogg met Alexander Lukashenko in Minsk. Officials said 14 "
             "prisoners were released.", "headline": "Envoy in Minsk", "date": "2025-06-21", "site": "Wire A"},
    {"text": "Lukashenko released 14 prisoners after meeting Kellogg in Minsk on 21 June.",
     "title": "Release", "outlet": "Daily B", "published": "Jun 22"},
    {"content": "Since Donald Trump returned to the presidency, the envoy has travelled to Minsk twice.",
     "title": "Undated analysis", "outlet": "Blog C"},
]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory):
    from counterpoint.pipeline import analyze_into_store
    from counterpoint.scale.spark import run_spark, stop_spark
    from counterpoint.store import Store

    tmp: Path = tmp_path_factory.mktemp("spark")
    corpus = tmp / "corpus.jsonl"
    write_jsonl(corpus, N_DOCS, seed=SEED)
    import json

    raw = tmp / "raw.jsonl"
    lines = [json.dumps(RAW[0]), json.dumps(RAW[1]), "", "{not json", json.dumps(RAW[2]), json.dumps(RAW[0])]
    raw.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        summary = run_spark(str(corpus), str(tmp / "out"), master="local[2]", workers_hint=2)
        raw_summary = run_spark(str(raw), str(tmp / "raw_out"), master="local[2]", workers_hint=2)
        # the same documents as Parquet take the other input path (repartitioned, not split)
        import pandas as pd

        from counterpoint.scale.spark import analyze_on_spark, spark_session

        pd.read_json(corpus, lines=True, dtype=False).to_parquet(tmp / "corpus.parquet")
        # ... and writes a part file per 10 documents
        from_parquet = list(analyze_on_spark(spark_session("local[2]"), str(tmp / "corpus.parquet"), str(tmp / "pq"),
                                             partitions=2, part_docs=10))
        import pyarrow.parquet as pq

        pq_parts = [pq.read_metadata(p).num_rows for p in (tmp / "pq" / "documents").glob("part-*.parquet")]
    finally:
        stop_spark()
    from counterpoint.ingest import read_inputs

    spark_store = Store.open(":memory:")
    spark_store.import_tables(tmp / "out")
    local_store = Store.open(":memory:")
    analyze_into_store(local_store, read_inputs([str(corpus)]), workers=2)
    raw_spark, raw_local = Store.open(":memory:"), Store.open(":memory:")
    raw_spark.import_tables(tmp / "raw_out")
    raw_run = analyze_into_store(raw_local, read_inputs([str(raw)]), workers=1)
    pq_store = Store.open(":memory:")
    pq_store.import_tables(tmp / "pq")
    yield summary, spark_store, local_store, (from_parquet, pq_parts, pq_store), (raw_summary, raw_spark, raw_run, raw_local)
    for store in (spark_store, local_store, raw_spark, raw_local, pq_store):
        store.close()


def test_summary_counts_every_document(stores) -> None:
    summary, spark_store, _, _, _ = stores
    assert summary["documents"] == N_DOCS == spark_store.count("documents")
    assert summary["errors"] == 0
    assert "analyze_document" in summary["distributed"]
    # a small JSONL input is split by bytes into one partition per core, each with documents
    import pyarrow.parquet as pq

    assert summary["partitions"] == 2
    parts = sorted((Path(summary["output_dir"]) / "documents").glob("part-*.parquet"))
    assert len(parts) == 2 and all(pq.read_metadata(p).num_rows > 0 for p in parts)


def test_parquet_input_gives_the_same_analyses(stores) -> None:
    _, spark_store, _, (from_parquet, pq_parts, pq_store), _ = stores
    assert sum(pq_parts) == N_DOCS == pq_store.count("documents") and max(pq_parts) == 10  # 10 per file
    assert len(pq_parts) in (5, 6)  # two partitions: 5 files, plus one when neither holds a multiple of 10
    assert sorted(a.document.id for a in pq_store.load_analyses()) == sorted(a.document.id for a in from_parquet)
    spark = sorted((to_dict(a) for a in spark_store.load_analyses()), key=lambda d: d["document"]["id"])
    parquet = sorted((to_dict(a) for a in from_parquet), key=lambda d: d["document"]["id"])
    assert len(parquet) == N_DOCS
    assert [d["events"] for d in parquet] == [d["events"] for d in spark]


def test_per_document_tables_identical(stores) -> None:
    _, spark_store, local_store, _, _ = stores
    spark = [to_dict(a) for a in spark_store.load_analyses()]
    local = [to_dict(a) for a in local_store.load_analyses()]
    assert len(spark) == len(local) == N_DOCS
    assert spark == local


def test_events_clusters_discrepancies_identical(stores) -> None:
    _, spark_store, local_store, _, _ = stores
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


def test_scraped_articles_read_as_the_local_engine_reads_them(stores) -> None:
    """Aliased fields, a yearless and an undated article (years from the whole input), a bad
    line (an error document naming it), a blank line and a repeat: the same documents and
    analyses in both engines."""
    _, _, _, _, (summary, spark, run, local) = stores
    assert (summary["documents"], summary["skipped"], summary["errors"]) == (4, 1, 1)
    assert (run.documents, run.skipped, len(run.errors)) == (5, 1, 1)
    assert summary["years_inferred"] == 2
    spark_docs, local_docs = list(spark.load_analyses()), list(local.load_analyses())
    assert [to_dict(a) for a in spark_docs] == [to_dict(a) for a in local_docs]
    by_source = {a.document.source.rsplit(":", 1)[1]: a.document for a in spark_docs}
    assert sorted(by_source) == ["1", "2", "4", "5"]  # line 6 repeats line 1; line 3 is blank
    assert by_source["2"].published == "2025-06-22" and by_source["2"].published_from == "inferred"
    assert by_source["5"].published_from == "inferred" and by_source["5"].published.startswith("2025")
    assert by_source["4"].error and "line 4" in by_source["4"].error
