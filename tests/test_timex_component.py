"""The cp_dates component: spans into doc.text, tense-driven resolution, NER as a filter."""

from __future__ import annotations

import pytest

TEXT = (
    "The minister met his counterpart on Saturday in Vienna. The two sides will meet again on "
    "Friday. Talks ran from June 3 to 5 and the 42nd round is planned for the third quarter. "
    "Some 2000 troops took part in the drills last year, two years after Belarus's 2020 crisis."
)


@pytest.fixture(scope="module")
def analysis(nlp):
    from counterpoint.nlp import analyze_document
    from counterpoint.records import Document

    doc = Document(id="d1", source="<test>", outlet="test", text=TEXT, published="2025-07-10")
    return analyze_document(doc, nlp)


def _by_text(analysis):
    return {d.text: d for d in analysis.dates}


@pytest.mark.parametrize(
    "text,value,end,precision",
    [
        ("Saturday", "2025-07-05", None, "day"),  # past tense: the Saturday before publication
        ("Friday", "2025-07-11", None, "day"),  # future tense: the next Friday
        ("from June 3 to 5", "2025-06-03", "2025-06-05", "day"),
        ("the third quarter", "2025-Q3", None, "quarter"),
        ("last year", "2024", None, "year"),
        ("2020", "2020", None, "year"),
    ],
)
def test_timex_component_values(analysis, text, value, end, precision):
    dv = _by_text(analysis)[text]
    assert (dv.value, dv.end, dv.precision) == (value, end, precision)


def test_timex_component_spans_index_doc_text_and_are_sorted(analysis):
    spans = [d.span for d in analysis.dates]
    assert spans == sorted(spans)
    for d in analysis.dates:
        assert TEXT[d.span[0] : d.span[1]] == d.text


@pytest.mark.parametrize("not_date", ["2000", "42nd", "the 42nd round"])
def test_timex_component_skips_counts_and_ordinals(analysis, not_date):
    assert not_date not in _by_text(analysis)


def test_timex_component_without_anchor_keeps_month_and_day(analyze):
    a = analyze("The meeting took place on June 21 in Minsk.", published=None)
    dv = next(d for d in a.dates if d.text == "June 21")
    assert (dv.value, dv.precision, dv.year_inferred) == ("XXXX-06-21", "day", True)


@pytest.fixture(scope="module")
def seed_dates(seeds_dir, nlp):
    """Each seed article analysed once (with its anchor) for all the parametrized cases."""
    from counterpoint.nlp import analyze_document
    from counterpoint.records import Document

    cache: dict[tuple[str, str], list] = {}

    def _dates(prefix: str, anchor: str) -> list:
        if (prefix, anchor) not in cache:
            path = next(seeds_dir.glob(f"{prefix}_*.txt"))
            doc = Document(id=prefix, source=str(path), outlet="seed", text=path.read_text(encoding="utf-8"),
                           published=anchor)  # fmt: skip
            cache[prefix, anchor] = analyze_document(doc, nlp).dates
        return cache[prefix, anchor]

    return _dates


@pytest.mark.shared
@pytest.mark.parametrize(
    "prefix,anchor,text,value,end",
    [
        ("000", "2025-10-01", "June 21", "2025-06-21", None),
        ("000", "2025-10-01", "From September 25 to 29", "2025-09-25", "2025-09-29"),
        ("000", "2025-10-01", "2020–2022", "2020", "2022"),  # the brief placed it in 002; it is in 000
        ("002", "2025-07-10", "20 June", "2025-06-20", None),
        ("002", "2025-07-10", "February 2020", "2020-02", None),
    ],
)
def test_timex_component_seed_dates(seed_dates, prefix, anchor, text, value, end):
    dates = seed_dates(prefix, anchor)
    hits = [(d.value, d.end) for d in dates if d.text == text]
    assert (value, end) in hits, [(d.text, d.value) for d in dates]
