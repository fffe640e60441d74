"""JSON (one object or a list) and JSONL (one object per line, read streaming).

Field names vary between scrapers and datasets, so each Document field accepts a few
aliases (first present wins): text|body|content, title|headline, outlet|source|site|sitename,
published|date|published_at|datePublished, url|link, authors|author. A bad line or object
becomes an error Document naming the line; the others load.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import E
from ..records import Document
from .dates import normalise_iso
from .text import build_document, error_document, outlet_from

TEXT_KEYS = ("text", "body", "content")
TITLE_KEYS = ("title", "headline")
OUTLET_KEYS = ("outlet", "source", "site", "sitename")
DATE_KEYS = ("published", "date", "published_at", "datePublished")
URL_KEYS = ("url", "link")
AUTHOR_KEYS = ("authors", "author")


def _first(obj: dict, keys: tuple[str, ...]) -> Any:
    for k in keys:
        v = obj.get(k)
        if v not in (None, "", []):
            return v
    return None


def _authors(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return [a.strip() for a in v.replace(";", ",").split(",") if a.strip()]
    if isinstance(v, list):
        return [str(a.get("name") if isinstance(a, dict) else a).strip() for a in v if a]
    return [str(v)]


def doc_from_record(obj: Any, *, source: str, default_outlet: str, line: int | None = None) -> Document:
    """A Document from one JSON object (aliases in the module doc)."""
    if not isinstance(obj, dict):
        return error_document(
            source, E.E005.format(line=line or 1, reason=f"expected an object, got {type(obj).__name__}")
        )
    text = _first(obj, TEXT_KEYS)
    url = _first(obj, URL_KEYS)
    url = str(url) if url else None
    outlet = _first(obj, OUTLET_KEYS)
    outlet = str(outlet) if outlet else outlet_from(url, default_outlet)
    title = _first(obj, TITLE_KEYS)
    if text is not None and not isinstance(text, str):
        return error_document(
            source,
            E.E005.format(line=line or 1, reason="field 'text' is not a string"),
            outlet=outlet,
            url=url,
        )
    raw_date = _first(obj, DATE_KEYS)
    published = normalise_iso(raw_date)
    partial = None
    if raw_date and not published:
        from .dates import parse_date

        published, partial = parse_date(str(raw_date))
    return build_document(
        text.replace("\r\n", "\n").strip() if text else None,
        source=source,
        outlet=outlet,
        title=str(title) if title else None,
        url=url,
        authors=_authors(_first(obj, AUTHOR_KEYS)),
        published=published,
        published_from="metadata",
        published_partial=partial,
    )


def bounded_lines(fh: IO[bytes], limit: int) -> Iterator[tuple[int, str | None]]:
    """``(line number, text)`` per line of a binary stream, reading at most ``limit`` bytes of
    any one line into memory; an over-long line yields ``None`` (its rest is skipped)."""
    lineno = 0
    while True:
        chunk = fh.readline(limit + 1)
        if not chunk:
            return
        lineno += 1
        if len(chunk) > limit and not chunk.endswith(b"\n"):
            while chunk and not chunk.endswith(b"\n"):
                chunk = fh.readline(1 << 20)
            yield lineno, None
            continue
        yield lineno, chunk.decode("utf-8-sig" if lineno == 1 else "utf-8", errors="replace")


def iter_jsonl(
    lines: Iterable[tuple[int, str | None]], *, name: str, default_outlet: str, limit: int
) -> Iterator[Document]:
    """One Document per non-blank line; ``source`` is ``"name:LINE"``. Streams ``lines``."""
    for lineno, line in lines:
        source = f"{name}:{lineno}"
        if line is None:
            yield error_document(
                source,
                E.E014.format(reason=f"line {lineno} is longer than the {limit}-byte limit"),
                outlet=default_outlet,
            )
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield error_document(source, E.E005.format(line=lineno, reason=err.msg), outlet=default_outlet)
            continue
        yield doc_from_record(obj, source=source, default_outlet=default_outlet, line=lineno)


def iter_json(text: str, *, name: str, default_outlet: str) -> Iterator[Document]:
    """Documents from a JSON file holding one object or a list of objects."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        yield error_document(name, E.E005.format(line=err.lineno, reason=err.msg), outlet=default_outlet)
        return
    if isinstance(data, list):
        for i, obj in enumerate(data):
            yield doc_from_record(
                obj,
                source=f"{name}[{i}]" if len(data) > 1 else name,
                default_outlet=default_outlet,
                line=None,
            )
    else:
        yield doc_from_record(data, source=name, default_outlet=default_outlet)


def stem(path: str | Path) -> str:
    return Path(path).stem
