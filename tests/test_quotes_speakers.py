"""Quote kinds and speakers through the full pipeline, on invented sentences."""

from __future__ import annotations

import pytest


def _quotes(analyze, text: str):
    a = analyze(text)
    names = {x.id: x.name for x in a.actors}
    return [(q.kind, names.get(q.speaker), q.speaker_text, q.text) for q in a.quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Maria Lopez, the mayor of the town, spoke on Monday. Lopez stated: “We will rebuild every bridge before the winter comes.”",
            "Maria Lopez",
        ),
        (
            "Minister Ivan Petrov travelled to Rome. Petrov had to clarify in Rome: “The plan has not changed at all since last year.”",
            "Ivan Petrov",
        ),
        (
            "“We will not accept any of these conditions from them,” said John Harrow, the union leader.",
            "John Harrow",
        ),
        (
            "Greta Olsen arrived late. “I have no idea why the meeting was moved again,” she said.",
            "Greta Olsen",
        ),
        (
            "According to Peter Novak, “the talks collapsed because nobody was ready to give anything.”",
            "Peter Novak",
        ),
    ],
)
def test_direct_quote_speaker(analyze, text: str, speaker: str) -> None:
    quotes = _quotes(analyze, text)
    assert len(quotes) == 1
    kind, name, spk_text, _ = quotes[0]
    assert kind == "direct"
    assert name == speaker
    assert spk_text


def test_unnamed_speaker_keeps_text(analyze) -> None:
    quotes = _quotes(
        analyze, "“We have achieved nothing after all these years of talks,” one senior diplomat admitted."
    )
    assert quotes[0][0] == "direct" and quotes[0][1] is None
    assert quotes[0][2] == "one senior diplomat"


@pytest.mark.parametrize(
    ("text", "kind", "quoted"),
    [
        (
            "Sarah Jennings, the envoy, emphasised that the government is “not naïve” about the offer.",
            "partial",
            "not naïve",
        ),
        ("Critics keep talking about the “bloody regime” in the capital.", "scare", "bloody regime"),
        ("The prisoners, described as “political,” were released on Friday.", "scare", "political"),
    ],
)
def test_partial_versus_scare(analyze, text: str, kind: str, quoted: str) -> None:
    quotes = _quotes(analyze, text)
    assert [(q[0], q[3]) for q in quotes] == [(kind, quoted)]
    if kind == "scare":
        assert quotes[0][1] is None and quotes[0][2] is None
    else:
        assert quotes[0][1] == "Sarah Jennings"


def test_following_quote_keeps_the_speaker(analyze) -> None:
    quotes = _quotes(analyze, '"We are ready to talk," the minister said. "But not today."')
    assert [(q[0], q[2]) for q in quotes] == [("direct", "the minister"), ("direct", "the minister")]


def test_reported_clause_without_that(analyze) -> None:
    quotes = _quotes(analyze, "Prime Minister Karl Weber said the deal was “a good start” for the region.")
    assert quotes == [("partial", "Karl Weber", "Prime Minister Karl Weber", "a good start")]


@pytest.mark.parametrize("text", ["“", "He said “", "“”", "'\n'", "“a\n\n\nb”", "«»«", "He said: “yes"])
def test_degenerate_text_never_crashes(analyze, text: str) -> None:
    a = analyze(text)
    for q in a.quotes:
        assert 0 <= q.span[0] <= q.span[1] <= len(text)
