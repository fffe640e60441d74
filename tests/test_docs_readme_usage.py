"""README's Usage block, pasted into a fresh shell after the setup commands, works.

The block is read from README.md (not copied here), so the test follows the README. Every line
runs in order in one fresh ``bash`` (no inherited environment but ``PATH=/usr/bin:/bin``), in a
temporary directory laid out like a clone (``.venv`` and the bundled examples), except the lines
whose comment says they need the network or ../shared. ``counterpoint serve`` blocks, so it is
started on its own (on a free port, since port 8000 may be taken on a shared machine), must
print its URL, and must answer on it.
"""

from __future__ import annotations

import json
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

import counterpoint

from .fixtures_browser import free_port

REPO = Path(__file__).resolve().parents[1]
SKIP_MARKERS = ("needs network", "needs ../shared")


def usage_lines() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Usage"):]
    block = re.search(r"```bash\n(.*?)```", section, flags=re.S)
    assert block, "README's Usage section has no bash block"
    return [ln for ln in block.group(1).splitlines() if ln.strip()]


def test_docs_readme_usage_block_is_complete() -> None:
    lines = usage_lines()
    assert lines[0].startswith(". .venv/bin/activate"), "the block must activate .venv before `counterpoint`"
    commands = {ln.split()[1] for ln in lines if ln.startswith("counterpoint ")}
    assert {"demo", "analyze", "export", "report", "serve", "eval"} <= commands


@pytest.fixture
def clone(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A directory laid out like a fresh clone after setup, and a bare environment."""
    venv = Path(sys.executable).resolve().parent.parent if (Path(sys.prefix) / "bin" / "activate").exists() \
        else None
    venv = Path(sys.prefix) if (Path(sys.prefix) / "bin" / "activate").exists() else venv
    if venv is None or not (venv / "bin" / "counterpoint").exists():
        pytest.skip("not running from a virtual environment with the counterpoint entry point")
    (tmp_path / ".venv").symlink_to(venv)
    examples = tmp_path / "src" / "counterpoint" / "examples"
    shutil.copytree(Path(counterpoint.__file__).parent / "examples", examples)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8",
           # the counterpoint under test (a worktree's sources when run from one), not a stale install
           "PYTHONPATH": str(Path(counterpoint.__file__).resolve().parents[1])}
    return tmp_path, env


def test_docs_readme_usage_runs_in_fresh_shell(clone: tuple[Path, dict[str, str]]) -> None:
    root, env = clone
    lines = [ln for ln in usage_lines() if not any(m in ln for m in SKIP_MARKERS)]
    serve = [ln for ln in lines if ln.startswith("counterpoint serve")]
    script = "set -euo pipefail\n" + "\n".join(ln for ln in lines if ln not in serve) + "\n"
    run = subprocess.run(["bash", "-c", script], cwd=root, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    out = run.stdout
    for path in ("out/demo/report.html", "out/demo/demo.json", "out/story.json", "out/report.html",
                 "out/corpus.json", "out/events.jsonl", "out/tables/documents.parquet"):
        assert (root / path).exists(), f"{path} not written"
    assert not (root / "demo.json").exists() and not (root / "report.html").exists()
    # one wording, no "1 documents"; the manifest gave the outlets
    assert re.search(r"^3 documents \(3 analysed.*event mentions in \d+ event clusters", out, flags=re.M), out
    assert "1 documents" not in out and "(s)" not in out
    outlets = {d["outlet"] for d in json.loads((root / "out/story.json").read_text())["documents"]}
    assert outlets == {"State Wire", "Independent Monitor", "Regional Daily"}
    # serve: announces its URL once listening, and answers there
    assert len(serve) == 1
    port = free_port()
    proc = subprocess.Popen(["bash", "-c", f". .venv/bin/activate && exec {serve[0].split('#')[0].strip()} --port {port}"],
                            cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.time() + 120
        line = ""
        while time.time() < deadline:
            line = proc.stdout.readline()
            if "serving" in line or not line:
                break
        m = re.search(r"http://[\w.:]+/", line)
        assert m, f"serve did not print its URL: {line!r}"
        assert m.group(0) == f"http://127.0.0.1:{port}/"
        with urllib.request.urlopen(m.group(0), timeout=30) as resp:
            page = resp.read().decode("utf-8")
        assert resp.status == 200 and "event mentions in" in page
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
