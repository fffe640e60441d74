"""The Spark engine: the local engine's per-document analysis, distributed with PySpark.

What runs distributed: reading the documents (JSONL or Parquet), the per-document analysis
(``mapInPandas`` calling the very same ``analyze_document`` with the pipeline cached once per
Python worker, ``get_nlp``) and writing the per-document tables (``documents``, ``events``,
``mentions``, ... with the store's schema from ``counterpoint.store.tables``) as Parquet part
files, one per partition, straight from the executors.

What runs on the driver: cross-document alignment. Actor resolution and event clustering
compare across documents, so the executors also return each analysis (pickled), the driver
collects them into an in-memory store and runs the local engine's
segmented alignment (``counterpoint.align.segments.align_store``) on it, then writes the
alignment tables (``actors``, ``actor_map``, ``clusters``, ``omissions``, ``stories``).
Running the identical function on the identical store is what makes events, clusters and
discrepancies identical to the local engine's at any corpus size.

Output: ``output_dir/<table>/part-*.parquet``; ``counterpoint import DIR`` (``Store.import_tables``)
loads it. Executors write to ``output_dir`` directly, so on a real cluster it must be a shared
filesystem path; a retried task overwrites its own part file (names derive from the partition).

PySpark is an optional extra (``pip install counterpoint[spark]``); importing this module
without it works, calling :func:`run_spark` raises a clear ImportError.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..records import DocAnalysis, Document

# Input columns (ingest's Document fields) and their Spark SQL types.
DOCUMENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("source", "string"),
    ("outlet", "string"),
    ("text", "string"),
    ("title", "string"),
    ("url", "string"),
    ("authors", "array<string>"),
    ("published", "string"),
    ("published_from", "string"),
    ("language", "string"),
    ("error", "string"),
    ("published_partial", "string"),
    ("content_hash", "string"),
)
RESULT_SCHEMA = "id string, events long, payload binary"
# A JSONL input up to this size per core is cut into one partition per core, larger ones into
# two per core (a slow partition then holds up less of the job). Each extra wave of tasks costs
# a fixed few tenths of a second, which at 200 articles was a fifth of the job.
SMALL_INPUT_BYTES_PER_CORE = 16 * 1024 * 1024


def _local_ip_env() -> None:
    """Spark must bind to loopback on these machines (no resolvable hostname, no network)."""
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)


def spark_session(master: str = "local[*]", app: str = "counterpoint") -> Any:
    """A SparkSession bound to loopback, with Arrow on and the UI off."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as err:  # optional extra
        raise ImportError("the Spark engine needs PySpark: pip install 'counterpoint[spark]'") from err
    _local_ip_env()
    return (
        SparkSession.builder.master(master)
        .appName(app)
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.python.worker.reuse", "true")
        .config("spark.sql.shuffle.partitions", "8")
        .getOrCreate()
    )


def row_document(row: dict[str, Any]) -> Document:
    """A Document from one input row (missing optional fields become None / [])."""

    def get(name: str) -> Any:
        value = row.get(name)
        return None if value is None or (isinstance(value, float) and value != value) else value

    authors = get("authors")
    return Document(
        id=get("id"),
        source=get("source") or "",
        outlet=get("outlet") or "",
        text=get("text"),
        title=get("title"),
        url=get("url"),
        authors=list(authors) if authors is not None else [],
        published=get("published"),
        published_from=get("published_from"),
        language=get("language"),
        error=get("error"),
        published_partial=get("published_partial"),
        content_hash=get("content_hash"),
    )


def _write_tables(
    output_dir: str, part: str, rows: dict[str, list[dict[str, Any]]], tables: tuple[str, ...]
) -> None:
    import pyarrow.parquet as pq

    from ..store import tables as T

    for table in tables:
        directory = Path(output_dir) / table
        directory.mkdir(parents=True, exist_ok=True)
        tmp = directory / f".{part}.parquet.tmp"
        pq.write_table(T.to_arrow(table, rows.get(table, [])), tmp)
        os.replace(tmp, directory / f"{part}.parquet")  # atomic: a retried task overwrites


def analyze_partition(batches: Iterator[Any], output_dir: str) -> Iterator[Any]:
    """mapInPandas body: analyse each document, write this partition's tables, return analyses."""
    import pandas as pd
    from pyspark import TaskContext

    from ..nlp import get_nlp
    from ..store import tables as T
    from .workers import analyze_batch

    get_nlp()  # cached per Python worker: loaded once, reused by every task on this worker
    ctx = TaskContext.get()
    part = f"part-{ctx.partitionId() if ctx else 0:05d}-{ctx.stageId() if ctx else 0}"
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in T.DOC_TABLES}
    for frame in batches:
        documents = [row_document(r) for r in frame.to_dict("records")]
        analyses = analyze_batch(documents)
        for analysis in analyses:
            for table, trows in T.analysis_rows(analysis).items():
                rows[table].extend(trows)
        yield pd.DataFrame(
            {
                "id": [a.document.id for a in analyses],
                "events": [len(a.events) for a in analyses],
                "payload": [pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL) for a in analyses],
            }
        )
    _write_tables(output_dir, part, rows, T.DOC_TABLES)


def read_documents(spark: Any, input_path: str) -> Any:
    """A DataFrame of documents from JSONL (``.jsonl``/``.json``/``.ndjson``) or Parquet."""
    schema = ", ".join(f"`{n}` {t}" for n, t in DOCUMENT_COLUMNS)
    if str(input_path).endswith((".parquet", ".pq")) or Path(input_path).is_dir():
        df = spark.read.parquet(str(input_path))
        for name, dtype in DOCUMENT_COLUMNS:
            if name not in df.columns:
                from pyspark.sql import functions as F

                df = df.withColumn(name, F.lit(None).cast(dtype))
        return df.select(*[n for n, _ in DOCUMENT_COLUMNS])
    return spark.read.schema(schema).json(str(input_path))


def _jsonl_bytes(input_path: str) -> int | None:
    """The size of an uncompressed JSONL input file, which Spark can split anywhere; ``None``
    for Parquet, a directory or a compressed file (a gzip stream is read whole)."""
    path = Path(input_path)
    if path.is_file() and path.suffix.lower() in (".jsonl", ".json", ".ndjson"):
        return path.stat().st_size
    return None


def default_partitions(input_path: str, parallelism: int) -> int:
    """One partition per core for a small JSONL input (``SMALL_INPUT_BYTES_PER_CORE``), else two."""
    size = _jsonl_bytes(input_path)
    small = size is not None and size <= SMALL_INPUT_BYTES_PER_CORE * parallelism
    return max(1, parallelism if small else 2 * parallelism)


@contextlib.contextmanager
def _split_files(spark: Any, max_bytes: int) -> Iterator[None]:
    """Let Spark cut input files into pieces of ``max_bytes`` for the job run inside; the
    session's settings are restored after it. Without a per-file open cost and with
    ``minPartitionNum`` 1, Spark's own size per core (total bytes // cores, rounded down) does
    not cut a few bytes more into an extra, nearly empty partition."""
    keys = {"spark.sql.files.maxPartitionBytes": str(max_bytes), "spark.sql.files.openCostInBytes": "0",
            "spark.sql.files.minPartitionNum": "1"}
    before = {k: spark.conf.get(k, None) for k in keys}
    for k, v in keys.items():
        spark.conf.set(k, v)
    try:
        yield
    finally:
        for k, v in before.items():
            if v is None:
                spark.conf.unset(k)
            else:
                spark.conf.set(k, v)


def analyze_on_spark(
    spark: Any, input_path: str, output_dir: str, partitions: int | None = None
) -> Iterator[DocAnalysis]:
    """The distributed part: analyses returned to the driver (in no particular order),
    per-document tables written to ``output_dir`` by the executors. ``partitions`` defaults
    to :func:`default_partitions`.

    A JSONL file is split by bytes as it is read (Spark reads line-delimited JSON from any
    offset), so partitions hold about equal amounts of text and no shuffle is needed; Parquet
    is repartitioned (``repartition`` shuffles every document once)."""
    from ..store import tables as T

    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    for table in T.TABLES:  # stale part files from an earlier run would be imported too
        shutil.rmtree(out / table, ignore_errors=True)
    target = str(out.resolve())
    partitions = max(1, partitions or default_partitions(input_path, spark.sparkContext.defaultParallelism))
    size = _jsonl_bytes(input_path)
    split = _split_files(spark, max(1, -(-size // partitions))) if size else contextlib.nullcontext()
    with split:  # file splits are planned when the job runs, so the settings hold until collect()
        docs = read_documents(spark, input_path)
        if not size:
            docs = docs.repartition(partitions)
        result_df = docs.mapInPandas(lambda it: analyze_partition(it, target), schema=RESULT_SCHEMA)
        # collect(), not toLocalIterator(): the latter runs one partition at a time (no
        # parallelism); alignment needs every analysis on the driver anyway.
        rows = result_df.collect()
    for row in rows:
        yield pickle.loads(row["payload"])


def run_spark(
    input_path: str, output_dir: str, master: str = "local[*]", workers_hint: int | None = None
) -> dict:
    """Analyse the documents at ``input_path`` on Spark and write store-schema Parquet tables.

    ``workers_hint`` sets the parallelism (default: Spark's ``defaultParallelism``); the input is
    split into one or two partitions per core (:func:`default_partitions`). Returns a summary:
    documents, events, clusters, seconds, and which stages ran where.
    """
    from ..align.segments import align_store
    from ..store import Store
    from ..store import tables as T

    t0 = time.perf_counter()
    spark = spark_session(master)
    partitions = default_partitions(input_path, workers_hint or spark.sparkContext.defaultParallelism)
    analyses = list(analyze_on_spark(spark, input_path, output_dir, partitions))
    t_analysed = time.perf_counter()
    with Store.open(":memory:") as store:  # the local engine's alignment, on the same store schema
        store.put_analyses(analyses)
        align_store(store)
        rows = {t: store.alignment_rows(t) for t in T.ALIGN_TABLES}
        events = store.count("events")
    target = str(Path(output_dir).resolve())
    _write_tables(target, "part-00000-driver", rows, T.ALIGN_TABLES)
    return {
        "documents": len(analyses),
        "errors": sum(1 for a in analyses if a.document.error),
        "events": events,
        "clusters": len(rows["clusters"]),
        "output_dir": target,
        "master": master,
        "partitions": partitions,
        "seconds_analysis": round(t_analysed - t0, 3),
        "seconds": round(time.perf_counter() - t0, 3),
        "distributed": ["read", "analyze_document", "per-document Parquet tables"],
        "driver": ["align_store (segmented alignment)", "alignment Parquet tables"],
    }


def stop_spark() -> None:
    """Stop the active SparkSession, if any (tests and the benchmark call this)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        return
    active = SparkSession.getActiveSession()
    if active is not None:
        active.stop()
