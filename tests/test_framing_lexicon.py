"""cp_framing: lexicon and rule hits, their SemEval technique names, and target attachment."""

from __future__ import annotations

import pytest

from counterpoint.nlp.framing import find_framing, find_target, lexicon
from counterpoint.records import Label, Mention, Quote


def run(nlp, text: str, mentions: list[tuple[str, str]] = (), quotes: list[Quote] = (), labels=()):
    """Parse with the model only, then put hand-made mentions/quotes on the Doc."""
    doc = nlp.make_doc(text)
    for _, proc in nlp.pipeline:
        if _ == "cp_actors":
            break
        doc = proc(doc)
    ms = []
    for surface, actor in mentions:
        i = text.index(surface)
        ms.append(Mention("d", actor, surface, (i, i + len(surface))))
    doc._.cp_doc_id = "d"
    doc._.cp_mentions = ms
    doc._.cp_quotes = list(quotes)
    doc._.cp_labels = [Label("d", actor, lab, (0, 1)) for lab, actor in labels]
    return doc, find_framing(doc)


@pytest.mark.parametrize(
    ("text", "kind", "phrase"),
    [
        ("Critics described a brutal crackdown on protesters.", "loaded_language", "brutal crackdown"),
        ("The vote was blatantly rigged, observers said.", "loaded_language", "blatantly rigged"),
        ("Exiles spoke of the bloody regime.", "name_calling", "bloody regime"),
        ("Protesters called him a dictator.", "name_calling", "dictator"),
        ("The dictators of the region met.", "name_calling", "dictators"),
        ("He is a puppet of Moscow.", "name_calling", "puppet"),
        ("The so-called referendum passed.", "doubt", "so-called referendum"),
        ("The minister allegedly took bribes.", "doubt", "allegedly"),
        ("It is widely believed that the talks failed.", "doubt", "widely believed"),
        ("The idea is a sheer absurdity.", "loaded_language", "sheer absurdity"),
        ("Émigrés tell horror stories about the prisons.", "appeal_to_fear", "horror stories"),
        ("The police were merciless.", "loaded_language", "merciless"),
        ("Only a handful of people attended, a mere protest.", "exaggeration", "a handful of"),
        ("They showed double standards on human rights.", "whataboutism", "double standards"),
        ("Every citizen must defend the motherland.", "flag_waving", "motherland"),
        (
            "The crisis happened solely because of foreign meddling.",
            "causal_oversimplification",
            "solely because",
        ),
    ],
)
def test_lexicon_hits(nlp, text, kind, phrase):
    _, found = run(nlp, text)
    hits = [(f.kind, f.text) for f in found]
    assert (kind, phrase) in hits
    f = next(f for f in found if f.text == phrase)
    assert 0 < f.score <= 1 and f.rule and f.doc == "d"
    assert text[f.span[0] : f.span[1]] == phrase


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions regime was extended.",
        "The ministers met in the capital on Tuesday.",
        "He was freed in June.",
    ],
)
def test_neutral_text_has_no_framing(nlp, text):
    assert run(nlp, text)[1] == []


def test_longest_match_wins(nlp):
    _, found = run(nlp, "The election was blatantly rigged.")
    assert [f.text for f in found] == ["blatantly rigged"]


@pytest.mark.parametrize(
    ("text", "mentions", "phrase", "target"),
    [
        (
            "The bloody regime of Vasyl Hrytsenko jailed critics.",
            [("Vasyl Hrytsenko", "a_h")],
            "bloody regime",
            "a_h",
        ),
        ("Koval called Hrytsenko a dictator.", [("Koval", "a_k"), ("Hrytsenko", "a_h")], "dictator", "a_h"),
        ("Hrytsenko's henchmen beat the marchers.", [("Hrytsenko", "a_h")], "henchmen", "a_h"),
        ("It rained. The so-called referendum passed.", [], "so-called referendum", None),
        (
            "Hrytsenko spoke in Tarn. Later that day, the envoy said the crackdown was brutal.",
            [("Hrytsenko", "a_h")],
            "brutal",
            None,
        ),
    ],
    ids=["of-phrase", "object-predicative", "possessor", "no-mentions", "other-sentence"],
)
def test_target_attachment(nlp, text, mentions, phrase, target):
    _, found = run(nlp, text, mentions)
    f = next(f for f in found if f.text == phrase)
    assert f.target == target


@pytest.mark.parametrize(
    ("text", "labels", "phrase", "target"),
    [
        ("In Tarn, the dictator has used releases before, Koval said.", [], "dictator", None),
        ("Policy was built on isolating the ruling regime, Washington said.", [], "regime", None),
        ("Later the strongman met Koval.", [("the strongman", "a_h")], "strongman", "a_h"),
    ],
    ids=["definite-referring", "definite-referring-2", "document-label"],
)
def test_referring_phrases(nlp, text, labels, phrase, target):
    mentions = [(m, a) for m, a in (("Koval", "a_k"), ("Washington", "a_us")) if m in text]
    _, found = run(nlp, text, mentions, labels=labels)
    assert next(f for f in found if f.text == phrase).target == target


def test_scare_quotes_become_framing(nlp):
    text = 'State media praised the "humanitarian gesture" by Hrytsenko.'
    i = text.index("humanitarian")
    q = Quote("q", "d", None, None, "scare", "humanitarian gesture", (i, i + len("humanitarian gesture")))
    direct = Quote("q2", "d", None, None, "direct", "humanitarian gesture", q.span)
    doc, found = run(nlp, text, [("Hrytsenko", "a_h")], [q, direct])
    scare = [f for f in found if f.kind == "scare_quote"]
    assert len(scare) == 1 and scare[0].text == "humanitarian gesture" and scare[0].target == "a_h"
    assert find_target(doc, 0, 5, []) is None


def test_lexicon_is_documented():
    lex = lexicon()
    kinds = {e["kind"] for e in lex["entries"]}
    assert kinds == {
        "loaded_language",
        "name_calling",
        "doubt",
        "exaggeration",
        "appeal_to_fear",
        "whataboutism",
        "flag_waving",
        "causal_oversimplification",
    }
    assert all(0 < e["score"] <= 1 and e["phrase"] == e["phrase"].lower() for e in lex["entries"])
    assert lex["tone"]["positive"] and lex["tone"]["negative"]


def test_component_on_full_pipeline(analyze):
    res = analyze(
        "Opposition leader Anna Koval said the brutal crackdown ordered by Vasyl Hrytsenko must end.",
        published="2025-03-03",
    )
    f = next(f for f in res.framing if f.text == "brutal crackdown")
    assert f.kind == "loaded_language"


@pytest.mark.parametrize("text", ["Brutal crackdown.", "The regime, again", "Dictators everywhere!"])
def test_verbless_fragments_terminate(nlp, text):
    """Regression: climbing to a clause head must stop at the root of a verbless fragment."""
    _, found = run(nlp, text, [("The", "a_x")] if text.startswith("The") else [])
    assert found
