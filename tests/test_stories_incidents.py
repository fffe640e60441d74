"""Story grouping end to end on short reports written for these tests: two drone incidents in
the same countries, three months apart, named with the same leaders and generic words
(drones, attack, Russia, Ukraine), stay two stories; the reports of each incident, worded
differently, stay one story each."""

from __future__ import annotations

import functools

from counterpoint.ingest import read_text
from counterpoint.pipeline import analyze_into_store
from counterpoint.store import Store

REPORTS = [
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


@functools.cache
def grouped() -> list[list[str]]:
    """The stories, as sorted lists of outlets."""
    docs = [read_text(text, outlet=outlet, published=day) for outlet, day, text in REPORTS]
    outlet = {d.id: d.outlet for d in docs}
    with Store.open(":memory:") as store:
        analyze_into_store(store, docs, workers=1)
        stories = store.load_result().stories
    return sorted(sorted(outlet[d] for d in s.documents) for s in stories)


def test_stories_incidents_months_apart_two_stories_each_incident_one() -> None:
    assert grouped() == [["June A", "June B"], ["Sept A", "Sept B"]]
