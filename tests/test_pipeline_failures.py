"""A failure inside one document's analysis never stops the batch, in any engine.

A component that raises on one document is injected into the spaCy pipeline; that document
must come back as an error document (``E013``, the exception's one-line message, its input
named), and every other document of the batch must be stored. The in-process engine, the
worker-process engine and the Spark executors' partition function are each checked. A
document whose analysis failed is analysed again on the next run (the failure may have been
fixed since) and replaces its stored error row: nothing is lost or stored twice.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from counterpoint.nlp import get_nlp
from counterpoint.pipeline import analyze_into_store, analyze_text
from counterpoint.records import DocAnalysis, Document
from counterpoint.scale.workers import analyze_batch, analyze_parallel
from counterpoint.store import Store

MARKER = "BOOM-MARKER"
TEXTS = [
    "Prime Minister Ana Kovac met President Ivo Brenner in Ostra on 3 May.",
    f"Police detained 40 protesters in Velgrad on Tuesday ({MARKER}), the ministry said.",
    "Nordmark imposed sanctions on 25 officials, Foreign Minister Lars Holm announced.",
    "Talks between the two governments ended without an agreement in June.",
]


@Language.component("cp_test_boom")
def boom(doc: Doc) -> Doc:
    """A component that fails as a real bug would, on one marked document."""
    if MARKER in doc.text:
        raise ValueError("max() arg is an empty sequence\n(second line of the message)")
    return doc


def _with_boom() -> Language:
    nlp = get_nlp()
    if "cp_test_boom" not in nlp.pipe_names:
        nlp.add_pipe("cp_test_boom", after="cp_actors")
    return nlp


@pytest.fixture
def boom_nlp() -> Iterator[Language]:
    nlp = _with_boom()
    try:
        yield nlp
    finally:
        nlp.remove_pipe("cp_test_boom")


def boom_batch(documents: list[Document]) -> list[DocAnalysis]:
    """The worker engine's batch function with the failing component added (runs in the worker)."""
    _with_boom()
    return analyze_batch(documents)


def _docs() -> list[Document]:
    return [Document(id=f"d{i}", source=f"articles/{i}.txt", outlet=f"o{i}", text=t, published="2025-06-22")
            for i, t in enumerate(TEXTS)]


def _check(analyses: list[DocAnalysis]) -> None:
    assert [a.document.id for a in analyses] == [d.id for d in _docs()]
    failed = analyses[1].document.error
    assert failed == "[E013] analysis failed: ValueError: max() arg is an empty sequence (second line of the message)"
    assert all(a.document.error is None for i, a in enumerate(analyses) if i != 1)
    assert analyses[0].events, "the documents around the failing one are analysed"


def test_pipeline_failing_component_in_process_stores_the_rest(boom_nlp) -> None:
    errors: list[str] = []
    with Store.open(":memory:") as store:
        summary = analyze_into_store(store, _docs(), workers=1, on_error=errors.append)
        assert errors == [
            "articles/1.txt: [E013] analysis failed: ValueError: max() arg is an empty sequence "
            "(second line of the message)"]
        assert summary.errors == errors and summary.analysed == 3
        assert store.count("documents") == 4
        result = store.load_result()
        stored = {d.id: d.error for d in result.documents}
        assert stored["d1"].startswith("[E013]") and stored["d0"] is None
        assert any(e.doc == "d0" for e in result.events)


def test_pipeline_failed_document_is_analysed_again_on_the_next_run() -> None:
    nlp = _with_boom()
    with Store.open(":memory:") as store:
        try:
            analyze_into_store(store, _docs(), workers=1)
        finally:
            nlp.remove_pipe("cp_test_boom")
        again = analyze_into_store(store, _docs(), workers=1)  # the bug is "fixed"
        assert again.analysed == 1 and again.skipped == 3 and not again.errors
        assert store.count("documents") == 4  # replaced, not added
        assert all(d.error is None for d in store.load_result().documents)


def test_pipeline_failing_component_in_worker_processes() -> None:
    analyses = list(analyze_parallel(_docs(), workers=2, batch_size=2, func=boom_batch))
    _check(analyses)


def test_pipeline_failing_component_in_spark_partition(boom_nlp, tmp_path: Path) -> None:
    """The Spark executors' partition function (run here without a Spark session)."""
    from counterpoint.scale.spark import analyze_partition

    rows = [json.dumps({"id": d.id, "text": d.text, "outlet": d.outlet, "published": d.published}).encode()
            for d in _docs()]
    out = list(analyze_partition(0, iter(rows), False, [0], str(tmp_path), "in.jsonl", "o", 10**6,
                                 SimpleNamespace(value=set()), SimpleNamespace(value={})))
    assert len(out) == 4
    assert [flag for _id, _n, flag, _blob in out] == [False, True, False, False]
    assert any(tmp_path.rglob("*.parquet")), "the partition's tables are written"


def test_pipeline_analyze_text_reports_a_failure_instead_of_raising(boom_nlp) -> None:
    analysis = analyze_text(TEXTS[1], published="2025-06-22")
    assert analysis.document.error.startswith("[E013] analysis failed: ValueError")
