"""Per-document language identification, right on short texts.

Why lingua (``lingua-language-detector``): a stopword count needs twenty words and cannot
tell Russian from Ukrainian or Belarusian at all, so a one-paragraph Russian wire item was
analysed as English and a Ukrainian one as Russian. lingua's n-gram models ship in its wheel
(nothing is downloaded) and are accurate on single sentences. The detector is restricted to
the languages listed in ``data/languages.json``: the analysed ones plus the neighbours that
must be told apart from them (Cyrillic: uk/be/bg/sr/mk; Latin: pl/cs/de/fr/...), so a short
non-English text is not forced into English and a Ukrainian one not into Russian.

Cost: lingua loads a script's models on first use (a few seconds and ~0.3 GB per process),
so a Latin-script text that uses more English function words than those of any other listed
language (``function_words`` in the data file) is English without consulting it: the common
case (English wire copy, long or short) never loads a model.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any


@functools.lru_cache(maxsize=1)
def _config() -> dict[str, Any]:
    return json.loads(resources.files("counterpoint").joinpath("data/languages.json").read_text("utf-8"))


def detected_languages() -> dict[str, str]:
    """ISO 639-1 code -> English name of every language the detector chooses between."""
    return dict(_config()["detected"])


def analysed_languages() -> tuple[str, ...]:
    """The codes counterpoint analyses (every other detected language gets E009)."""
    return tuple(_config()["analysed"])


def language_name(code: str | None) -> str:
    """English name of a language code ("uk" -> "Ukrainian"); the code itself when unknown."""
    return detected_languages().get(code or "", code or "unknown")


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
SAMPLE_CHARS = 3000  # lingua reads this much; more costs time and changes nothing
LATIN_MIN_CONFIDENCE = 0.5  # below this a Latin-script tie on function words stays English


@functools.lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in _config()["function_words"].items()}


@functools.lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = [Language.from_iso_code_639_1(IsoCode639_1.from_str(c)) for c in detected_languages()]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def _is_latin(words: list[str]) -> bool:
    letters = "".join(words)
    latin = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f")
    return latin > 0.5 * len(letters)


def guess_language(text: str, *, sample: int = 20_000) -> str:
    """ISO 639-1 code of the language of ``text`` (one of :func:`detected_languages`).

    "en" for a text with no letters, and for a Latin-script text that uses more English
    function words than words of lingua's choice, or as many when lingua is unsure (a
    one-word "OK.", a sentence of foreign names); a Cyrillic text is never "en"."""
    words = _WORD.findall(text[:sample])
    if not words:
        return "en"
    lower = [w.lower() for w in words]
    latin = _is_latin(words)
    fw = _function_words()
    counts = {lang: sum(w in ws for w in lower) for lang, ws in fw.items()} if latin else {}
    if latin and counts["en"] > max(v for k, v in counts.items() if k != "en"):
        return "en"  # plainly English: no model is loaded (lingua costs ~0.3 GB and seconds)
    values = _detector().compute_language_confidence_values(text[:SAMPLE_CHARS])
    if not values:
        return "en" if latin else "und"
    best = values[0]
    code = best.language.iso_code_639_1.name.lower()
    if code != "en" and latin:
        # Names outweigh the rest of a short text for lingua: the function words decide,
        # and a tie goes to English unless lingua is confident.
        own, english = counts.get(code, 0), counts["en"]
        if english > own or (english == own and best.value < LATIN_MIN_CONFIDENCE):
            return "en"
    return code


__all__ = ["analysed_languages", "detected_languages", "guess_language", "language_name"]
