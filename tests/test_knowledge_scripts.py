"""An actor's name in one chosen script with its other spellings (knowledge/scripts.py), on
invented names written for these tests."""

from __future__ import annotations

import pytest

from counterpoint.knowledge.scripts import check_script, display_name

WELLS = ["Том Уэллс", "Томом Уэллсом", "Уэллс", "Уэллса", "Tom Wells", "Wells"]


@pytest.mark.parametrize(
    ("name", "aliases", "script", "shown", "also"),
    [
        # canonical Latin name, Cyrillic spellings beside it; case forms and bare surnames dropped
        ("Tom Wells", WELLS, "latin", "Tom Wells", ["Том Уэллс"]),
        ("Tom Wells", WELLS, "cyrillic", "Том Уэллс", ["Tom Wells"]),
        ("Tom Wells", WELLS, "as-written", "Tom Wells", ["Том Уэллс"]),
        # a Cyrillic canonical name: latin picks the actor's own fullest Latin spelling
        ("Ивар Брегенко", ["Брегенко", "Bregenko", "Ivar Bregenko"], "latin", "Ivar Bregenko", ["Ивар Брегенко"]),
        ("Ивар Брегенко", ["Брегенко", "Bregenko", "Ivar Bregenko"], "cyrillic", "Ивар Брегенко", ["Ivar Bregenko"]),
        # two transliterations of one surname are both spellings
        ("Ivar Bregenko", ["Брегенко", "Ivar Brehenka"], "latin", "Ivar Bregenko", ["Брегенко", "Ivar Brehenka"]),
        # only Cyrillic: latin romanises (BGN/PCGN), the written form is listed
        ("Ивар Брегенко", ["Ивара Брегенко"], "latin", "Ivar Bregenko", ["Ивар Брегенко"]),
        # only Latin: cyrillic keeps it as written (no invented Cyrillic form)
        ("Tom Wells", ["Wells"], "cyrillic", "Tom Wells", []),
        # feminine case forms (Анной Жук) are grammar, not spellings
        ("Анна Жук", ["Анной Жук", "Anna Zhuk"], "cyrillic", "Анна Жук", ["Anna Zhuk"]),
    ],
)
def test_knowledge_scripts_display_name(name, aliases, script, shown, also):
    assert display_name(name, aliases, script) == (shown, also)


@pytest.mark.parametrize(("script", "expected"), [(None, "latin"), ("cyrillic", "cyrillic"), ("as-written", "as-written")])
def test_knowledge_scripts_check_script_accepts(script, expected):
    assert check_script(script) == expected


@pytest.mark.parametrize("script", ["greek", "Latin", "cyr"])
def test_knowledge_scripts_check_script_refuses(script):
    with pytest.raises(ValueError, match="latin, cyrillic, as-written"):
        check_script(script)

