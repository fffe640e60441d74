"""A cheap stopword-count language guess, good enough to keep non-English text out of the
English-only analysis pipeline (no model, no dependency, microseconds per document)."""

from __future__ import annotations

import re

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in is that for was on with as by it at from are have has said".split()),
    "ru": frozenset("и в не на что с по как это он она из за то для но от так его".split()),
    "uk": frozenset("і в не на що з та як це він вона із за до для але від так його".split()),
    "be": frozenset("і ў не на што з па як гэта ён яна з за да для але ад так яго".split()),
    "de": frozenset("der die und das ist nicht zu den mit sich des auf für von dem ein eine".split()),
    "fr": frozenset("le la les et des est une du que dans pour pas qui sur au avec il".split()),
    "es": frozenset("el la los las y de que en un una por con para es del se no".split()),
    "it": frozenset("il lo la gli e di che è un una per con non del della sono".split()),
    "pl": frozenset("i w nie na że się z do jest to jak po od przez ale".split()),
    "pt": frozenset("o a os as e de que em um uma para com não do da é".split()),
    "nl": frozenset("de het een en van is dat op te in niet met voor zijn".split()),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_WORDS = 20  # below this the guess is noise; short texts default to English


def guess_language(text: str, *, sample: int = 20_000) -> str:
    """ISO 639-1 code of the most likely language of ``text``, "en" for short texts, or
    "und" when no stopword list matches at all."""
    words = [w.lower() for w in _WORD.findall(text[:sample])]
    if len(words) < MIN_WORDS:
        return "en"
    scores = {lang: sum(1 for w in words if w in sw) for lang, sw in _STOPWORDS.items()}
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    if best < 0.05 * len(words):
        # No stopword list fits; non-Latin script text is certainly not English.
        latin = sum(1 for w in words if w.isascii())
        return "en" if latin > 0.8 * len(words) and best else "und"
    return lang
