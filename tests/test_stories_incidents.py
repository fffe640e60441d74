"""Story grouping end to end on short reports written for these tests: two drone incidents in
the same countries, three months apart, named with the same leaders and generic words
(drones, attack, Russia, Ukraine), stay two stories; so do two plane crashes a week apart
(issue 19: "two different accidents a week apart form two"); the reports of each incident,
worded differently and with different counts, stay one story each."""

from __future__ import annotations

import functools

import pytest

from counterpoint.ingest import read_text
from counterpoint.pipeline import analyze_into_store
from counterpoint.store import Store

DRONES = [
    ("June A", "2025-06-01", "Ukraine launched a drone attack on Russian air bases on Sunday, hitting bombers at the "
                             "Belaya base in Irkutsk. Volodymyr Zelensky met Donald Trump's envoy in Kyiv and said "
                             "the operation had been planned for a year. Russia's defence ministry said the drones "
                             "were launched from trucks near the bases."),
    ("June B", "2025-06-02", "Ukrainian drones struck four Russian airfields, including Belaya in the Irkutsk region, "
                             "Russia's defence ministry said. Zelensky said the strike on the bombers was planned for "
                             "more than a year. Donald Trump said he had not been told about the attack."),
    ("Sept A", "2025-09-10", "Russian drones entered Polish airspace overnight and Polish jets shot several of them "
                             "down near Lublin, Prime Minister Donald Tusk said on Wednesday. Zelensky said Russia was "
                             "testing NATO. Donald Trump said he would speak to Poland's president Karol Nawrocki."),
    ("Sept B", "2025-09-10", "Poland shot down Russian drones that crossed its border from Belarus, Donald Tusk told "
                             "parliament, and asked NATO for consultations under Article 4. Ukraine's Volodymyr "
                             "Zelensky called the incursion a Russian attack on Europe. Trump said Russia's drone "
                             "attack on Poland was being looked at."),
]

CRASHES = [
    ("June A", "2025-06-12", "A passenger plane operated by Velair crashed shortly after take-off from Ostrava airport "
                             "on Thursday, killing 230 passengers and 12 crew. The Boeing 787 came down on a "
                             "residential area, police said. Transport Minister Karel Dvorak said investigators had "
                             "found the flight recorders."),
    ("June B", "2025-06-12", "A Velair Boeing 787 bound for London crashed into houses near Ostrava airport on "
                             "Thursday. Officials said 232 passengers and 10 crew were on board. Karel Dvorak, the "
                             "transport minister, said the black boxes had been recovered."),
    ("Next A", "2025-06-19", "A small cargo plane crashed into a lake near Tromso on Thursday, killing both pilots, "
                             "Norway's aviation authority said. The Cessna had left Tromso airport in heavy fog. "
                             "Police chief Ingrid Solberg said divers had recovered the bodies."),
    ("Next B", "2025-06-19", "Two pilots died when their Cessna cargo plane went down in a lake outside Tromso in "
                             "thick fog on Thursday. Ingrid Solberg, the local police chief, said the wreck lay in "
                             "40 metres of water."),
]
REPORTS = {"drones-months-apart": DRONES, "crashes-a-week-apart": CRASHES}


@functools.cache
def grouped(name: str) -> list[list[str]]:
    """The stories of one set of reports, as sorted lists of outlets."""
    docs = [read_text(text, outlet=outlet, published=day) for outlet, day, text in REPORTS[name]]
    outlet = {d.id: d.outlet for d in docs}
    with Store.open(":memory:") as store:
        analyze_into_store(store, docs, workers=1)
        stories = store.load_result().stories
    return sorted(sorted(outlet[d] for d in s.documents) for s in stories)


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_stories_incidents_two_incidents_two_stories_each_incident_one(name: str) -> None:
    outlets = sorted(outlet for outlet, _, _ in REPORTS[name])  # two reports of each incident: "X A", "X B"
    assert grouped(name) == [outlets[:2], outlets[2:]]


@pytest.mark.parametrize(("published", "anchored"), [
    ("2025-07-10", True), ("2025-07", True),
    ("2025", False),  # a byline with a year only is no place in time to be months apart from
    (None, False),
])
def test_stories_window_anchor_is_a_publication_day_or_month(published, anchored):
    from counterpoint.align.stories import _published_day
    from counterpoint.records import Document

    doc = Document(id="d1", source="x.txt", outlet="X", title=None, published=published, text="A.")
    assert (_published_day(doc) == _published_day(doc)) is anchored  # NaN is not equal to itself
