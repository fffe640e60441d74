"""The Spark engine: the local engine's per-document analysis, distributed with PySpark.

What runs distributed: reading the input (JSONL lines or Parquet rows), parsing each line with
the local engine's JSONL reader (``ingest.jsonfmt.iter_jsonl``: the same ids, sources, field
aliases, dates and error documents), the per-document analysis (``analyze_batch``, the local
engine's worker code, with the pipeline cached once per Python worker, ``get_nlp``) in
``mapPartitions``, and writing the per-document tables (``documents``, ``events``,
``mentions``, ... with the store's schema from ``counterpoint.store.tables``) as Parquet part
files, one per partition, straight from the executors.

What runs on the driver between the two passes over the input: which lines repeat an article
already read (skipped, as the local engine skips one given twice) and the publication year of
yearless or undated articles, inferred from the whole input (``ingest.years``) out of small
per-line facts the first pass collects (document id, date, feasible years).

What runs on the driver: cross-document alignment. Actor resolution and event clustering
compare across documents, so the driver loads the per-document tables the executors wrote into
a DuckDB store on disk (DuckDB reads the Parquet files; no analysis passes through Python on
the driver), runs the local engine's segmented alignment
(``counterpoint.align.segments.align_store``) on it with DuckDB's memory capped, and writes
the alignment tables (``actors``, ``actor_map``, ``clusters``, ``omissions``, ``stories``).
Running the identical function on the identical store is what makes events, clusters and
discrepancies identical to the local engine's at any corpus size.

Output: ``output_dir/<table>/part-*.parquet``; ``counterpoint import DIR`` (``Store.import_tables``)
loads it. Executors write to ``output_dir`` directly, so on a real cluster it must be a shared
filesystem path; a retried task overwrites its own part file (names derive from the partition).

PySpark is an optional extra (``pip install counterpoint[spark]``); importing this module
without it works, calling :func:`run_spark` raises a clear ImportError.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path, PurePath
from typing import Any

from ..records import DocAnalysis, Document

# A JSONL input up to this size per core is cut into one partition per core, larger ones into
# two per core (a slow partition then holds up less of the job). Each extra wave of tasks costs
# a fixed few tenths of a second, which at 200 articles was a fifth of the job.
SMALL_INPUT_BYTES_PER_CORE = 16 * 1024 * 1024
# An executor task writes its tables every this many documents (file names are numbered per
# task, so a retried task, reading the same lines, overwrites the same files).
PART_DOCS = 2_000


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


def _line_document(lineno: int, raw: bytes, name: str, outlet: str, limit: int) -> Document | None:
    """The Document of one input line, read as the local engine reads a JSONL line
    (``ingest.jsonfmt.iter_jsonl``): same id, source ``name:LINE``, errors and aliases.
    ``None`` for a blank line."""
    from ..ingest.jsonfmt import iter_jsonl

    # None is what bounded_lines yields for an over-long line
    text = None if len(raw) > limit else raw.decode("utf-8-sig" if lineno == 1 else "utf-8", errors="replace")
    return next(iter(iter_jsonl([(lineno, text)], name=name, default_outlet=outlet, limit=limit)), None)


def _numbered(index: int, rows: Iterator[Any], numbered: bool, offsets: list[int] | None) -> Iterator[tuple]:
    """``(line number or None, bytes)`` per row of partition ``index``: rows of a numbered input
    carry their number; a plain JSONL partition's lines are numbered from ``offsets`` (lines in
    the partitions before it), or ``None`` before those are known."""
    if numbered:
        yield from rows
        return
    start = offsets[index] if offsets is not None else None
    for k, raw in enumerate(rows):
        yield (start + k + 1 if start is not None else None), raw


def _facts_partition(index: int, rows: Iterator[Any], numbered: bool, name: str, outlet: str, limit: int,
                     today: dt.date) -> Iterator[tuple]:
    """Pass 1 on the executors: per line, its position, document id and publication date, or
    what year inference needs of it when it has no year (``ingest.years.pending_facts``); last,
    how many lines the partition holds (a plain JSONL file's lines are numbered from these
    counts, so no separate numbering job is run). An error document's id names its line, so
    it is given as ``None``: it never repeats another."""
    from ..ingest.years import needs_year, pending_facts

    n = 0
    for k, (lineno, raw) in enumerate(_numbered(index, rows, numbered, None)):
        n += 1
        at = lineno if lineno is not None else 1 if index == 0 and k == 0 else 0  # 1: a BOM may lead
        doc = _line_document(at, raw, name, outlet, limit)
        if doc is None:
            continue
        doc_id = None if doc.error else doc.id
        if needs_year(doc):
            partial, feasible, empty = pending_facts(doc, today)
            yield index, k, lineno, doc_id, None, partial, str(feasible), empty
        else:
            yield index, k, lineno, doc_id, doc.published, None, None, False
    yield index, -1, n, None, None, None, None, False


def plan_documents(facts: list[tuple], today: dt.date) -> tuple[list[int], set[int], dict[int, int]]:
    """On the driver, from every line's facts (:func:`_facts_partition`): the line offset of each
    partition, the lines to skip (an article already read on an earlier line, as the local
    engine skips one given twice) and the year each yearless line gets from the whole input
    (``ingest.years.YearInference``, as the local engine infers it)."""
    from ..ingest.years import YearInference

    counts: dict[int, int] = {}
    for index, k, n, *_ in facts:
        if k == -1:
            counts[index] = n
    offsets, total = [], 0
    for index in range(max(counts, default=-1) + 1):
        offsets.append(total)
        total += counts.get(index, 0)
    lines = sorted((lineno if lineno is not None else offsets[index] + k + 1, rest)
                   for index, k, lineno, *rest in facts if k != -1)
    inference = YearInference(today)
    seen: set[str] = set()
    skip: set[int] = set()
    waiting: list[int] = []
    for lineno, (doc_id, published, partial, feasible, empty) in lines:
        if doc_id is not None:
            if doc_id in seen:
                skip.add(lineno)
                continue
            seen.add(doc_id)
        if feasible is not None:
            inference.add_facts(partial, int(feasible), empty)
            waiting.append(lineno)
        else:
            inference.add_known(published)
    return offsets, skip, {waiting[i]: year for i, year in inference.decide().items()}


def analyze_partition(
    index: int, rows: Iterator[Any], numbered: bool, offsets: list[int], output_dir: str, name: str,
    outlet: str, limit: int, skip: Any, years: Any, payload: bool = True, batch_size: int = 32,
    part_docs: int = PART_DOCS,
) -> Iterator[tuple[str, int, bool, bytes]]:
    """Pass 2 on the executors: read each line again, give yearless documents their year, analyse
    them in batches, write this partition's tables; yields ``(id, events, error?, pickled
    analysis)``, the pickle empty unless ``payload``."""
    from ..ingest.years import set_year
    from ..nlp import get_nlp
    from ..store import tables as T
    from .workers import analyze_batch, batches

    get_nlp()  # cached per Python worker: loaded once, reused by every task on this worker
    rows_out: dict[str, list[dict[str, Any]]] = {t: [] for t in T.DOC_TABLES}

    def documents() -> Iterator[Document]:
        for lineno, raw in _numbered(index, rows, numbered, offsets):
            if lineno in skip.value:
                continue
            doc = _line_document(lineno, raw, name, outlet, limit)
            if doc is None:
                continue
            if lineno in years.value:
                set_year(doc, years.value[lineno])
            yield doc

    held = written = 0
    for batch in batches(documents(), batch_size):
        for analysis in analyze_batch(batch):
            for table, trows in T.analysis_rows(analysis).items():
                rows_out[table].extend(trows)
            held += 1
            blob = pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL) if payload else b""
            yield analysis.document.id, len(analysis.events), bool(analysis.document.error), blob
            if held >= part_docs:  # a part file per ``part_docs`` documents: the task's memory stays flat
                _write_tables(output_dir, f"part-{index:05d}-{written:05d}", rows_out, T.DOC_TABLES)
                rows_out, held, written = {t: [] for t in T.DOC_TABLES}, 0, written + 1
    if held or not written:
        _write_tables(output_dir, f"part-{index:05d}-{written:05d}", rows_out, T.DOC_TABLES)


def input_lines(spark: Any, input_path: str, partitions: int) -> tuple[Any, bool]:
    """The input as an RDD, and whether its rows are ``(line number, bytes)`` (else bytes).

    A plain JSONL file is read as lines of bytes (decoded as ingest decodes them), split by
    bytes into about ``partitions`` pieces as Spark reads it; its lines are numbered from the
    line counts of the first pass, so sources read ``input:LINE`` as in the local engine. A
    compressed file (read whole, by one task) and a Parquet input (rows become JSON objects in
    reading order) are numbered first (``zipWithIndex``), then repartitioned: numbers travel
    with the rows through the shuffle."""
    if str(input_path).endswith((".parquet", ".pq")) or Path(input_path).is_dir():
        df = spark.read.parquet(str(input_path))
        rows = df.rdd.map(lambda r: json.dumps(r.asDict(recursive=True), default=str).encode("utf-8"))
        return rows.zipWithIndex().map(lambda t: (t[1] + 1, t[0])).repartition(partitions), True
    lines = spark.sparkContext.textFile(str(input_path), minPartitions=partitions, use_unicode=False)
    if lines.getNumPartitions() < partitions:  # a compressed file is read whole, by one task
        return lines.zipWithIndex().map(lambda t: (t[1] + 1, t[0])).repartition(partitions), True
    return lines, False


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


def analyze_on_spark(
    spark: Any, input_path: str, output_dir: str, partitions: int | None = None,
    max_bytes: int = 20_000_000, today: dt.date | None = None, info: dict | None = None,
    part_docs: int = PART_DOCS,
) -> Iterator[DocAnalysis]:
    """The distributed part, with every analysis returned to the driver (in no particular
    order) as well as written to ``output_dir`` by the executors: :func:`spark_passes`."""
    for *_, blob in spark_passes(spark, input_path, output_dir, partitions, max_bytes, today, info, payload=True,
                                 part_docs=part_docs):
        yield pickle.loads(blob)


def spark_passes(
    spark: Any, input_path: str, output_dir: str, partitions: int | None = None,
    max_bytes: int = 20_000_000, today: dt.date | None = None, info: dict | None = None,
    payload: bool = False, part_docs: int = PART_DOCS,
) -> list[tuple[str, int, bool, bytes]]:
    """The distributed part: per-document tables written to ``output_dir`` by the executors;
    returns ``(id, events, error?, pickled analysis or b"")`` per document. ``partitions``
    defaults to :func:`default_partitions`.

    Two passes over the input (:func:`input_lines`): the first reads each line's document id
    and date facts and each partition's line count, from which the driver numbers the lines
    and plans which to skip and which years to give (:func:`plan_documents`); the second
    analyses. Lines are parsed by the local engine's JSONL reader, so ids, sources, errors and
    dates are the same as ``counterpoint analyze`` gives.
    ``info``, when given, receives ``skipped`` (repeated articles) and ``years_inferred``.
    Each task writes a part file per ``part_docs`` documents."""
    from ..store import tables as T

    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    for table in T.TABLES:  # stale part files from an earlier run would be imported too
        shutil.rmtree(out / table, ignore_errors=True)
    target = str(out.resolve())
    today = today or dt.date.today()
    partitions = max(1, partitions or default_partitions(input_path, spark.sparkContext.defaultParallelism))
    name, outlet = str(input_path), PurePath(str(input_path)).stem or str(input_path)
    lines, numbered = input_lines(spark, input_path, partitions)
    facts = lines.mapPartitionsWithIndex(
        lambda i, it: _facts_partition(i, it, numbered, name, outlet, max_bytes, today)).collect()
    offsets, skip, years = plan_documents(facts, today)
    del facts
    if info is not None:
        info.update(skipped=len(skip), years_inferred=len(years))
    sc = spark.sparkContext
    skip_b, years_b = sc.broadcast(skip), sc.broadcast(years)
    try:
        # collect(), not toLocalIterator(): the latter runs one partition at a time (no
        # parallelism); alignment needs every analysis on the driver anyway.
        return lines.mapPartitionsWithIndex(
            lambda i, it: analyze_partition(i, it, numbered, offsets, target, name, outlet, max_bytes, skip_b,
                                            years_b, payload, part_docs=part_docs)
        ).collect()
    finally:
        skip_b.unpersist()
        years_b.unpersist()


def run_spark(
    input_path: str, output_dir: str, master: str = "local[*]", workers_hint: int | None = None,
    max_bytes: int | None = None,
) -> dict:
    """Analyse the documents at ``input_path`` on Spark and write store-schema Parquet tables.

    ``workers_hint`` sets the parallelism (default: Spark's ``defaultParallelism``); the input is
    split into one or two partitions per core (:func:`default_partitions`); ``max_bytes`` is the
    longest line read (default: the ``[ingest] max_bytes`` setting, as the local engine). Returns
    a summary: documents, skipped repeats, errors, events, clusters, seconds, and which stages
    ran where.
    """
    from ..align.segments import align_store
    from ..store import Store
    from ..store import tables as T

    t0 = time.perf_counter()
    spark = spark_session(master)
    partitions = default_partitions(input_path, workers_hint or spark.sparkContext.defaultParallelism)
    if max_bytes is None:
        from ..config import load_config

        max_bytes = int(load_config().get("ingest", "max_bytes", 20_000_000))
    info: dict = {}
    rows = spark_passes(spark, input_path, output_dir, partitions, max_bytes=max_bytes, info=info)
    t_analysed = time.perf_counter()
    target = str(Path(output_dir).resolve())
    # The local engine's alignment over the executors' tables, in a store on disk with DuckDB's
    # memory capped (as `counterpoint analyze` aligns): the driver never holds the analyses.
    with tempfile.TemporaryDirectory(prefix="counterpoint-spark-") as tmp, Store.open(Path(tmp) / "a.duckdb") as store:
        with store.capped_memory():
            store.import_tables(target)
        align_store(store)
        store.export_tables(target, T.ALIGN_TABLES, "part-00000-driver")
        events, clusters = store.count("events"), store.count("clusters")
    return {
        "documents": len(rows),
        "skipped": info["skipped"],
        "years_inferred": info["years_inferred"],
        "errors": sum(1 for _, _, error, _ in rows if error),
        "events": events,
        "clusters": clusters,
        "output_dir": target,
        "master": master,
        "partitions": partitions,
        "seconds_analysis": round(t_analysed - t0, 3),
        "seconds": round(time.perf_counter() - t0, 3),
        "distributed": ["read", "ingest (JSONL reader)", "analyze_document", "per-document Parquet tables"],
        "driver": ["repeats and year inference (from per-line facts)", "align_store (segmented alignment)",
                   "alignment Parquet tables"],
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
