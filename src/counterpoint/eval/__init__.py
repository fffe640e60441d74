"""Evaluation against the public benchmarks and the seeds gold in ../shared.

``counterpoint eval SET`` calls :func:`evaluate`; ``tests/test_eval_gate.py`` compares the
scores with the floors pinned in ``tests/eval_floors.json`` (floors only go up).
Each set's module exposes ``evaluate(shared: Path) -> dict[str, float]``, except ``realnews``
(eval/realnews.py), which reads the git-ignored real-coverage texts instead of ../shared and
returns ``{"skipped": reason}`` when they are absent.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from ..errors import CounterpointError, E

SETS: dict[str, str] = {
    "seeds": "counterpoint.eval.seeds_run",
    "tempeval": "counterpoint.eval.tempeval",
    "plover": "counterpoint.eval.plover",
    "meantime": "counterpoint.eval.meantime",
    "ecbplus": "counterpoint.eval.ecbplus",
    "realnews": "counterpoint.eval.realnews",
}


def find_shared(explicit: str | Path | None = None) -> Path:
    """../shared: an explicit path, $COUNTERPOINT_SHARED, or ``shared`` beside/above the cwd."""
    candidates = [explicit, os.environ.get("COUNTERPOINT_SHARED"), Path.cwd().parent / "shared",
                  Path.cwd() / "shared", Path(__file__).resolve().parents[4] / "shared"]
    for c in candidates:
        if c and (Path(c) / "data").is_dir():
            return Path(c).resolve()
    raise CounterpointError(E.E031, path=explicit or "../shared")


def evaluate(name: str, shared: str | Path | None = None, *, texts: str | Path | None = None,
             split: str = "dev", stories: list[str] | None = None) -> dict[str, float]:
    """Scores of one set. ``texts`` and ``split`` are realnews's (its texts folder, found
    automatically when not given, which split of its stories to score, and optionally which of
    the split's stories)."""
    if name not in SETS:
        raise CounterpointError(E.E030, name=name, choices=", ".join(SETS))
    module = importlib.import_module(SETS[name])
    if name == "realnews":
        return module.evaluate(texts, split, stories)
    return module.evaluate(find_shared(shared))
