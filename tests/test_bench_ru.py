"""The Russian throughput part of ``bench/run.py``: its synthetic Russian corpus (our own
templates) is deterministic and read as Russian, the Natasha base is the call ``parse`` builds
on, and the section reports both ratios."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from counterpoint.ingest import read_text
from counterpoint.scale.synth_ru import iter_documents, make_document

REPO = Path(__file__).resolve().parents[1]


def _bench_module():
    spec = importlib.util.spec_from_file_location("bench_run_ru", REPO / "bench" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("index", [0, 5, 17])
def test_bench_ru_synth_is_deterministic_russian(index: int) -> None:
    row = make_document(3, index)
    assert row == make_document(3, index)
    assert row["language"] == "ru" and row["text"] != make_document(4, index)["text"]
    assert read_text(row["text"], outlet="x", published=row["published"]).language == "ru"


def test_bench_ru_synth_texts_feed_the_russian_analyser() -> None:
    from counterpoint.nlp.pipeline import analyze_document

    docs = list(iter_documents(6, seed=11))
    analyses = [analyze_document(d) for d in docs]
    assert all(not a.document.error for a in analyses)
    assert sum(len(a.events) for a in analyses) >= 6 and sum(len(a.quotes) for a in analyses) >= 3
    assert sum(len(a.dates) for a in analyses) >= 6


def test_bench_ru_natasha_base_is_what_parse_runs() -> None:
    from counterpoint.nlp.ru.base import natasha_batch, natasha_doc, parse

    text = next(iter_documents(1, seed=2)).text
    nd = natasha_doc(text)
    assert [t.text for t in parse(text).toks] == [t.text for t in nd.tokens]
    assert natasha_batch([text, text]) == 2 * len(nd.tokens)


@pytest.mark.parametrize(("inner", "cp", "expected"), [(9.0, 10.0, "0.90x"), (7.0, 10.0, "0.70x")])
def test_bench_ru_section_reports_both_ratios(inner: float, cp: float, expected: str) -> None:
    run = _bench_module()
    res = {"throughput_ru": {"docs": 4, "words": 100, "base_1": 8.0, "cp_1": cp, "inner_1": inner,
                             "base_2": 5.0, "cp_2": 5.0}}
    text = run.render("quick", run.machine(), res, 1.0)
    assert "### 1c. Analysis throughput vs Natasha alone, synthetic Russian articles" in text
    assert "| 1 process | " in text and "0.80x" in text  # wall: 8 s Natasha vs 10 s counterpoint
    assert f"less load-sensitive) | {100 / inner:,.0f} words/s | 10 words/s | {expected} |" in text
    assert "| 2 processes | " in text and "1.00x" in text
