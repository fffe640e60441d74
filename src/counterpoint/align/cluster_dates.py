"""Dates through the cluster: an outlet that leaves an event undated takes the date the
other outlets give it.

A reader who has read three reports that a meeting took place on 21 June reads a fourth,
undated report of that meeting as being about 21 June too. counterpoint does the same, and
marks the date as inferred (``Event.date_from == "cluster"``), so it is never shown as the
outlet's own words and never compared as a value the outlet asserts. Only dates an outlet
asserts (``records.ASSERTED_DATE_SOURCES``: its own words, or another mention of the event in
the same report) date a cluster's members; a dateline's or publication day's guess does not. No date is
inferred where the dating outlets disagree (a date flag in the cluster): there is no one date
to give, and the disagreement is what the reader must see.

A mention that the analysis dated by its report's publication day (``date_from ==
"published"``: an undated past-tense report, a reader's guess) does not take a cluster date
more than ``EDGE_DAYS`` after that day: what a report tells as having happened cannot have
happened days after the report appeared, so a cluster date that late says the mention was
joined to the wrong occasion ("his summit with Putin produced some headway", published on a
Saturday, joined to the meeting other outlets announce for Monday). A day of slack is left
for time zones (an event of the 17th in Asia is still the 16th in America). A mention dated
by the day its report last told of (``"narrative"``, never after the publication day) is held
to that day the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..records import ASSERTED_DATE_SOURCES, FLAG_KINDS, Cluster, DateValue, Event
from .discrepancies import date_interval

EDGE_DAYS = 1  # a cluster date this many days after a past-tense report's publication is still possible


def infer_cluster_dates(cluster: Cluster, events: dict[str, Event]) -> list[str]:
    """The member events that take the cluster's date: those of documents where no member
    asserts a date (a dateline's or publication day's guess gives way), when the cluster has
    a calendar date and no date flag. Sets and returns ``cluster.dated_from_cluster``."""
    cluster.dated_from_cluster = []
    if not cluster.date or date_interval(cluster.date) is None:
        return []
    if any(d.field == "date" and d.kind in FLAG_KINDS for d in cluster.discrepancies):
        return []
    members = [events[i] for i in cluster.events if i in events]
    dated_docs = {e.doc for e in members
                  if e.date and date_interval(e.date.value) and e.date_from in ASSERTED_DATE_SOURCES}
    if not dated_docs:
        return []
    cluster.dated_from_cluster = sorted(e.id for e in members
                                        if e.doc not in dated_docs and not _after_report(e, cluster.date))
    return cluster.dated_from_cluster


def _after_report(e: Event, cluster_date: str) -> bool:
    """Whether ``cluster_date`` begins more than ``EDGE_DAYS`` after the publication day that
    dates ``e`` as a past-tense report (module docstring): the mention cannot be of that day."""
    if e.date_from not in ("published", "narrative") or e.date is None:
        return False
    told, when = date_interval(e.date.value), date_interval(cluster_date)
    return told is not None and when is not None and when[0] > told[1] + EDGE_DAYS


def apply_cluster_dates(clusters: Iterable[Cluster], events: dict[str, Event]) -> None:
    """Give the events listed in ``Cluster.dated_from_cluster`` the cluster's date, marked
    inferred (run on a freshly aligned result and on a result loaded from the store, where
    the events are stored as the document's analysis gave them)."""
    for c in clusters:
        if not c.dated_from_cluster or not c.date:
            continue
        source = next((events[i].date for i in c.events if i in events and events[i].date
                       and events[i].date.value == c.date and events[i].date_from in ASSERTED_DATE_SOURCES), None)
        precision = source.precision if source else None
        for i in c.dated_from_cluster:
            e = events.get(i)
            if e is not None and (e.date is None or e.date_from not in ASSERTED_DATE_SOURCES):
                e.date, e.date_end, e.date_from = DateValue(c.date, "", precision), None, "cluster"
