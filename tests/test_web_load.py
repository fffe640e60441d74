"""The web app under 200 concurrent clients on loopback, for a bounded time: no errors."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from counterpoint.pipeline import analyze

from .synthetic import write_jsonl

BENCH = Path(__file__).resolve().parents[1] / "bench" / "load_web.py"


def _load_module():
    spec = importlib.util.spec_from_file_location("load_web", BENCH)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["load_web"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.slow
def test_web_load_200_clients_no_errors(tmp_path):
    lw = _load_module()
    db = str(tmp_path / "load.duckdb")
    analyze([str(write_jsonl(tmp_path / "c.jsonl", 12))], db=db)
    port = lw.free_port()
    proc = lw.start_server(db, port)
    try:
        res = lw.run_load(f"http://127.0.0.1:{port}", clients=200, seconds=8)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"load: {res}")
    log = Path(proc.log_path).read_text(errors="replace")[-3000:]
    assert res["errors"] == 0, (res["error_samples"], log)
    assert res["requests"] >= 200
