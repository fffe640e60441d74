"""A manifest kept inside an input folder is used (with a note) and never read as articles.

Before: a JSON Lines manifest in the folder was read as a corpus (each row an "empty input"
error) and a CSV one was silently skipped (outlets became file names). Texts invented here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from counterpoint.ingest import folder_manifests, read_inputs

ARTICLES = {
    "a.txt": "Harbour strike ends\n\nDock workers in Vell returned to work on Monday after a week-long strike.",
    "b.txt": "Strike over in Vell\n\nThe port union called off its strike, officials said on Monday.",
}
ROWS = [
    {"path": "a.txt", "outlet": "Coast Post", "published": "2026-02-03", "title": "Dockers back at work"},
    {"path": "b.txt", "outlet": "Harbour Radio", "published": "2026-02-04"},
]


def _write_manifest(folder: Path, name: str) -> None:
    if name.endswith(".csv"):
        lines = ["path,outlet,published,title"] + [
            f"{r['path']},{r['outlet']},{r['published']},{r.get('title', '')}" for r in ROWS]
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        (folder / name).write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "articles"
    d.mkdir()
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


@pytest.mark.parametrize("name", ["manifest.csv", "sources.csv", "manifest.jsonl", "outlets.jsonl"])
def test_ingest_folder_manifest_used_not_read(folder: Path, name: str) -> None:
    _write_manifest(folder, name)
    notes: list[str] = []
    docs = list(read_inputs([str(folder)], on_notice=notes.append))
    assert [d.error for d in docs] == [None, None], [d.error for d in docs]
    assert {d.outlet: d.published for d in docs} == {"Coast Post": "2026-02-03", "Harbour Radio": "2026-02-04"}
    assert any(d.title == "Dockers back at work" for d in docs)
    assert len(notes) == 1 and name in notes[0] and "2 rows" in notes[0]


def test_ingest_folder_manifest_explicit_wins(folder: Path, tmp_path: Path) -> None:
    _write_manifest(folder, "manifest.csv")
    explicit = tmp_path / "mine.jsonl"
    explicit.write_text(json.dumps({"path": str(folder / "a.txt"), "outlet": "Vell Daily"}) + "\n", encoding="utf-8")
    docs = list(read_inputs([str(folder)], manifest=explicit))
    assert sorted(d.outlet for d in docs) == ["Harbour Radio", "Vell Daily"]


@pytest.mark.parametrize("name,content", [
    # an article corpus in JSON Lines is still read as articles
    ("more.jsonl", json.dumps({"text": "Ferries resumed on Tuesday in Vell.", "outlet": "Ferry News"}) + "\n"),
    # a CSV that is not a manifest (no path/url column) is not taken for one
    ("figures.csv", "day,ships\nMonday,4\n"),
])
def test_ingest_folder_manifest_not_mistaken(folder: Path, name: str, content: str) -> None:
    (folder / name).write_text(content, encoding="utf-8")
    assert folder_manifests([str(folder)]) == []
    docs = list(read_inputs([str(folder)]))
    assert all(d.error is None for d in docs)
    assert len(docs) == 3 if name.endswith(".jsonl") else len(docs) == 2
