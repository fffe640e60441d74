"""cp_quotes: quotations, their kind (direct / partial / scare) and their speaker.

Finding quotes is a character scan, not a parse, so it works on any text (and never raises):
an opening mark is paired with its closing mark inside the same paragraph, inner quotes are
skipped (a quote inside a quote is not a new top-level quote), apostrophes (Belarus’s, don't)
are told apart from single quotes by the letters around them, and a quote left open at the end
of a paragraph only continues when the next paragraph re-opens it (the typographic convention);
otherwise it is dropped rather than allowed to swallow the rest of the document.

Speakers come from the parse: the subject of a speech verb before the quote ("Kellogg stated:",
"the envoy emphasised that ...") or right after it (", one EU diplomat admitted"), "according to
X", and, for a quote introduced by a colon with no speech verb, the first actor of the
introducing clause. The subject is mapped to a local actor with ``actor_at`` (pronouns resolve
through cp_actors' pronoun mentions; "it" to the nearest preceding organisation).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..records import Quote, make_id
from . import extensions  # noqa: F401
from .gazetteer import SPEECH_VERBS, doc_text

PAIRS: dict[str, str] = {"“": "”", "„": "“”", "«": "»", "‹": "›", '"': '"', "‘": "’", "'": "'", "‚": "‘’"}
DOUBLE = {"“", "„", "«", '"'}
MAX_QUOTE = 3000
SCARE_MAX_WORDS = 6
SENT_END = re.compile(r'(?<![A-Z])(?<!\b[A-Z][a-z])[.?!…][”"’»]?\s+(?=[A-Z“"‘«])')
OPEN_BEFORE = set(" \t\n\r([{—–-/:;,") | set(PAIRS)


def _is_opener(text: str, i: int) -> bool:
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if i + 1 >= len(text) or (nxt.isspace() and ch not in "«‹"):
        return False
    if ch in ("“", "„", "«", "‚", "‹"):
        return True
    if ch == '"':
        return prev in OPEN_BEFORE
    # single quotes: only at a word start, never inside a word (don't, Belarus's)
    return prev in OPEN_BEFORE and (nxt.isalnum() or nxt in '“"«')


def _is_closer(text: str, j: int, opener: str) -> bool:
    ch = text[j]
    if ch not in PAIRS[opener]:
        return False
    nxt = text[j + 1] if j + 1 < len(text) else " "
    prev = text[j - 1] if j > 0 else " "
    if opener in ("‘", "'", "‚") or (opener == '"' and ch == '"'):
        return not nxt.isalnum() and not prev.isspace()
    return True


def _find_close(text: str, i: int) -> int | None:
    """Index of the mark closing the quote opened at ``i``, or None when unbalanced."""
    opener = text[i]
    j = i + 1
    limit = min(len(text), i + MAX_QUOTE)
    depth = 0
    while j < limit:
        ch = text[j]
        if ch == "\n":
            k = j
            while k < limit and text[k] in "\n\r \t":
                k += 1
            # a quote running on into the next paragraph re-opens it there
            if k < limit and text[k] == opener and opener != "'":
                j = k + 1
                continue
            return None
        if opener in DOUBLE and ch in ("‘", "'") and _is_opener(text, j):
            inner = _find_close(text, j)
            if inner is not None and "\n" not in text[j:inner]:
                j = inner + 1
                continue
        if ch == opener and opener not in ('"', "'") and PAIRS[opener] != opener and _is_opener(text, j):
            depth += 1
        elif _is_closer(text, j, opener):
            if depth == 0:
                return j
            depth -= 1
        j += 1
    return None


def find_quote_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the words inside each top-level pair of quotation marks."""
    i, n = 0, len(text)
    while i < n:
        if text[i] in PAIRS and _is_opener(text, i):
            j = _find_close(text, i)
            if j is not None and text[i + 1 : j].strip():
                s, e = i + 1, j
                while text[s].isspace():  # French spacing inside « »
                    s += 1
                while text[e - 1].isspace():
                    e -= 1
                yield s, e
                i = j + 1
                continue
        i += 1


def _tok_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, min(char + 1, len(doc_text(doc))), alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens starting in ``[start, end)``, found by bisecting token offsets (not a full scan)."""
    if start >= end:
        return []
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [t for t in span if start <= t.idx < end]


def _subject(verb: Token) -> Token | None:
    tok = verb
    for _ in range(4):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0]
        if tok.dep_ in ("xcomp", "conj", "advcl", "aux") and tok.head.i != tok.i:
            tok = tok.head
        else:
            return None
    return None


def _resolve(doc: Doc, subj: Token, before: int, floor: int = 0) -> tuple[str | None, str]:
    start = max(subj.left_edge.idx, floor)
    end = subj.right_edge.idx + len(subj.right_edge)
    if start >= end:
        start = subj.idx
    text = doc_text(doc)[start:end].strip(" ,")
    if subj.lower_ in ("it", "they"):  # a publication or state speaking
        best, best_subj = None, None
        for m in doc._.cp_mentions or []:
            if m.span[1] <= before and m.kind != "pronoun" and before - m.span[0] < 1200:
                actor = next((a for a in doc._.cp_actors if a.id == m.actor), None)
                if actor is not None and actor.kind in ("org", "country"):
                    best = m
                    mt = _tok_at(doc, m.span[0])
                    if mt is not None and mt.dep_ in ("nsubj", "nsubjpass"):
                        best_subj = m
        best = best_subj or best
        return (best.actor, best.text) if best else (None, text)
    mentions = doc._.cp_mentions or []
    covered = [m for m in mentions if m.span[0] <= subj.idx < m.span[1]]
    if covered:
        return covered[0].actor, text
    for child in subj.children:  # "Trump’s envoy, Keith Kellogg, said"
        if child.dep_ == "appos":
            hit = [
                m for m in mentions if child.idx <= m.span[0] < child.right_edge.idx + len(child.right_edge)
            ]
            if hit:
                return hit[0].actor, text
    if subj.pos_ == "NOUN":
        return None, text  # "one EU diplomat", "Belarus’s Chief of the General Staff"
    kinds = {a.id: a.kind for a in doc._.cp_actors or []}
    own = [
        m
        for m in mentions
        if start <= m.span[0] < end
        and kinds.get(m.actor) == "person"
        and doc_text(doc)[m.span[1] : m.span[1] + 2] not in ("’s", "'s")
    ]
    if own:
        return own[-1].actor, text
    return None, text  # a description no rule ties to one actor: keep the words only


def _governs(verb: Token, quote_start: int) -> bool:
    """The quote sits in the verb's reported clause ("said the deal was “a good start”")."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp", "oprd", "dobj", "attr"):
            lo, hi = child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
            if lo <= quote_start + 1 <= hi + 1:
                return True
    return False


def _speech_verb_before(doc: Doc, toks: list[Token], quote_start: int, colon: bool) -> Token | None:
    for tok in reversed(toks):
        lemma = tok.lemma_.lower()
        if lemma in SPEECH_VERBS and (tok.pos_ in ("VERB", "AUX") or (colon and tok.pos_ == "NOUN")):
            between = doc_text(doc)[tok.idx + len(tok) : quote_start]
            if any(c in between for c in '“”"«»'):
                between = between[between.rfind(" ") :] if colon else "x"
            if colon or " that " in f" {between} " or between.strip() in ("", ","):
                return tok
            subj = _subject(tok)
            if subj is not None and subj.lower_ != "it" and _governs(tok, quote_start):
                return tok
    return None


def _speaker(doc: Doc, start: int, end: int) -> tuple[str | None, str | None, bool]:
    """(actor id, speaker text, embedded) for the quote whose inner span is ``start:end``."""
    text = doc_text(doc)
    open_at = start - 1
    para_start = text.rfind("\n", 0, open_at) + 1
    sent_start = para_start
    for m in SENT_END.finditer(text, para_start, open_at + 1):
        sent_start = m.end()
    prefix = text[sent_start:open_at].rstrip()
    colon = prefix.endswith(":")
    embedded = bool(prefix) and not colon and not prefix.endswith(",") and not prefix.endswith(("—", "–"))
    pre_toks = _tokens_between(doc, sent_start, open_at)
    verb = _speech_verb_before(doc, pre_toks, open_at, colon)
    if verb is not None:
        subj = _subject(verb)
        if subj is not None and subj.idx < sent_start:  # the parse ran across a heading
            first = [m for m in doc._.cp_mentions or [] if sent_start <= m.span[0] < verb.idx]
            if first:
                return first[0].actor, text[first[0].span[0] : verb.idx].strip(), embedded
        if subj is not None:
            actor, spk = _resolve(doc, subj, open_at, sent_start)
            return actor, spk, embedded
    for t in pre_toks:  # "According to X"
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            objs = [c for c in doc[t.i + 1].children if c.dep_ == "pobj"]
            if objs:
                actor, spk = _resolve(doc, objs[0], open_at)
                return actor, spk, embedded
    if not embedded and not colon:
        # “...,” one EU diplomat admitted. / “...,” said Kellogg.
        close_at = end + 1
        stop = len(text)
        for mark in (". ", ".\n", "? ", "! "):
            k = text.find(mark, close_at)
            if k >= 0:
                stop = min(stop, k + 1)
        stop = min(stop, close_at + 120)
        post = _tokens_between(doc, close_at, stop)[:10]
        for t in post:
            if t.lemma_.lower() in SPEECH_VERBS and t.pos_ in ("VERB", "AUX"):
                subj = _subject(t)
                if subj is not None and subj.idx >= close_at:
                    actor, spk = _resolve(doc, subj, open_at)
                    return actor, spk, embedded
                break
    if colon:
        for m in doc._.cp_mentions or []:
            if sent_start <= m.span[0] < open_at:
                mt = _tok_at(doc, m.span[0])
                if mt is not None and (mt.dep_ == "poss" or text[m.span[1] : m.span[1] + 2] in ("’s", "'s")):
                    continue
                return m.actor, m.text, embedded
    return None, None, embedded


def build_quotes(doc: Doc) -> list[Quote]:
    doc_id = doc._.cp_doc_id or ""
    out: list[Quote] = []
    for start, end in find_quote_spans(doc_text(doc)):
        qtext = doc_text(doc)[start:end]
        try:
            actor, spk, embedded = _speaker(doc, start, end)
        except (IndexError, ValueError):  # a pathological parse never loses the quote
            actor, spk, embedded = None, None, True
        words = len(qtext.split())
        prev = out[-1] if out else None
        if (
            spk is None
            and not embedded
            and prev is not None
            and prev.speaker_text
            and prev.kind == "direct"
            and "\n" not in doc_text(doc)[prev.span[1] : start]
            and start - prev.span[1] < 200
        ):
            # “We are ready,” the minister said. “But not today.” — the same speaker goes on
            actor, spk = prev.speaker, prev.speaker_text
        if spk is not None:
            kind = "partial" if embedded else "direct"
        elif words <= SCARE_MAX_WORDS:
            kind = "scare"
            stripped = qtext.rstrip(",.;:")
            end = start + len(stripped)
            qtext = stripped
        else:
            kind = "partial" if embedded else "direct"
        out.append(Quote(make_id("q", doc_id, start, end), doc_id, actor, spk, kind, qtext, (start, end)))
    return out


@Language.factory("cp_quotes")
def make_component(nlp: Language, name: str) -> Component:
    return Component()


class Component:
    """Writes ``doc._.cp_quotes``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.cp_quotes = build_quotes(doc)
        return doc
