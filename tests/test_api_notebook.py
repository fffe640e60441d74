"""A notebook session using only the public API: load the seeds, list the conflicting dates,
get a data frame of events per outlet."""

from __future__ import annotations

import counterpoint


def test_api_notebook_seeds_conflicts_and_frames(seeds_dir, tmp_path):
    corpus = counterpoint.Corpus.open(tmp_path / "nb.duckdb")
    assert corpus.add(seeds_dir) == 2
    summary = corpus.analyze()
    assert summary.documents == 2 and not corpus.errors

    conflicts = corpus.discrepancies.to_pandas()
    dates = conflicts[(conflicts.field == "date") & (conflicts.kind == "conflict")]
    assert set(dates.value) >= {"2025-06-21", "2025-06-20"}

    events = corpus.events.to_pandas()
    docs = corpus.documents.to_pandas()[["id", "outlet"]].rename(columns={"id": "doc"})
    per_outlet = events.merge(docs, on="doc").groupby("outlet").size()
    assert len(per_outlet) == 2 and (per_outlet > 0).all()
    assert corpus.events.to_polars().height == len(events)
    assert corpus.quotes.to_arrow().num_rows == len(corpus.quotes)
    corpus.close()


def test_api_analyze_text_one_document():
    a = counterpoint.analyze_text("The minister visited Paris on 3 March 2025 and met the mayor.",
                                  published="2025-03-05")
    assert isinstance(a, counterpoint.DocAnalysis)
    assert a.document.text.startswith("The minister")


def test_api_corpus_add_text_and_reopen(tmp_path):
    db = tmp_path / "c.duckdb"
    with counterpoint.Corpus.open(db) as c:
        c.add("Protesters marched in the capital on Sunday. Police arrested 40 people.", outlet="Wire",
              published="2025-05-12")
        c.analyze()
        n = len(c.documents)
    with counterpoint.Corpus.open(db) as c:
        assert len(c.documents) == n == 1
        assert c.documents[0].outlet == "Wire"
