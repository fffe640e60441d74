"""Plain text and Markdown: title line, byline block, body; and the Document builder.

Layout we expect from saved articles (and from the copy-paste of blog pages)::

    Title line
    - Jane Doe            <- byline block: authors, date, reading time, blank lines
    - Jul 10
    - 8 min read
    Body ...

The title and byline are not part of ``text``; the body is kept exactly as read (only line
endings are normalised to ``\\n`` and trailing whitespace dropped) because every span
downstream indexes into it. Markdown is treated as plain text except that heading markers
and emphasis are stripped from the title line; the body keeps its markup (documented
simplification: Markdown bodies are rare in news corpora).
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

from ..errors import E
from ..records import Document, make_id
from .dates import parse_date
from .language import analysed_languages, guess_language, language_name

_BULLET = re.compile(r"^\s*(?:[-*•·–—]\s+)?")
_BY = re.compile(r"^by\s+(.+)$", re.I)
_READ_TIME = re.compile(r"^\d+\s*(?:min(?:ute)?s?|m)\.?\s+read$", re.I)
_DATE_PREFIX = re.compile(r"^(?:published|updated|posted|last updated|date)\s*(?:on|:)?\s*", re.I)
_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|al|bin|la|le|da)){0,4}$")
_SPLIT_AUTHORS = re.compile(r"\s*(?:,|\band\b|&)\s*")


def outlet_from(url: str | None, fallback: str) -> str:
    """The URL's host without ``www.``, else ``fallback`` (a file stem)."""
    if url:
        host = (urlsplit(url).hostname or "").lower()
        if host:
            return host[4:] if host.startswith("www.") else host
    return fallback


_ROLES = re.compile(
    r"\b(?:staff|writer|correspondent|editor|reporter|contributor|columnist|analyst|bureau|chief|senior|"
    r"special|political|foreign|news|desk|team)\b",
    re.I,
)


def _names(s: str) -> list[str]:
    """Author names in "Jane Doe and John Roe, Staff Writer"; roles are dropped, and any
    part that is not name-shaped means the line is not a byline."""
    parts = [p.strip() for p in _SPLIT_AUTHORS.split(s) if p.strip()]
    if not parts or not all(_NAME.match(p) for p in parts):
        return []
    return [p for p in parts if not _ROLES.search(p)]


def parse_byline_line(line: str) -> tuple[str, object] | None:
    """Classify one byline line: ("authors", [...]), ("date", (iso, partial)), ("skip", None),
    or None when the line is not part of a byline (the body starts there)."""
    bulleted = bool(re.match(r"^\s*[-*•·–—]\s+", line))
    s = _BULLET.sub("", line).strip()
    if not s:
        return ("skip", None)
    if len(s) > 80:
        return None
    if _READ_TIME.match(s):
        return ("skip", None)
    iso, partial = parse_date(_DATE_PREFIX.sub("", s))
    if iso or partial:
        return ("date", (iso, partial))
    if _DATE_PREFIX.match(s):  # "Updated 10:32 GMT, 3 March 2025": the date may come later
        for m in re.finditer(r"\b(?=[A-Za-z0-9])", s):
            iso, partial = parse_date(s[m.start() :])
            if iso or partial:
                return ("date", (iso, partial))
        return ("skip", None)
    m = _BY.match(s)
    if m and (names := _names(m.group(1).strip())):
        return ("authors", names)
    if bulleted and (names := _names(s)):
        return ("authors", names)
    return None


def _is_paragraph(line: str) -> bool:
    """A first line that is body text, not a headline: long, a sentence, or two. Files
    usually open with a title line, but a text saved from a page or pasted from a wire often
    opens with its lead paragraph, and a lead taken for the title is lost to the analysis."""
    s = line.strip()
    if len(s) > 200 or len(s.split()) > 30:
        return True
    if len(s.split()) >= 8 and re.search(r"[a-zа-яё0-9%][.][\"”’»)]?$", s):
        return True  # a sentence: headlines do not end with a full stop (in Latin or Cyrillic)
    return bool(re.search(r"[.!?][\"”’»)]?\s+[\"“‘«„(]?[A-ZА-ЯЁ]", s) and re.search(r"[.!?][\"”’»)]?$", s))


def _looks_like_heading(line: str, next_line: str | None) -> bool:
    """A pasted first line is a title only when it clearly is one: short, no sentence-final
    punctuation, and either Title Case / ALL CAPS or set off by a blank line or a byline.
    Being strict matters: a first sentence mistaken for a title is lost to the analysis."""
    s = line.strip()
    words = s.split()
    if not (0 < len(s) <= 150 and len(words) <= 20) or re.search(r"[.!?:;,\"”’»)]$", s):
        return False
    if next_line is not None and (
        not next_line.strip() or parse_byline_line(next_line) not in (None, ("skip", None))
    ):
        return True
    small = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "as", "vs"}
    alpha = [w for w in words if w[:1].isalpha() and w.lower() not in small]
    caps = sum(1 for w in alpha if w[:1].isupper())
    return len(alpha) >= 2 and caps >= 0.7 * len(alpha)


BANNER_MAX_WORDS = 6  # "Tuesday, 02 January 2024 12:17 GMT"


def split_plain(raw: str, *, title_mode: str = "always") -> dict:
    """Split raw text into title, authors, dates and body (see module doc).

    ``title_mode="always"`` (files): the first non-empty line is the title.
    ``title_mode="auto"`` (pasted text): only when it looks like a heading and more follows.
    """
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    lines = raw.split("\n")
    out: dict = {"title": None, "authors": [], "published": None, "partial": None, "text": raw.rstrip()}
    idx = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if idx is None:
        out["text"] = ""
        return out
    # A saved page often opens with its date banner ("Monday, June 2, 2025") above the headline:
    # the banner is a date line, not the title, and the headline (or the lead) follows it.
    # Only a line that is nothing but a date (six words at most): " date 2025-08-15 Summit in
    # Alaska begins with a red carpet" is a stamp with the headline after it, and stays the title.
    while len(lines[idx].split()) <= BANNER_MAX_WORDS and (kind := parse_byline_line(lines[idx])) is not None \
            and kind[0] == "date" and (
        nxt_idx := next((i for i in range(idx + 1, len(lines)) if lines[i].strip()), None)
    ) is not None:
        if not (out["published"] or out["partial"]):
            out["published"], out["partial"] = kind[1]  # type: ignore[misc]
        idx = nxt_idx
        out["text"] = "\n".join(lines[idx:]).rstrip()
    rest_nonempty = any(ln.strip() for ln in lines[idx + 1 :])
    nxt = lines[idx + 1] if idx + 1 < len(lines) else None
    if title_mode == "auto" and not (rest_nonempty and _looks_like_heading(lines[idx], nxt)):
        return out
    if not rest_nonempty or _is_paragraph(lines[idx]):
        return out  # a one-paragraph article, or one that starts with its body: no title line
    title = re.sub(r"^\s*#+\s*", "", lines[idx]).strip()
    title = re.sub(r"(\*\*|__|\*|_)(.+?)\1", r"\2", title)
    out["title"] = title or None
    j = idx + 1
    while j < len(lines):
        kind = parse_byline_line(lines[j])
        if kind is None:
            break
        if kind[0] == "authors":
            out["authors"].extend(a for a in kind[1] if a not in out["authors"])  # type: ignore[union-attr]
        elif kind[0] == "date" and not (out["published"] or out["partial"]):
            out["published"], out["partial"] = kind[1]  # type: ignore[misc]
        j += 1
    offset = sum(len(ln) + 1 for ln in lines[:j])
    out["text"] = raw[offset:].rstrip() if j < len(lines) else ""
    return out


def normalise_text(text: str) -> str:
    """Whitespace-normalised body: the basis of the content-derived document id."""
    return " ".join(text.split())


def build_document(
    text: str | None,
    *,
    source: str,
    outlet: str,
    title: str | None = None,
    url: str | None = None,
    authors: list[str] | None = None,
    published: str | None = None,
    published_from: str | None = None,
    published_partial: str | None = None,
    warning: str | None = None,
) -> Document:
    """A Document with id, content hash and language; E001 for an empty body, E009 for a
    body in a language the pipeline does not analyse (the text is kept)."""
    if text is None or not text.strip():
        return error_document(source, E.E001.format(), outlet=outlet, title=title, url=url)
    lang = guess_language(text)
    error = warning
    if lang not in analysed_languages():
        error = E.E009.format(lang=lang, name=language_name(lang), supported=", ".join(analysed_languages()))
    return Document(
        id=make_id("doc", normalise_text(text)),
        source=source,
        outlet=outlet,
        text=text,
        title=title,
        url=url,
        authors=list(authors or []),
        published=published,
        published_from=published_from if published else None,
        language=lang,
        error=error,
        published_partial=published_partial if not published else None,
        content_hash=hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest(),
    )


def error_document(
    source: str, error: str, *, outlet: str | None = None, title: str | None = None, url: str | None = None
) -> Document:
    """The Document for an input that could not be read: no text, a one-line error."""
    return Document(
        id=make_id("doc", source),
        source=source,
        outlet=outlet or outlet_from(url, source),
        text=None,
        title=title,
        url=url,
        error=" ".join(str(error).split()),
    )


def parse_plain(
    raw: str, *, source: str, outlet: str, url: str | None = None, title_mode: str = "always"
) -> Document:
    parts = split_plain(raw, title_mode=title_mode)
    return build_document(
        parts["text"],
        source=source,
        outlet=outlet,
        title=parts["title"],
        url=url,
        authors=parts["authors"],
        published=parts["published"],
        published_from="text",
        published_partial=parts["partial"],
    )


def read_text(
    text: str,
    *,
    source: str = "<text>",
    outlet: str | None = None,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Document:
    """A Document from pasted text (web app, Python API). Never raises.

    With no ``title`` given, a heading-like first line followed by more text becomes the title
    (and a byline block after it is parsed); with a ``title`` given the text is all body.
    """
    outlet = outlet or outlet_from(url, "text")
    try:
        if title is not None:
            body = text.replace("\r\n", "\n").replace("\r", "\n").rstrip()
            doc = build_document(body, source=source, outlet=outlet, title=title, url=url)
        else:
            doc = parse_plain(text, source=source, outlet=outlet, url=url, title_mode="auto")
    except Exception as err:  # noqa: BLE001 - read_text must never raise
        return error_document(source, E.E004.format(reason=str(err)), outlet=outlet, url=url)
    if published and doc.text is not None:
        from .dates import normalise_iso

        doc.published = normalise_iso(published) or published
        doc.published_from, doc.published_partial = "metadata", None
    return doc
