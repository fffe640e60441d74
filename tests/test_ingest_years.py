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
