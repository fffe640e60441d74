"""What a new user sees on the command line: one wording for counts (no "1 documents"), the
same event counts as the report, Spark-only options in their own --help section, and
``serve`` saying where it listens."""

from __future__ import annotations

import re
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from counterpoint.cli import main
from counterpoint.wording import plural

from .fixtures_browser import free_port


@pytest.mark.parametrize("n,noun,want", [
    (0, "document", "0 documents"), (1, "document", "1 document"), (2, "document", "2 documents"),
    (1, "discrepancy", "1 discrepancy"), (3, "discrepancy", "3 discrepancies"), (1, "event cluster", "1 event cluster"),
])
def test_cli_wording_plural(n: int, noun: str, want: str) -> None:
    assert plural(n, noun) == want


def test_cli_analyze_summary_agrees_with_report(tmp_path: Path) -> None:
    """The summary line and the report header count the same things in the same words."""
    text = ("Port strike ends in Vell\n\nOn Monday, dock workers in Vell ended their strike. "
            "The union thanked the mayor.")
    f = tmp_path / "one.txt"
    f.write_text(text, encoding="utf-8")
    report = tmp_path / "r.html"
    res = CliRunner().invoke(main, ["analyze", str(f), "--db", str(tmp_path / "s.duckdb"), "--report", str(report)])
    assert res.exit_code == 0, res.output
    line = res.output.strip().splitlines()[-1]
    assert line.startswith("1 document (1 analysed, 0 already stored, 0 errors), "), line
    m = re.search(r"(\d+ event mentions? in \d+ event clusters? \(\d+ reported by two or more documents\))", line)
    assert m, line
    assert m.group(1) in report.read_text(encoding="utf-8")
    assert "(s)" not in res.output and "1 documents" not in res.output


def test_cli_analyze_help_spark_section() -> None:
    out = CliRunner().invoke(main, ["analyze", "--help"]).output
    everyday, _, spark = out.partition("Spark engine (only with --engine spark):")
    assert spark, out
    for opt in ("--engine", "--input", "--output", "--master"):
        assert opt in spark and opt not in everyday.split("Options:")[1]
    for opt in ("--manifest", "--json", "--report", "--workers"):
        assert opt in everyday


def test_cli_serve_prints_url_when_listening(tmp_path: Path) -> None:
    """The server announces its URL only once the socket listens (and the URL answers)."""
    from counterpoint.web.app import make_server

    port = free_port()
    said: list[str] = []
    server = make_server(str(tmp_path / "empty.duckdb"), port=port, on_ready=said.append)
    t = threading.Thread(target=server.run, daemon=True)
    t.start()
    try:
        deadline = time.time() + 60
        while not said and time.time() < deadline:
            time.sleep(0.05)
        assert said == [f"http://127.0.0.1:{port}/"]
        with urllib.request.urlopen(said[0], timeout=30) as resp:
            assert resp.status == 200
    finally:
        server.should_exit = True
        t.join(timeout=30)


def test_cli_serve_says_so(tmp_path: Path, monkeypatch) -> None:
    """``counterpoint serve`` prints the URL it was told and says when it stopped."""
    from counterpoint import web

    def fake_serve(db, host, port, allow_private_fetch, on_ready, script="latin"):  # noqa: ANN001 - the real signature
        on_ready(f"http://{host}:{port}/")

    monkeypatch.setattr(web, "serve", fake_serve)
    out = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "x.duckdb"), "--port", "8123"]).output
    assert "serving" in out and "http://127.0.0.1:8123/" in out and "Ctrl+C" in out and "stopped" in out
