"""The catalogue of errors counterpoint reports, each with a code and a one-line message.

Errors about one input never stop a batch: ingest/ records them on the document
(``Document.error``) and the CLI prints them, one line each, naming the input. Keeping the
messages here (as spaCy's ``errors.py`` does) keeps them consistent and greppable.
"""

from __future__ import annotations

from enum import Enum


class E(str, Enum):  # noqa: UP042 - str mixin keeps .value formatting explicit
    """Message templates; format with keyword arguments."""

    E001 = "empty input (no text after extraction)"
    E002 = "binary file ({what}), not text"
    E003 = "file is {size} bytes, over the {limit}-byte limit (raise it with --max-bytes)"
    E004 = "cannot decode text: {reason}"
    E005 = "malformed JSON on line {line}: {reason}"
    E006 = "HTML has no extractable body"
    E007 = "fetch failed: {reason}"
    E008 = "unsupported file type {suffix!r}"
    E009 = "language {lang!r} ({name}) is not supported (stored, not analysed; analysed: {supported})"
    E010 = "no such file or directory"
    E011 = "manifest line {line}: {reason}"
    E012 = "URL not allowed: {reason}"
    E013 = "analysis failed: {reason}"
    E014 = "cannot read input: {reason}"
    E020 = "store {path} is in use by another process ({reason})"
    E021 = "store {path} is not a counterpoint store: {reason}"
    E030 = "unknown evaluation set {name!r}; choose from {choices}"
    E031 = "../shared data not found at {path}"
    E040 = "alias file {path}: {reason}"

    def format(self, **kwargs: object) -> str:  # type: ignore[override]
        return f"[{self.name}] " + self.value.format(**kwargs)


# The prefix of a document's error when its analysis (not its reading) failed: such a document
# is stored with the error and analysed again on the next run (``Store.has_documents``).
ANALYSIS_FAILED = "[E013]"


class CounterpointError(Exception):
    """An error with a catalogue code; ``str(err)`` is the one-line message."""

    def __init__(self, code: E, **kwargs: object) -> None:
        self.code = code
        super().__init__(code.format(**kwargs))


class InputError(CounterpointError):
    """One input could not be read; the batch goes on."""


class StoreError(CounterpointError):
    """The store cannot be opened or written."""
