"""cp_labels on invented sentences: appositions, pre-name titles, dash appositions."""

from __future__ import annotations

import pytest


def _labels(analyze, text: str, published: str | None = None) -> list[tuple[str, str]]:
    a = analyze(text, published)
    names = {x.id: x.name for x in a.actors}
    for lab in a.labels:
        assert text[lab.span[0] : lab.span[1]] == lab.label
    return [(names[lab.actor], lab.label) for lab in a.labels]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maria Lopez, the new Spanish ambassador to Italy, arrived in Rome.",
            ("Maria Lopez", "the new Spanish ambassador to Italy"),
        ),
        ("The country’s President, Viktor Orsk, gave a speech.", ("Viktor Orsk", "The country’s President")),
        (
            "The envoy travelled to Georgia and met that country's leader, Irakli Beridze.",
            ("Irakli Beridze", "that country's leader"),
        ),
        (
            "Ivan Sokolov, former Russian ambassador to the U.S. during the nineties, retired.",
            ("Ivan Sokolov", "former Russian ambassador to the U.S."),
        ),
    ],
)
def test_appositions(analyze, text: str, expected: tuple[str, str]) -> None:
    assert expected in _labels(analyze, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2019, US Secretary of State Mike Pompeo visited the capital.",
            ("Mike Pompeo", "US Secretary of State"),
        ),
        (
            "The crowd cheered for former presidential candidate Pavel Sarin.",
            ("Pavel Sarin", "former presidential candidate"),
        ),
        (
            "They praised the exiled opposition leader Olga Kasperova.",
            ("Olga Kasperova", "the exiled opposition leader"),
        ),
    ],
)
def test_pre_name_titles(analyze, text: str, expected: tuple[str, str]) -> None:
    assert expected in _labels(analyze, text)


def test_bare_honorific_is_not_a_label(analyze) -> None:
    assert _labels(analyze, "The message was passed to President Harlan yesterday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday President Teodor Varga received the envoy.", [("Teodor Varga", "President")]),
        ("The bill was signed by Mr. Teodor Varga on Monday.", []),
        ("Later Dr. Teodor Varga left the hall.", []),
    ],
)
def test_one_word_title_before_full_name(analyze, text: str, expected: list[tuple[str, str]]) -> None:
    """A role title introducing a person by full name is how the outlet presents them."""
    assert _labels(analyze, text) == expected


def test_dash_apposition_splits_two_roles(analyze) -> None:
    text = (
        "Will they trust Oleg Markov—the head of the Northern Trade Fund and Harlan’s special "
        "representative for investment—or someone else?"
    )
    labels = _labels(analyze, text)
    assert ("Oleg Markov", "the head of the Northern Trade Fund") in labels
    assert ("Oleg Markov", "Harlan’s special representative for investment") in labels


def test_no_label_without_role_noun(analyze) -> None:
    assert _labels(analyze, "Peter Lang, with his usual calm, answered every question.") == []


def test_clause_after_comma_is_not_a_label(analyze) -> None:
    assert _labels(analyze, "At noon Peter Lang, met the minister and left.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Captain Ravi Menon and First Officer Clara Dsouza were at the controls.",
            ("Clara Dsouza", "First Officer"),
        ),
        ("The jet was flown by Second Officer Maya Rao, 31, on Monday.", ("Maya Rao", "Second Officer")),
        ("Police Commissioner Arvind Kale said 40 people were hurt.", ("Arvind Kale", "Police Commissioner")),
        (
            "Captain Ravi Menon and First Officer Clara Dsouza were at the controls.",
            ("Ravi Menon", "Captain"),
        ),
    ],
)
def test_labels_titles_kept_whole(analyze, text: str, expected: tuple[str, str]) -> None:
    assert expected in _labels(analyze, text)


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "The delegation included Foreign Minister Olek Varga, Defense Minister Piotr Marsz, "
            "Kremlin aide Ivo Lenk, and Special Envoy Tom Brask.",
            [
                ("Olek Varga", "Foreign Minister"),
                ("Piotr Marsz", "Defense Minister"),
                ("Ivo Lenk", "Kremlin aide"),
                ("Tom Brask", "Special Envoy"),
            ],
            ("Piotr Marsz", "Foreign Minister Olek Varga"),
        ),
    ],
)
def test_labels_list_of_people_gives_each_their_own_title(
    analyze, text: str, expected: list[tuple[str, str]], wrong: tuple[str, str]
) -> None:
    labels = _labels(analyze, text)
    for e in expected:
        assert e in labels
    assert wrong not in labels
    assert not [lab for _who, lab in labels if "Varga," in lab or "Marsz," in lab]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin met Trump in Alaska. The Russian leader said the talks were useful.",
            ("Putin", "The Russian leader"),
        ),
        (
            "Putin met Trump in Alaska. Putin and his American counterpart shook hands.",
            ("Trump", "his American counterpart"),
        ),
        (
            "Donald Trump met Putin in Alaska. Later the US leader praised the talks.",
            ("Donald Trump", "the US leader"),
        ),
        (
            "Zelensky spoke on Saturday. The head of state noted that he receives reports.",
            ("Zelensky", "The head of state"),
        ),
    ],
)
def test_labels_ruler_descriptions_resolve_through_tenures(
    analyze, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _labels(analyze, text, published="2025-08-16")


@pytest.mark.parametrize(
    "text",
    [
        "Putin met Trump in Alaska. Later the leader praised the talks.",  # whose? two rulers
        "Putin spoke to Trump. His counterpart said nothing.",  # no state given
    ],
)
def test_labels_ruler_descriptions_stay_unresolved_when_ambiguous(analyze, text: str) -> None:
    labels = _labels(analyze, text, published="2025-08-16")
    assert not [lab for _who, lab in labels if "leader" in lab.lower() or "counterpart" in lab.lower()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said that Army Commander-in-Chief General Rama Pattanit has ordered relief work.",
            ("Rama Pattanit", "Army Commander-in-Chief General"),
        ),
        (
            "Border Security Office (BSO) Director-General Lt Gen Tariq Mahmood said the jets were safe.",
            ("Tariq Mahmood", "Border Security Office (BSO) Director-General Lt Gen"),
        ),
        (
            "The UN special rapporteur on Freedonia, Tom Andrus, condemned the attacks.",
            ("Tom Andrus", "The UN special rapporteur on Freedonia"),
        ),
        (
            "Earlier today, spokesperson Freedonia Armed Forces, Major General Asad Ghani had claimed victory.",
            ("Asad Ghani", "spokesperson Freedonia Armed Forces"),
        ),
        (
            "Three people were killed. Shiromani Akali Dal (SAD) chief Sukhbir Singh Badal said more were hurt.",
            ("Sukhbir Singh Badal", "Shiromani Akali Dal (SAD) chief"),
        ),
    ],
)
def test_labels_long_titles_kept_whole(analyze, text: str, expected: tuple[str, str]) -> None:
    assert expected in _labels(analyze, text)


def test_labels_comma_after_place_is_not_a_label(analyze) -> None:
    assert _labels(analyze, "In Minsk, Alexander Lukashenko said the talks went well.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The general told local broadcaster Kestrel News that missiles had been fired.",
            ("Kestrel News", "local broadcaster"),
        ),
        (
            "The NUG said its armed wing, the People's Defense Force, would pause attacks.",
            ("People's Defense Force", "its armed wing"),
        ),
    ],
)
def test_labels_of_organisations(analyze, text: str, expected: tuple[str, str]) -> None:
    assert expected in _labels(analyze, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The camp was run by Masood Azhar’s brother-in-law, Maulana Yousuf Azhar, officials said.",
            ("Yousuf Azhar", "Masood Azhar’s brother-in-law"),
        ),
        (
            "Alexander Lukashenko met the envoy while his son Viktor Lukashenko waited.",
            ("Viktor Lukashenko", "his son"),
        ),
        (
            "Putin met Trump on Friday. The Russian leader, a former KGB officer, praised Trump directly.",
            ("Putin", "a former KGB officer"),
        ),
    ],
)
def test_labels_kinship_and_apposition_to_a_description(
    analyze, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _labels(analyze, text, published="2025-08-16")
