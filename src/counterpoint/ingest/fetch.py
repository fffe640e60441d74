"""Fetching one URL, safely: only when asked, http(s) only, no private addresses, bounded.

Why each guard: the web app fetches user-supplied URLs, so without the address check it
would be a server-side request forgery tool (cloud metadata at 169.254.169.254, admin
panels on localhost). Redirects are followed by hand (at most ``MAX_REDIRECTS``) so every
hop is checked, not only the first. Each hop connects to the address that was checked (the
URL's host is replaced by that IP; the Host header and the TLS server name keep the original
name), so a name that resolves to a public address for the check and to a private one for
the connection (DNS rebinding) cannot slip through. ``timeout`` bounds the whole fetch, not
each read, and the body is streamed and cut at ``max_bytes``.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import time
from urllib.parse import urljoin, urlsplit

import httpx

from ..errors import E, InputError
from ..records import Document
from .encoding import decode_bytes, sniff_binary
from .html import parse_html
from .text import error_document, outlet_from, parse_plain

MAX_REDIRECTS = 5
USER_AGENT = "counterpoint/0.1 (news comparison)"


def check_url(url: str, *, allow_private: bool) -> str | None:
    """Raise InputError(E012) unless ``url`` is http(s) to a public address; returns the checked
    address to connect to (None with ``allow_private``, where the name is used as is)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise InputError(E.E012, reason=f"scheme {parts.scheme or '(none)'!r}; only http and https")
    host = parts.hostname
    if not host:
        raise InputError(E.E012, reason="no host")
    if allow_private:
        return None
    try:
        infos = socket.getaddrinfo(
            host, parts.port or (443 if parts.scheme == "https" else 80), type=socket.SOCK_STREAM
        )
    except (socket.gaierror, UnicodeError) as err:
        raise InputError(E.E007, reason=f"cannot resolve {host} ({err})") from err
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%")[0])
        if (
            ip.is_private
            or ip.is_loopback
            or ip.is_link_local
            or ip.is_reserved
            or ip.is_multicast
            or ip.is_unspecified
        ):
            raise InputError(E.E012, reason=f"{host} resolves to non-public address {ip}")
    return infos[0][4][0].split("%")[0]


def _pinned(url: str, ip: str | None) -> tuple[str, dict[str, str], dict[str, str]]:
    """(URL to request, extra headers, request extensions) for connecting to the checked ``ip``."""
    if ip is None:
        return url, {}, {}
    parts = urlsplit(url)
    host = parts.hostname or ""
    literal = f"[{ip}]" if ":" in ip else ip
    netloc = f"{literal}:{parts.port}" if parts.port else literal
    host_header = f"{host}:{parts.port}" if parts.port else host
    extensions = {"sni_hostname": host} if parts.scheme == "https" else {}
    return parts._replace(netloc=netloc).geturl(), {"Host": host_header}, extensions


def _get(
    client: httpx.Client, url: str, *, deadline: float, max_bytes: int, allow_private: bool
) -> tuple[str, bytes, str]:
    """(final url, body, content-type) after following redirects by hand."""
    for _hop in range(MAX_REDIRECTS + 1):
        target, headers, extensions = _pinned(url, check_url(url, allow_private=allow_private))
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise InputError(E.E007, reason="timed out")
        request = client.build_request("GET", target, headers=headers, extensions=extensions,
                                       timeout=httpx.Timeout(remaining))
        resp = client.send(request, stream=True)
        with contextlib.closing(resp):
            if resp.is_redirect:
                loc = resp.headers.get("location")
                if not loc:
                    raise InputError(E.E007, reason=f"HTTP {resp.status_code} redirect without Location")
                url = urljoin(url, loc)
                continue
            if resp.status_code >= 400:
                raise InputError(E.E007, reason=f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise InputError(E.E003, size=int(declared), limit=max_bytes)
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(E.E003, size=f"more than {max_bytes}", limit=max_bytes)
                if time.monotonic() > deadline:
                    raise InputError(E.E007, reason="timed out")
                chunks.append(chunk)
            return url, b"".join(chunks), resp.headers.get("content-type", "")
    raise InputError(E.E007, reason=f"more than {MAX_REDIRECTS} redirects")


def fetch_url(
    url: str, *, timeout: float = 10.0, max_bytes: int = 20_000_000, allow_private: bool = False
) -> Document:
    """Fetch ``url`` and read it as HTML (or plain text); never raises for fetch problems."""
    deadline = time.monotonic() + timeout
    try:
        with httpx.Client(
            follow_redirects=False, headers={"User-Agent": USER_AGENT}, trust_env=False
        ) as client:
            _final, body, ctype = _get(
                client, url, deadline=deadline, max_bytes=max_bytes, allow_private=allow_private
            )
    except InputError as err:
        return error_document(url, str(err), url=url)
    except httpx.TimeoutException:
        return error_document(url, E.E007.format(reason=f"timed out after {timeout:g} s"), url=url)
    except httpx.HTTPError as err:
        return error_document(url, E.E007.format(reason=f"{type(err).__name__}: {err}"), url=url)
    what = sniff_binary(body[:1024])
    if what:
        return error_document(url, E.E002.format(what=what), url=url)
    charset = None
    if "charset=" in ctype:
        charset = ctype.split("charset=", 1)[1].split(";")[0].strip().strip('"') or None
    try:
        text = body.decode(charset) if charset else decode_bytes(body).text
    except (LookupError, UnicodeDecodeError):
        try:
            text = decode_bytes(body).text
        except InputError as err:
            return error_document(url, str(err), url=url)
    except InputError as err:
        return error_document(url, str(err), url=url)
    outlet = outlet_from(url, "web")
    if "text/plain" in ctype:
        return parse_plain(text, source=url, outlet=outlet, url=url)
    doc = parse_html(text, source=url, outlet=None, url=url, fallback_outlet=outlet)
    if doc.url is None:
        doc.url = url
    return doc
