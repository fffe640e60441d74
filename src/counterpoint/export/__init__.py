"""export/: the contract JSON and Parquet/CSV tables."""

from .contract import contract, write_json
from .tables import neutralise_cell, write_tables

__all__ = ["contract", "neutralise_cell", "write_json", "write_tables"]
