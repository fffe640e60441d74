"""Property tests: on arbitrary text the per-document extractors never raise and every span
they return lies inside the text and matches the text it claims to cover."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PIECES = st.sampled_from([
    "On 21 June", "From September 25 to 29", "up to 5,000 troops", "66 prisoners", "the 42nd brigade",
    "“political”", "\"quoted\"", "«guillemets»", "„low-high“", "‘single’", "“unbalanced", "closing”", "'",
    "Kellogg said:", "he said.", "According to officials,", "Alyaksandr Lukashenka", "President Lukashenko",
    "the country’s President,", "visited Minsk", "released", "8 min read", "#12", "last Saturday", "2020–2022",
    "dozens of", "fourteen", "\n\n", ", ", ". ", " ", "—", "(", ")", "[", "]",
])
TEXTS = st.one_of(st.lists(PIECES, min_size=1, max_size=25).map("".join),
                  st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300))


def _check_spans(text, items, attr="span"):
    for it in items:
        span = getattr(it, attr)
        if span is None:
            continue
        s, e = span
        assert 0 <= s <= e <= len(text), (it, len(text))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_property_extractors_never_raise_spans_inside(nlp, text):
    from counterpoint.nlp.pipeline import make_doc
    from counterpoint.records import Document

    doc = nlp(make_doc(nlp, Document(id="d", source="s", outlet="o", text=text, published="2025-07-10")))
    x = doc._
    for name in ("cp_mentions", "cp_quantities", "cp_quotes", "cp_labels", "cp_events", "cp_framing"):
        _check_spans(text, x.get(name) or [])
    _check_spans(text, x.cp_dates or [])
    for m in x.cp_mentions or []:
        assert text[m.span[0]:m.span[1]] == m.text
    for q in x.cp_quantities or []:
        assert text[q.span[0]:q.span[1]] == q.text
    for q in x.cp_quotes or []:
        assert text[q.span[0]:q.span[1]] == q.text
    for d in x.cp_dates or []:
        if d.span:
            assert text[d.span[0]:d.span[1]] == d.text
