"""analyze_parallel: same output as the in-process path, input order, lazy input, crash isolation."""

from __future__ import annotations

import os

import pytest

from counterpoint.records import DocAnalysis, Document, to_dict
from counterpoint.scale.workers import analyze_batch, analyze_parallel

TEXTS = [
    "Prime Minister Ana Kovac met President Ivo Brenner in Ostra on 3 May.",
    "Police detained 40 protesters in Velgrad on Tuesday, the interior ministry said.",
    '"We will not give in," opposition leader Mira Dobrev said on Friday.',
    "The foreign ministry of Kestovia accused its neighbour of a provocation on 12 March 2025.",
    "About 3,000 people protested in Drovno against the new tax law.",
    "Nordmark imposed sanctions on 25 officials, Foreign Minister Lars Holm announced.",
    "Talks between the two governments ended without an agreement in June.",
    "Security forces attacked a camp near Lutsaya, killing up to 12 people.",
    "The so-called election was called a farce by observers from the Orland Institute.",
    "Governor Petra Sahajdak asked the capital to send 500 tonnes of aid.",
]


def _docs(n: int = len(TEXTS)) -> list[Document]:
    return [
        Document(
            id=f"doc{i:03d}",
            source=f"<t{i}>",
            outlet=f"outlet{i % 3}",
            text=TEXTS[i % len(TEXTS)],
            published="2025-06-22",
        )
        for i in range(n)
    ]


def crash_on_marker(documents: list[Document]) -> list[DocAnalysis]:
    """A batch function whose worker dies outright on one document (runs in the worker)."""
    for d in documents:
        if d.text and "KILL-WORKER" in d.text:
            os._exit(3)
    return [DocAnalysis(document=d) for d in documents]


def tag_batch_size(documents: list[Document]) -> list[DocAnalysis]:
    """A batch function that records the size of the batch each document travelled in."""
    return [
        DocAnalysis(document=Document(id=d.id, source="", outlet="", text=None, error=str(len(documents))))
        for d in documents
    ]


@pytest.mark.parametrize(("n", "largest"), [(8, 2), (4, 1), (40, 10)])
def test_short_list_is_split_across_workers(n: int, largest: int) -> None:
    out = list(analyze_parallel(_docs(n), workers=2, batch_size=32, func=tag_batch_size))
    assert [a.document.id for a in out] == [d.id for d in _docs(n)]
    assert max(int(a.document.error) for a in out) == largest


@pytest.mark.parametrize(("workers", "batch_size"), [(1, 4), (2, 1), (2, 3)])
def test_parallel_equals_sequential(nlp, workers: int, batch_size: int) -> None:
    from counterpoint.nlp import analyze_document

    docs = _docs()
    sequential = [to_dict(analyze_document(d, nlp)) for d in docs]
    parallel = [to_dict(a) for a in analyze_parallel(iter(docs), workers=workers, batch_size=batch_size)]
    assert [a["document"]["id"] for a in parallel] == [d.id for d in docs]  # input order
    assert parallel == sequential


@pytest.mark.parametrize(("workers", "batch_size"), [(1, 2), (2, 2)])
def test_input_is_consumed_lazily(workers: int, batch_size: int) -> None:
    pulled = 0

    def counting():
        nonlocal pulled
        for i in range(200):
            pulled += 1
            yield Document(id=f"lazy{i}", source="<lazy>", outlet="o", text=None, error="[E001] empty")

    bound = max(workers, 1) * batch_size * 2 + batch_size
    seen = 0
    for a in analyze_parallel(counting(), workers=workers, batch_size=batch_size):
        seen += 1
        assert a.document.id == f"lazy{seen - 1}"
        assert pulled - seen <= bound, f"{pulled - seen} documents in flight, bound {bound}"
    assert seen == pulled == 200


def test_exception_in_one_document_sets_e013_and_batch_goes_on(nlp) -> None:
    docs = _docs(4)
    docs[1].text = 12345  # type: ignore[assignment]  # not a string: the tokenizer raises
    out = analyze_batch(docs)
    assert [a.document.id for a in out] == [d.id for d in docs]
    assert out[1].document.error and out[1].document.error.startswith("[E013]")
    assert all(a.document.error is None for i, a in enumerate(out) if i != 1)
    assert docs[1].error is None  # the caller's document is not mutated


def test_worker_death_isolated_to_one_document() -> None:
    docs = _docs(7)
    docs[4].text = "This one says KILL-WORKER and the process dies."
    out = list(analyze_parallel(docs, workers=2, batch_size=2, func=crash_on_marker))
    assert [a.document.id for a in out] == [d.id for d in docs]
    errors = [a.document.id for a in out if a.document.error]
    assert errors == [docs[4].id]
    assert out[4].document.error.startswith("[E013]")


def test_rejects_bad_batch_size() -> None:
    with pytest.raises(ValueError):
        list(analyze_parallel(_docs(1), workers=1, batch_size=0))


@pytest.mark.parametrize(
    ("name", "size", "parallelism", "expected"),
    [
        ("c.jsonl", 1_000, 2, 2),  # small JSONL: one partition per core
        ("c.jsonl", 40 * 1024 * 1024, 4, 4),
        ("c.jsonl", 40 * 1024 * 1024, 2, 4),  # over 16 MB per core: two per core
        ("c.jsonl.gz", 1_000, 2, 4),  # compressed: read whole, then repartitioned
        ("c.parquet", 1_000, 2, 4),
    ],
)
def test_spark_default_partitions(tmp_path, name, size, parallelism, expected):
    from counterpoint.scale.spark import default_partitions

    path = tmp_path / name
    with open(path, "wb") as f:
        f.truncate(size)
    assert default_partitions(str(path), parallelism) == expected


def test_spark_plan_documents_numbers_lines_skips_repeats_and_infers_years():
    """The driver's plan from the first pass: plain JSONL lines numbered from each partition's
    line count, the later of two lines with one article skipped (error documents, id None,
    never), and the yearless line given the year of the input's dated ones."""
    import datetime as dt

    from counterpoint.scale.spark import plan_documents

    facts = [
        # partition 1 (3 lines; the second is blank and yields no fact)
        (1, 0, None, "doc_a", None, None, None, False),  # repeats partition 0's line 1: skipped
        (1, 2, None, "doc_y", None, "--06-22", str((1 << 130) - 1), True),  # yearless, no evidence
        (1, -1, 3, None, None, None, None, False),
        # partition 0 (2 lines)
        (0, 0, None, "doc_a", "2025-06-21", None, None, False),
        (0, 1, None, None, None, None, None, False),  # an error document
        (0, -1, 2, None, None, None, None, False),
        # a line numbered by the input itself (Parquet): its number is kept
        (2, 0, 9, None, None, None, None, False),
        (2, -1, 1, None, None, None, None, False),
    ]
    offsets, skip, years = plan_documents(facts, dt.date(2026, 11, 1))
    assert offsets == [0, 2, 5]
    assert skip == {3}  # line 3 = partition 1's first line
    assert years == {5: 2025}  # line 5 = partition 1's third line
