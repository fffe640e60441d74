"""docs/cli.md is generated from the CLI's help; this fails when they drift apart."""

from __future__ import annotations

from pathlib import Path

from counterpoint.cli_reference import render

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def test_docs_cli_reference_matches_help():
    assert DOC.read_text(encoding="utf-8") == render(), (
        "docs/cli.md is stale: run `python -m counterpoint.cli_reference > docs/cli.md`")


def test_docs_cli_reference_detects_a_changed_help(monkeypatch):
    from counterpoint import cli

    monkeypatch.setattr(cli.main.commands["report"], "help", "Something else entirely.")
    assert DOC.read_text(encoding="utf-8") != render()
