"""store/: the DuckDB corpus store and the table schema it shares with Parquet and Spark."""

from .db import DEFAULT_DB, Store
from .tables import SCHEMAS, TABLES, analysis_rows

__all__ = ["DEFAULT_DB", "SCHEMAS", "TABLES", "Store", "analysis_rows"]
