"""scale/: parallel analysis over worker processes and the Spark engine.

``workers.analyze_parallel`` is the local engine's multi-process path; ``spark.run_spark``
runs the same per-document analysis on Spark and writes the store's Parquet tables.
"""

from .workers import analyze_parallel, shutdown_pools

__all__ = ["analyze_parallel", "shutdown_pools"]
