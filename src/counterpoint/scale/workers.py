"""Per-document analysis over N worker processes, streaming, in input order.

Why processes: spaCy's pipeline holds the GIL for most of its work, so threads do not scale;
each worker process loads the pipeline once (``get_nlp`` is cached per process) and analyses
whole batches, which amortises the pickling of documents and records.

Memory stays flat regardless of corpus size: the input iterable is consumed lazily and at most
``workers * 2`` batches are in flight (submitted and not yet yielded), so at most
``workers * 2 * batch_size`` documents plus the batch being filled are held at once.

Order guarantee: analyses are yielded in exactly the input order (batches are awaited
oldest first), one analysis per input document.

Failures: an exception while analysing one document is caught inside the worker and that
document comes back with ``error`` set (``E013``) and no records. A worker that dies outright
(segfault, OOM kill) breaks the pool; the batches that were in flight are then re-run one
document at a time in a fresh pool so the document that kills its worker is identified,
yielded with ``E013``, and the rest go on.

Pools are started with the ``spawn`` context (safe with threads and with DuckDB/Spark in the
parent) and kept per worker count for the life of the process, because loading the pipeline
costs seconds; ``shutdown_pools()`` (also run at exit) stops them.
"""

from __future__ import annotations

import atexit
import dataclasses
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..errors import E
from ..records import DocAnalysis, Document

BatchFn = Callable[[list[Document]], list[DocAnalysis]]
_POOLS: dict[int, ProcessPoolExecutor] = {}


def _init_worker() -> None:
    """Load the pipeline once per worker, before the first batch arrives."""
    from ..nlp import get_nlp

    get_nlp()


def failed_analysis(document: Document, reason: str) -> DocAnalysis:
    """The analysis of a document whose analysis failed: the document with ``E013`` set."""
    reason = " ".join(str(reason).split())[:300] or "unknown error"
    return DocAnalysis(document=dataclasses.replace(document, error=E.E013.format(reason=reason)))


def _one(document: Document, nlp) -> DocAnalysis:
    from ..nlp import analyze_document

    try:
        return analyze_document(document, nlp)
    except Exception as err:  # noqa: BLE001 - reported on the document, batch goes on
        return failed_analysis(document, f"{type(err).__name__}: {err}")


def analyze_batch(documents: list[Document]) -> list[DocAnalysis]:
    """Analyse a batch in this process; one failing document does not stop the others.

    The batch goes through ``nlp.pipe`` (spaCy batches the neural components, which is faster
    than one call per document) and is converted with the same ``doc_to_analysis`` as
    ``analyze_document``. If anything in the batch raises, the batch is redone one document at
    a time so only the failing document gets ``E013``.
    """
    from ..nlp import get_nlp
    from ..nlp.convert import doc_to_analysis
    from ..nlp.pipeline import ENGLISH, make_doc, route

    # Only English documents go through spaCy (and load it); the others take their own
    # analyser one by one in ``_one`` (``nlp.pipeline.route``).
    todo = [d for d in documents if isinstance(d.text, str) and route(d) == ENGLISH]
    nlp = get_nlp() if todo else None
    try:
        docs = nlp.pipe(make_doc(nlp, d) for d in todo) if nlp is not None else iter(())
        done = {id(d): doc_to_analysis(doc, d) for d, doc in zip(todo, docs, strict=True)}
    except Exception:  # noqa: BLE001 - isolate the failing document below
        return [_one(d, nlp) for d in documents]
    return [done[id(d)] if id(d) in done else _one(d, nlp) for d in documents]


def _pool(workers: int) -> ProcessPoolExecutor:
    pool = _POOLS.get(workers)
    if pool is None:
        ctx = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker)
        _POOLS[workers] = pool
    return pool


def _discard_pool(workers: int) -> None:
    pool = _POOLS.pop(workers, None)
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


def worker_pids() -> list[int]:
    """Process ids of the live worker processes (for memory measurements)."""
    return sorted(pid for pool in _POOLS.values() for pid in (getattr(pool, "_processes", None) or {}))


def shutdown_pools() -> None:
    """Stop every worker pool this process started."""
    for workers in list(_POOLS):
        pool = _POOLS.pop(workers)
        pool.shutdown(wait=True, cancel_futures=True)


atexit.register(shutdown_pools)


def batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Consecutive lists of ``size`` documents (the last one shorter), read lazily."""
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _isolate(batch: list[Document], workers: int, func: BatchFn) -> list[DocAnalysis]:
    """Re-run a batch one document at a time, alone in the pool, after the pool broke."""
    out: list[DocAnalysis] = []
    for document in batch:
        try:
            out.extend(_pool(workers).submit(func, [document]).result())
        except BrokenProcessPool:
            _discard_pool(workers)
            # Blame the document only if a fresh pool can run an empty batch; otherwise the
            # workers cannot start at all (e.g. a __main__ that spawn cannot re-import).
            try:
                _pool(workers).submit(func, []).result()
            except BrokenProcessPool:
                _discard_pool(workers)
                raise RuntimeError(
                    "worker processes cannot start; run from an importable script or use workers=1"
                ) from None
            out.append(failed_analysis(document, "worker process died while analysing this document"))
    return out


def analyze_parallel(
    documents: Iterable[Document],
    workers: int | None = None,
    batch_size: int = 32,
    *,
    func: BatchFn = analyze_batch,
) -> Iterator[DocAnalysis]:
    """Analyse ``documents`` over ``workers`` processes (default ``os.cpu_count()``).

    Yields one :class:`DocAnalysis` per document in input order. ``workers=1`` runs in this
    process (no pool, same code path as ``analyze_batch``). A sized input shorter than
    ``workers * 2 * batch_size`` is split into smaller batches so every worker gets some. An
    iterator is read lazily; see the module docstring for the in-flight bound and crash
    handling. ``func`` (a picklable module-level function, batch -> analyses) replaces
    ``analyze_batch``, e.g. in tests.
    """
    workers = workers or os.cpu_count() or 1
    if batch_size < 1:
        raise ValueError("batch_size must be >= 1")
    if workers <= 1:
        for batch in batches(documents, batch_size):
            yield from func(batch)
        return

    if isinstance(documents, Sized):
        # A short list (e.g. one 32-document batch from pipeline.py) must still reach every
        # worker: shrink the batches so there are at least ``workers * 2`` of them.
        batch_size = max(1, min(batch_size, -(-len(documents) // (workers * 2))))
    max_inflight = workers * 2
    inflight: deque[tuple[list[Document], Future]] = deque()
    source = batches(documents, batch_size)
    exhausted = False
    try:
        while True:
            while not exhausted and len(inflight) < max_inflight:
                batch = next(source, None)
                if batch is None:
                    exhausted = True
                    break
                inflight.append((batch, _pool(workers).submit(func, batch)))
            if not inflight:
                return
            batch, future = inflight.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # Every batch in flight is lost with the pool: isolate them all, oldest first.
                lost = [batch] + [b for b, _ in inflight]
                inflight.clear()
                _discard_pool(workers)
                for b in lost:
                    yield from _isolate(b, workers, func)
                continue
            yield from results
    finally:
        for _, future in inflight:
            future.cancel()
