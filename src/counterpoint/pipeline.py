"""The whole pipeline as library functions: ingest -> nlp -> store -> align.

The CLI, the web app and the Python API all call these, so the three give the same records.
Documents stream through in batches; each batch is stored in one transaction, so an
interrupted run resumes where it stopped (documents already stored are skipped) and nothing
is stored twice. Alignment is recomputed over the stored corpus at the end of a run.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .align.segments import align_store
from .config import Config, load_config
from .errors import ANALYSIS_FAILED
from .ingest import read_inputs
from .ingest.files import estimate_documents
from .ingest.years import YearInference, needs_year, set_year
from .records import CorpusResult, DocAnalysis, Document
from .scale.workers import analyze_batch, batches
from .store import DEFAULT_DB, Store
from .wording import event_counts, plural

Progress = Callable[[int, int | None], None]  # (done, total or None)


@dataclass
class RunSummary:
    """What one run did: the last line the CLI prints."""

    documents: int = 0
    analysed: int = 0
    skipped: int = 0  # already stored, unchanged
    errors: list[str] = field(default_factory=list)
    events: int = 0  # event mentions (records)
    clusters: int = 0  # event clusters reported by two or more documents
    all_clusters: int = 0  # every event cluster (what the report counts as "event clusters")
    seconds: float = 0.0
    align_seconds: float = 0.0  # the cross-document part of ``seconds``

    def line(self) -> str:
        """The run in one line, counting events with the report's words (``wording.py``)."""
        return (f"{plural(self.documents, 'document')} ({self.analysed} analysed, {self.skipped} already stored, "
                f"{plural(len(self.errors), 'error')}), "
                f"{event_counts(self.events, self.all_clusters, self.clusters)} "
                f"in {self.seconds:.1f}s (alignment {self.align_seconds:.1f}s)")


class _Undated:
    """Documents waiting for their year from the whole corpus (``ingest/years.py``): a
    yearless or undated article's dates are normalised against its publication date, so it is
    analysed after every other document of the run is stored. They wait in a temporary file,
    not in memory (a folder of undated text files is a whole corpus of them); only their ids
    and what year inference needs are held."""

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.years = YearInference()
        self._file: Any = None

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, doc: Document) -> None:
        self.years.add_pending(doc)  # reads the text's evidence now
        if self._file is None:
            self._file = tempfile.TemporaryFile("w+", encoding="utf-8")
        self._file.write(json.dumps(dataclasses.asdict(doc)) + "\n")
        self.ids.add(doc.id)

    def documents(self, published: Iterable[str]) -> Iterator[Document]:
        """The waiting documents with their inferred years, given every stored publication date."""
        for date in published:
            self.years.add_known(date)
        years = self.years.decide()
        self._file.seek(0)
        try:
            for i, line in enumerate(self._file):
                doc = Document(**json.loads(line))
                if i in years:
                    set_year(doc, years[i])
                yield doc
        finally:
            self._file.close()


def _analyse(batch: list[Document], workers: int) -> list[DocAnalysis]:
    """Analyses of a batch; an exception inside one document's analysis makes that document an
    error document (``E013``, see ``scale.workers.analyze_batch``) in every engine, so the
    rest of the batch is stored."""
    if workers > 1 and len(batch) > 1:
        from .scale.workers import analyze_parallel

        return list(analyze_parallel(batch, workers=workers))
    return analyze_batch(batch)


def default_workers() -> int:
    """Worker processes when none are asked for: the machine's cores."""
    return max(1, os.cpu_count() or 1)


def analyze_into_store(
    store: Store,
    documents: Iterable[Document],
    *,
    workers: int | None = 1,
    batch_size: int = 32,
    force: bool = False,
    aliases: dict | None = None,
    progress: Progress | None = None,
    on_error: Callable[[str], None] | None = None,
    on_stage: Callable[[str], None] | None = None,
) -> RunSummary:
    """Analyse documents into ``store`` and realign the corpus; returns a summary.

    ``workers=None`` means the machine's cores, except when every document fits in the first
    batch: starting worker processes (each loads the spaCy model) costs more than it saves there.

    ``on_stage`` hears one line when the per-document stage ends and alignment of the whole
    store begins, so long runs say what they are doing while no documents move.
    """
    t0 = time.perf_counter()
    summary = RunSummary()
    undated = _Undated()

    def report(doc: Document) -> None:
        msg = f"{doc.source}: {doc.error}"
        summary.errors.append(msg)
        if on_error:
            on_error(msg)

    def handle(batch: list[Document]) -> None:
        stored = set() if force else store.has_documents([d.id for d in batch])  # one query per batch
        fresh = [d for d in batch if d.id not in stored]
        summary.skipped += len(batch) - len(fresh)
        if fresh:
            analyses = _analyse(fresh, workers)
            store.put_analyses(analyses)
            summary.analysed += sum(1 for a in analyses if not a.document.error)
            for a in analyses:  # reading errors were reported as they were read
                if a.document.error and a.document.error.startswith(ANALYSIS_FAILED):
                    report(a.document)
        if progress:
            progress(summary.documents, None)

    # Ids of this run's documents not in the store yet, so an article given twice (e.g. under
    # two paths) is analysed once: those of the current batch (and ``undated.ids``, waiting).
    # Later repeats are found in the store, so the set does not grow with the corpus, except
    # with ``force``, which does not look in the store and keeps every id of the run.
    seen: set[str] = set()
    stream = batches(documents, batch_size)
    if workers is None:
        first = next(stream, [])
        following = next(stream, None)
        workers = 1 if following is None else default_workers()
        stream = itertools.chain([first], [following] if following is not None else [], stream)
    with store.capped_memory():  # DuckDB would otherwise keep every block it writes in memory
        for batch in stream:
            ready = []
            urls = []
            if not force:
                seen.clear()
            for doc in batch:
                summary.documents += 1
                if doc.error:
                    report(doc)
                if doc.url and not doc.error:
                    urls.append((doc.url, doc.id))
                if doc.id in seen or doc.id in undated.ids:  # the same article twice in one run
                    summary.skipped += 1
                    continue
                seen.add(doc.id)
                if needs_year(doc):
                    undated.add(doc)
                else:
                    ready.append(doc)
            store.remember_urls(urls)  # one statement per batch, not one per document
            if ready:
                handle(ready)
    if undated:
        # Yearless publication dates get their year from the whole corpus (ingest/years.py).
        for batch in batches(undated.documents(store.published_dates()), batch_size):
            handle(batch)
    inputs_key = store.alignment_inputs_key(aliases)
    if not force and store.alignment_key() == inputs_key:
        # Nothing alignment reads has changed (e.g. a finished run resumed, or every input was
        # already stored): the stored alignment is the one a realignment would compute.
        if on_stage:
            on_stage("alignment is up to date (no new documents)")
        summary.events = store.count("events")
        summary.clusters = store.cluster_count()
        summary.all_clusters = store.count("clusters")
    else:
        if on_stage:
            on_stage(f"aligning the store ({plural(store.count('documents'), 'document')})")
        stats = align_store(store, aliases=aliases, inputs_key=inputs_key, force=force, on_stage=on_stage)
        summary.align_seconds = stats.seconds
        summary.events = store.count("events")
        summary.clusters = stats.clusters
        summary.all_clusters = store.count("clusters")
    summary.seconds = time.perf_counter() - t0
    return summary


def analyze(
    inputs: Iterable[str],
    *,
    db: str | Path = DEFAULT_DB,
    manifest: str | Path | None = None,
    workers: int | None = None,
    aliases: dict | None = None,
    max_bytes: int | None = None,
    allow_private: bool = False,
    force: bool = False,
    progress: Progress | None = None,
    on_error: Callable[[str], None] | None = None,
    config: Config | None = None,
    batch_size: int = 32,
    on_stage: Callable[[str], None] | None = None,
    on_notice: Callable[[str], None] | None = None,
) -> RunSummary:
    """Read ``inputs`` (files, directories, ``-``, URLs), analyse them into the store at ``db``.

    ``on_notice`` hears what ingest decided on the user's behalf (a manifest found in an
    input folder is used)."""
    config = config or load_config()
    max_bytes = max_bytes if max_bytes is not None else int(config.get("ingest", "max_bytes", 20_000_000))
    allow_private = allow_private or bool(config.get("ingest", "allow_private", False))
    timeout = float(config.get("ingest", "fetch_timeout", 10.0))
    inputs = [str(i) for i in inputs]
    if progress is not None:  # an ETA needs a total: counted before reading, when it can be
        total = estimate_documents(inputs)
        shown = progress
        progress = (lambda done, _t: shown(done, total)) if total else progress
    with Store.open(db) as store:
        docs = apply_outlet_names(read_inputs(inputs, manifest=manifest, max_bytes=max_bytes,
                                              allow_private=allow_private, timeout=timeout,
                                              on_notice=on_notice), config)
        return analyze_into_store(store, docs, workers=workers, aliases=merge_aliases(config.aliases, aliases),
                                  force=force, progress=progress, on_error=on_error, batch_size=batch_size,
                                  on_stage=on_stage)


def apply_outlet_names(documents: Iterable[Document], config: Config) -> Iterator[Document]:
    """Outlet display names from the configuration (keyed by domain or file stem)."""
    for d in documents:
        d.outlet = config.outlet_name(d.outlet)
        yield d


def merge_aliases(*sources: dict | None) -> dict | None:
    """Alias overrides from the configuration and an --aliases file, concatenated."""
    out: dict = {"merge": [], "split": [], "canonical": {}}
    for src in sources:
        if src:
            out["merge"] += list(src.get("merge", []))
            out["split"] += list(src.get("split", []))
            out["canonical"].update(src.get("canonical", {}))
    return out if any(out.values()) else None


def analyze_feeds(
    feeds: Iterable[str], *, db: str | Path = DEFAULT_DB, since: str | None = None, allow_private: bool = False,
    delay: float | None = None, config: Config | None = None, progress: Progress | None = None,
    on_error: Callable[[str], None] | None = None,
) -> RunSummary:
    """Fetch the new articles of RSS/Atom feeds or sitemaps (each URL once) and analyse them."""
    from .ingest.feeds import read_feeds

    config = config or load_config()
    with Store.open(db) as store:
        docs = read_feeds(feeds, since=since, known_urls=store.known_urls, allow_private=allow_private,
                          delay=config.get("feeds", "per_host_delay", 1.0) if delay is None else delay,
                          respect_robots=config.get("feeds", "respect_robots", True))
        return analyze_into_store(store, apply_outlet_names(docs, config), aliases=config.aliases,
                                  progress=progress, on_error=on_error)


def run_paths(
    paths: Iterable[str | Path], *, db: str | Path = ":memory:", manifest: str | Path | None = None,
    aliases: dict | None = None,
) -> CorpusResult:
    """Analyse paths into a store (in memory by default) and return the aligned corpus."""
    with Store.open(db) as store:
        docs = read_inputs([str(p) for p in paths], manifest=manifest)
        analyze_into_store(store, docs, aliases=aliases)
        return store.load_result()


def add_to_store(
    store: Store, documents: list[Document], progress: Progress | None = None, aliases: dict | None = None
) -> dict:
    """Analyse new documents into an open store and realign (the web app's background job)."""
    total = len(documents)
    summary = analyze_into_store(
        store, documents, batch_size=1, aliases=aliases,
        progress=(lambda done, _t: progress(done, total)) if progress else None,
    )
    return {"documents": summary.documents, "analysed": summary.analysed, "skipped": summary.skipped,
            "errors": summary.errors, "events": summary.events, "clusters": summary.clusters}


def analyze_text(text: str, *, published: str | None = None, outlet: str = "text", title: str | None = None) -> DocAnalysis:
    """Analyse one text (no store, no alignment): the per-document records."""
    from .ingest import read_text

    return analyze_batch([read_text(text, outlet=outlet, published=published, title=title)])[0]
