"""knowledge.offices: who headed which state on a date (data/tenures.json)."""

from __future__ import annotations

import pytest

from counterpoint.knowledge.offices import head_of_state


@pytest.mark.parametrize(
    ("name", "published", "country"),
    [
        ("Putin", "2025-08-16", "RUS"),
        ("Vladimir Putin", None, "RUS"),
        ("Donald Trump", "2025-08-16", "USA"),
        ("Bush", "1990-05-01", "USA"),  # a shared surname answers when one of them held office
    ],
)
def test_offices_head_of_state_on_date(name: str, published: str | None, country: str) -> None:
    tenure = head_of_state(name, published)
    assert tenure is not None and tenure.country == country


@pytest.mark.parametrize(
    ("name", "published"),
    [("Trump", "2022-01-01"), ("Bush", None), ("Sabharwal", "2025-06-12"), ("Medvedev", "2025-01-01")],
)
def test_offices_not_in_office_or_unknown_is_none(name: str, published: str | None) -> None:
    assert head_of_state(name, published) is None


def test_knowledge_offices_head_of_state_any_script():
    """A Cyrillic spelling is the listed person it can denote, on the publication date only;
    an unlisted name, or one whose term had not begun, answers None."""
    from counterpoint.knowledge.offices import head_of_state_any_script

    assert head_of_state_any_script("Эмманюэль Макрон", "2025-06-23").country == "FRA"
    assert head_of_state_any_script("Кир Стармер", "2025-06-23").country == "GBR"
    assert head_of_state_any_script("Кир Стармер", "2020-06-23") is None  # not yet in office
    assert head_of_state_any_script("Иван Макронов", "2025-06-23") is None
    assert head_of_state_any_script("Emmanuel Macron", "2025-06-23").country == "FRA"
