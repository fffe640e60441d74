"""Synthetic Russian corpora for benchmarks, from our own invented templates (``data/ru/synth.json``).

Why: the Russian throughput ratio (``bench/run.py --only throughput_ru``) needs Russian news
text of any size with no third-party article in the repository. Shaped like
:mod:`counterpoint.scale.synth`: several invented outlets report one invented story, with
meetings, pardons, sanctions, detentions and exercises (the Russian event lexicon's triggers),
dates written as outlets write them ("21 июня", "в субботу", "вчера"), counted nouns, quotes in
«» and after a dash with speech verbs, and framing markers. Names are inflected from the case
forms in the data file, so Natasha sees real Russian morphology.

Deterministic given ``seed``: document ``i`` depends only on ``(seed, i)``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import random
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from ..records import Document, make_id


@functools.lru_cache(maxsize=1)
def templates() -> dict[str, Any]:
    """The invented cast, places and sentence templates (read once)."""
    return json.loads(resources.files("counterpoint").joinpath("data/ru/synth.json").read_text("utf-8"))


def _rng(seed: int, *parts: object) -> random.Random:
    return random.Random("\x1f".join(map(str, ("ru", seed, *parts))))


class _Forms:
    """A name's case forms, read by the templates as ``{a.nom}``, ``{a.ins}``, ``{a.role}``."""

    def __init__(self, forms: dict[str, str]) -> None:
        self.__dict__.update(forms)


def _date_phrase(rng: random.Random, day: dt.date, published: dt.date) -> str:
    """The same day written the ways Russian outlets write it (some relative to publication)."""
    t = templates()
    style = rng.randrange(4)
    back = (published - day).days
    if style == 0:
        return f"{day.day} {t['months_gen'][day.month - 1]}"
    if style == 1:
        return f"{day.day} {t['months_gen'][day.month - 1]} {day.year} года"
    if style == 2 and 1 < back < 7:
        return t["weekdays_acc"][day.weekday()]
    if style == 3 and back == 1:
        return "вчера"
    return f"{day.day} {t['months_gen'][day.month - 1]}"


def make_document(seed: int, index: int, docs_per_story: int = 6) -> dict:
    """Russian document ``index`` of the corpus as a JSON-ready dict (ingest's JSONL fields)."""
    t = templates()
    story = index // docs_per_story
    srng = _rng(seed, "story", story)
    drng = _rng(seed, "doc", index)
    base = dt.date(2024, 1, 1) + dt.timedelta(days=srng.randrange(700))
    cast = [_Forms(p) for p in srng.sample(t["people"], 3)]
    city = _Forms(srng.choice(t["cities"]))
    country = _Forms(srng.choice(t["countries"]))
    core = [
        (srng.choice(t["events"]), base + dt.timedelta(days=srng.randrange(4)), 10 * srng.randrange(1, 30))
        for _ in range(4)
    ]
    published = max(day for _, day, _ in core) + dt.timedelta(days=drng.randrange(1, 4))
    sentences = [t["intro"].format(a=cast[0])]
    for template, day, n in core:
        if drng.random() < 0.25:  # omissions: not every outlet reports every event
            continue
        if drng.random() < 0.1:  # a real conflict: one outlet gets the day wrong
            day = day + dt.timedelta(days=drng.choice((-1, 1)))
        a, b = drng.sample(cast, 2)
        sentences.append(template.format(a=a, b=b, city=city, country=country, n=n,
                                         when=_date_phrase(drng, day, published)))
        if drng.random() < 0.5:
            sentences.append(drng.choice(t["filler"]))
    quote = drng.choice(t["quotes"])
    sentences.append(drng.choice(t["quote_frames"]).format(
        quote=quote, quote_lower=quote[0].lower() + quote[1:], a=drng.choice(cast)))
    if drng.random() < 0.5:
        sentences.append(drng.choice(t["framing"]).format(
            word=drng.choice(t["framing_words"]), loaded=drng.choice(t["loaded"])))
    # Paragraphs of two sentences: a dash quote opens its own paragraph, as in Russian news.
    text = "\n".join(" ".join(sentences[k : k + 2]) for k in range(0, len(sentences), 2))
    outlet = t["outlets"][(index % docs_per_story + story) % len(t["outlets"])]
    return {
        "id": make_id("r", seed, index, text),
        "source": f"synthetic-ru://{seed}/{index}",
        "outlet": outlet,
        "title": f"{cast[0].nom}: переговоры в {city.prep}",
        "text": text,
        "published": published.isoformat(),
        "published_from": "metadata",
        "url": f"https://example.invalid/ru/{seed}/{index}",
        "language": "ru",
    }


def iter_documents(n: int, seed: int = 0, docs_per_story: int = 6) -> Iterator[Document]:
    """``n`` synthetic Russian :class:`Document` records, generated lazily."""
    for i in range(n):
        row = make_document(seed, i, docs_per_story)
        yield Document(**row)


def write_jsonl(path: str | Path, n: int, seed: int = 0, docs_per_story: int = 6) -> int:
    """Stream ``n`` Russian documents to a JSONL file (constant memory); returns bytes."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps(make_document(seed, i, docs_per_story), ensure_ascii=False) + "\n")
    return path.stat().st_size
