"""Crash safety: kill -9 `counterpoint analyze` at random points, 20+ times, then re-run.

The store must pass its integrity check and hold exactly what a clean, uninterrupted run
stores (same documents, events, quotes and clusters): nothing lost, nothing duplicated.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from counterpoint.store import Store

from .synthetic import write_jsonl

KILLS = 20


def _cmd(corpus, db):
    return [sys.executable, "-m", "counterpoint", "analyze", str(corpus), "--db", str(db), "--batch-size", "2"]


def _snapshot(db) -> dict:
    with Store.open(db, read_only=True) as s:
        assert s.integrity_check() == []
        r = s.load_result()
        return {
            "documents": sorted(d.id for d in r.documents),
            "events": sorted(e.id for e in r.events),
            "quotes": sorted(q.id for q in r.quotes),
            "clusters": sorted(c.id for c in r.clusters),
            "rows": {t: s.count(t) for t in ("documents", "events", "quotes", "mentions", "labels")},
        }


@pytest.mark.slow
def test_reliability_kill9_loop_then_rerun_equals_clean_run(tmp_path):
    """Kill at random points within a clean run's duration until KILLS runs died mid-way.

    A run that finishes before its kill is compared with the clean run and the store is
    started afresh, so the kill window stays inside real work on fast and slow machines.
    """
    corpus = write_jsonl(tmp_path / "c.jsonl", 24)
    clean_db = tmp_path / "clean.duckdb"
    began = time.monotonic()
    subprocess.run(_cmd(corpus, clean_db), check=True, capture_output=True, timeout=300)
    clean_seconds = time.monotonic() - began
    clean = _snapshot(clean_db)
    rng = random.Random(20261123)
    killed = rounds = finished_early = 0
    killed_db = tmp_path / "killed0.duckdb"
    for _ in range(KILLS * 3):
        if killed >= KILLS:
            break
        proc = subprocess.Popen(_cmd(corpus, killed_db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        time.sleep(rng.uniform(0.2, 0.9) * clean_seconds)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            killed += 1
            continue
        assert proc.returncode == 0
        finished_early += 1
        assert _snapshot(killed_db) == clean
        rounds += 1
        killed_db = tmp_path / f"killed{rounds}.duckdb"
    assert killed >= KILLS, f"only {killed} runs were still going when killed"
    done = subprocess.run(_cmd(corpus, killed_db), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert _snapshot(killed_db) == clean
    print(f"kills survived: {killed} in {rounds + 1} stores; {finished_early} runs finished before their kill")
