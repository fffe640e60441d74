"""String keys shared by every lookup in the knowledge floor."""

from __future__ import annotations

import functools
import unicodedata


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip diacritics and a leading "the", unify apostrophes: a lookup key.

    Cached: the gazetteer lookups fold every token-sized string they see, many times per
    document."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).strip().lower()
    if text.startswith("the "):
        text = text[4:]
    return text
