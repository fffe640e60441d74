"""Claims denied by name ("rejected the report", "called the allegations baseless", "the
reports of two warplanes being shot down are fake news") give the denier's zero against the
claim. Texts are invented (real state names, fictional events)."""

from __future__ import annotations

import pytest

from counterpoint.nlp import get_nlp
from counterpoint.nlp.pipeline import make_doc
from counterpoint.records import Document

CLAIM = "Iran's air defence downed two Israeli jets, Iran's state media said on Friday. "


def counts(text: str) -> list[tuple[int, str | None, str | None, bool]]:
    """(value, unit, who says so, negated) of every count the events of ``text`` carry."""
    nlp = get_nlp()
    doc = nlp(make_doc(nlp, Document("d", "<t>", "o", text, published="2025-06-14")))
    names = {a.id: a.name for a in doc._.cp_actors or []}
    seen = {(q.span, q.value): q for e in doc._.cp_events or [] for q in e.counts or []}
    return sorted(((q.value, q.unit, names.get(q.attributed_to or ""), bool(q.negated)) for q in seen.values()),
                  key=repr)


@pytest.mark.parametrize(
    "denial",
    [
        "Iran's army has not confirmed the report. Israel rejected the report.",
        "In a statement, Israel's army called the allegations completely baseless.",
    ],
)
def test_facts_dismissals_named_claim_is_the_latest_claim(denial):
    assert (0, "jets", "Israel", False) in counts(CLAIM + denial)


def test_facts_dismissals_claim_with_its_own_count():
    found = counts("Iran's air defence downed two Israeli jets on Friday. An Israeli official said the reports "
                   "of two Israeli warplanes being shot down are fake news.")
    assert (0, "warplanes", "Israel", False) in found
    assert (2, "warplanes", "Israel", True) in found  # the claim named, not Israel's figure


@pytest.mark.parametrize(
    "denial",
    [
        "In a statement, an army spokesman called the allegations completely baseless.",  # no named source
        "Israel rejected the proposal to send two jets.",  # a proposal is no claim
        "Iran's army later called the report accurate.",  # nothing dismissive
    ],
)
def test_facts_dismissals_not_a_denial(denial):
    assert not any(v == 0 for v, *_ in counts(CLAIM + denial))


def test_facts_dismissals_one_zero_per_denial():
    found = counts(CLAIM + "Israel denied the claim and said that no Israeli aircraft was lost.")
    assert [c for c in found if c[0] == 0] == [(0, "aircraft", "Israel", False)]
