"""HTML pages: main text and metadata via trafilatura, with a robust stdlib fallback.

trafilatura (lxml underneath) gives the best article text and metadata, but pathological
pages (thousands of nested levels, multi-megabyte attributes) can make lxml give up or
Python recurse too deep. Any failure, or an empty extraction, falls back to a streaming
``html.parser`` pass that keeps the visible text of ``<body>`` (no recursion, linear time).
Only when that finds nothing either is the page an E006 "no extractable body".
"""

from __future__ import annotations

import re
import warnings
from html.parser import HTMLParser

from ..errors import E
from ..records import Document
from .dates import normalise_iso
from .text import build_document, error_document, outlet_from

_SKIP = {"script", "style", "noscript", "template", "head", "title", "svg", "nav", "footer"}
_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "article",
    "section",
    "blockquote",
    "tr",
    "header",
    "main",
    "pre",
}


class _TextParser(HTMLParser):
    """Visible text and <title>; paragraphs at block boundaries. Depth is a counter only."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self._in_title = True
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIP and self._skip:
            self._skip -= 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def fallback_extract(html: str) -> tuple[str, str | None]:
    """(body text, title) with the stdlib parser; paragraphs separated by one newline."""
    p = _TextParser()
    p.feed(html)
    p.close()
    raw = "".join(p.parts)
    paras = [" ".join(seg.split()) for seg in raw.split("\n")]
    title = " ".join("".join(p.title).split()) or None
    return "\n".join(s for s in paras if s), title


def _trafilatura(html: str, url: str | None) -> dict | None:
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    if res is None:
        return None
    d = res if isinstance(res, dict) else res.as_dict()
    return d if (d.get("text") or "").strip() else None


_HUGE_ATTR = re.compile(r"""=\s*(?:"[^"]{4096,}"|'[^']{4096,}')""")


def strip_huge_attributes(html: str) -> str:
    """Blank attribute values over 4 KB (inline data URIs, tracking blobs): they never hold
    article text, and lxml/trafilatura spend seconds on multi-megabyte ones."""
    return _HUGE_ATTR.sub('=""', html)


def parse_html(
    html: str,
    *,
    source: str,
    outlet: str | None = None,
    url: str | None = None,
    fallback_outlet: str = "html",
) -> Document:
    """A Document from an HTML page; E006 when there is no body text at all."""
    meta: dict | None
    html = strip_huge_attributes(html)
    try:
        meta = _trafilatura(html, url)
    except (Exception, RecursionError):  # noqa: BLE001 - lxml/trafilatura failure: use the fallback
        meta = None
    if meta is None:
        try:
            text, title = fallback_extract(html)
        except Exception as err:  # noqa: BLE001
            return error_document(source, E.E004.format(reason=f"HTML parse failed ({err})"), url=url)
        if not text.strip():
            return error_document(
                source, E.E006.format(), outlet=outlet or outlet_from(url, fallback_outlet), url=url
            )
        return build_document(
            text, source=source, outlet=outlet or outlet_from(url, fallback_outlet), title=title, url=url
        )
    authors = [a.strip() for a in re.split(r";|\band\b|,", meta.get("author") or "") if a.strip()]
    published = normalise_iso(meta.get("date"))
    site = (meta.get("sitename") or "").strip() or None
    if site and re.fullmatch(r"[\w.-]+\.[\w-]+(?::\d+)?", site):  # a bare host name, not a brand
        site = outlet_from("http://" + site, site)
    return build_document(
        meta["text"].strip(),
        source=source,
        outlet=outlet or site or outlet_from(url or meta.get("url"), fallback_outlet),
        title=(meta.get("title") or None),
        url=url or meta.get("url") or None,
        authors=authors,
        published=published,
        published_from="metadata",
    )
