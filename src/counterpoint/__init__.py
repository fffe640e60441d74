"""counterpoint: line up what different outlets report about one story.

``import counterpoint`` gives the same records the CLI exports (see ``records.py``)::

    corpus = counterpoint.Corpus.open("story.duckdb")
    corpus.add("articles/")
    corpus.analyze()
    corpus.discrepancies.to_pandas()
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import Corpus, RecordList, analyze_text  # noqa: E402
from .records import (  # noqa: E402
    Actor,
    Cluster,
    CorpusResult,
    DateValue,
    Discrepancy,
    DocAnalysis,
    Document,
    Event,
    Framing,
    Label,
    Omission,
    Quantity,
    Quote,
    Story,
)

__all__ = [
    "Actor", "Cluster", "Corpus", "CorpusResult", "DateValue", "Discrepancy", "DocAnalysis", "Document",
    "Event", "Framing", "Label", "Omission", "Quantity", "Quote", "RecordList", "Story", "__version__",
    "analyze_text",
]
