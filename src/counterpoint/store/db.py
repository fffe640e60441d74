"""The corpus store: one embedded DuckDB file. Only this package writes SQL.

Per-document analyses are written one transaction per batch, replacing whatever was stored
for the same document id (ids derive from content, so re-running adds nothing twice).
The alignment (global actors, clusters, omissions, stories) is derived data and is replaced
wholesale in one transaction. A crash mid-write leaves the previous committed state
(DuckDB's WAL), so a re-run simply continues.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, overload

import duckdb
import pyarrow as pa

from ..errors import ANALYSIS_FAILED, E, StoreError
from ..records import CorpusResult, DocAnalysis, Document
from . import tables as T

if TYPE_CHECKING:
    from .staging import StagedAlignment

SCHEMA_VERSION = 1
DEFAULT_DB = "counterpoint.duckdb"
ALIGN_CHUNK_ROWS = 20_000  # alignment rows built and inserted at a time
STREAM_MEMORY_LIMIT = "64MB"  # DuckDB memory while analyses stream in (see capped_memory)
GROUP_CHUNK_DOCS = 5_000  # documents per chunk when the whole store is read document by document
# DuckDB memory while a store is aligned (see run_capped). Whole-store reads go a chunk of
# documents at a time (_merge_in_chunks), so 64 MB holds them; at 256 MB DuckDB's pool and its
# whole-table sorts held hundreds of MB at 100,000 articles, and 128 MB was too small for them.
ALIGN_MEMORY_LIMIT = "64MB"

T_ = TypeVar("T_")

_DUCK_TYPES = {pa.string(): "VARCHAR", pa.int64(): "BIGINT", pa.float64(): "DOUBLE", pa.bool_(): "BOOLEAN"}


class _Day(NamedTuple):
    value: str | None


class IdList(Sequence[str]):
    """Ids held as one UTF-8 buffer and offsets: alignment keeps the order of every stored
    document, and as a list of strings that took some 8 MB at 100,000 articles (about 2 here).
    Indexing gives a string, slicing a list of strings."""

    __slots__ = ("_buf", "_off")

    def __init__(self, ids: Iterable[str] = ()) -> None:
        buf, off = bytearray(), array("q", [0])
        for i in ids:
            buf += i.encode()
            off.append(len(buf))
        self._buf, self._off = bytes(buf), off

    def __len__(self) -> int:
        return len(self._off) - 1

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(i)
        return self._buf[self._off[i] : self._off[i + 1]].decode()


class StoryEvent:
    """An event as story grouping reads it (``stories.StoryFacts``)."""

    __slots__ = ("id", "doc", "actor", "recipient", "date", "location")

    def __init__(self, id: str, doc: str, actor: list[str], recipient: list[str], date: _Day | None,
                 location: str | None) -> None:
        self.id, self.doc, self.actor, self.recipient, self.date, self.location = (
            id, doc, actor, recipient, date, location)


def story_event(row: dict[str, Any], actor_map: dict[str, str]) -> StoryEvent:
    """A :class:`StoryEvent` from an events row (``id, doc, actor, recipient, day, location``)."""
    return StoryEvent(
        row["id"], row["doc"],
        [*dict.fromkeys(actor_map.get(a, a) for a in json.loads(row["actor"] or "[]"))],
        [*dict.fromkeys(actor_map.get(a, a) for a in json.loads(row["recipient"] or "[]"))],
        _Day(row["day"]) if row["day"] is not None else None, row["location"])


def _for_docs(sql: str) -> str:
    """``sql`` (``SELECT ... FROM table [WHERE cond]``) limited to the documents in the list
    given as its one parameter."""
    head, sep, cond = sql.partition(" WHERE ")
    return f"{head} WHERE doc IN (SELECT unnest(?::VARCHAR[]))" + (f" AND ({cond})" if sep else "")

def _parquet_files(directory: Path, table: str) -> list[str]:
    """The Parquet files of ``table`` under ``directory`` (hidden and temporary files skipped)."""
    folder, single = directory / table, directory / f"{table}.parquet"
    if folder.is_dir():
        return sorted(str(f) for f in folder.glob("*.parquet") if not f.name.startswith((".", "_")))
    return [str(single)] if single.is_file() else []


def _columns(table: str) -> str:
    """The quoted column list of ``table``'s schema, for SQL that reads or writes Parquet."""
    return ", ".join(f'"{f.name}"' for f in T.SCHEMAS[table])


def stored_terms(row: dict[str, Any]) -> dict[str, int]:
    """A document row's content terms (a store made before they existed has none)."""
    return json.loads(row.get("terms") or "{}")


class Store:
    """A counterpoint corpus in DuckDB. Use ``Store.open(path)``; ``":memory:"`` for tests."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, read_only: bool) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only

    # ------------------------------------------------------------------ lifecycle

    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB, read_only: bool = False) -> Store:
        path = str(path)
        if path != ":memory:" and read_only and not Path(path).exists():
            raise StoreError(E.E021, path=path, reason="file does not exist")
        try:
            con = duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as err:
            first = str(err).splitlines()[0]
            if "lock" in first.lower():
                raise StoreError(E.E020, path=path, reason="it is locked; close the other counterpoint first") from None
            raise StoreError(E.E021, path=path, reason=first) from None
        except duckdb.Error as err:
            raise StoreError(E.E021, path=path, reason=str(err).splitlines()[0]) from None
        store = cls(con, path, read_only)
        if not read_only:
            store._create()
        else:
            store._check()
        return store

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _create(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        # Every URL whose article is stored, even when two URLs carry one article (same id).
        self.con.execute("CREATE TABLE IF NOT EXISTS seen_urls (url VARCHAR PRIMARY KEY, doc VARCHAR)")
        # The document order of the stored alignment (segmented, incremental alignment).
        self.con.execute("CREATE TABLE IF NOT EXISTS align_order (doc VARCHAR, seq BIGINT)")
        for table, schema in T.SCHEMAS.items():
            cols = ", ".join(f'"{f.name}" {_DUCK_TYPES.get(f.type, "VARCHAR")}' for f in schema)
            self.con.execute(f'CREATE TABLE IF NOT EXISTS "{table}" ({cols})')
            have = {r[0] for r in self.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}
            for f in schema:  # records gained a field since this store was made
                if f.name not in have:
                    self.con.execute(f'ALTER TABLE "{table}" ADD COLUMN "{f.name}" {_DUCK_TYPES.get(f.type, "VARCHAR")}')
        self.con.execute(
            "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT (key) DO NOTHING", [str(SCHEMA_VERSION)]
        )

    def _check(self) -> None:
        try:
            self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.Error as err:
            raise StoreError(E.E021, path=self.path, reason=str(err).splitlines()[0]) from None

    # ------------------------------------------------------------------ writing

    def checkpoint(self) -> None:
        """Write what so far is only in DuckDB's write-ahead log into the database file.

        Rows appended since the last checkpoint are held in memory until then (DuckDB
        checkpoints by itself when the log reaches 16 MB). After `analyze` streamed 100,000
        articles, they and the blocks around them took most of alignment's 64 MB cap: the
        capped alignment ran out of memory within seconds and ran again uncapped, peaking at
        1.1 GB. Alignment checkpoints first (:func:`~counterpoint.align.segments.align_store`)."""
        if self.path != ":memory:":
            self.con.execute("CHECKPOINT")

    @contextlib.contextmanager
    def capped_memory(self, limit: str = STREAM_MEMORY_LIMIT) -> Iterator[None]:
        """Cap DuckDB's memory (``SET memory_limit``) for a while, then restore it.

        DuckDB keeps every block it writes at a checkpoint in its buffer pool until memory runs
        short, and the default limit is 80% of RAM, so a long stream of small write
        transactions grows the process by about what it stores (about 4 KB per article).
        Those blocks are on disk, so evicting them is cheap. An in-memory store keeps its
        data in that pool, so it is never capped.
        """
        if self.path == ":memory:":
            yield
            return
        before = self.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        self.con.execute(f"SET memory_limit = '{limit}'")
        try:
            yield
        finally:
            # RESET restores the default exactly; the shown value of a limit someone set is rounded
            self.con.execute("RESET memory_limit")
            if self.con.execute("SELECT current_setting('memory_limit')").fetchone()[0] != before:
                self.con.execute(f"SET memory_limit = '{before}'")

    def stage_alignment(self) -> StagedAlignment:
        """A new alignment written piece by piece and swapped in at once (``store/staging.py``)."""
        from .staging import StagedAlignment

        return StagedAlignment(self)

    def run_capped(
        self, fn: Callable[[], T_], limit: str | None = None, on_retry: Callable[[str], None] | None = None
    ) -> T_:
        """``fn()`` with DuckDB's memory capped at ``limit`` (default ``ALIGN_MEMORY_LIMIT``,
        :meth:`capped_memory`); if DuckDB runs out of memory under the cap, ``fn()`` again
        without it. A cap that suits a store of 100,000 articles may be too small for
        concurrent sorted reads of a much larger one, and a slower run is better than a failed
        one. ``fn`` must leave the store as it found it when it fails (alignment stages its
        rows and drops them). ``on_retry`` is told why ``fn`` runs again, so the retry is seen
        (one went unnoticed while a query planned badly under the cap, doubling the time)."""
        limit = limit or ALIGN_MEMORY_LIMIT
        try:
            with self.capped_memory(limit):
                return fn()
        except duckdb.OutOfMemoryException as err:
            if on_retry is not None:
                first = str(err).splitlines()[0] if str(err) else "out of memory"
                on_retry(f"DuckDB ran out of memory under its {limit} cap ({first}); running again without the cap")
            return fn()

    def _insert(self, table: str, rows: list[dict[str, Any]], into: str | None = None) -> None:
        """Insert rows of ``table``'s schema into ``table`` (or into ``into``, a table of that schema)."""
        if not rows:
            return
        arrow = T.to_arrow(table, rows)
        self.con.register("_cp_rows", arrow)
        try:
            self.con.execute(f'INSERT INTO "{into or table}" BY NAME SELECT * FROM _cp_rows')
        finally:
            self.con.unregister("_cp_rows")

    def _insert_chunked(self, table: str, rows: Iterable[dict[str, Any]], into: str | None = None) -> None:
        """:meth:`_insert` ``ALIGN_CHUNK_ROWS`` rows at a time, so rows are built as they go."""
        rows = iter(rows)
        while chunk := list(itertools.islice(rows, ALIGN_CHUNK_ROWS)):
            self._insert(table, chunk, into)

    def _delete_docs(self, ids: list[str]) -> None:
        if not ids:
            return
        for table in T.DOC_TABLES:
            key = "id" if table == "documents" else "doc"
            self.con.execute(f'DELETE FROM "{table}" WHERE "{key}" IN (SELECT unnest(?))', [ids])

    def put_analyses(self, analyses: Iterable[DocAnalysis]) -> int:
        """Store a batch of analyses in one transaction; returns how many were written.

        A document already stored under the same id is replaced (so re-running adds nothing
        twice); an older version read from the same source (the article changed) is removed.
        """
        batch = list(analyses)
        if not batch:
            return 0
        rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        ids = []
        sources = []
        for a in batch:
            ids.append(a.document.id)
            sources.append(a.document.source)
            for table, trows in T.analysis_rows(a).items():
                rows[table].extend(trows)
        self.con.execute("BEGIN TRANSACTION")
        try:
            # Only stored documents need deleting: the same id (replaced) or the same source (an
            # older version). New documents skip the DELETEs, which scan every per-document table.
            stored = [r[0] for r in self.con.execute(
                "SELECT id FROM documents WHERE id IN (SELECT unnest(?)) OR source IN (SELECT unnest(?))",
                [ids, sources]).fetchall()]
            self._delete_docs(sorted(set(stored)))
            for table in T.DOC_TABLES:
                self._insert(table, rows.get(table, []))
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return len(batch)

    def put_alignment(self, result: CorpusResult, actor_map: dict[str, str], inputs_key: str | None = None) -> None:
        """Replace the corpus alignment in one transaction, remembering which inputs it was
        computed from (``inputs_key``, see :meth:`alignment_inputs_key`)."""
        rows = T.iter_alignment_rows(result, actor_map)
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table in T.ALIGN_TABLES:
                self.con.execute(f'DELETE FROM "{table}"')
                self._insert_chunked(table, rows[table])
            self.con.execute(
                "INSERT INTO meta VALUES ('alignment_inputs', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [inputs_key or ""],
            )
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def import_tables(self, directory: str | Path) -> int:
        """Load Parquet tables written with this schema (e.g. by the Spark engine): each table
        is ``directory/<table>/*.parquet`` or ``directory/<table>.parquet``. DuckDB reads the
        files itself, so an import of any size is never held in Python. Documents already
        stored under the same ids are replaced; alignment tables, when present, replace the
        stored alignment."""
        found = {t: files for t in T.TABLES if (files := _parquet_files(Path(directory), t))}
        if "documents" not in found:
            return 0
        ids = [r[0] for r in self.con.execute("SELECT id FROM read_parquet(?)", [found["documents"]]).fetchall()]
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._delete_docs(ids)
            for table in T.DOC_TABLES:
                if table in found:
                    self._insert_parquet(table, found[table])
            if "actors" in found:
                self.con.execute("DELETE FROM meta WHERE key = 'alignment_inputs'")  # not ours
                for table in T.ALIGN_TABLES:
                    self.con.execute(f'DELETE FROM "{table}"')
                    if table in found:
                        self._insert_parquet(table, found[table])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return len(ids)

    def _insert_parquet(self, table: str, files: list[str]) -> None:
        cols = _columns(table)
        self.con.execute(f'INSERT INTO "{table}" ({cols}) SELECT {cols} FROM read_parquet(?)', [files])

    def export_tables(self, directory: str | Path, tables: Iterable[str], part: str) -> None:
        """Write ``tables`` as ``directory/<table>/<part>.parquet`` in the order their rows were
        written, DuckDB writing the files (the Spark driver's alignment tables)."""
        for table in tables:
            if table not in T.TABLES:
                raise ValueError(table)
            target = Path(directory) / table
            target.mkdir(parents=True, exist_ok=True)
            tmp = target / f".{part}.parquet.tmp"
            cols = _columns(table)
            path = str(tmp).replace("'", "''")
            self.con.execute(f"COPY (SELECT {cols} FROM \"{table}\" ORDER BY rowid) TO '{path}' (FORMAT parquet)")
            os.replace(tmp, target / f"{part}.parquet")  # atomic: a rerun overwrites

    # ------------------------------------------------------------------ reading

    def alignment_inputs_key(self, aliases: dict | None = None) -> str:
        """A fingerprint of everything alignment reads: the stored document ids (content
        hashes), the alias overrides and the code and schema versions."""
        from .. import __version__

        docs = self.con.execute(
            "SELECT md5(coalesce(string_agg(id, ',' ORDER BY id), '')) FROM documents").fetchone()[0]
        extra = json.dumps(aliases or {}, sort_keys=True, default=str)
        return f"{docs}:{hashlib.md5(extra.encode()).hexdigest()}:{__version__}:{SCHEMA_VERSION}"

    def alignment_key(self) -> str | None:
        """The inputs key stored with the current alignment (None before the first one)."""
        row = self.con.execute("SELECT value FROM meta WHERE key = 'alignment_inputs'").fetchone()
        return row[0] if row and row[0] else None

    def cluster_count(self, min_documents: int = 2) -> int:
        """Stored clusters reported by at least ``min_documents`` documents."""
        return self.con.execute("SELECT count(*) FROM clusters WHERE json_array_length(documents) >= ?",
                                [min_documents]).fetchone()[0]

    def _rows(self, sql: str, params: list | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def _iter_rows(self, sql: str, size: int = 10_000, params: list | None = None) -> Iterator[dict[str, Any]]:
        """Like :meth:`_rows` but fetched in chunks, so a whole table is never held twice
        (as tuples and as records) while the corpus is loaded for alignment."""
        cur = self.con.cursor()
        try:
            cur.execute(sql, params or [])
            names = [d[0] for d in cur.description]
            while chunk := cur.fetchmany(size):
                for r in chunk:
                    yield dict(zip(names, r, strict=True))
        finally:
            cur.close()

    def has_documents(self, ids: Iterable[str]) -> set[str]:
        """Which of these documents are stored for good. A document whose analysis failed
        (``E013``) is not: a re-run analyses it again (the failure may since have been fixed),
        and ``put_analyses`` replaces the stored row, so nothing is stored twice."""
        ids = list(ids)
        if not ids:
            return set()
        return {r[0] for r in self.con.execute(
            "SELECT id FROM documents WHERE id IN (SELECT unnest(?)) "
            "AND (error IS NULL OR NOT starts_with(error, ?))", [ids, ANALYSIS_FAILED]).fetchall()}

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        """Which of these URLs were already stored (feeds fetch each article once)."""
        urls = list(urls)
        if not urls:
            return set()
        return {r[0] for r in self.con.execute(
            "SELECT url FROM seen_urls WHERE url IN (SELECT unnest(?)) "
            "UNION SELECT url FROM documents WHERE url IN (SELECT unnest(?))", [urls, urls]).fetchall()}

    def remember_urls(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Record (url, document id) pairs for articles that were read successfully."""
        first: dict[str, str] = {}
        for u, d in pairs:
            if u:
                first.setdefault(u, d)
        if first:  # one statement (executemany costs about 4 ms per row here)
            self.con.execute("INSERT INTO seen_urls SELECT unnest(?), unnest(?) ON CONFLICT (url) DO NOTHING",
                             [list(first), list(first.values())])

    def count(self, table: str) -> int:
        if table not in T.TABLES:
            raise ValueError(table)
        return self.con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]

    def documents(self) -> list[Document]:
        return [T.row_record("documents", r) for r in self._rows("SELECT * FROM documents ORDER BY id")]

    def published_dates(self) -> Iterator[str]:
        """Every stored publication date, fetched in chunks (year inference reads dates only)."""
        for r in self._iter_rows("SELECT published FROM documents WHERE published IS NOT NULL"):
            yield r["published"]

    def document(self, doc_id: str) -> Document | None:
        rows = self._rows("SELECT * FROM documents WHERE id = ?", [doc_id])
        return T.row_record("documents", rows[0]) if rows else None

    def _grouped(
        self, tables: dict[str, str], documents_sql: str, params: list | None = None
    ) -> Iterator[tuple[dict, dict[str, list]]]:
        """(document row, {table: that document's records}) in document-id order; ``tables``
        maps each per-document table to read to a WHERE clause ("" for every row), and
        ``params`` go to ``documents_sql``.

        The documents' rows are read a chunk at a time (:meth:`_merge_in_chunks`) and merged
        with the documents as they go, so only one document's records are held at a time
        (reading whole tables first held the corpus: 120 MB of local actors and mentions alone
        at 10,000 articles).
        """
        queries = {table: f'SELECT * FROM "{table}"{where}' for table, where in tables.items()}
        yield from self._merge_in_chunks(queries, documents_sql, params=params)

    def _merge_in_chunks(
        self, queries: dict[str, str], documents_sql: str, convert: Callable[[str, dict], Any] = T.row_record,
        on_chunk: Callable[[list[str]], None] | None = None, params: list | None = None,
    ) -> Iterator[tuple[dict, dict[str, list]]]:
        """:meth:`_merge` over the documents of ``documents_sql`` (run with ``params``, sorted
        by id), ``GROUP_CHUNK_DOCS`` documents at a time: each query (``SELECT ... FROM table
        [WHERE ...]``, rows with a ``doc`` column) is run for the documents of one chunk,
        sorted by document and row. Sorting a whole table by document
        made DuckDB hold it (hundreds of MB at 100,000 articles, up to its memory cap), and
        several such sorted reads at once did not fit under a cap of 128 MB; a chunk's rows are
        a few MB. The rows come out exactly as from whole-table sorted reads. ``on_chunk`` is
        called with each chunk's document ids before its rows are read."""
        documents = self._iter_rows(documents_sql, params=params)
        try:
            while chunk := list(itertools.islice(documents, GROUP_CHUNK_DOCS)):
                ids = [r["id"] for r in chunk]
                if on_chunk is not None:
                    on_chunk(ids)
                streams = {table: self._iter_rows(_for_docs(sql) + " ORDER BY doc, rowid", params=[ids])
                           for table, sql in queries.items()}
                try:
                    yield from self._merge(streams, iter(chunk), convert)
                finally:
                    for it in streams.values():
                        it.close()
        finally:
            documents.close()

    @staticmethod
    def _merge(
        streams: dict[str, Iterator[dict]], documents: Iterator[dict],
        convert: Callable[[str, dict], Any] = T.row_record,
    ) -> Iterator[tuple[dict, dict[str, list]]]:
        """Merge row streams sorted by document with the document rows (sorted by id):
        (document row, {table: ``convert(table, row)`` for each of its rows})."""
        heads: dict[str, dict | None] = {t: next(it, None) for t, it in streams.items()}
        for r in documents:
            doc = r["id"]
            mine: dict[str, list] = {}
            for table, it in streams.items():
                rows: list = []
                head = heads[table]
                while head is not None and head["doc"] <= doc:
                    if head["doc"] == doc:
                        rows.append(convert(table, head))
                    head = next(it, None)
                heads[table] = head
                mine[table] = rows
            yield r, mine

    def load_analyses(self) -> Iterator[DocAnalysis]:
        """Every stored analysis, with local actor ids, in document-id order."""
        tables = dict.fromkeys(T.DOC_TABLES[1:], "")
        for r, g in self._grouped(tables, "SELECT * FROM documents ORDER BY id"):
            yield DocAnalysis(
                document=T.row_record("documents", r), actors=g["local_actors"], mentions=g["mentions"],
                events=g["events"], quotes=g["quotes"], quantities=g["quantities"], labels=g["labels"],
                framing=g["framing"], dates=g["dates"],
                sentences=[tuple(s) for s in json.loads(r["sentences"] or "[]")],
                terms=stored_terms(r),
            )

    def alignment_order(self) -> IdList:
        """Every stored document id in alignment order: by publication date (undated last), then id."""
        return IdList(r["id"] for r in self._iter_rows("SELECT id FROM documents ORDER BY coalesce(published, '~'), id"))

    def aligned_order(self) -> tuple[IdList, int | None]:
        """The order the stored alignment was computed in, and its segment size (None: unknown)."""
        order = IdList(r["doc"] for r in self._iter_rows("SELECT doc FROM align_order ORDER BY seq"))
        # fetchall, not fetchone: an unfinished result would block the next register() on this connection
        rows = self.con.execute("SELECT value FROM meta WHERE key = 'align_segment_docs'").fetchall()
        return order, int(rows[0][0]) if rows and rows[0][0] else None

    @staticmethod
    def _lean_documents_sql(where: str = "") -> str:
        """Document rows without text or sentence offsets, in id order: a document with text
        gets a one-character stand-in, so it is never mistaken for an error document."""
        cols = ", ".join(f'"{f.name}"' for f in T.SCHEMAS["documents"] if f.name not in ("text", "sentences"))
        return (f"SELECT {cols}, CASE WHEN length(text) > 0 THEN '.' ELSE '' END AS text, NULL AS sentences "
                f"FROM documents{where} ORDER BY id")

    def load_actor_inputs(self) -> Iterator[DocAnalysis]:
        """What actor resolution reads: each document's local actors and name mentions."""
        tables = {"local_actors": "", "mentions": " WHERE kind = 'name'"}
        for r, g in self._grouped(tables, self._lean_documents_sql()):
            yield DocAnalysis(document=T.row_record("documents", r), actors=g["local_actors"], mentions=g["mentions"])

    def iter_story_inputs(
        self, actor_map_for: Callable[[list[str]], dict[str, str]]
    ) -> Iterator[tuple[Document, list[StoryEvent], list[str], dict[str, int]]]:
        """Each readable document (without its text) with its events as :class:`StoryEvent`
        (participants as global actor ids, from ``actor_map_for(documents)``, the actor map of
        a chunk of documents), the global ids of the actors it names and its content terms
        (``DocAnalysis.terms``; empty for a document stored before they were), in id order, one
        document at a time: what story grouping reads of a document
        (``stories.StoryFacts.add_document``)."""
        mapping: dict[str, str] = {}

        def chunk_map(ids: list[str]) -> None:
            mapping.clear()
            mapping.update(actor_map_for(ids))

        events = ("SELECT id, doc, actor, recipient, json_extract_string(date, '$.value') AS day, location "
                  "FROM events")
        def convert(table: str, row: dict) -> Any:
            return story_event(row, mapping) if table == "events" else mapping.get(row["id"], row["id"])

        queries = {"events": events, "local_actors": "SELECT id, doc FROM local_actors"}
        for r, g in self._merge_in_chunks(queries, self._lean_documents_sql(), convert, on_chunk=chunk_map):
            doc = T.row_record("documents", r)
            if doc.text and not doc.error:
                yield doc, g["events"], g["local_actors"], stored_terms(r)

    def load_for_alignment(self, docs: list[str] | None = None) -> Iterator[DocAnalysis]:
        """The stored analyses with only what alignment reads, to keep its memory down.

        Alignment reads each document's metadata and whether it has text (never the text), the
        local actors, name mentions (spelling variants), events and quotes; labels, framing,
        dates, quantity rows (events carry their own quantity) and sentence offsets are left
        out. A document with text gets a one-character stand-in, so it is never mistaken for an
        error document. On the first 10,000 articles of the 100,000-article synthetic store
        this held 217 MB against 267 MB for :meth:`load_analyses`. ``docs`` limits it to those
        documents (one segment of a segmented alignment).
        """
        tables = {"local_actors": "", "mentions": " WHERE kind = 'name'", "events": "", "quotes": ""}
        where = "" if docs is None else " WHERE id IN (SELECT unnest(?::VARCHAR[]))"
        for r, g in self._grouped(tables, self._lean_documents_sql(where), None if docs is None else [docs]):
            yield DocAnalysis(document=T.row_record("documents", r), actors=g["local_actors"],
                              mentions=g["mentions"], events=g["events"], quotes=g["quotes"])

    def alignment_rows(self, table: str) -> list[dict[str, Any]]:
        """The rows of one alignment table in the order they were written."""
        if table not in T.ALIGN_TABLES:
            raise ValueError(table)
        return self._rows(f'SELECT * FROM "{table}" ORDER BY rowid')

    def actor_map(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.con.execute("SELECT local, global_id FROM actor_map").fetchall()}

    def load_result(self) -> CorpusResult:
        """The whole aligned corpus, actor references rewritten to global ids."""
        from ..align.cluster_dates import apply_cluster_dates
        from ..align.merge import apply_actor_map

        result = apply_actor_map(list(self.load_analyses()), self.actor_map())
        result.actors = [T.row_record("actors", r) for r in self._rows("SELECT * FROM actors ORDER BY id")]
        result.clusters = [T.row_record("clusters", r) for r in self._rows("SELECT * FROM clusters ORDER BY id")]
        apply_cluster_dates(result.clusters, {e.id: e for e in result.events})
        result.omissions = [T.row_record("omissions", r) for r in self._rows("SELECT * FROM omissions ORDER BY rowid")]
        result.stories = [T.row_record("stories", r) for r in self._rows("SELECT * FROM stories ORDER BY id")]
        return result

    def search(self, query: str, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Case-insensitive full-text search over titles and texts, with a snippet."""
        q = query.strip()
        if not q:
            return []
        rows = self._rows(
            "SELECT id, title, outlet, text, published FROM documents "
            "WHERE contains(lower(coalesce(text, '')), lower(?)) OR contains(lower(coalesce(title, '')), lower(?)) "
            "ORDER BY published NULLS LAST, id LIMIT ? OFFSET ?",
            [q, q, int(limit), int(offset)],
        )
        out = []
        for r in rows:
            text = r["text"] or ""
            i = text.lower().find(q.lower())
            start = max(0, i - 80) if i >= 0 else 0
            snippet = text[start : start + 200] if text else ""
            out.append({"doc": r["id"], "title": r["title"], "outlet": r["outlet"], "published": r["published"],
                        "snippet": snippet, "match": [i - start, i - start + len(q)] if i >= 0 else None})
        return out

    def integrity_check(self) -> list[str]:
        """Problems found (empty list = consistent): duplicates and dangling references."""
        problems = []
        checks = {
            "duplicate document ids": "SELECT id FROM documents GROUP BY id HAVING count(*) > 1",
            "duplicate event ids": "SELECT id FROM events GROUP BY id HAVING count(*) > 1",
            "duplicate quote ids": "SELECT id FROM quotes GROUP BY id HAVING count(*) > 1",
        }
        for table in T.DOC_TABLES[1:]:
            checks[f"{table} rows without a document"] = (
                f'SELECT doc FROM "{table}" WHERE doc NOT IN (SELECT id FROM documents)')
        for what, sql in checks.items():
            n = len(self.con.execute(sql).fetchall())
            if n:
                problems.append(f"{what}: {n}")
        return problems

    def table_arrow(self, table: str) -> pa.Table:
        """The whole stored ``table`` as Arrow, through a relation (``con.sql``): a DB-API
        result (``con.execute``) would copy every row once more on its way to Arrow, which
        DuckDB warns about."""
        if table not in T.TABLES:
            raise ValueError(table)
        # On a cursor of its own: a relation may not run while the connection holds another
        # statement's unfinished result.
        cur = self.con.cursor()
        try:
            return cur.sql(f'SELECT * FROM "{table}"').to_arrow_table()
        finally:
            cur.close()
