"""An empty corpus still gives tables with the documented columns (before: no columns at all),
and Arrow export from the store raises no DuckDB "extra copy" warning."""

from __future__ import annotations

import dataclasses
import warnings

import pytest

import counterpoint
from counterpoint.api import DiscrepancyRow, columns
from counterpoint.records import Event

TABLES = ["discrepancies", "events", "clusters", "quotes", "labels", "documents", "actors", "quantities",
          "framing", "omissions"]


@pytest.mark.parametrize("name", TABLES)
@pytest.mark.parametrize("fmt", ["to_pandas", "to_arrow", "to_polars"])
def test_api_empty_tables_have_documented_columns(name: str, fmt: str) -> None:
    with counterpoint.Corpus.open(":memory:") as corpus:
        records = getattr(corpus, name)
        table = getattr(records, fmt)()
    cols = list(table.columns) if fmt != "to_arrow" else table.column_names
    assert cols == records.columns() and cols
    assert len(table) == 0 if fmt != "to_arrow" else table.num_rows == 0


def test_api_columns_flatten_nested_records() -> None:
    cols = columns(Event)
    assert "date_value" in cols and "date_precision" in cols and "quantity_value" in cols and "date" not in cols
    assert columns(DiscrepancyRow) == [f.name for f in dataclasses.fields(DiscrepancyRow)]


def test_api_rows_same_columns_with_and_without_nested(tmp_path) -> None:
    with counterpoint.Corpus.open(":memory:") as corpus:
        corpus.add("Harbour strike ends\n\nDock workers in Vell ended their strike on 3 May 2026. "
                   "The union thanked the mayor.", outlet="Coast Post", published="2026-05-04")
        corpus.analyze()
        df = corpus.events.to_pandas()
    assert list(df.columns) == columns(Event) and len(df) >= 1


def test_store_table_arrow_no_copy_warning(tmp_path) -> None:
    from counterpoint.export import write_tables
    from counterpoint.store import Store

    with Store.open(str(tmp_path / "s.duckdb")) as store, warnings.catch_warnings():
        warnings.simplefilter("error")
        store.con.execute("SELECT 1")  # an unfinished result on the connection must not get in the way
        paths = write_tables(store, tmp_path / "tables", "parquet")
    assert paths
