"""How many documents the inputs hold, counted before reading them, for the progress ETA."""

from __future__ import annotations

import json

import pytest

from counterpoint.ingest.files import estimate_documents


@pytest.fixture
def tree(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "one"}\n\n  \n{"text": "two"}\n{"text": "three"}', encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.txt").write_text("A story.", encoding="utf-8")
    (sub / "c.json").write_text(json.dumps([{"text": "x"}, {"text": "y"}]), encoding="utf-8")
    (sub / ".hidden.txt").write_text("skipped", encoding="utf-8")
    (sub / "d.pdf").write_bytes(b"%PDF-")
    return tmp_path


@pytest.mark.parametrize(
    ("inputs", "expected"),
    [
        (["a.jsonl"], 3),  # non-blank lines, the last without a newline
        (["sub"], 2),  # one per supported file; a JSON list counts once; hidden and .pdf skipped
        ([".", "a.jsonl"], 3 + 2 + 3),  # the directory holds a.jsonl too: read twice, counted twice
        (["missing.txt"], 0),
        (["a.jsonl", "-"], None),  # stdin: unknown until read
        (["https://example.org/x"], None),
    ],
)
def test_ingest_estimate_documents(tree, monkeypatch, inputs, expected):
    monkeypatch.chdir(tree)
    assert estimate_documents(inputs) == expected


def test_ingest_estimate_reaches_the_progress_callback(tree, tmp_path):
    """`analyze` gives the estimate to the progress callback as the total (the CLI's ETA)."""
    from counterpoint.pipeline import analyze

    calls: list[tuple[int, int | None]] = []
    analyze([str(tree / "a.jsonl")], db=":memory:", workers=1, progress=lambda d, t: calls.append((d, t)))
    assert calls and calls[-1] == (3, 3)
