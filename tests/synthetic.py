"""Small invented articles for tests that need a corpus (no third-party text)."""

from __future__ import annotations

import json
import random
from pathlib import Path

PEOPLE = [("Marta", "Kowalczyk"), ("Ivan", "Petrenko"), ("Olena", "Hrytsenko"), ("Tomas", "Varga"),
          ("Anna", "Lindqvist"), ("Pavel", "Sokolov"), ("Jonas", "Berg"), ("Lena", "Novak")]
PLACES = ["Rivna", "Ostrava", "Kelm", "Dravik", "Somer"]
MONTHS = ["March", "April", "May", "June", "July"]


def article(i: int, rng: random.Random) -> dict:
    (f1, s1), (f2, s2) = rng.sample(PEOPLE, 2)
    place = rng.choice(PLACES)
    month = rng.choice(MONTHS)
    day = rng.randint(1, 28)
    n = rng.randint(5, 400)
    text = (
        f"On {day} {month}, envoy {f1} {s1} visited {place} and met the regional governor, {f2} {s2}. "
        f"Officials said {n} detainees were released after the talks. "
        f"“We came to listen,” {s1} said after the meeting. "
        f"Critics called the visit a “publicity stunt” and accused the governor of ignoring protests. "
        f"Story {i}: local reporters counted about {n + 10} people outside the hall."
    )
    return {"text": text, "title": f"Envoy visits {place} ({i})", "outlet": rng.choice(["Wire A", "Wire B", "Daily C"]),
            "published": f"2025-{MONTHS.index(month) + 3:02d}-28", "url": f"https://news{i % 3}.example/{i}"}


def write_jsonl(path: Path, n: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps(article(i, rng)) + "\n")
    return path
