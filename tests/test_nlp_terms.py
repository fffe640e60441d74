"""nlp/terms.py: a document's content signature for story grouping (texts written for these tests)."""

from __future__ import annotations

from counterpoint.nlp.terms import count_term
from counterpoint.records import Quantity


def test_nlp_terms_keep_what_the_report_is_about_and_drop_generic_news_words(analyze):
    a = analyze(
        "A tower under construction collapsed in Velgrad on Monday after the earthquake, trapping 43 workers. "
        "Officials said rescuers were searching the collapsed tower. The government said the earthquake "
        "damaged two bridges.",
        published="2025-03-28",
    )
    terms = a.terms
    assert terms["earthquake"] == 2 and terms["tower"] == 2
    assert "velgrad" in terms
    assert "#43 worker" in terms or "#43 workers" in terms  # the exact count of a named thing
    for generic in ("official", "government", "monday"):
        assert generic not in terms


def test_nlp_terms_leave_out_the_words_of_peoples_names(analyze):
    """A surname is not what a report is about: two different people share one, and outlets
    spell it differently; people are compared as resolved actors instead."""
    a = analyze(
        "Envoy Marta Kowalczyk visited Velgrad on Tuesday and met governor Ivan Petrenko to discuss the "
        "flooding. Kowalczyk said the flooding had destroyed the harbour.",
        published="2025-06-12",
    )
    assert {"flooding", "harbour", "velgrad"} <= set(a.terms)
    assert not {"marta", "kowalczyk", "ivan", "petrenko"} & set(a.terms)


def test_nlp_terms_count_term_only_for_exact_counts_of_a_named_thing():
    exact = Quantity(doc="d", value=43, unit="Workers", approximate=False, text="43 workers", span=(0, 10))
    about = Quantity(doc="d", value=40, unit="workers", approximate=True, text="about 40 workers", span=(0, 16))
    bare = Quantity(doc="d", value=7, unit=None, approximate=False, text="7", span=(0, 1))
    assert count_term(exact) == "#43 workers"
    assert count_term(about) is None and count_term(bare) is None
