"""The synthetic corpus generator: deterministic, streaming, shaped like multi-outlet coverage."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from counterpoint.scale.synth import (
    POOL_SIZE,
    iter_documents,
    make_document,
    person,
    synthetic_analyses,
    write_jsonl,
)

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("seed", [0, 1, 42])
def test_same_seed_same_corpus(tmp_path: Path, seed: int) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_jsonl(a, 30, seed=seed)
    write_jsonl(b, 30, seed=seed)
    assert a.read_bytes() == b.read_bytes()
    assert make_document(seed, 5) == json.loads(a.read_text().splitlines()[5])  # any slice regenerates


def test_different_seeds_differ() -> None:
    assert make_document(0, 0)["text"] != make_document(1, 0)["text"]


def test_documents_have_ingest_fields_and_unique_ids() -> None:
    docs = list(iter_documents(200, seed=3))
    assert len({d.id for d in docs}) == 200
    for d in docs:
        assert d.text and d.outlet and d.source and d.published and d.published[:4].isdigit()


def test_one_story_is_covered_by_several_outlets_with_name_variants() -> None:
    story = list(iter_documents(8, seed=9, docs_per_story=8))
    assert len({d.outlet for d in story}) >= 4
    pool = [person(k)[0] for k in range(POOL_SIZE)]
    used = {v for d in story for names in pool for v in set(names) if v in d.text}
    # the same person appears under more than one transliteration across the story's outlets
    assert any(sum(v in used for v in set(names)) >= 2 for names in pool)


def test_pool_people_have_distinct_spellings() -> None:
    spellings = [person(k)[0] for k in range(POOL_SIZE)]
    assert len({names[0] for names in spellings}) == POOL_SIZE
    assert sum(len(set(names)) > 1 for names in spellings) > POOL_SIZE * 0.9


def test_iter_documents_is_lazy() -> None:
    gen = iter_documents(10**9, seed=0)  # would never finish if materialised
    assert next(gen).id != next(gen).id


@pytest.mark.parametrize(("n", "per_doc"), [(1, 5), (17, 5), (100, 3)])
def test_synthetic_analyses_carry_exactly_n_events(n: int, per_doc: int) -> None:
    analyses = list(synthetic_analyses(n, seed=2, events_per_doc=per_doc))
    events = [e for a in analyses for e in a.events]
    assert len(events) == n
    assert len({e.id for e in events}) == n
    for a in analyses:
        local = {x.id for x in a.actors}
        assert all(set(e.actor) <= local and set(e.recipient) <= local for e in a.events)


def test_cli_writes_requested_number_of_lines(tmp_path: Path) -> None:
    out = tmp_path / "c.jsonl"
    proc = subprocess.run(
        [sys.executable, str(REPO / "bench" / "make_corpus.py"), "--docs", "25", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert len(out.read_text().splitlines()) == 25
    assert "25 documents" in proc.stderr


def test_streaming_write_memory_does_not_grow_with_size(tmp_path: Path) -> None:
    import tracemalloc

    peaks = []
    for n in (500, 5_000):
        tracemalloc.start()
        write_jsonl(tmp_path / f"m{n}.jsonl", n, seed=1)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    assert peaks[1] < peaks[0] * 1.5 + 200_000, peaks  # 10x the documents, about the same peak
