"""The Python API: what ``import counterpoint`` gives a notebook user.

    corpus = counterpoint.Corpus.open("story.duckdb")
    corpus.add(["articles/", "https://example.org/a.html"], outlet="Example")
    corpus.add("Pasted article text ...", outlet="Wire", published="2025-06-22")
    corpus.analyze()
    corpus.events.to_pandas()

It calls the same pipeline functions as the CLI, so it returns the same records the CLI exports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .records import Cluster, CorpusResult, DocAnalysis, Document, to_dict
from .store import DEFAULT_DB, Store


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    """One level of nesting flattened (``date.value`` -> ``date_value``), lists kept."""
    out: dict[str, Any] = {}
    for k, v in row.items():
        if isinstance(v, dict):
            for k2, v2 in v.items():
                out[f"{k}_{k2}"] = v2
        else:
            out[k] = v
    return out


class RecordList(list):
    """A list of records that also converts itself to a data frame or an Arrow table."""

    def rows(self) -> list[dict[str, Any]]:
        return [_flat(to_dict(r)) for r in self]

    def to_arrow(self):
        import pyarrow as pa

        return pa.Table.from_pylist(self.rows())

    def to_pandas(self):
        import pandas as pd

        return pd.DataFrame(self.rows())

    def to_polars(self):
        import polars as pl

        return pl.DataFrame(self.rows())


def _discrepancy_rows(clusters: Iterable[Cluster], outlet_of: dict[str, str]) -> RecordList:
    """Discrepancies flattened: one record per value, with the cluster and outlet."""
    from dataclasses import dataclass

    @dataclass
    class DiscrepancyRow:
        cluster: str
        summary: str
        field: str
        kind: str
        note: str
        doc: str
        outlet: str | None
        event: str
        value: str
        sentence: str | None

    rows = RecordList()
    for c in clusters:
        for d in list(c.discrepancies) + list(c.scope_notes):
            for v in d.values:
                rows.append(DiscrepancyRow(c.id, c.summary, d.field, d.kind, d.note, v.doc,
                                           outlet_of.get(v.doc), v.event, v.value, v.sentence))
    return rows


class Corpus:
    """A corpus in a store: add articles, analyse them, read the aligned records."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._pending: list[Document] = []
        self._result: CorpusResult | None = None
        self.errors: list[str] = []

    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB) -> Corpus:
        return cls(Store.open(path))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, items: str | Path | Iterable[str | Path], *, outlet: str | None = None,
            published: str | None = None, title: str | None = None, manifest: str | None = None) -> int:
        """Queue files, directories, URLs or raw texts; returns how many documents were read."""
        from .ingest import read_inputs, read_text

        if isinstance(items, (str, Path)):
            items = [items]
        n = 0
        for item in items:
            s = str(item)
            is_input = re.match(r"^https?://", s) or s == "-" or (len(s) < 4096 and "\n" not in s and Path(s).exists())
            docs = list(read_inputs([s], manifest=manifest)) if is_input else [
                read_text(s, outlet=outlet or "text", published=published, title=title)]
            for d in docs:
                if outlet:
                    d.outlet = outlet
                if published and not d.published:
                    d.published, d.published_from = published, "metadata"
                self._pending.append(d)
                n += 1
        return n

    def analyze(self, workers: int = 1, aliases: dict | None = None):
        """Analyse what was added and realign the corpus; returns the run summary."""
        from .pipeline import analyze_into_store

        summary = analyze_into_store(self.store, self._pending, workers=workers, aliases=aliases)
        self.errors.extend(summary.errors)
        self._pending = []
        self._result = None
        return summary

    @property
    def result(self) -> CorpusResult:
        if self._result is None:
            self._result = self.store.load_result()
        return self._result

    @property
    def documents(self) -> RecordList:
        return RecordList(self.result.documents)

    @property
    def actors(self) -> RecordList:
        return RecordList(self.result.actors)

    @property
    def events(self) -> RecordList:
        return RecordList(self.result.events)

    @property
    def clusters(self) -> RecordList:
        return RecordList(self.result.clusters)

    @property
    def discrepancies(self) -> RecordList:
        outlet_of = {d.id: d.outlet for d in self.result.documents}
        return _discrepancy_rows(self.result.clusters, outlet_of)

    @property
    def quotes(self) -> RecordList:
        return RecordList(self.result.quotes)

    @property
    def labels(self) -> RecordList:
        return RecordList(self.result.labels)

    @property
    def quantities(self) -> RecordList:
        return RecordList(self.result.quantities)

    @property
    def framing(self) -> RecordList:
        return RecordList(self.result.framing)

    @property
    def omissions(self) -> RecordList:
        return RecordList(self.result.omissions)

    def to_json(self) -> dict:
        """The contract JSON object, as ``counterpoint export --format json`` writes it."""
        from .export import contract

        return contract(self.result)


def analyze_text(text: str, *, published: str | None = None, outlet: str = "text",
                 title: str | None = None) -> DocAnalysis:
    """Analyse one text: the per-document records (local actor ids, no alignment)."""
    from .pipeline import analyze_text as run

    return run(text, published=published, outlet=outlet, title=title)
