"""ingest/: every kind of input to :class:`~counterpoint.records.Document`, robustly.

The contract with the rest of counterpoint: :func:`read_inputs` never raises for a problem
with one input. A bad input yields a Document with ``text=None`` and a one-line catalogue
``error`` (``errors.py``) naming the input in ``source``, so a batch of a thousand files with
three broken ones analyses 997 and reports 3. Modules: ``files`` (local files, directories,
stdin), ``text`` (plain text + byline), ``html``, ``jsonfmt``, ``manifest``, ``fetch`` (URLs),
``encoding``, ``language``, ``dates``, ``years`` (corpus-level year inference), ``feeds``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

from ..errors import E
from ..records import Document
from .fetch import fetch_url
from .files import is_url, read_file, read_stdin, walk
from .manifest import Manifest, load_manifest, looks_like_manifest
from .text import error_document, read_text
from .years import infer_years

__all__ = ["read_inputs", "read_text", "fetch_url", "infer_years", "summarize_errors", "load_manifest",
           "folder_manifests"]


def folder_manifests(inputs: Iterable[str]) -> list[Path]:
    """Manifests kept inside the input folders (directly in a folder given as input, not in
    its subfolders): they are used, never read as articles (``manifest.looks_like_manifest``)."""
    found = []
    for inp in inputs:
        path = Path(str(inp))
        if inp == "-" or is_url(str(inp)) or not path.is_dir():
            continue
        try:
            entries = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
        except OSError:
            continue
        found += [p for p in entries if looks_like_manifest(p)]
    return found


def _one(
    inp: str, *, max_bytes: int, allow_private: bool, stdin: TextIO | None, timeout: float,
    skip: frozenset[Path] = frozenset(),
) -> Iterator[tuple[Document, tuple[str | None, ...]]]:
    """Documents for one input, each with the keys a manifest row may use to match it."""
    if inp == "-":
        for d in read_stdin(stdin if stdin is not None else sys.stdin, max_bytes=max_bytes):
            yield d, ("-",)
        return
    if is_url(inp):
        if not inp.lower().startswith(("http://", "https://")):
            yield (
                error_document(
                    inp, E.E012.format(reason=f"scheme {inp.split(':', 1)[0]!r}; only http and https")
                ),
                (inp,),
            )
            return
        yield fetch_url(inp, timeout=timeout, max_bytes=max_bytes, allow_private=allow_private), (inp,)
        return
    path = Path(inp)
    if path.is_dir():
        for f in walk(path):
            if f.resolve() in skip:  # a manifest kept among the articles
                continue
            for d in read_file(f, source=str(f), max_bytes=max_bytes):
                yield d, (str(f), inp)
        return
    if not path.exists():
        yield error_document(inp, E.E010.format(), outlet=path.stem or inp), (inp,)
        return
    for d in read_file(path, source=inp, max_bytes=max_bytes):
        yield d, (inp,)


def read_inputs(
    inputs: Iterable[str],
    *,
    manifest: str | Path | None = None,
    max_bytes: int = 20_000_000,
    allow_private: bool = False,
    stdin: TextIO | None = None,
    timeout: float = 10.0,
    on_notice: Callable[[str], None] | None = None,
) -> Iterator[Document]:
    """One Document per article in ``inputs`` (files, directories, ``-``, http(s) URLs).

    Manifest rows (``manifest``) override outlet/published/title/url of the inputs they
    match; unreadable manifest rows are yielded first as error Documents
    (``source="manifest.csv:LINE"``).

    A manifest kept inside an input folder (:func:`folder_manifests`) is used too, and never
    read as articles; ``on_notice`` hears one line saying so. With an explicit ``manifest``
    as well, the explicit one's rows win where both name the same file.
    """
    inputs = [str(i) for i in inputs]
    found = folder_manifests(inputs)
    explicit = Path(manifest).resolve() if manifest is not None else None
    sources = ([Path(manifest)] if manifest is not None else []) + [p for p in found if p.resolve() != explicit]
    man: Manifest | None = None
    for src in sources:
        one = load_manifest(src)
        if src in found and on_notice:
            on_notice(f"using the manifest {src} (found in the input folder) for outlets, dates and titles: "
                      f"{one.count} row{'' if one.count == 1 else 's'}; "
                      "it is not read as an article")
        for msg in one.errors:
            m = re.search(r"line (\d+)", msg)
            yield error_document(f"{src}:{m.group(1) if m else 0}", msg, outlet="manifest")
        if man is None:
            man = one
        else:
            man.merge(one)
    skip = frozenset(p.resolve() for p in found)
    for inp in inputs:
        try:
            for doc, keys in _one(
                inp, max_bytes=max_bytes, allow_private=allow_private, stdin=stdin, timeout=timeout, skip=skip
            ):
                if man is not None and doc.text is not None:
                    man.apply(doc, *keys, doc.source)
                yield doc
        except Exception as err:  # noqa: BLE001 - the per-input guarantee: never stop the batch
            yield error_document(inp, E.E014.format(reason=f"{type(err).__name__}: {err}"))


def summarize_errors(documents: Iterable[Document]) -> list[str]:
    """The one-line ``"<source>: <error>"`` messages of the documents that have an error."""
    return [f"{d.source}: {d.error}" for d in documents if d.error]
