"""Synthetic corpora for scale tests and benchmarks, from our own invented templates.

Why synthetic: throughput, memory and alignment-growth measurements need corpora of any size
(up to hundreds of thousands of articles) with the shape of real coverage: several outlets
reporting one story, each naming the same invented people with a different transliteration,
reporting the same events with dates written differently (and sometimes wrongly), numbers,
quotes and loaded words. All names, places and outlets here are invented.

Everything is deterministic given ``seed``: document ``i`` depends only on ``(seed, i)``, so a
corpus is generated as a stream (constant memory) and any slice can be regenerated.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

from ..records import Actor, DateValue, DocAnalysis, Document, Event, Mention, make_id

# Each invented person: (transliteration variants, role description, country index).
PEOPLE: tuple[tuple[tuple[str, ...], str, int], ...] = (
    (("Aleksandr Varenko", "Alyaksandr Varenka", "Alexander Warenko"), "President", 0),
    (("Yuriy Kovalchuk", "Yury Kavalchuk", "Iouri Kovaltchouk"), "Prime Minister", 1),
    (("Oleksiy Hrytsenko", "Aleksei Gritsenko", "Oleksii Hrytsenko"), "Foreign Minister", 1),
    (("Sviatlana Marozava", "Svetlana Morozova", "Swetlana Morosowa"), "opposition leader", 0),
    (("Dmitri Tsvetkov", "Dzmitry Tsvyatkou", "Dmitry Tsvetkov"), "Defence Minister", 0),
    (("Mariam Okonjo", "Mariam Okonjo-Baye", "Miriam Okonjo"), "UN envoy", 2),
    (("Tomas Lindqvist", "Thomas Lindquist", "Tomas Lindkvist"), "Foreign Minister", 3),
    (("Hanna Zhuk", "Anna Zhuk", "Ganna Zhuk"), "human rights lawyer", 0),
    (("Viktor Sahaidak", "Viktor Sagaidak", "Wiktor Sahajdak"), "regional governor", 1),
    (("Irina Balashova", "Iryna Balashova", "Iryna Balashova-Petrenko"), "central bank governor", 1),
)
# A larger invented cast for big corpora: given names and surname roots with the usual
# transliteration alternations (Belarusian/Russian/German/French spellings of the same name).
GIVEN: tuple[tuple[str, str, str], ...] = (
    ("Aleksandr", "Alyaksandr", "Alexander"),
    ("Yuriy", "Yury", "Iouri"),
    ("Oleksiy", "Aleksei", "Oleksii"),
    ("Sviatlana", "Svetlana", "Swetlana"),
    ("Dmitri", "Dzmitry", "Dmitry"),
    ("Hanna", "Anna", "Ganna"),
    ("Viktor", "Viktar", "Wiktor"),
    ("Irina", "Iryna", "Irena"),
    ("Mikhail", "Mikhas", "Michail"),
    ("Natalya", "Natallia", "Natalia"),
    ("Sergei", "Siarhei", "Serhiy"),
    ("Yevgeny", "Yauhen", "Evgeni"),
)
ROOTS = (
    "Varen",
    "Kovan",
    "Hrytv",
    "Maroz",
    "Tsvet",
    "Drozd",
    "Hrab",
    "Sokal",
    "Karp",
    "Vlas",
    "Yarm",
    "Zelen",
    "Bulav",
    "Lapt",
    "Kuzm",
    "Rudn",
    "Shev",
    "Tkach",
    "Osip",
    "Pank",
)
ENDINGS: tuple[tuple[str, str, str], ...] = (
    ("enko", "enka", "enko"),
    ("chuk", "chuk", "tchouk"),
    ("ov", "ou", "ow"),
    ("evich", "evich", "ewitsch"),
)
POOL_SIZE = len(PEOPLE) + len(GIVEN) * len(ROOTS) * len(ENDINGS)


def person(k: int) -> tuple[tuple[str, str, str], str, int]:
    """Person ``k`` of the invented pool: (three spellings, role, country index)."""
    if k < len(PEOPLE):
        names, role, country = PEOPLE[k]
        return (names[0], names[1], names[2]), role, country
    k -= len(PEOPLE)
    g, rest = divmod(k, len(ROOTS) * len(ENDINGS))
    r, e = divmod(rest, len(ENDINGS))
    names = tuple(f"{GIVEN[g][v]} {ROOTS[r]}{ENDINGS[e][v]}" for v in range(3))
    roles = ("minister", "governor", "party leader", "spokesperson", "general", "mayor")
    return names, roles[k % len(roles)], k % len(COUNTRIES)  # type: ignore[return-value]


COUNTRIES = ("Varnavia", "Kestovia", "Orland", "Nordmark")
CITIES = (("Velgrad", 0), ("Drovno", 0), ("Kestopol", 1), ("Lutsaya", 1), ("Ostra", 2), ("Halmstad", 3))
OUTLETS = (
    "Varnavia State News",
    "The Kestovia Herald",
    "Orland Daily",
    "Nordmark Tribune",
    "Independent Monitor",
    "Free Voice Radio",
    "Evening Courier",
    "Eastern Wire",
)
LOADED = ("so-called", "regime", "puppet", "notorious", "self-proclaimed", "thugs", "heroic", "provocation")

# (PLOVER type, template); {a}/{b} actors, {when} a date phrase, {city}, {n} a count.
EVENTS: tuple[tuple[str, str], ...] = (
    ("CONSULT", "{a} met {b} in {city} {when}."),
    ("AGREE", "{a} and {b} signed an agreement on border trade {when}."),
    ("ACCUSE", "{a} accused {b} of organising the unrest {when}."),
    ("THREATEN", "{a} threatened to impose sanctions on {country} {when}."),
    ("SANCTION", "{country} imposed sanctions on {n} officials {when}, {a} announced."),
    ("COERCE", "Police detained {n} protesters in {city} {when}."),
    ("PROTEST", "About {n} people protested in {city} {when} against {a}."),
    ("REJECT", "{a} rejected the proposal made by {b} {when}."),
    ("REQUEST", "{a} asked {b} to release {n} political prisoners {when}."),
    ("AID", "{country} sent {n} tonnes of humanitarian aid to {city} {when}."),
    ("ASSAULT", "Security forces attacked a camp near {city} {when}, killing {n} people."),
    ("COOPERATE", "{a} and {b} agreed to cooperate on energy security {when}."),
)
QUOTES = (
    "We will not accept any interference in our internal affairs",
    "The talks were constructive and we see a way forward",
    "These accusations are baseless",
    "Our people deserve free and fair elections",
    "Nobody will be punished for peaceful protest",
    "The sanctions are a mistake that hurts ordinary citizens",
)
FILLER = (
    "The meeting had been postponed twice.",
    "Observers said the situation remained tense.",
    "The ministry did not respond to a request for comment.",
    "Analysts expect further talks in the coming weeks.",
    "Opposition groups called for calm.",
    "Local media reported long queues at the border.",
)


def _rng(seed: int, *parts: object) -> random.Random:
    return random.Random("\x1f".join(map(str, (seed, *parts))))


def _date_phrase(rng: random.Random, day: dt.date, published: dt.date) -> str:
    """The same day written the ways outlets write it (some less precise than others)."""
    style = rng.randrange(5)
    if style == 0:
        return f"on {day.day} {day:%B}"
    if style == 1:
        return f"on {day:%B} {day.day}, {day.year}"
    if style == 2 and 0 < (published - day).days < 7:
        return f"on {day:%A}"
    if style == 3:
        return f"in {day:%B}"
    return f"on {day:%B} {day.day}"


def make_document(seed: int, index: int, docs_per_story: int = 8) -> dict:
    """Document ``index`` of the corpus as a JSON-ready dict (ingest's JSONL fields)."""
    story = index // docs_per_story
    srng = _rng(seed, "story", story)
    drng = _rng(seed, "doc", index)
    base = dt.date(2024, 1, 1) + dt.timedelta(days=srng.randrange(700))
    cast = srng.sample(range(POOL_SIZE), 3)
    city = srng.choice(CITIES)[0]
    country = srng.choice(COUNTRIES)
    core = [
        (srng.choice(EVENTS), base + dt.timedelta(days=srng.randrange(4)), srng.randrange(5, 3000))
        for _ in range(4)
    ]
    outlet = OUTLETS[(index % docs_per_story + story) % len(OUTLETS)]
    variant = drng.randrange(3)
    published = max(day for _, day, _ in core) + dt.timedelta(days=drng.randrange(1, 4))
    names = [person(p)[0][variant] for p in cast]
    sentences = []
    first = person(cast[0])
    sentences.append(f"{names[0]}, {COUNTRIES[first[2]]}'s {first[1]}, faced new pressure this week.")
    for (_etype, template), day, n in core:
        if drng.random() < 0.25:  # omissions: not every outlet reports every event
            continue
        if drng.random() < 0.1:  # a real conflict: one outlet gets the day wrong
            day = day + dt.timedelta(days=drng.choice((-1, 1)))
        if drng.random() < 0.2:  # a different count
            n = int(n * drng.uniform(0.5, 1.5)) + 1
        a, b = drng.sample(names, 2)
        sentences.append(
            template.format(
                a=a, b=b, city=city, country=country, n=f"{n:,}", when=_date_phrase(drng, day, published)
            )
        )
        if drng.random() < 0.5:
            sentences.append(drng.choice(FILLER))
    speaker = drng.choice(names)
    sentences.append(f'"{drng.choice(QUOTES)}," {speaker} said.')
    if drng.random() < 0.5:
        sentences.append(
            f'Critics called it a "{drng.choice(("dialogue", "election", "reform"))}" staged by the '
            f"{drng.choice(LOADED)} government."
        )
    text = " ".join(sentences)
    return {
        "id": make_id("d", seed, index, text),
        "source": f"synthetic://{seed}/{index}",
        "outlet": outlet,
        "title": f"{names[0]} and {names[1]}: talks in {city}",
        "text": text,
        "published": published.isoformat(),
        "published_from": "metadata",
        "url": f"https://example.invalid/{seed}/{index}",
        "language": "en",
    }


def iter_documents(n: int, seed: int = 0, docs_per_story: int = 8) -> Iterator[Document]:
    """``n`` synthetic :class:`Document` records, generated lazily."""
    for i in range(n):
        row = make_document(seed, i, docs_per_story)
        yield Document(
            id=row["id"],
            source=row["source"],
            outlet=row["outlet"],
            text=row["text"],
            title=row["title"],
            url=row["url"],
            published=row["published"],
            published_from=row["published_from"],
            language=row["language"],
        )


def write_jsonl(path: str | Path, n: int, seed: int = 0, docs_per_story: int = 8) -> int:
    """Stream ``n`` documents to a JSONL file (one line each, constant memory); returns bytes."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps(make_document(seed, i, docs_per_story), ensure_ascii=False) + "\n")
    return path.stat().st_size


def synthetic_analyses(
    n_events: int, seed: int = 0, events_per_doc: int = 5, docs_per_story: int = 8
) -> Iterator[DocAnalysis]:
    """Analyses carrying ``n_events`` synthetic event mentions in total, for alignment benchmarks.

    Shaped like real output: local actors per document (transliteration variants of the story's
    cast), mentions, and events whose type, date and participants repeat across the documents of
    one story (with occasional off-by-one dates), so clustering has real work to do.
    """
    n_docs = -(-n_events // events_per_doc)
    made = 0
    for i in range(n_docs):
        story = i // docs_per_story
        srng = _rng(seed, "astory", story)
        drng = _rng(seed, "adoc", i)
        base = dt.date(2024, 1, 1) + dt.timedelta(days=srng.randrange(700))
        cast = srng.sample(range(POOL_SIZE), 3)
        core = [
            (srng.choice(EVENTS)[0], base + dt.timedelta(days=srng.randrange(4)), srng.sample(cast, 2))
            for _ in range(events_per_doc)
        ]
        variant = drng.randrange(3)
        doc_id = make_id("d", "synthetic-analysis", seed, i)
        published = (base + dt.timedelta(days=6)).isoformat()
        document = Document(
            id=doc_id,
            source=f"synthetic://a/{seed}/{i}",
            outlet=OUTLETS[i % len(OUTLETS)],
            text=None,
            published=published,
        )
        actors: dict[int, Actor] = {}
        mentions: list[Mention] = []
        for p in cast:
            name = person(p)[0][variant]
            actors[p] = Actor(id=make_id("a", doc_id, name), name=name, kind="person", aliases=[name])
            mentions.append(Mention(doc=doc_id, actor=actors[p].id, text=name, span=(0, len(name))))
        events: list[Event] = []
        for k, (etype, day, (pa, pb)) in enumerate(core):
            if made >= n_events:
                break
            if drng.random() < 0.1:
                day = day + dt.timedelta(days=drng.choice((-1, 1)))
            sentence = f"{actors[pa].name} and {actors[pb].name} ({etype.lower()}) on {day.isoformat()}."
            events.append(
                Event(
                    id=make_id("e", doc_id, k),
                    doc=doc_id,
                    type=etype,
                    mode=None,
                    actor=[actors[pa].id],
                    recipient=[actors[pb].id],
                    trigger=etype.lower(),
                    span=(0, len(sentence)),
                    sentence=sentence,
                    date=DateValue(value=day.isoformat(), text=day.isoformat(), precision="day"),
                    lemma=etype.lower(),
                )
            )
            made += 1
        yield DocAnalysis(document=document, actors=list(actors.values()), mentions=mentions, events=events)
        if made >= n_events:
            return
