"""Bytes to text: binary sniffing and encoding detection.

Why: inputs come from anywhere (scrapes, exports from Windows tools, Russian-language
outlets). We decode UTF-8 (with or without BOM) and UTF-16/32 with a BOM exactly; anything
else goes through a small Cyrillic heuristic (cp1251 vs KOI8-R, the two legacy encodings
that matter for this project's stories) and then ``charset_normalizer``. Bytes that no
detector can explain are decoded as UTF-8 *with replacement* and the caller is told so
(``Decoded.replaced``) - we prefer keeping an almost-clean article over dropping it, and the
document's ``error`` is left empty unless nothing readable remains (then E004).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from ..errors import E, InputError

# Magic numbers of the binary formats people most often feed by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "zip archive"),
    (b"PK\x05\x06", "zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"BZh", "bzip2 archive"),
    (b"\x7fELF", "ELF executable"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"RIFF", "RIFF media file"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass
class Decoded:
    text: str
    encoding: str
    replaced: bool = False  # undecodable bytes were replaced with U+FFFD


def sniff_binary(head: bytes) -> str | None:
    """Name what ``head`` (the first bytes of a file) looks like if it is binary, else None."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None  # UTF-16/32 text legitimately contains NUL bytes
    if b"\x00" in head:
        return "NUL bytes"
    return None


# Frequent lower-case Cyrillic letters (о е а и н т с р в л) in each legacy code page.
_CP1251_FREQ = set(bytes("оеаинтсрвлкмдпу", "cp1251"))
_KOI8_FREQ = set(bytes("оеаинтсрвлкмдпу", "koi8_r"))


def _cyrillic_guess(data: bytes) -> str | None:
    """cp1251 or koi8_r when the high bytes look like Russian text in one of them.

    In cp1251 lower-case Cyrillic sits in 0xE0-0xFF, in KOI8-R in 0xC0-0xDF, so counting how
    many high bytes are frequent Russian letters in each code page separates them reliably.
    """
    high = [b for b in data if b >= 0x80]
    if len(high) < 4:
        return None
    cp = sum(1 for b in high if b in _CP1251_FREQ)
    koi = sum(1 for b in high if b in _KOI8_FREQ)
    best, score = ("cp1251", cp) if cp >= koi else ("koi8_r", koi)
    return best if score >= 0.4 * len(high) else None


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` to text; raises InputError(E004) only if nothing readable is left."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), enc)
            except UnicodeDecodeError as err:
                raise InputError(E.E004, reason=f"invalid {enc} after BOM ({err.reason})") from err
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    good_multibyte = sum(1 for ch in lenient if ord(ch) > 127 and ch != "\ufffd")
    if good_multibyte > bad or bad <= 0.01 * len(data):
        # UTF-8 with a few corrupt bytes (truncated download, bad concatenation): keep it.
        return Decoded(lenient, "utf-8", replaced=True)
    guess = _cyrillic_guess(data)
    if guess:
        return Decoded(data.decode(guess, errors="replace"), guess)
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:  # noqa: BLE001 - the detector is optional help, never fatal
        best = None
    if best is not None and best.encoding not in ("utf_8", "ascii") and best.chaos < 0.2:
        return Decoded(data.decode(best.encoding, errors="replace"), best.encoding)
    if bad > 0.3 * max(1, len(lenient)):
        raise InputError(E.E004, reason=f"{bad} of {len(lenient)} characters are not valid UTF-8")
    return Decoded(lenient, "utf-8", replaced=True)
