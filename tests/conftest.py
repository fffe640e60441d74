"""One root conftest: where ../shared is, a session-wide spaCy pipeline, small helpers.

Tests that need ../shared (benchmarks, the seed articles and their gold) use the ``shared``
fixture: they run whenever ../shared is present and skip with a reason when it is absent.
CI fails if any of them skipped (see .ci/run).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("COUNTERPOINT_SHARED", REPO.parent / "shared")).resolve()
SKIP_SHARED = f"needs ../shared (benchmarks, seeds and gold), not found at {SHARED}"


@pytest.fixture(scope="session")
def shared() -> Path:
    """Path to ../shared; skips the test with a reason when it is absent."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip(SKIP_SHARED)
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared: Path) -> Path:
    return shared / "corpus" / "seeds"


@pytest.fixture(scope="session")
def seeds_gold(shared: Path) -> dict:
    import json

    return json.loads((shared / "gold" / "seeds.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def nlp():
    """The full counterpoint pipeline, loaded once for the whole test session."""
    from counterpoint.nlp import get_nlp

    return get_nlp()


@pytest.fixture
def make_document():
    """Build a Document from text for component tests."""
    from counterpoint.records import Document, make_id

    def _make(text: str, published: str | None = None, outlet: str = "test", doc_id: str | None = None):
        return Document(
            id=doc_id or make_id("d", text), source="<test>", outlet=outlet, text=text, published=published
        )

    return _make


@pytest.fixture
def analyze(nlp, make_document):
    """Analyse one text with the full pipeline and return the DocAnalysis."""
    from counterpoint.nlp import analyze_document

    def _analyze(text: str, published: str | None = None, **kw):
        return analyze_document(make_document(text, published, **kw), nlp)

    return _analyze


@pytest.fixture
def event_date(analyze):
    """The date (value, date_from) the first event with ``trigger`` gets in ``text``; fails
    the test when there is no such event, so a date test cannot pass on a missing event."""

    def _event_date(text: str, trigger: str, published: str) -> tuple[str | None, str | None]:
        a = analyze(text, published=published)
        ev = next((e for e in a.events if e.trigger == trigger), None)
        assert ev is not None, f"no event {trigger!r} in {text!r}: {[e.trigger for e in a.events]}"
        return (ev.date.value if ev.date else None), ev.date_from

    return _event_date
