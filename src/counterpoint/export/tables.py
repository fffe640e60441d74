"""Parquet and CSV exports of the store's tables (one file per table).

CSV cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage
return) are neutralised with a leading apostrophe, because article text is untrusted.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from ..store import Store
from ..store.tables import TABLES

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: str | None) -> str | None:
    if value and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _neutralise(table: pa.Table) -> pa.Table:
    cols = []
    for name in table.column_names:
        col = table.column(name)
        if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
            col = pa.array([neutralise_cell(v) for v in col.to_pylist()], type=pa.string())
        cols.append(col)
    return pa.table(cols, names=table.column_names)


def write_tables(store: Store, directory: str | Path, fmt: str = "parquet") -> list[Path]:
    """Write every table of the store to ``directory`` as ``<table>.parquet`` or ``<table>.csv``."""
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"unknown table format {fmt!r}")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        data = store.table_arrow(table)
        path = directory / f"{table}.{fmt}"
        if fmt == "parquet":
            pq.write_table(data, path)
        else:
            pacsv.write_csv(_neutralise(data), path)
        written.append(path)
    return written
