"""Writing an alignment piece by piece (segmented alignment, ``align/segments.py``).

A segmented alignment emits clusters segment by segment and omissions story by story, so it
never holds the whole corpus. Rows go to staging tables (``_stage_<table>``) in the store
file, not into the live tables: readers (the web app, exports) keep seeing the previous
alignment until :meth:`StagedAlignment.commit` swaps the staged rows in with one
transaction, and a run killed half-way leaves the previous alignment intact.

The order documents were aligned in (``align_order``) is kept with the alignment: the next
run compares it with the current order to find the first segment whose input changed, and
keeps every cluster that closed before it (incremental alignment).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ..records import Actor, Cluster, Omission, Story
from . import tables as T

if TYPE_CHECKING:
    from .db import Store

STAGED = ("actors", "actor_map", "clusters", "omissions", "stories")


def _stage(table: str) -> str:
    return f"_stage_{table}"


class StagedAlignment:
    """One alignment being written; nothing is visible until :meth:`commit`."""

    def __init__(self, store: Store) -> None:
        self.store = store
        con = store.con
        for table in STAGED:
            con.execute(f'DROP TABLE IF EXISTS "{_stage(table)}"')
            con.execute(f'CREATE TABLE "{_stage(table)}" AS SELECT * FROM "{table}" LIMIT 0')

    def _put(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        self.store._insert_chunked(table, rows, into=_stage(table))

    def put_actors(self, actors: list[Actor], mapping: dict[str, str]) -> None:
        self._put("actors", (T.record_row(a, "actors") for a in actors))
        self._put("actor_map", ({"local": k, "global_id": v} for k, v in sorted(mapping.items())))

    def put_clusters(self, clusters: Iterable[Cluster]) -> None:
        """Clusters as they close (their story and silent documents are filled in later)."""
        self._put("clusters", (T.record_row(c, "clusters") for c in clusters))

    def keep_clusters(self, ids: list[str]) -> None:
        """Copy these clusters of the live alignment (closed before the first changed segment)."""
        if ids:
            self.store.con.execute(
                f'INSERT INTO "{_stage("clusters")}" SELECT * FROM clusters WHERE id IN (SELECT unnest(?))', [ids])

    def cluster_briefs(self) -> Iterator[Cluster]:
        """Every staged cluster with what story grouping reads (no discrepancies)."""
        yield from _briefs(self.store, _stage("clusters"))

    def clusters(self, ids: list[str]) -> list[Cluster]:
        rows = self.store._rows(
            f'SELECT * FROM "{_stage("clusters")}" WHERE id IN (SELECT unnest(?)) ORDER BY id', [ids])
        return [T.row_record("clusters", r) for r in rows]

    def finish_story(self, stories: list[Story], clusters: list[Cluster], omissions: list[Omission]) -> None:
        """Stories with their final clusters (story and silent set) and omissions."""
        ids = [c.id for c in clusters]
        if ids:
            self.store.con.execute(f'DELETE FROM "{_stage("clusters")}" WHERE id IN (SELECT unnest(?))', [ids])
        self.put_clusters(clusters)
        self._put("stories", (T.record_row(s, "stories") for s in stories))
        self._put("omissions", (T.record_row(o, "omissions") for o in omissions))

    def commit(self, order: list[str], inputs_key: str, segment_docs: int) -> None:
        """Swap the staged alignment in, with the document order and inputs key, atomically."""
        con = self.store.con
        con.execute("BEGIN TRANSACTION")
        try:
            for table in STAGED:
                con.execute(f'DELETE FROM "{table}"')
                con.execute(f'INSERT INTO "{table}" SELECT * FROM "{_stage(table)}"')
            con.execute("DELETE FROM align_order")
            con.execute("INSERT INTO align_order SELECT unnest(?), unnest(?)", [order, list(range(len(order)))])
            for key, value in (("alignment_inputs", inputs_key), ("align_segment_docs", str(segment_docs))):
                con.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                            [key, value])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        self.drop()

    def drop(self) -> None:
        for table in STAGED:
            self.store.con.execute(f'DROP TABLE IF EXISTS "{_stage(table)}"')


def _briefs(store: Store, table: str) -> Iterator[Cluster]:
    cols = "id, type, mode, events, documents, summary, date"
    for r in store._iter_rows(f'SELECT {cols} FROM "{table}" ORDER BY id'):
        yield Cluster(id=r["id"], type=r["type"], mode=r["mode"], events=json.loads(r["events"] or "[]"),
                      documents=json.loads(r["documents"] or "[]"), summary=r["summary"] or "", date=r["date"])


def live_cluster_briefs(store: Store) -> Iterator[Cluster]:
    """The live alignment's clusters, briefly (for finding what an incremental run keeps)."""
    yield from _briefs(store, "clusters")
