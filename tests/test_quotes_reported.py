"""Quote speakers the reporting clause gives (issue 18, item 5), on invented sentences: a
quoted phrase inside reported speech, a relative-pronoun speaker, "according to X" closing the
sentence, "X quoted Y as saying", a definite role that refers
back to an unnamed source, and a pronoun never resolved to a place."""

from __future__ import annotations

import pytest


def _speakers(analyze, text: str) -> list[tuple[str, str | None, str | None, str]]:
    a = analyze(text)
    names = {x.id: x.name for x in a.actors}
    return [(q.kind, names.get(q.speaker), q.speaker_text, q.text) for q in a.quotes]


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (  # a speech-act verb's clause: the accuser's words
            "Anna Verholt spoke in Oslo on Monday. She accused the mayor of being “careless with public money.”",
            "careless with public money.",
            "Anna Verholt",
        ),
        (  # a speech noun's owner
            "Governor Paul Brenning opened the bridge, and Brenning's remarks that the project will “pay for itself” "
            "drew applause.",
            "pay for itself",
            "Paul Brenning",
        ),
    ],
)
def test_quotes_reported_clause_names_speaker(analyze, text: str, quoted: str, speaker: str) -> None:
    got = [q for q in _speakers(analyze, text) if q[3] == quoted]
    assert got and got[0][0] == "partial"
    assert got[0][1] == speaker


def test_quotes_reported_one_word_stays_scare(analyze) -> None:
    got = _speakers(analyze, "Anna Verholt accused the council of a “criminal cover-up” in the harbour deal.")
    assert [q[0] for q in got] == ["scare"]


def test_quotes_relative_pronoun_speaker(analyze) -> None:
    got = _speakers(
        analyze,
        "The plan was rejected by Senator Laura Whitcombe, who said the budget was “far too small to matter” "
        "for the region.",
    )
    assert got[0][1] == "Laura Whitcombe"
    assert got[0][2] == "Senator Laura Whitcombe"


def test_quotes_according_to_after_quote(analyze) -> None:
    got = _speakers(
        analyze,
        "Petra Lindqvist arrived in Rome on Friday. Delegates will meet on Sunday to discuss "
        "“a lasting settlement for the valley” in the north, according to the Norwegian Red Cross.",
    )
    assert got[0][2] == "the Norwegian Red Cross"


def test_quotes_quoted_as_saying_names_object(analyze) -> None:
    got = _speakers(
        analyze,
        "Later, the Kremlin quoted Oleg Varnavin as saying that the offer had “insulted every farmer in the region”.",
    )
    assert got[0][1] == "Oleg Varnavin"


def test_quotes_definite_role_takes_unnamed_antecedent(analyze) -> None:
    got = _speakers(
        analyze,
        "Talks on the grain corridor went on late, a Chilean trade ministry source said.\n"
        "Chile is ready to mediate but remains committed to “the free passage of every ship,” the source said.",
    )
    assert got[-1][2] == "a Chilean trade ministry source"


def test_quotes_pronoun_never_a_temple(analyze) -> None:
    text = ("Dara Sokhanna visited the border on Monday. Troops fired shots near Wat Keo Sokunthea later that day.\n"
            "“Our troops did not shoot first at any point,” she said.")
    assert not [x for x in analyze(text).actors if x.name.startswith("Wat ")]
    assert _speakers(analyze, text)[0][1] == "Dara Sokhanna"


def test_quotes_reported_empty_subject_reports_nobody(analyze) -> None:
    got = _speakers(
        analyze,
        "Moscow praised the talks on Monday. It is telling how activists in the north, previously thought jailed "
        "“for democratic ideals,” are now being judged in such cold terms.",
    )
    assert got[0][0] == "scare" and got[0][1] is None
