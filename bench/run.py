"""counterpoint benchmarks, one command: ``python bench/run.py [--quick] [--no-spark]``.

Each speed figure is a RATIO measured inside one run on the same texts, so machine noise and
load cancel: counterpoint's analysis vs a plain spaCy parse (``nlp.pipe`` of the base model),
the Russian analysis vs Natasha alone (part ``throughput_ru``, synthetic Russian texts),
Spark local[2] vs the local engine with 2 workers. Alignment growth is the log-log slope of
time over 1k/10k/100k synthetic event mentions. Peak memory (RSS high-water) is measured in
a fresh subprocess per size so sizes do not share a high-water mark. A dated section with the
machine and versions is appended to ``bench/RESULTS.md`` (``--results`` to change).

Corpora come from ``counterpoint.scale.synth`` and ``counterpoint.scale.synth_ru`` (our own invented
templates).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent

FULL = {
    "texts": 400,
    "spark_texts": 400,
    "align": (1_000, 10_000, 100_000),
    "mem_analyze": (1_000, 10_000),
    "mem_stream": (1_000, 10_000, 100_000),
    "cli": (1_000, 10_000, 100_000),
    "timeout": 1200,
}
QUICK = {
    "texts": 40,
    "spark_texts": 40,
    "align": (200, 1_000, 5_000),
    "mem_analyze": (50, 150),
    "mem_stream": (500, 2_000),
    "cli": (100, 300),
    "timeout": 300,
}


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine() -> dict:
    mem = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "ram": mem,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "spacy": _version("spacy"),
        "duckdb": _version("duckdb"),
        "pyspark": _version("pyspark"),
        "pyarrow": _version("pyarrow"),
        "load": " ".join(f"{x:.1f}" for x in os.getloadavg()),
    }


def slope(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(time) over log(size): the growth exponent."""
    pts = [(math.log(n), math.log(t)) for n, t in points if t > 0]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    den = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / den if den else None


THROUGHPUT_ROUNDS = 3
SPARK_ROUNDS = 3


def _timed(label: str, n_docs: int, words: int, fn) -> float:
    t0 = time.perf_counter()
    fn()
    secs = time.perf_counter() - t0
    log(f"{label}: {n_docs} docs in {secs:.1f}s = {n_docs / secs:.1f} docs/s, {words / secs:,.0f} words/s")
    return secs


# ----------------------------------------------------------------------------- 1. throughput


def real_documents(texts_dir: str, language: str = "en") -> list:
    """The real-coverage development articles (``realnews/texts``, git-ignored; only stories whose
    gold says "dev") in ``language``: real-length news, not synthetic sentences."""
    from counterpoint.eval.realnews import load_stories, read_texts

    return [doc for _, doc in read_texts(load_stories(split="dev", language=language), Path(texts_dir))]


def bench_throughput(n: int, docs: list | None = None) -> dict:
    from counterpoint.nlp.pipeline import get_nlp, load_model
    from counterpoint.scale.synth import iter_documents
    from counterpoint.scale.workers import analyze_parallel

    docs = docs if docs is not None else list(iter_documents(n, seed=11))
    n = len(docs)
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)
    base = load_model()
    get_nlp()
    list(analyze_parallel(docs[:4], workers=2, batch_size=2))  # start the pool outside the timing
    out: dict = {"docs": n, "words": words}
    runs = {
        "base_1": ("plain spaCy nlp.pipe, 1 process", lambda: list(base.pipe(texts))),
        "cp_1": ("counterpoint analyze, 1 worker", lambda: list(analyze_parallel(docs, workers=1))),
        "base_2": ("plain spaCy nlp.pipe, n_process=2", lambda: list(base.pipe(texts, n_process=2, batch_size=16))),
        "cp_2": ("counterpoint analyze, 2 workers", lambda: list(analyze_parallel(docs, workers=2, batch_size=8))),
    }
    # Interleaved rounds, best time of each: on a shared VM one slow moment otherwise lands on
    # one side of a ratio (a single round once gave counterpoint 1.06x of plain spaCy).
    for _ in range(THROUGHPUT_ROUNDS):
        for key, (label, fn) in runs.items():
            secs = _timed(label, n, words, fn)
            out[key] = min(out.get(key, secs), secs)
    return out


def _natasha_pool(workers: int):
    """A process pool whose workers load Natasha's models before the first batch (spawn, like
    counterpoint's own worker pool)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from counterpoint.nlp.ru.base import models

    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=models)


RU_CHUNK = 4
RU_CHUNK_ROUNDS = 5


def _interleaved_chunks(docs: list, texts: list[str]) -> dict:
    """1-process figures for the Russian ratio, two ways.

    ``base_1``/``cp_1``: wall times interleaved per chunk of ``RU_CHUNK`` texts; each chunk is
    run by both sides ``RU_CHUNK_ROUNDS`` times back to back (which side goes first alternates)
    and each side keeps its best time per chunk. Why per chunk: on the shared 2-CPU VM (load
    average 7) a whole-corpus round once took 4.2 s for counterpoint and 7.1 s for Natasha
    alone, which counterpoint runs inside; seconds-apart pairs share more of the load.

    ``inner_1`` (with ``cp_1``): inside counterpoint's own best runs, the time spent in the
    Natasha call (:func:`counterpoint.nlp.ru.base.natasha_doc`, timed by wrapping it) and the
    total. Both are measured in the same seconds, so their ratio moves far less with the load:
    it is the share of the Russian analysis that is Natasha (it does not see cache effects of
    interleaving Natasha with the rules, which the wall ratio does).
    """
    from counterpoint.nlp.ru import base as ru_base
    from counterpoint.scale.workers import analyze_parallel

    plain = ru_base.natasha_doc
    inner = [0.0]

    def timed_natasha(text: str):
        t0 = time.perf_counter()
        try:
            return plain(text)
        finally:
            inner[0] += time.perf_counter() - t0

    base = cp = cp_inner = 0.0
    for k in range(0, len(docs), RU_CHUNK):
        chunk_docs, chunk_texts = docs[k : k + RU_CHUNK], texts[k : k + RU_CHUNK]
        best_b = best_c = float("inf")
        best_inner = 0.0
        for r in range(RU_CHUNK_ROUNDS):
            for side in ("b", "c") if r % 2 == 0 else ("c", "b"):  # alternate which side goes first
                t0 = time.perf_counter()
                if side == "b":
                    ru_base.natasha_batch(chunk_texts)
                    best_b = min(best_b, time.perf_counter() - t0)
                    continue
                inner[0] = 0.0
                ru_base.natasha_doc = timed_natasha  # parse() looks it up in the module
                try:
                    list(analyze_parallel(chunk_docs, workers=1))
                finally:
                    ru_base.natasha_doc = plain
                secs = time.perf_counter() - t0
                if secs < best_c:
                    best_c, best_inner = secs, inner[0]
        base, cp, cp_inner = base + best_b, cp + best_c, cp_inner + best_inner
    words = sum(len(t.split()) for t in texts)
    log(f"Natasha alone, 1 process: {len(docs)} docs in {base:.1f}s (best per chunk) = {words / base:,.0f} words/s")
    log(f"counterpoint analyze (Russian), 1 worker: {len(docs)} docs in {cp:.1f}s (best per chunk) "
        f"= {words / cp:,.0f} words/s; {cp_inner:.1f}s of it inside Natasha ({cp_inner / cp:.0%})")
    return {"base_1": base, "cp_1": cp, "inner_1": cp_inner}


def bench_throughput_ru(n: int, docs: list | None = None) -> dict:
    """Russian per-document analysis (what ``analyze`` runs for a Russian document: route ->
    ``nlp/ru``) vs Natasha alone (Segmenter + NewsEmbedding + NewsMorphTagger +
    NewsSyntaxParser + NewsNERTagger, the base it builds on) over the same texts, 1 and 2
    processes, each timed per chunk (best of ``RU_CHUNK_ROUNDS``, alternating which side goes
    first; see :func:`_interleaved_chunks`). Texts: ``counterpoint.scale.synth_ru``
    (our own invented Russian templates) unless ``docs`` is given."""
    from counterpoint.nlp.ru.base import models, natasha_batch
    from counterpoint.scale.synth_ru import iter_documents
    from counterpoint.scale.workers import analyze_parallel

    docs = docs if docs is not None else list(iter_documents(n, seed=11))
    n = len(docs)
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)
    models()
    pool = _natasha_pool(2)
    try:
        # warm both pools (model loading) outside the timing
        list(pool.map(natasha_batch, [texts[:1], texts[1:2], texts[2:3], texts[3:4]]))
        list(analyze_parallel(docs[:8], workers=2, batch_size=1))
        out: dict = {"docs": n, "words": words, **_interleaved_chunks(docs, texts)}
        # 2 processes, per chunk of 4 * RU_CHUNK texts in batches of RU_CHUNK on both sides
        # (analyze_parallel cuts a list into at least workers * 2 batches, so Natasha gets the
        # same four batches), best of RU_CHUNK_ROUNDS with alternating order, as for 1 process.
        base = cp = 0.0
        step = 4 * RU_CHUNK
        for k in range(0, n, step):
            part_docs, part_texts = docs[k : k + step], texts[k : k + step]
            parts = [part_texts[j : j + RU_CHUNK] for j in range(0, len(part_texts), RU_CHUNK)]
            sides = {"b": lambda h=parts: sum(pool.map(natasha_batch, h)),
                     "c": lambda d=part_docs: list(analyze_parallel(d, workers=2, batch_size=RU_CHUNK))}
            best = {"b": float("inf"), "c": float("inf")}
            for r in range(RU_CHUNK_ROUNDS):
                for side in ("b", "c") if r % 2 == 0 else ("c", "b"):
                    t0 = time.perf_counter()
                    sides[side]()
                    best[side] = min(best[side], time.perf_counter() - t0)
            base, cp = base + best["b"], cp + best["c"]
        log(f"Natasha alone, 2 processes: {n} docs in {base:.1f}s (best per chunk) = {words / base:,.0f} words/s")
        log(f"counterpoint analyze (Russian), 2 workers: {n} docs in {cp:.1f}s (best per chunk) = {words / cp:,.0f} words/s")
        out.update(base_2=base, cp_2=cp)
    finally:
        pool.shutdown()
    return out


# ----------------------------------------------------------------------------- 2. Spark


def bench_spark(n: int) -> dict:
    from counterpoint.scale.spark import analyze_on_spark, default_partitions, spark_session, stop_spark
    from counterpoint.scale.synth import iter_documents, write_jsonl
    from counterpoint.scale.workers import analyze_parallel

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "c.jsonl"
        write_jsonl(corpus, n, seed=13)
        parts = default_partitions(str(corpus), 2)  # what the engine picks for local[2]
        docs = list(iter_documents(n, seed=13))
        words = sum(len(d.text.split()) for d in docs)
        t0 = time.perf_counter()
        spark = spark_session("local[2]")
        start = time.perf_counter() - t0
        log(f"Spark session started in {start:.1f}s")
        # warm the Python workers (pipeline load) so both engines are timed warm
        list(analyze_on_spark(spark, str(corpus), str(Path(tmp) / "warm")))
        list(analyze_parallel(docs[:4], workers=2, batch_size=2))
        # Interleaved rounds, best time of each, as for throughput: one round of 200 articles
        # gave 0.68x and the next 0.84x, the local side alone moving from 2.1 s to 2.6 s.
        spark_s = local_s = float("inf")
        try:
            for r in range(SPARK_ROUNDS):
                out = str(Path(tmp) / f"out{r}")
                secs = _timed("Spark local[2] analyze", n, words, lambda o=out: list(analyze_on_spark(spark, str(corpus), o)))
                spark_s = min(spark_s, secs)  # the engine's own partitions
                secs = _timed("local engine, 2 workers", n, words, lambda: list(analyze_parallel(docs, workers=2, batch_size=8)))
                local_s = min(local_s, secs)
        finally:
            stop_spark()
    return {"docs": n, "words": words, "spark": spark_s, "local_2": local_s, "session_start": start,
            "partitions": parts}


# ----------------------------------------------------------------------------- 3. alignment


def _align_child(n: int) -> dict:
    from counterpoint.align import align
    from counterpoint.scale.synth import synthetic_analyses

    analyses = list(synthetic_analyses(n, seed=5))
    t0 = time.perf_counter()
    result = align(analyses)
    return {"mentions": n, "seconds": time.perf_counter() - t0, "clusters": len(result.clusters)}


def bench_align(sizes: tuple[int, ...], timeout: int) -> dict:
    points, rows = [], []
    for n in sizes:
        r = _child(["align", str(n)], timeout)
        rows.append(r)
        if "seconds" in r:
            points.append((n, r["seconds"]))
            log(
                f"align {n:,} event mentions: {r['seconds']:.2f}s, {r['clusters']:,} clusters "
                f"({n / max(r['seconds'], 1e-9):,.0f} mentions/s)"
            )
        else:
            log(f"align {n:,}: {r.get('error')}")
            break
    return {"rows": rows, "slope": slope(points)}


# ----------------------------------------------------------------------------- 4/5. memory, store size


def _read_documents(path: Path):
    """Documents from JSONL via ingest when it is available, else the plain JSONL reader."""
    try:
        from counterpoint.ingest import read_inputs

        return read_inputs([str(path)]), "counterpoint.ingest.read_inputs"
    except ImportError:
        from counterpoint.records import Document

        def lines():
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    row = json.loads(line)
                    yield Document(**{k: v for k, v in row.items() if k in Document.__dataclass_fields__})

        return lines(), "json lines -> Document (ingest not available)"


def _status_mb(pid: int | str, field: str) -> float | None:
    """One memory field of /proc/PID/status in MB, None when unreadable (process gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def peak_rss_mb(pid: int | str = "self") -> float:
    """VmHWM (RSS high-water) of one process in MB. Unlike ``getrusage().ru_maxrss`` it is not
    inherited across exec, so a subprocess reports its own peak, not its parent's."""
    mb = _status_mb(pid, "VmHWM")
    if mb is not None:
        return mb
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 if pid == "self" else 0.0


def _mem_child(mode: str, n: int) -> dict:
    """Stream a corpus of n documents from JSONL into a DuckDB store (analysing when mode=analyze)."""
    from counterpoint.records import DocAnalysis
    from counterpoint.scale.synth import write_jsonl
    from counterpoint.scale.workers import analyze_parallel
    from counterpoint.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        corpus, db = Path(tmp) / "c.jsonl", Path(tmp) / "s.duckdb"
        write_jsonl(corpus, n, seed=3)
        docs, reader = _read_documents(corpus)
        t0 = time.perf_counter()
        analyses = (
            analyze_parallel(docs, workers=2, batch_size=16)
            if mode == "analyze"
            else (DocAnalysis(document=d) for d in docs)
        )
        done, batch = 0, []
        with Store.open(db) as store:
            for a in analyses:
                batch.append(a)
                if len(batch) == 256:
                    done += store.put_analyses(batch)
                    batch = []
                    if done % 2048 == 0:
                        log(f"  {mode} {done:,}/{n:,} docs, {done / (time.perf_counter() - t0):,.1f} docs/s")
            done += store.put_analyses(batch)
        secs = time.perf_counter() - t0
        from counterpoint.scale.workers import shutdown_pools, worker_pids

        workers_mb = max((peak_rss_mb(pid) for pid in worker_pids()), default=0.0)
        shutdown_pools()
        return {
            "mode": mode,
            "docs": done,
            "seconds": secs,
            "reader": reader,
            "rss_main_mb": peak_rss_mb(),
            "rss_worker_mb": workers_mb,
            "store_bytes": db.stat().st_size,
        }


def _child(args: list[str], timeout: int) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", *args]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout}s"}
    sys.stderr.write(proc.stderr[-2000:] if proc.returncode else "")
    if proc.returncode:
        return {"error": (proc.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench_memory(mode: str, sizes: tuple[int, ...], timeout: int) -> list[dict]:
    rows = []
    for n in sizes:
        log(f"memory: {mode} {n:,} documents (subprocess)")
        r = _child([mode, str(n)], timeout)
        r.setdefault("docs", n)
        rows.append(r)
        if "error" in r:
            log(f"  {r['error']}")
        else:
            log(
                f"  peak RSS main {r['rss_main_mb']:.0f} MB, workers {r['rss_worker_mb']:.0f} MB, "
                f"{r['docs'] / r['seconds']:,.1f} docs/s, store {r['store_bytes'] / 1e6:.1f} MB"
            )
    return rows


def _rss_mb(pid: int) -> float:
    return _status_mb(pid, "VmRSS") or 0.0


def _last_line(path: Path) -> str:
    """The last line ``path`` holds (progress bars end theirs with a carriage return)."""
    with path.open("rb") as f:
        f.seek(max(0, f.seek(0, 2) - 2048))
        lines = f.read().decode(errors="replace").replace("\r", "\n").split("\n")
    return next((x.strip() for x in reversed(lines) if x.strip()), "")


def _children(pid: int) -> list[int]:
    """Direct children of ``pid`` (scans /proc; /proc/PID/task/*/children is not always built in)."""
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


def bench_cli(sizes: tuple[int, ...], timeout: int, workers: int = 2) -> list[dict]:
    """The real command, ``counterpoint analyze corpus.jsonl --db s.duckdb --workers 2``, per size.

    RSS of the main process and of its worker processes is sampled every 0.25 s; the main
    process's peak is split at the "aligning the store" line it prints, so the table shows the
    streaming per-document stage and the whole-store alignment stage separately.
    """
    from counterpoint.scale.synth import write_jsonl

    rows = []
    for n in sizes:
        log(f"cli: counterpoint analyze, {n:,} documents, {workers} workers")
        with tempfile.TemporaryDirectory() as tmp:
            corpus, db = Path(tmp) / "c.jsonl", Path(tmp) / "s.duckdb"
            write_jsonl(corpus, n, seed=3)
            cmd = [sys.executable, "-m", "counterpoint", "analyze", str(corpus), "--db", str(db),
                   "--workers", str(workers)]
            t0 = time.perf_counter()
            err_path = Path(tmp) / "stderr.txt"
            with err_path.open("w") as err:
                proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True)
                peak_stream = peak_align = peak_worker = 0.0
                align_at, peak_align_stage = None, ""
                while proc.poll() is None:
                    if time.perf_counter() - t0 > timeout:
                        proc.kill()
                        break
                    main = _rss_mb(proc.pid)
                    if align_at is None and "aligning the store" in err_path.read_text(errors="replace"):
                        align_at = time.perf_counter() - t0
                    if align_at is None:
                        peak_stream = max(peak_stream, main)
                    elif main > peak_align:
                        peak_align, peak_align_stage = main, _last_line(err_path)
                    for child in _children(proc.pid):
                        peak_worker = max(peak_worker, _rss_mb(child))
                    time.sleep(0.25)
                out = proc.stdout.read() if proc.stdout else ""
            secs = time.perf_counter() - t0
            if proc.returncode != 0:
                tail = err_path.read_text(errors="replace").strip().splitlines()[-1:] or ["failed"]
                rows.append({"docs": n, "error": f"exit {proc.returncode} after {secs:.0f}s: {tail[0][:200]}"})
                log(f"  {rows[-1]['error']}")
                break
            said = err_path.read_text(errors="replace")
            row = {
                "docs": n, "seconds": secs, "align_seconds": secs - align_at if align_at else None,
                # run_capped says so when DuckDB ran out of memory under its cap and alignment ran again
                "retried_uncapped": "without the cap" in said,
                "retry_reason": next((ln.strip() for ln in said.replace("\r", "\n").splitlines()
                                      if "without the cap" in ln), ""),
                "rss_stream_mb": peak_stream, "rss_align_mb": peak_align, "rss_worker_mb": peak_worker,
                "align_peak_stage": peak_align_stage,
                "store_bytes": db.stat().st_size, "summary": out.strip().splitlines()[-1] if out.strip() else "",
            }
            rows.append(row)
            log(f"  {row['summary']}; peak main {peak_stream:.0f} MB streaming, {peak_align:.0f} MB aligning, "
                f"worker {peak_worker:.0f} MB; alignment ran again uncapped: {_retry_cell(row)}; "
                f"alignment peak during: {peak_align_stage!r}")
    return rows


# ----------------------------------------------------------------------------- report


def _retry_cell(row: dict) -> str:
    """'no', or 'yes' with what DuckDB ran out of memory on (the line the command printed)."""
    if not row.get("retried_uncapped"):
        return "no"
    reason = row.get("retry_reason", "").split("(", 1)[-1].rsplit(")", 1)[0]
    return f"yes: {reason[:160]}".replace("|", "/")


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if a and b else "n/a"


def render(cfg_name: str, m: dict, res: dict, secs: float) -> str:
    lines = [
        f"\n## {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC — `python bench/run.py {' '.join(sys.argv[1:])}`\n",
        f"Machine: {m['nproc']} CPUs, {m['ram']} RAM, {m['platform']}. Python {m['python']}, spaCy {m['spacy']}, "
        f"DuckDB {m['duckdb']}, PySpark {m['pyspark']}, pyarrow {m['pyarrow']}. Total {secs:.0f}s. "
        f"Load average at the end: {m['load']} (other processes share the CPUs; ratios are measured "
        "back to back so load affects both sides, but unevenly when it changes).\n",
    ]
    for key, num, what, base in (
        ("throughput", "1", "synthetic articles", "plain spaCy parse"),
        ("throughput_real", "1b", "real-coverage dev articles", "plain spaCy parse"),
        ("throughput_ru", "1c", "synthetic Russian articles", "Natasha alone"),
        ("throughput_ru_real", "1d", "Russian real-coverage dev articles", "Natasha alone"),
    ):
        t = res.get(key)
        if not t:
            continue
        w = t["words"]
        head = "plain `nlp.pipe`" if base.startswith("plain") else "Natasha alone (segment, morph, syntax, NER)"
        lines += [
            f"### {num}. Analysis throughput vs {base}, {what} (goal >= 0.8x)\n",
            f"{t['docs']} {what}, {w:,} words; "
            + (f"best of {RU_CHUNK_ROUNDS} interleaved runs per chunk of {RU_CHUNK} texts per process, summed.\n"
               if key.startswith("throughput_ru") else f"best of {THROUGHPUT_ROUNDS} interleaved rounds per cell.\n"),
            f"| | {head} | counterpoint | ratio |",
            "|---|---|---|---|",
        ]
        for k in ("1", "2"):
            b, c = t[f"base_{k}"], t[f"cp_{k}"]
            lines.append(
                f"| {k} process{'es' if k == '2' else ''} | {w / b:,.0f} words/s, {t['docs'] / b:.1f} art/s | "
                f"{w / c:,.0f} words/s, {t['docs'] / c:.1f} art/s | {_ratio(b, c)} |"
            )
        if t.get("inner_1"):
            i, c = t["inner_1"], t["cp_1"]
            lines.append(
                f"| 1 process, same runs (Natasha's share of counterpoint's time, less load-sensitive) | "
                f"{w / i:,.0f} words/s | {w / c:,.0f} words/s | {_ratio(i, c)} |"
            )
    s = res.get("spark")
    if s:
        lines += [
            "\n### 2. Spark local[2] vs local engine with 2 workers (goal >= 0.8x)\n",
            f"{s['docs']} articles ({s['words']:,} words), both warm, best of {SPARK_ROUNDS} interleaved rounds; "
            f"Spark session start {s['session_start']:.1f}s not counted; "
            f"{s.get('partitions', '?')} partitions.\n",
            f"Spark {s['words'] / s['spark']:,.0f} words/s, local {s['words'] / s['local_2']:,.0f} words/s: "
            f"ratio {_ratio(s['local_2'], s['spark'])}.\n",
        ]
    elif "spark_error" in res:
        lines.append(f"\n### 2. Spark: not measured ({res['spark_error']})\n")
    a = res.get("align")
    if a:
        lines += [
            "\n### 3. Alignment time vs synthetic event mentions (goal: slope <= 1.1)\n",
            "| mentions | seconds | clusters |",
            "|---|---|---|",
        ]
        for r in a["rows"]:
            lines.append(
                f"| {r.get('mentions', '?')} | {r['seconds']:.2f} | {r['clusters']} |"
                if "seconds" in r
                else f"| | {r['error']} | |"
            )
        lines.append(
            f"\nFitted log-log slope: {a['slope']:.2f}\n" if a["slope"] is not None else "\nSlope: n/a\n"
        )
    for key, title in (
        ("mem_analyze", "real analysis (2 workers) JSONL -> analyze -> DuckDB"),
        ("mem_stream", "streaming ingest -> DuckDB, NO analysis"),
    ):
        rows = res.get(key)
        if not rows:
            continue
        lines += [
            f"\n### 4. Peak memory: {title} (goal: flat)\n",
            "| docs | main peak RSS MB | largest worker peak RSS MB | docs/s | store MB | MB per 1k docs | reader |",
            "|---|---|---|---|---|---|---|",
        ]
        for r in rows:
            if "error" in r:
                lines.append(f"| {r['docs']} | {r['error']} | | | | | |")
                continue
            lines.append(
                f"| {r['docs']:,} | {r['rss_main_mb']:.0f} | {r['rss_worker_mb']:.0f} | "
                f"{r['docs'] / r['seconds']:,.1f} | {r['store_bytes'] / 1e6:.1f} | "
                f"{r['store_bytes'] / 1e6 / r['docs'] * 1000:.2f} | {r['reader']} |"
            )
    rows = res.get("cli")
    if rows:
        lines += [
            "\n### 4. Peak memory: the real `counterpoint analyze corpus.jsonl --workers 2` (goal: flat)\n",
            "RSS sampled every 0.25 s; main process split at its \"aligning the store\" line.\n",
            "| docs | total s | alignment s | docs/s | main peak MB, streaming stage | main peak MB, alignment "
            "| worker peak MB | store MB | MB per 1k docs | ran again uncapped | alignment peak during |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for r in rows:
            if "error" in r:
                lines.append(f"| {r['docs']:,} | {r['error']} | | | | | | | | | |")
                continue
            align_s = f"{r['align_seconds']:.0f}" if r["align_seconds"] is not None else "n/a"
            lines.append(
                f"| {r['docs']:,} | {r['seconds']:.0f} | {align_s} | {r['docs'] / r['seconds']:,.1f} | "
                f"{r['rss_stream_mb']:.0f} | {r['rss_align_mb']:.0f} | {r['rss_worker_mb']:.0f} | "
                f"{r['store_bytes'] / 1e6:.1f} | {r['store_bytes'] / 1e6 / r['docs'] * 1000:.2f} | "
                f"{_retry_cell(r)} | {r.get('align_peak_stage', '')[:80].replace('|', '/')} |"
            )
    if res.get("mem_analyze"):
        lines.append(
            "\n### 5. Store size per 1,000 documents: see 'MB per 1k docs' in the analysis table above.\n"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="counterpoint benchmarks")
    p.add_argument("--quick", action="store_true", help="small sizes, well under 3 minutes")
    p.add_argument("--no-spark", action="store_true")
    p.add_argument("--only", default="throughput,spark,align,memory,cli",
                   help="comma-separated parts (also: throughput_real, throughput_ru, throughput_ru_real)")
    p.add_argument("--results", default=str(HERE / "RESULTS.md"))
    p.add_argument("--child", nargs=2, metavar=("MODE", "N"), help=argparse.SUPPRESS)
    p.add_argument("--texts", type=int, help="articles for the throughput and Spark ratios")
    p.add_argument("--align-sizes", help="comma-separated event-mention counts, e.g. 1000,10000,100000")
    p.add_argument("--analyze-sizes", help="comma-separated document counts for real-analysis memory")
    p.add_argument("--stream-sizes", help="comma-separated document counts for ingest->store memory")
    p.add_argument("--timeout", type=int, help="seconds per subprocess measurement")
    p.add_argument("--cli-sizes", help="document counts for the real `counterpoint analyze` run (part 'cli')")
    p.add_argument("--real-texts", default="realnews/texts",
                   help="real-coverage texts for part 'throughput_real' (dev stories only; git-ignored)")
    args = p.parse_args(argv)
    if args.child:
        mode, n = args.child[0], int(args.child[1])
        print(json.dumps(_align_child(n) if mode == "align" else _mem_child(mode, n)))
        return 0
    cfg = dict(QUICK if args.quick else FULL)
    if args.texts:
        cfg["texts"] = cfg["spark_texts"] = args.texts
    for opt, key in (
        ("align_sizes", "align"),
        ("analyze_sizes", "mem_analyze"),
        ("stream_sizes", "mem_stream"),
        ("cli_sizes", "cli"),
    ):
        if getattr(args, opt):
            cfg[key] = tuple(int(x) for x in getattr(args, opt).split(","))
    if args.timeout:
        cfg["timeout"] = args.timeout
    parts = set(args.only.split(","))
    t0 = time.perf_counter()
    res: dict = {}
    if "throughput" in parts:
        res["throughput"] = bench_throughput(cfg["texts"])
    if "throughput_real" in parts:
        docs = real_documents(args.real_texts)
        if not docs:
            raise SystemExit(f"no real-coverage dev texts in {args.real_texts} (see docs/realnews-gold.md)")
        res["throughput_real"] = bench_throughput(len(docs), docs)
    if "throughput_ru" in parts:
        res["throughput_ru"] = bench_throughput_ru(cfg["texts"])
    if "throughput_ru_real" in parts:
        docs = [d for d in real_documents(args.real_texts, "ru") if d.language == "ru"]
        if not docs:
            raise SystemExit(f"no Russian real-coverage dev texts in {args.real_texts} (see docs/realnews-gold.md)")
        res["throughput_ru_real"] = bench_throughput_ru(len(docs), docs)
    if "spark" in parts and not args.no_spark:
        try:
            res["spark"] = bench_spark(cfg["spark_texts"])
        except ImportError as err:
            res["spark_error"] = str(err)
    if "align" in parts:
        res["align"] = bench_align(cfg["align"], cfg["timeout"])
    if "memory" in parts:
        res["mem_analyze"] = bench_memory("analyze", cfg["mem_analyze"], cfg["timeout"])
        res["mem_stream"] = bench_memory("stream", cfg["mem_stream"], cfg["timeout"])
    if "cli" in parts:
        res["cli"] = bench_cli(cfg["cli"], cfg["timeout"])
    section = render("quick" if args.quick else "full", machine(), res, time.perf_counter() - t0)
    results = Path(args.results)
    if not results.exists():
        results.write_text(
            "# counterpoint benchmark results\n\nAppended by `python bench/run.py`; newest last.\n"
        )
    with results.open("a", encoding="utf-8") as fh:
        fh.write(section)
    print(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
