"""Property tests: read_text never raises, and what it returns comes from its input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from counterpoint.ingest import read_text

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_read_text_never_raises_and_comes_from_input(text):
    doc = read_text(text)
    norm = text.replace("\r\n", "\n").replace("\r", "\n")
    if doc.text is None:
        assert doc.error.startswith("[E001]")  # only an empty body loses the text
        return
    assert doc.text in norm
    assert doc.text.strip()
    if doc.title is not None:
        assert doc.title in norm
    assert doc.id.startswith("doc_") and len(doc.content_hash) == 40


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Word", "the", "said", "\n", " ", "By Ann Lee", "- Jul 10", "3 min read", "#"]),
        max_size=40,
    )
)
def test_read_text_on_byline_like_material(parts):
    text = " ".join(parts)
    doc = read_text(text)
    if doc.text is not None:
        assert doc.text in text.replace("\r", "\n")
        assert doc.published_partial in (None, "--07-10")
