"""Whether a count is an aggregate or a part of a whole, read from the words around it.

"66 prisoners released after both visits" against "16 released in June" is a difference of
scope (a total against a part), not a contradiction. Some cues speak for every count of
their sentence ("in total", "so far", "since January"); others only for the count right
after them: in "the strikes killed 78 people, including senior officials" the 78 is the
whole and "including" marks the officials as its part, and in "more than 40 aircraft" the
"more" is a bound. Reading those cues anywhere in the sentence turned real conflicts into
scope ("two Indian warplanes ... and captured two pilots, of whom one was injured").
The cue lists are in ``data/facts/aggregates.json``.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

from ..records import Event


@functools.lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], int]:
    data = json.loads((resources.files("counterpoint") / "data" / "facts" / "aggregates.json").read_text("utf-8"))

    def alternation(words: list[str]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)

    after = re.compile(r"^\s*(?:" + "|".join(data["after_count"]) + r")\b", re.IGNORECASE)
    return alternation(data["sentence"]), alternation(data["near_count"]), after, int(data["near_chars"])


def aggregate_cue(ev: Event) -> bool:
    """Whether the count an event carries (``Event.quantity``) is marked as an aggregate or a
    part: a sentence-wide cue anywhere in its sentence, or a near cue just before the count
    (or "more" just after its number). When the count's words cannot be found in the sentence,
    a near cue anywhere in it counts, as before: a missed conflict costs less than a false one."""
    sentence_cues, near_cues, after_cues, near_chars = _cues()
    text = ev.sentence or ""
    if sentence_cues.search(text):
        return True
    q = ev.quantity
    at = text.find(q.text) if q is not None and q.text else -1
    if at < 0:
        return bool(near_cues.search(text))
    if near_cues.search(text[max(0, at - near_chars): at]):
        return True
    number = re.match(r"[\d.,]+|\w+", q.text) if q is not None else None
    return bool(number and after_cues.search(text[at + number.end():]))


__all__ = ["aggregate_cue"]
