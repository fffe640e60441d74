"""Labels set off by a comma before a name keep their lower-case "of" phrase (issue 18):
"the president's chief of staff, Ana Ruiz", "The governor of the far-north Tarn region,
Igor Vell". Texts written for this test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "person", "label"),
    [
        ("The president's chief of staff, Marta Kovalenko, posted a photo of the meeting.", "Marta Kovalenko",
         "The president's chief of staff"),
        ("The governor of the far-north Tarn region, Igor Vell, said a truck was used.", "Igor Vell",
         "The governor of the far-north Tarn region"),
        ("The head of the delegation, Omar Dane, read a statement.", "Omar Dane", "The head of the delegation"),
        ("Police said the commander of the border guard, Lena Osei, had resigned.", "Lena Osei",
         "the commander of the border guard"),
    ],
)
def test_nlp_labels_comma_apposition_with_lower_case_of_phrase(analyze, text, person, label):
    a = analyze(text, published="2025-06-13")
    names = {x.id: x.name for x in a.actors}
    assert (person, label) in [(names.get(lab.actor), lab.label) for lab in a.labels]


@pytest.mark.parametrize(
    "text",
    [
        "In the capital of the province, Omar Dane said the talks were useful.",
        "After the end of the war, Lena Osei returned home.",
    ],
)
def test_nlp_labels_fronted_phrase_before_a_name_is_no_label(analyze, text):
    a = analyze(text, published="2025-06-13")
    assert a.labels == []
