"""Local inputs: files by suffix, directories (recursive, sorted, hidden skipped), stdin.

Order of checks for a file, cheapest first and never reading more than needed: exists
(E010) -> size against ``max_bytes`` from ``stat`` (E003, before any read, so a 100 MB file
costs nothing) -> first 8 KB sniffed for binary formats (E002) -> decode (E004) -> parse by
suffix. JSONL is the exception to the size check: it is a corpus, streamed line by line, and
``max_bytes`` bounds each line instead.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from ..errors import E, InputError
from ..records import Document
from .encoding import decode_bytes, sniff_binary
from .html import parse_html
from .jsonfmt import bounded_lines, iter_json, iter_jsonl
from .manifest import looks_like_manifest
from .text import error_document, parse_plain

PLAIN = {".txt", ".md", ".markdown", ".text", ""}
HTML = {".html", ".htm", ".xhtml"}
JSON = {".json"}
JSONL = {".jsonl", ".ndjson"}
log = logging.getLogger("counterpoint.ingest")
SUPPORTED = PLAIN | HTML | JSON | JSONL


def walk(directory: Path) -> Iterator[Path]:
    """Supported files under ``directory``, recursively, sorted, skipping hidden entries."""
    try:
        entries = sorted(directory.iterdir(), key=lambda p: p.name)
    except OSError:
        return
    for p in entries:
        if p.name.startswith("."):
            continue
        if p.is_dir():
            yield from walk(p)
        elif p.is_file() and p.suffix.lower() in SUPPORTED and p.suffix:
            yield p


def _parse(text: str, kind: str, *, source: str, outlet: str, max_bytes: int) -> Iterator[Document]:
    if kind == "html":
        yield parse_html(text, source=source, fallback_outlet=outlet)
    elif kind == "json":
        yield from iter_json(text, name=source, default_outlet=outlet)
    elif kind == "jsonl":
        lines = ((i, ln) for i, ln in enumerate(io.StringIO(text), start=1))
        yield from iter_jsonl(lines, name=source, default_outlet=outlet, limit=max_bytes)
    else:
        yield parse_plain(text, source=source, outlet=outlet)


def _kind(suffix: str) -> str | None:
    suffix = suffix.lower()
    if suffix in HTML:
        return "html"
    if suffix in JSON:
        return "json"
    if suffix in JSONL:
        return "jsonl"
    if suffix in PLAIN:
        return "plain"
    return None


def read_file(path: Path, *, source: str, max_bytes: int) -> Iterator[Document]:
    """Documents from one file (several for JSON lists and JSONL)."""
    outlet = path.stem or path.name
    kind = _kind(path.suffix)
    if kind is None:
        yield error_document(source, E.E008.format(suffix=path.suffix), outlet=outlet)
        return
    try:
        size = path.stat().st_size
        if kind != "jsonl" and size > max_bytes:
            yield error_document(source, E.E003.format(size=size, limit=max_bytes), outlet=outlet)
            return
        with path.open("rb") as fh:
            head = fh.read(8192)
            what = sniff_binary(head)
            if what:
                yield error_document(source, E.E002.format(what=what), outlet=outlet)
                return
            if kind == "jsonl":
                fh.seek(0)
                yield from iter_jsonl(
                    bounded_lines(fh, max_bytes), name=source, default_outlet=outlet, limit=max_bytes
                )
                return
            data = head + fh.read(max_bytes + 1 - len(head))
        if len(data) > max_bytes:  # grew while we read it
            yield error_document(source, E.E003.format(size=len(data), limit=max_bytes), outlet=outlet)
            return
        decoded = decode_bytes(data)
    except InputError as err:
        yield error_document(source, str(err), outlet=outlet)
        return
    except OSError as err:
        yield error_document(source, E.E014.format(reason=err.strerror or str(err)), outlet=outlet)
        return
    for doc in _parse(decoded.text, kind, source=source, outlet=outlet, max_bytes=max_bytes):
        if decoded.replaced:
            # Kept (an almost-clean article beats none) but said: the CLI shows log warnings.
            log.warning("%s: invalid UTF-8 bytes replaced with U+FFFD", doc.source)
        yield doc


def read_stdin(stream: TextIO, *, max_bytes: int) -> Iterator[Document]:
    """Documents from standard input; the format is sniffed from the first character."""
    text = stream.read(max_bytes + 1)
    if len(text) > max_bytes:
        yield error_document(
            "<stdin>", E.E003.format(size=f"more than {max_bytes}", limit=max_bytes), outlet="stdin"
        )
        return
    if "\x00" in text[:8192]:
        yield error_document("<stdin>", E.E002.format(what="NUL bytes"), outlet="stdin")
        return
    s = text.lstrip()
    if s.startswith("<"):
        kind = "html"
    elif s.startswith("["):
        kind = "json"
    elif s.startswith("{"):
        first = s.split("\n", 1)[0].strip()
        kind = "jsonl" if first.endswith("}") and "\n" in s.strip() else "json"
    else:
        kind = "plain"
    yield from _parse(text, kind, source="<stdin>", outlet="stdin", max_bytes=max_bytes)


def is_url(inp: str) -> bool:
    """Whether an input names a URL (any scheme; only http and https are fetched)."""
    return re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", inp) is not None


def estimate_documents(inputs: list[str]) -> int | None:
    """About how many documents ``inputs`` hold, for a progress ETA: a JSONL file's non-blank
    lines, one per other file (a JSON list counts once). ``None`` when an input is stdin or a
    URL, whose size is not known before it is read. Reading the lines costs about what reading
    the file costs, and the run reads it next from the page cache."""
    total = 0
    for inp in inputs:
        if inp == "-" or is_url(inp):
            return None
        path = Path(inp)
        files = walk(path) if path.is_dir() else [path] if path.is_file() else []
        for f in files:
            if path.is_dir() and f.parent == path and looks_like_manifest(f):
                continue  # used as the folder's manifest, not read as articles
            if _kind(f.suffix) == "jsonl":
                try:
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total
