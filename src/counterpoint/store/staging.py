"""Writing an alignment piece by piece (segmented alignment, ``align/segments.py``).

A segmented alignment emits clusters segment by segment and omissions story by story, so it
never holds the whole corpus. Rows go to staging tables (``_stage_<table>``) in the store
file, not into the live tables: readers (the web app, exports) keep seeing the previous
alignment until :meth:`StagedAlignment.commit` swaps the staged tables in with one
transaction, and a run killed half-way leaves the previous alignment intact.

The order documents were aligned in (``align_order``) is kept with the alignment: the next
run compares it with the current order to find the first segment whose input changed, and
keeps every cluster that closed before it (incremental alignment).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..records import Actor, Cluster, Omission, Story
from . import db
from . import tables as T
from .db import StoryEvent, story_event

if TYPE_CHECKING:
    from .db import Store

STAGED = ("actors", "actor_map", "clusters", "omissions", "stories")
# The actor fields summaries, discrepancies and omissions show or read (names; kinds and
# countries for the "affiliated" scope rule): a story naming an actor whose fields changed is
# recomputed rather than copied (aliases are not shown, and change with every new spelling).
SHOWN_ACTOR_FIELDS = ("name", "kind", "country")


def _stage(table: str) -> str:
    return f"_stage_{table}"


def _changed_actor_docs_sql(fields: tuple[str, ...]) -> str:
    """Documents with a local actor that the staged alignment resolves to another global id
    than the live one, or to a global actor whose ``fields`` changed."""
    differs = " OR ".join(f'a."{c}" IS DISTINCT FROM s."{c}"' for c in fields)
    return (f'SELECT DISTINCT l.doc FROM local_actors l JOIN "{_stage("actor_map")}" n ON n.local = l.id '
            f'JOIN "{_stage("actors")}" s ON s.id = n.global_id LEFT JOIN actor_map m ON m.local = l.id '
            f"LEFT JOIN actors a ON a.id = n.global_id WHERE m.global_id IS DISTINCT FROM n.global_id OR {differs}")


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
        """The global actors and the map local id -> global id, in local id order (sorting the
        keys alone: a sorted list of the 400,000 items of a 100,000-article store held 40 MB)."""
        self._put("actors", (T.record_row(a, "actors") for a in actors))
        self._put("actor_map", ({"local": k, "global_id": mapping[k]} for k in sorted(mapping)))

    def put_clusters(self, clusters: Iterable[Cluster]) -> None:
        """Clusters as they close (their story and silent documents are filled in later)."""
        self._put("clusters", (T.record_row(c, "clusters") for c in clusters))

    def _copy_live(self, table: str, key: str, ids: list[str]) -> None:
        """Copy the live rows of ``table`` whose ``key`` is in ``ids``, in their stored order."""
        self.store.con.execute(f'INSERT INTO "{_stage(table)}" SELECT * FROM "{table}" '
                               f'WHERE "{key}" IN (SELECT unnest(?)) ORDER BY rowid', [ids])

    def keep_clusters(self, ids: list[str]) -> None:
        """Copy these clusters of the live alignment (closed before the first changed segment)."""
        if ids:
            self._copy_live("clusters", "id", ids)

    def cluster_briefs(self) -> Iterator[tuple[str, list[str]]]:
        """Every staged cluster's id and documents, earliest date first (undated last), then
        by id: the order clusters are listed in (``Story.clusters``, omissions). Streamed:
        at 100,000 articles the list of them all held some 30 MB."""
        rows = self.store._iter_rows(
            f"SELECT id, documents FROM \"{_stage('clusters')}\" ORDER BY coalesce(date, '9999'), id")
        for r in rows:
            yield r["id"], json.loads(r["documents"] or "[]")

    def actor_map_for(self, docs: list[str]) -> dict[str, str]:
        """The staged actor map (local id -> global id) of the local actors of ``docs``: what
        one step reads, so the whole map (some 400,000 ids at 100,000 articles) is not held.
        Two queries, each filtering a table by a list: as one nested query DuckDB could build
        its hash table on the whole map, and at 100,000 articles that ran out of memory under
        the alignment's cap while a cursor was open."""
        if not docs:
            return {}
        local = [r[0] for r in self.store.con.execute(
            "SELECT id FROM local_actors WHERE doc IN (SELECT unnest(?::VARCHAR[]))", [docs]).fetchall()]
        if not local:
            return {}
        return dict(self.store.con.execute(
            f'SELECT "local", global_id FROM "{_stage("actor_map")}" WHERE "local" IN (SELECT unnest(?::VARCHAR[]))',
            [local]).fetchall())

    def iter_cluster_members(self) -> Iterator[tuple[str, list[StoryEvent]]]:
        """Each staged cluster's id and member events as story grouping reads them, in id order,
        one cluster at a time. The events are joined in DuckDB for ``GROUP_CHUNK_DOCS``
        clusters at a time: joining and sorting every cluster's members at once made DuckDB
        hold them all (the same reason as ``Store._merge_in_chunks``). Participants are global
        actor ids (:meth:`actor_map_for` the chunk's documents)."""
        sql = ("SELECT c.cluster, e.id, e.doc, e.actor, e.recipient, json_extract_string(e.date, '$.value') AS day, "
               "e.location FROM (SELECT id AS cluster, unnest(from_json(events, '[\"VARCHAR\"]')) AS ev "
               f'FROM "{_stage("clusters")}" WHERE id IN (SELECT unnest(?::VARCHAR[]))) c '
               "LEFT JOIN events e ON e.id = c.ev ORDER BY c.cluster, e.id")
        ids = self.store._iter_rows(f'SELECT id FROM "{_stage("clusters")}" ORDER BY id')
        try:
            while chunk := [r["id"] for r in itertools.islice(ids, db.GROUP_CHUNK_DOCS)]:
                rows = list(self.store._iter_rows(sql, params=[chunk]))
                mapping = self.actor_map_for(sorted({r["doc"] for r in rows if r["doc"] is not None}))
                for cluster, members in itertools.groupby(rows, key=lambda r: r["cluster"]):
                    yield cluster, [story_event(r, mapping) for r in members if r["id"] is not None]
        finally:
            ids.close()

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

    def live_cluster_briefs(self) -> Iterator[Cluster]:
        """The live alignment's clusters, briefly (for finding what an incremental run keeps)."""
        cols = "id, type, mode, documents, summary, date, events"
        for r in self.store._iter_rows(f"SELECT {cols} FROM clusters ORDER BY id"):
            yield Cluster(id=r["id"], type=r["type"], mode=r["mode"], events=json.loads(r["events"] or "[]"),
                          documents=json.loads(r["documents"] or "[]"), summary=r["summary"] or "",
                          date=r["date"])

    def live_stories(self) -> dict[str, list[str]]:
        """The live alignment's stories: id -> its cluster ids (what a reused story must match)."""
        return {r["id"]: json.loads(r["clusters"] or "[]")
                for r in self.store._iter_rows("SELECT id, clusters FROM stories")}

    def changed_actor_docs(self) -> set[str]:
        """Documents naming an actor the staged alignment shows differently from the live one:
        a local actor now resolved to another global id, or a global actor whose
        ``SHOWN_ACTOR_FIELDS`` changed (a new spelling became the most frequent one, say)."""
        return {r[0] for r in self.store.con.execute(_changed_actor_docs_sql(SHOWN_ACTOR_FIELDS)).fetchall()}

    def first_changed_position(self) -> int | None:
        """The first position in the stored alignment order of a document with a local actor
        that the staged actors resolve to another global id, or to an actor whose kind changed
        (what clustering reads of actors); None when there is none."""
        cur = self.store.con.cursor()  # its own result set: earlier fetchone() results stay open
        try:
            return cur.execute(
                f"SELECT min(o.seq) FROM ({_changed_actor_docs_sql(('kind',))}) c JOIN align_order o ON o.doc = c.doc"
            ).fetchone()[0]
        finally:
            cur.close()

    def reuse_stories(self, stories: list[Story], clusters: list[str]) -> int:
        """Copy stories of the live alignment that this one computes unchanged: their rows,
        their ``clusters`` as finished then (story, silent documents, summary, discrepancies)
        and their documents' omissions, each story's in stored order (``commit`` puts them in
        story order). Returns the number of omissions copied."""
        con = self.store.con
        docs = [d for s in stories for d in s.documents]
        con.execute(f'DELETE FROM "{_stage("clusters")}" WHERE id IN (SELECT unnest(?))', [clusters])
        self._copy_live("clusters", "id", clusters)
        self._copy_live("stories", "id", [s.id for s in stories])
        self._copy_live("omissions", "doc", docs)
        return con.execute("SELECT count(*) FROM omissions WHERE doc IN (SELECT unnest(?))", [docs]).fetchone()[0]

    def commit(self, order: Sequence[str], inputs_key: str, segment_docs: int, story_order: bool = False) -> None:
        """Swap the staged alignment in, with the document order and inputs key, atomically.

        Each staged table replaces its live table by a rename inside one transaction (DuckDB's
        DDL is transactional), so nothing is copied: copying 800,000 omissions and 400,000
        clusters at 100,000 articles held them in DuckDB's memory until the commit.
        ``story_order``: put omissions in story order first (then as staged), the order a run
        that computes every story writes them in; needed when some were copied.
        """
        con = self.store.con
        if story_order:
            sorted_ = _stage("omissions_sorted")
            con.execute(
                f'CREATE TABLE "{sorted_}" AS SELECT o.* FROM "{_stage("omissions")}" o LEFT JOIN '
                f"(SELECT id AS story, unnest(from_json(documents, '[\"VARCHAR\"]')) AS doc "
                f'FROM "{_stage("stories")}") s ON s.doc = o.doc ORDER BY s.story NULLS LAST, o.rowid')
            con.execute(f'DROP TABLE "{_stage("omissions")}"')
            con.execute(f'ALTER TABLE "{sorted_}" RENAME TO "{_stage("omissions")}"')
        con.execute("BEGIN TRANSACTION")
        try:
            for table in STAGED:
                con.execute(f'DROP TABLE "{table}"')
                con.execute(f'ALTER TABLE "{_stage(table)}" RENAME TO "{table}"')
            con.execute("DELETE FROM align_order")
            con.execute("INSERT INTO align_order SELECT unnest(?), unnest(range(?))", [list(order), len(order)])
            for key, value in (("alignment_inputs", inputs_key), ("align_segment_docs", str(segment_docs))):
                con.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                            [key, value])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        self.drop()

    def drop(self) -> None:
        for table in (*STAGED, "omissions_sorted"):
            self.store.con.execute(f'DROP TABLE IF EXISTS "{_stage(table)}"')
