"""Year inference for yearless or undated articles, from the corpus and the text's evidence."""

from __future__ import annotations

import datetime as dt

import pytest

from counterpoint.ingest import infer_years, read_inputs, read_text
from counterpoint.ingest.years import text_evidence

TODAY = dt.date(2026, 11, 1)


def _doc(body: str, partial: str | None = None, published: str | None = None):
    d = read_text(body, title="t")
    d.published_partial, d.published = partial, published
    return d


@pytest.mark.parametrize(
    ("body", "partial", "expected"),
    [
        # comeback cue: Trump's second term started 2025-01-20
        ("Since Donald Trump returned to the presidency, policy on the region has changed.", None, "2025"),
        # a yearless date before the bound moves to the next year
        (
            "Since Donald Trump returned to the presidency, policy on the region has changed.",
            "--01-05",
            "2026-01-05",
        ),
        ("After Trump returned to the White House, the envoy visited.", "--03-01", "2025-03-01"),
        # "first term" implies a later one (Putin's second began in 2004, Trump's in 2025)
        ("Relations improved throughout Putin's first term and cooled later.", "--06-01", "2004-06-01"),
        ("The trend began during Trump's first term.", None, "2025"),
        # previous administration -> its term has ended
        ("The previous Obama administration imposed the sanctions.", None, "2017"),
        # present tense under a leader, plus an explicit year as lower bound
        (
            "Talks resumed in 2019. Under Chancellor Merkel, Germany is pursuing a cautious line.",
            None,
            "2019",
        ),
        # explicit years only; a future year does not count
        ("The freeze of 2020-2022 ended. The plan runs until 2031.", "--05-02", "2022-05-02"),
        ("Elections were held in 2018 and again in 2023 after a crisis.", None, "2023"),
    ],
)
def test_text_evidence_picks_earliest_consistent_year(body, partial, expected):
    d = _doc(body, partial)
    infer_years([d], today=TODAY)
    assert d.published == expected and d.published_from == "inferred"


def test_no_evidence_leaves_date_unset():
    d = _doc("The ministers met and agreed to meet again.", "--07-10")
    infer_years([d], today=TODAY)
    assert d.published is None and d.published_partial == "--07-10"


def test_corpus_dates_come_first():
    known = _doc("Report of the summit.", published="2023-07-12")
    yearless = _doc("Another report of the summit, which took place in 2021 and again now.", "--07-10")
    infer_years([known, yearless], today=TODAY)
    assert yearless.published == "2023-07-10" and known.published == "2023-07-12"


def test_corpus_year_must_fit_text_evidence():
    known = _doc("An old report.", published="2016-07-12")
    yearless = _doc("Since Donald Trump returned to the presidency, the envoy travelled twice.", "--07-10")
    infer_years([known, yearless], today=TODAY)
    assert yearless.published == "2025-07-10"


def test_documents_read_together_share_a_year():
    a = _doc("The previous Biden administration refused to engage.")  # >= 2025-01-20
    b = _doc("In 2024 the talks collapsed; they resumed this spring.", "--04-15")  # >= 2024
    c = _doc("No dates or leaders here at all.")
    infer_years([a, b, c], today=TODAY)
    assert (a.published, b.published, c.published) == ("2025", "2025-04-15", "2025")


def test_future_contexts_are_ignored():
    ev = text_evidence(
        "The treaty targets 2030 and will expire in 2035. By 2029 half the troops leave.", today=TODAY
    )
    assert ev.lower is None


def test_seeds_get_2025(seeds_dir):
    docs = list(read_inputs([str(seeds_dir)]))
    assert len(docs) == 2 and all(d.error is None for d in docs)
    infer_years(docs, today=TODAY)
    years = {d.source.rsplit("/", 1)[-1][:3]: d.published for d in docs}
    assert years == {"000": "2025", "002": "2025-07-10"}
    assert all(d.published_from == "inferred" for d in docs)


def _reference_years(documents, today):
    """The corpus rule written out directly (every pending document against every known
    date), as infer_years computed it before it streamed: what YearInference must match."""
    from counterpoint.ingest.years import _candidate, _feasible, _full_date, set_year

    pending = [d for d in documents if d.text and not d.error and _full_date(d) is None]
    known = [k for d in documents if (k := _full_date(d)) is not None]
    evidence = {id(d): text_evidence(d.text, today=today) for d in pending}
    feasible = {id(d): _feasible(d, evidence[id(d)], today) for d in pending}
    rest = []
    for d in pending:
        cands = sorted({k.year + off for k in known for off in (-1, 0, 1)} & set(feasible[id(d)]))
        if cands:
            def dist(y, d=d):
                c = _candidate(y, d.published_partial)
                mid = c[0] + (c[1] - c[0]) / 2
                return min(abs((mid - k).days) for k in known)
            set_year(d, min(cands, key=dist))
        else:
            rest.append(d)
    shared = None
    for d in rest:
        if not evidence[id(d)].empty and feasible[id(d)]:
            s = set(feasible[id(d)])
            shared = s if shared is None else shared & s
    for d in rest:
        pick = sorted(set(feasible[id(d)]) & shared) if shared else []
        if not pick and not evidence[id(d)].empty:
            pick = feasible[id(d)]
        if pick:
            set_year(d, min(pick))


@pytest.mark.parametrize("seed", range(12))
def test_infer_years_streamed_equals_reference(seed):
    """YearInference (bits and bisection, no texts held) gives every document the year the
    direct rule gives, over random corpora of known dates and yearless or undated texts."""
    import random

    cues = ["Talks resumed in {y}.", "The plan runs until {y}.", "Since Donald Trump returned to the presidency,",
            "The previous Obama administration acted.", "Under Chancellor Merkel, Germany is cautious.",
            "Nothing dated here.", "The {y}-{z} freeze ended."]

    def corpus():
        r = random.Random(seed)
        docs = []
        for _ in range(r.randint(0, 6)):  # known dates, some without month or day
            y = r.randint(1995, 2026)
            docs.append(_doc("Known report.", published=r.choice([f"{y}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                                                                    f"{y}", f"{y}-{r.randint(1, 12):02d}"])))
        for _ in range(r.randint(1, 8)):
            body = " ".join(r.choice(cues).format(y=r.randint(1990, 2030), z=r.randint(10, 29)) for _ in range(2))
            partial = r.choice([None, f"--{r.randint(1, 12):02d}-{r.randint(1, 28):02d}", "--02-29"])
            docs.append(_doc(body, partial))
        r.shuffle(docs)
        return docs

    ours, theirs = corpus(), corpus()
    infer_years(ours, today=TODAY)
    _reference_years(theirs, TODAY)
    assert [(d.published, d.published_from) for d in ours] == [(d.published, d.published_from) for d in theirs]
