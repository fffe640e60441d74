"""``event_args.subtree_ends`` must give what ``list(tok.subtree)[0]`` and ``[-1]`` give (the
clause, argument and quantity spans of events were read that way), including on a
non-projective parse, where ``left_edge``/``right_edge`` differ from those ends."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from counterpoint.nlp.event_args import subtree_ends


def _ends(tok):
    sub = list(tok.subtree)
    return sub[0].i, sub[-1].i


def test_event_args_subtree_ends_match_subtree_on_projective_parse():
    # "The mayor of Lanford said the new bridge opened on Monday ."
    words = ["The", "mayor", "of", "Lanford", "said", "the", "new", "bridge", "opened", "on", "Monday", "."]
    heads = [1, 4, 1, 2, 4, 7, 7, 8, 4, 8, 9, 4]
    deps = ["det", "nsubj", "prep", "pobj", "ROOT", "det", "amod", "nsubj", "ccomp", "prep", "pobj", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    for tok in doc:
        f, last = subtree_ends(tok)
        assert (f.i, last.i) == _ends(tok)
    assert (subtree_ends(doc[8])[0].i, subtree_ends(doc[8])[1].i) == (5, 10)


def test_event_args_subtree_ends_follow_subtree_order_on_non_projective_parse():
    # A right child of "saw" (index 1) whose own left child sits left of "saw": subtree order
    # starts with "saw"'s first left child, not the leftmost descendant.
    words = ["Yesterday", "saw", "a", "crowd", "that", "gathered"]
    heads = [5, 1, 3, 1, 5, 3]
    deps = ["npadvmod", "ROOT", "det", "dobj", "nsubj", "relcl"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    saw = doc[1]
    assert saw.left_edge.i == 0  # the extreme index, which subtree does not yield first
    assert _ends(saw) == (1, 5)
    assert (subtree_ends(saw)[0].i, subtree_ends(saw)[1].i) == _ends(saw)
    for tok in doc:
        assert (subtree_ends(tok)[0].i, subtree_ends(tok)[1].i) == _ends(tok)
