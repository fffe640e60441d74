"""Labels from a copular relative clause after a name ("X, who is now deputy head of Y,") and
from abbreviated titles before it ("Republican Sen. X"), issue 18 item 6. Texts written for
this test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "person", "label"),
    [
        ("Former Latvian President Janis Ozols, who is now deputy head of the Baltic Council, called the deal weak.",
         "Janis Ozols", "deputy head of the Baltic Council"),
        ("Democratic Sen. Martha Quillan of Oregon called the hearing a missed chance.",
         "Martha Quillan", "Democratic Sen."),
    ],
)
def test_labels_relative_clause_and_abbreviated_title(analyze, text, person, label):
    a = analyze(text, published="2025-03-01")
    names = {x.id: x.name for x in a.actors}
    assert (person, label) in [(names.get(lab.actor), lab.label) for lab in a.labels]


def test_labels_relative_clause_without_role_is_no_label(analyze):
    a = analyze("Janis Ozols, who is now living in Riga, called the deal weak.", published="2025-03-01")
    assert not [lab.label for lab in a.labels if "living" in lab.label]
