"""How counts are worded, once, for the CLI, the HTML report and the web app.

A reader who sees "3 clusters" in the terminal and "23 clusters" in the report cannot tell
that the two count different things, so every front end builds its counts line here and
they say the same words for the same numbers:

- *event mentions*: the event records, one per sentence that reports an event;
- *event clusters*: the real-world events those mentions were grouped into (one cluster per
  event, however many outlets report it), of which some are *reported by two or more
  documents* (the ones where outlets can be compared).
"""

from __future__ import annotations

# Nouns whose plural is not the noun + "s"; everything counted in the front ends is listed.
_PLURALS = {"discrepancy": "discrepancies", "story": "stories", "omission": "omissions"}


def plural(n: int, noun: str, plural_form: str | None = None) -> str:
    """``"1 document"``, ``"3 documents"``, ``"0 documents"``: never "1 documents" or "document(s)"."""
    if n == 1:
        return f"{n} {noun}"
    return f"{n} {plural_form or _PLURALS.get(noun) or noun + 's'}"


def event_counts(mentions: int, clusters: int, shared: int) -> str:
    """The one wording of the event counts: ``"28 event mentions in 23 event clusters (3
    reported by two or more documents)"``."""
    return (f"{plural(mentions, 'event mention')} in {plural(clusters, 'event cluster')} "
            f"({shared} reported by two or more documents)")
