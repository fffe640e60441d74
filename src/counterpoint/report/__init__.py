"""report/: the self-contained, offline HTML report over a CorpusResult."""

from .html import render_report, write_report

__all__ = ["render_report", "write_report"]
