"""RSS/Atom feeds and XML sitemaps: find article URLs, fetch each new one once, politely.

Politeness: robots.txt is honoured (per host, cached), and requests to one host are spaced
by ``delay`` seconds. Deduplication: URLs already in the store (``known_urls``) or seen in
this run are skipped before fetching; the same article under another URL gets the same
content-derived document id, which the store deduplicates.
"""

from __future__ import annotations

import datetime as dt
import time
import urllib.robotparser
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from ..errors import E
from ..records import Document, make_id

USER_AGENT = "counterpoint/0.1 (news comparison; +https://example.invalid/counterpoint)"


@dataclass
class FeedEntry:
    url: str
    title: str | None = None
    published: str | None = None  # ISO date
    outlet: str | None = None


@dataclass
class Polite:
    """Per-host delay and robots.txt, shared by every request of one run."""

    delay: float = 1.0
    respect_robots: bool = True
    timeout: float = 10.0
    last: dict[str, float] = field(default_factory=dict)
    robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)

    def wait(self, url: str) -> None:
        host = urlsplit(url).netloc
        if host in self.last:
            pause = self.delay - (time.monotonic() - self.last[host])
            if pause > 0:
                time.sleep(pause)
        self.last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        if not self.respect_robots:
            return True
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        if base not in self.robots:
            parser: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser()
            try:
                self.wait(base)
                r = httpx.get(base + "/robots.txt", timeout=self.timeout, headers={"User-Agent": USER_AGENT})
                if r.status_code >= 400:
                    parser = None  # no robots.txt: everything allowed
                else:
                    parser.parse(r.text.splitlines())
            except httpx.HTTPError:
                parser = None
            self.robots[base] = parser
        parser = self.robots[base]
        return parser is None or parser.can_fetch(USER_AGENT, url)


def _iso(struct: time.struct_time | None) -> str | None:
    return dt.date(struct.tm_year, struct.tm_mon, struct.tm_mday).isoformat() if struct else None


def parse_feed(content: bytes | str, base_url: str = "") -> list[FeedEntry]:
    """Entries of an RSS/Atom feed, or the URLs of an XML sitemap (urlset/sitemapindex)."""
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    if "<urlset" in text[:2000] or "<sitemapindex" in text[:2000]:
        return _parse_sitemap(text, base_url)
    import feedparser

    parsed = feedparser.parse(text)
    outlet = parsed.feed.get("title") or None
    out = []
    for e in parsed.entries:
        link = e.get("link")
        if not link:
            continue
        out.append(FeedEntry(url=urljoin(base_url, link), title=e.get("title"),
                             published=_iso(e.get("published_parsed") or e.get("updated_parsed")), outlet=outlet))
    return out


def _parse_sitemap(text: str, base_url: str) -> list[FeedEntry]:
    import xml.etree.ElementTree as ET

    root = ET.fromstring(text.encode("utf-8"))
    out = []
    for node in root.iter():
        if node.tag.endswith("}url") or node.tag == "url" or node.tag.endswith("}sitemap") or node.tag == "sitemap":
            loc = next((c.text for c in node if c.tag.endswith("loc")), None)
            lastmod = next((c.text for c in node if c.tag.endswith("lastmod")), None)
            if loc:
                out.append(FeedEntry(url=urljoin(base_url, loc.strip()), published=(lastmod or "")[:10] or None))
    return out


def read_feeds(
    feeds: Iterable[str],
    *,
    since: str | None = None,
    known_urls: Callable[[list[str]], set[str]] = lambda urls: set(),
    allow_private: bool = False,
    delay: float = 1.0,
    respect_robots: bool = True,
    timeout: float = 10.0,
    max_bytes: int = 20_000_000,
) -> Iterator[Document]:
    """Documents for the new articles of each feed (entries older than ``since`` skipped)."""
    from . import fetch_url

    polite = Polite(delay=delay, respect_robots=respect_robots, timeout=timeout)
    seen: set[str] = set()
    for feed_url in feeds:
        try:
            polite.wait(feed_url)
            r = httpx.get(feed_url, timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT})
            r.raise_for_status()
            entries = parse_feed(r.content, str(r.url))
        except (httpx.HTTPError, ValueError, SyntaxError) as err:
            yield Document(id=make_id("doc", feed_url), source=feed_url, outlet=urlsplit(feed_url).netloc,
                           text=None, url=feed_url, error=E.E007.format(reason=str(err).splitlines()[0][:200]))
            continue
        fresh = [e for e in entries if not (since and e.published and e.published < since) and e.url not in seen]
        already = known_urls([e.url for e in fresh])
        for entry in fresh:
            seen.add(entry.url)
            if entry.url in already:
                continue
            if not polite.allowed(entry.url):
                continue
            polite.wait(entry.url)
            doc = fetch_url(entry.url, timeout=timeout, max_bytes=max_bytes, allow_private=allow_private)
            if entry.outlet:
                doc.outlet = entry.outlet
            if entry.title and not doc.title:
                doc.title = entry.title
            if entry.published and not doc.published:
                doc.published, doc.published_from = entry.published, "metadata"
            yield doc
