"""The self-contained HTML report: one file, no network, safe with hostile article text.

Tables (coverage, discrepancies, actor panel, quotes) are rendered by Jinja2 with autoescape;
document texts, highlights and timeline points travel in one JSON blob inside a
``<script type="application/json">`` element (escaped by :func:`safe_json`) and are drawn
lazily by the inline script with ``textContent``/``createElement`` only, so a 1,000-document
corpus does not become a giant DOM up front. The script is allowed by its sha256 hash in a
strict CSP, so even if markup slipped through, inline handlers could not run.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from ..knowledge.scripts import check_script
from ..records import CorpusResult
from ..wording import plural
from .model import build_view, conflict_clusters, doc_annotations, event_cluster_map, safe_json, safe_url
from .words import date_words, help_text

_ENV = Environment(
    loader=PackageLoader("counterpoint.report", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
_ENV.filters["plural"] = plural
_ENV.filters["date_words"] = date_words


def _static(name: str) -> str:
    return files("counterpoint.report").joinpath("static", name).read_text(encoding="utf-8")


_MID = {"SP": "04-15", "SU": "07-15", "FA": "10-15", "AU": "10-15", "WI": "01-15",
        "Q1": "02-15", "Q2": "05-15", "Q3": "08-15", "Q4": "11-15", "H1": "04-01", "H2": "10-01"}


def _day(value: str | None) -> str | None:
    """A sortable YYYY-MM-DD for the timeline from an ISO value at any precision (or None):
    the middle of a year, month, season or quarter."""
    if not value or len(value) < 4 or not value[:4].isdigit():
        return None
    v = value[:10]
    if len(v) == 4:
        return v + "-07-01"
    if len(v) == 7 and v[5:7].isdigit():
        return v + "-15"
    if len(v) == 7 and v[5:7] in _MID:
        return f"{v[:4]}-{_MID[v[5:7]]}"
    if len(v) == 10 and v[5:7].isdigit() and v[8:10].isdigit():
        return v
    return None


BACKGROUND_DAYS = 30  # dated this long before the first article: background to the story, not its news
COARSE = {"year", "decade", "season", "quarter"}  # too vague to place among the story's days


def is_background(day: str, precision: str | None, first_news: str | None) -> bool:
    """Whether a timeline point is background (its own lane): dated only to a year, season,
    quarter or decade, or more than ``BACKGROUND_DAYS`` before the earliest publication date.
    A story's news happens in days; "in 2024" or "since January" would otherwise stretch the
    axis so far that the days that matter bunch into one clump."""
    if precision in COARSE:
        return True
    if first_news is None:
        return False
    from datetime import date

    return (date.fromisoformat(first_news) - date.fromisoformat(day)).days > BACKGROUND_DAYS


def _blob(result: CorpusResult, script: str | None = None) -> dict[str, Any]:
    """The JSON the script reads: documents, annotations (actor names in ``script``), timeline points."""
    anns = doc_annotations(result, script)
    cmap = event_cluster_map(result)
    conflicts = conflict_clusters(result)
    outlet_of = {d.id: d.outlet for d in result.documents}
    first_news = min((_day(d.published) for d in result.documents if _day(d.published)), default=None)
    points = []
    for e in result.events:
        day = _day(e.date.value if e.date else None)
        if day is None or e.doc not in outlet_of:
            continue
        cl = cmap.get(e.id, "")
        points.append(
            {
                "o": outlet_of[e.doc],
                "d": day,
                "c": cl,
                "t": e.label,
                "doc": e.doc,
                "x": cl in conflicts,
                "s": (e.sentence or "")[:200],
                "v": e.date.value if e.date else "",
                "w": date_words(e.date.value if e.date else None),
                "p": e.date.precision if e.date else None,
                "bg": is_background(day, e.date.precision if e.date else None, first_news),
            }
        )
    docs = [
        {
            "id": d.id,
            "outlet": d.outlet,
            "title": d.title or d.source,
            "published": d.published,
            "published_words": date_words(d.published),
            "url": safe_url(d.url),
            "text": d.text or "",
            "ann": anns.get(d.id, []),
        }
        for d in result.documents
    ]
    return {"docs": docs, "points": points}


def _csp(script: str) -> str:
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )


def render_report(result: CorpusResult, *, title: str | None = None, script: str | None = None) -> str:
    """The whole report as one HTML string (inline CSS/JS, no external references). Actor
    names are shown in ``script`` ("latin", "cyrillic", "as-written"; None: the default,
    latin) with their other spellings listed (:mod:`counterpoint.knowledge.scripts`)."""
    script = check_script(script)
    view = build_view(result, script)
    js = _static("report.js")
    stories = [view["story_titles"].get(s.id, s.title) for s in result.stories]
    title = title or (stories[0] if len(stories) == 1 else "counterpoint report")
    return _ENV.get_template("report.html.j2").render(
        title=title,
        v=view,
        stories=stories,
        tone_help=help_text("tone"),
        quoted_help=help_text("quoted"),
        blob=safe_json(_blob(result, script)),
        css=_static("report.css"),
        script=js,
        csp=_csp(js),
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )


def write_report(
    result: CorpusResult, path: str | Path, *, title: str | None = None, script: str | None = None
) -> Path:
    """Write :func:`render_report` to ``path`` (UTF-8) and return the path."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(render_report(result, title=title, script=script), encoding="utf-8")
    return p
