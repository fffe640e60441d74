"""Manifests: per-input overrides (outlet, published date, title, url) from JSONL or CSV.

A manifest row is keyed by ``path`` (matched as given or resolved) or ``url``. Its values win
over what was read from the file, because the person who assembled the corpus knows the
outlet and date better than a byline heuristic does. Bad rows are reported one line each
and the rest still applies.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import E
from ..records import Document
from .dates import normalise_iso, parse_date

FIELDS = ("outlet", "published", "title", "url")
KEY_COLUMNS = ("path", "url")
MANIFEST_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".json")
_TEXT_KEYS = ("text", "body", "content")  # an article file, not a manifest (ingest/jsonfmt.py)


def looks_like_manifest(path: Path) -> bool:
    """Whether a file in an input folder is a manifest rather than articles.

    A journalist keeps the manifest next to the articles it describes, so a folder given as
    input often holds one. It is one when its first row has a ``path`` column (or ``url``
    with manifest columns) and no article text: a CSV header, or the first object of a
    JSON Lines file. Read as articles, each of its rows would be an "empty input" error;
    ignored, the outlets and dates it gives would be lost without a word."""
    suffix = path.suffix.lower()
    if suffix not in MANIFEST_SUFFIXES:
        return False
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            head = fh.read(65536)
    except (OSError, UnicodeDecodeError):
        return False
    if suffix in (".csv", ".tsv"):
        first = next(csv.reader([head.splitlines()[0] if head else ""],
                                delimiter="\t" if suffix == ".tsv" else ","), [])
        cols = {c.strip().lower() for c in first}
    else:
        line = next((ln for ln in head.splitlines() if ln.strip()), "")
        try:
            row = json.loads(line)
        except ValueError:
            return False
        cols = {str(k).lower() for k in row} if isinstance(row, dict) else set()
    if cols & set(_TEXT_KEYS):
        return False
    return "path" in cols or ("url" in cols and bool(cols & set(FIELDS) - {"url"}))


@dataclass
class Manifest:
    rows: dict[str, dict[str, str]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    count: int = 0  # rows read (``rows`` also keys each path row by its resolved path)

    def merge(self, other: Manifest) -> None:
        """Add ``other``'s rows; rows already here win (an explicit --manifest beats one
        found in a folder)."""
        for k, v in other.rows.items():
            self.rows.setdefault(k, v)
        self.errors += other.errors
        self.count += other.count

    def lookup(self, *keys: str | None) -> dict[str, str] | None:
        for k in keys:
            if k and k in self.rows:
                return self.rows[k]
            if k and not k.startswith(("http://", "https://")):
                try:
                    r = self.rows.get(str(Path(k).resolve()))
                except OSError:
                    r = None
                if r:
                    return r
        return None

    def apply(self, doc: Document, *keys: str | None) -> Document:
        """Override ``doc`` fields with the row for any of ``keys`` (path, source, url)."""
        row = self.lookup(*keys, doc.url)
        if not row:
            return doc
        if row.get("outlet"):
            doc.outlet = row["outlet"]
        if row.get("title"):
            doc.title = row["title"]
        if row.get("url"):
            doc.url = row["url"]
        if row.get("published"):
            iso = normalise_iso(row["published"])
            if iso:
                doc.published, doc.published_from, doc.published_partial = iso, "metadata", None
            else:
                _, partial = parse_date(row["published"])
                if partial:
                    doc.published, doc.published_partial = None, partial
        return doc


def _add(m: Manifest, row: dict, line: int, base: Path) -> None:
    key = (row.get("path") or "").strip() or (row.get("url") or "").strip()
    if not key:
        m.errors.append(E.E011.format(line=line, reason="needs a 'path' or 'url' column"))
        return
    values = {k: str(row[k]).strip() for k in FIELDS if row.get(k) not in (None, "")}
    if row.get("published") and not (normalise_iso(row["published"]) or parse_date(str(row["published"]))[1]):
        m.errors.append(E.E011.format(line=line, reason=f"unreadable date {row['published']!r}"))
        values.pop("published", None)
    m.rows[key] = values
    m.count += 1
    if row.get("path"):
        p = Path(key)
        for cand in (p, base / p):
            try:
                m.rows.setdefault(str(cand.resolve()), values)
            except OSError:
                pass


def load_manifest(path: str | Path) -> Manifest:
    """Read a JSONL or CSV manifest (by suffix; CSV when not ``.jsonl``/``.json``)."""
    path = Path(path)
    m = Manifest()
    base = path.parent
    try:
        fh = path.open(encoding="utf-8-sig", newline="")
    except OSError as err:
        m.errors.append(E.E011.format(line=0, reason=f"cannot open {path}: {err.strerror or err}"))
        return m
    with fh:
        if path.suffix.lower() in (".jsonl", ".json"):
            for lineno, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    if not isinstance(row, dict):
                        raise ValueError("not an object")
                except ValueError as err:
                    m.errors.append(E.E011.format(line=lineno, reason=f"malformed JSON ({err})"))
                    continue
                _add(m, row, lineno, base)
        else:
            reader = csv.DictReader(fh, delimiter="\t" if path.suffix.lower() == ".tsv" else ",")
            try:
                for row in reader:
                    if None in row:
                        m.errors.append(E.E011.format(line=reader.line_num, reason="too many fields"))
                        continue
                    _add(m, row, reader.line_num, base)
            except csv.Error as err:
                m.errors.append(E.E011.format(line=reader.line_num, reason=str(err)))
    return m
