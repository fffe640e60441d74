"""The web app's shared state: one store, a cached aligned corpus, and a background job table.

DuckDB connections are not meant to be shared by threads without care, so every store call
goes through one lock. Pages read a cached :class:`CorpusResult` plus lookup tables, rebuilt
only when a background job has changed the store, so reads never wait for SQL. The app never
builds SQL itself: it only calls the Store API.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..knowledge.scripts import check_script, display_names
from ..records import CorpusResult, Document
from ..report.model import build_view, doc_annotations


@dataclass
class Job:
    """One background analysis: documents to read (a callable, so fetching also happens off
    the request thread), then analysed into the store."""

    id: str
    kind: str
    label: str
    status: str = "queued"  # queued | running | done | failed
    done: int = 0
    total: int | None = None
    message: str = ""
    documents: list[str] = field(default_factory=list)
    created: float = field(default_factory=time.time)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "label": self.label,
            "status": self.status,
            "done": self.done,
            "total": self.total,
            "message": self.message,
            "documents": self.documents,
        }


class Corpus:
    """Store + cache. ``snapshot()`` returns the current (result, indexes) pair."""

    def __init__(self, store: Any, script: str | None = None) -> None:
        self.store = store
        self.script = check_script(script)  # actor names shown in this script (knowledge/scripts.py)
        self.lock = threading.RLock()
        self._snap: Snapshot | None = None
        self.jobs: dict[str, Job] = {}

    def invalidate(self) -> None:
        self._snap = None

    def snapshot(self) -> Snapshot:
        snap = self._snap
        if snap is None:
            with self.lock:
                if self._snap is None:
                    self._snap = Snapshot(self.store.load_result(), self.script)
                snap = self._snap
        return snap

    def search(self, q: str, limit: int, offset: int) -> list[dict[str, Any]]:
        with self.lock:
            return self.store.search(q, limit=limit, offset=offset)

    def submit(self, kind: str, label: str, read: Callable[[], list[Document]]) -> Job:
        job = Job(id=uuid.uuid4().hex[:12], kind=kind, label=label)
        self.jobs[job.id] = job
        threading.Thread(target=self._run, args=(job, read), daemon=True, name=f"cp-job-{job.id}").start()
        return job

    def _run(self, job: Job, read: Callable[[], list[Document]]) -> None:
        from ..pipeline import add_to_store

        job.status = "running"
        try:
            docs = read()
            errors = [f"{d.source}: {d.error}" for d in docs if d.error]
            job.total = len(docs)
            job.documents = [d.id for d in docs if not d.error]

            def progress(done: int, total: int | None) -> None:
                job.done, job.total = done, total or job.total

            with self.lock:
                summary = add_to_store(self.store, docs, progress=progress)
                self.invalidate()
            job.done = job.total or 0
            errors += list(summary.get("errors", []))
            job.message = "; ".join(errors)[:2000]
            job.status = "failed" if errors and not job.documents else "done"
        except Exception as err:  # noqa: BLE001 - a job must end in a state the page can show
            job.status, job.message = "failed", f"{type(err).__name__}: {err}"[:2000]


class Snapshot:
    """One immutable view of the corpus with lookup tables for the pages and the API."""

    def __init__(self, result: CorpusResult, script: str | None = None) -> None:
        self.result = result
        self.script = check_script(script)
        self.shown = display_names(result.actors, self.script)
        self.view = build_view(result, self.script)
        self.docs = {d.id: d for d in result.documents}
        self.actors = {a.id: a for a in result.actors}
        self.events = {e.id: e for e in result.events}
        self.clusters = {c.id: c for c in result.clusters}
        self.cluster_rows = {c["id"]: c for c in self.view["clusters"]}
        self.cluster_of = {e: c.id for c in result.clusters for e in c.events}
        self.stories = {s.id: s for s in result.stories}
        self.outlets = self.view["outlets"]
        self._ann: dict[str, list] | None = None

    @property
    def annotations(self) -> dict[str, list]:
        if self._ann is None:
            self._ann = doc_annotations(self.result, self.script)
        return self._ann

    def name(self, actor_id: str | None) -> str:
        """The actor's name in the chosen script (the id when unknown)."""
        shown = self.shown.get(actor_id or "")
        return shown[0] if shown else (actor_id or "")

    def also(self, actor_id: str | None) -> list[str]:
        """The actor's other spellings (other scripts, other transliterations)."""
        shown = self.shown.get(actor_id or "")
        return shown[1] if shown else []
