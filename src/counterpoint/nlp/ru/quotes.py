"""Russian quotes with their speakers, in ``records.Quote``.

Quotes are found in «ёлочки» (with „лапки“ nested inside or used alone, and “…”), in straight
"…" marks on one line (the agencies' wire copy, TASS among them, writes those), and as
dash-led direct speech ("— Мы готовы к диалогу, — сказал он."). A quotation interrupted by its
attribution inside one pair of marks («Мы договорились, — заявил X. — Сделки нет») is two
quotes with one speaker. The speaker comes from, in
order: the speech segment after the quote (", — заявил X", "— сообщил он"); the clause before
it ending in a colon ("X заявил: «…»"); a speech verb or phrase elsewhere in the sentence
("X подчеркнул, что «…»", "по словам X", "как сообщает X"); a person named right before
the colon ("выступил X: «…»"). A speech segment naming only a title or a document ("— сказал
представитель Кремля", "— говорится в сообщении") credits whoever a speech verb credited in
the sentences just before; "заявили в Минобороны" credits the ministry. A quotation that is a
paragraph of its own with no attribution continues the speaker the sentence before credits; a
«… opening a paragraph and left open (over several paragraphs, or cut off) ends with it. Speech verbs and phrases are the
lists in ``data/ru/lexicon.json``. Kinds follow the English component: ``direct`` (a sentence
or more, or after a colon or dash), ``partial`` (words embedded in the writer's sentence),
``scare`` (a few lower-case words no one is credited with: «экстремисты»). A short capitalised
quoted name with no speaker («Белавиа», «Вясна») is a name, not a quote.
"""

from __future__ import annotations

import bisect
import functools
import re

from ...records import Quote, make_id
from .actors import RuActors
from .base import RuDoc, Tok, data

_PAIRS = (("«", "»"), ("„", "“"), ("“", "”"))
# the dash after a quote: an em or en dash, or a spaced hyphen ("...", - отмечает X)
_AFTER = re.compile(r"^\s*[,!?.…]*\s*(?:[—–]|-(?=\s))\s*")
# straight double quotes on one line: not glued to a word on the outside, not empty inside
_STRAIGHT = re.compile(r'(?<![\w"])"(?=[^\s"])([^"\n]*?[^\s"])"(?!\w)')
# an attribution inside one pair of marks: «A, — заявил X. — B»
_INNER_OPEN = re.compile(r"[,!?.…]?\s+[—–]\s+")
_INNER_CLOSE = re.compile(r"[,.!?…]\s+[—–]\s+")
_SEGMENT_END = re.compile(r"[.!?…]|[,.]\s*[—–]\s")
SCARE_MAX_WORDS = 3


def _marked(text: str) -> list[tuple[int, int]]:
    """(open, close) positions of quotation-mark pairs, outermost first for «» nesting."""
    out: list[tuple[int, int]] = []
    taken: list[tuple[int, int]] = []
    for op, cl in _PAIRS:
        stack: list[int] = []
        for k, ch in enumerate(text):
            if ch == op and (op != cl):
                if op == "“" and any(a < k <= b for a, b in taken):
                    continue  # a closing „…“ mark, not an opening one
                stack.append(k)
            elif ch == cl and stack:
                o = stack.pop()
                if not stack or op == "«":
                    if not any(a < o < b for a, b in taken):
                        out.append((o, k))
                        taken.append((o, k))
    for m in _STRAIGHT.finditer(text):
        o, k = m.start(), m.end() - 1
        if not any(a <= o <= b or a <= k <= b for a, b in taken):  # not nested in «…»
            out.append((o, k))
    return sorted(out)


_CLOSERS = frozenset(cl for _op, cl in _PAIRS) | {'"'}


def _unclosed(text: str, marked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """«…» that opens a paragraph and is not closed before the paragraph ends: a quotation
    running on over paragraphs (Russian closes only the last one) or cut off with the text.
    (open, paragraph end); the marks found by :func:`_marked` are not repeated."""
    out = []
    for m in re.finditer(r"(?m)^[ \t]*«", text):
        o = m.end() - 1
        end = text.find("\n", o)
        end = len(text) if end < 0 else end
        if "»" not in text[o:end] and not any(a <= o <= b for a, b in marked):
            out.append((o, end))
    return out


def _interrupted(rd: RuDoc, ra: RuActors, o: int, c: int) -> tuple[int, int, tuple[str, str] | None] | None:
    """«A, — заявил X на пресс-конференции. — B»: (end of A, start of B, X) when the marks
    hold a dash-led speech segment with a speech verb and the quotation resumes after it."""
    inner = rd.text[o + 1 : c]
    for m in _INNER_OPEN.finditer(inner):
        lo = o + 1 + m.end()
        resume = _INNER_CLOSE.search(rd.text, lo, c)
        if resume is None:
            return None
        verbs = _speech_tokens(rd, lo, resume.start())
        if not verbs:
            continue
        found = next((f for v in verbs if (f := speaker_of_verb(rd, ra, v))), None)
        return o + 1 + m.start(), resume.end(), found
    return None


def _speech_tokens(rd: RuDoc, lo: int, hi: int) -> list[int]:
    """Speech verbs between characters lo and hi (a binary search finds the first token)."""
    verbs = speech_verbs()
    out = []
    for t in rd.toks[bisect.bisect_left(rd._starts(), lo) :]:
        if t.start >= hi:
            break
        if t.end <= hi and t.lemma in verbs and t.pos == "VERB":
            out.append(t.i)
    return out


@functools.lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    return frozenset(data("lexicon")["speech_verbs"])


CLAUSE_RELS = frozenset(("conj", "parataxis", "ccomp", "advcl"))


def subtree(rd: RuDoc, i: int, clause: bool = False) -> list[int]:
    """Token indices dominated by token ``i`` (itself included), within its sentence; with
    ``clause``, coordinated and subordinate clauses of a verb are left out ("помиловал ..., а
    военные примут участие ..." keeps the second clause's date to itself)."""
    out, todo = {i}, [i]
    while todo:
        k = todo.pop()
        for t in rd.children(k):
            if t.i not in out:
                if clause and t.rel in CLAUSE_RELS and t.pos in ("VERB", "AUX"):
                    continue
                out.add(t.i)
                todo.append(t.i)
    return sorted(out)


def _actor_in(rd: RuDoc, ra: RuActors, idx: list[int], last: bool = False) -> tuple[str, str] | None:
    """(actor id, speaker text) of the first mention among tokens ``idx``, persons first; with
    ``last``, the last person: a title's holder closes its phrase ("помощник Дональда Трампа
    Стив Уиткофф", "постпред Камбоджи при ООН Чхеа Кео")."""
    found = []
    for k in idx:
        t = rd.toks[k]
        m = ra.at(t.start, t.end)
        if m is not None:
            found.append(m)
    if not found:
        return None
    persons = [m for m in found if ra.kind(m.actor) == "person"]
    m = persons[-1] if last and persons else (persons or found)[0]
    if m.kind == "pronoun":
        name = next((a.name for a in ra.actors if a.id == m.actor), m.text)
        return m.actor, name
    return m.actor, m.text


def speaker_of_verb(rd: RuDoc, ra: RuActors, v: int, back: bool = True) -> tuple[str, str] | None:
    """The subject of a speech verb as an actor (the whole subject phrase is searched, so
    "пресс-служба президента" finds the president only when nothing closer is named); for a
    verb of quoting, the one quoted (:func:`_quoted_one`); with no subject, the issuer of
    the document it names (:func:`_issuer`). A subject that is a bare title or outlet noun
    ("как отмечает телеканал", "добавил собеседник агентства") is, with ``back``, whoever the
    text credited last (:func:`_last_credited`)."""
    quoted = _quoted_one(rd, ra, v)
    if quoted is not None:
        return quoted
    if _quotes_someone(rd, v):
        return None  # "цитируют источники журналисты Reuters": the sources speak, not Reuters
    for c in rd.children(v):
        if c.rel in ("nsubj", "nsubj:pass"):
            own = _actor_in(rd, ra, [c.i])
            if own:
                return own
            titled = c.lemma in data("words")["roles"] and not any(g.rel == "conj" for g in rd.children(c.i))
            found = _actor_in(rd, ra, subtree(rd, c.i), last=titled)
            if found and ra.kind(found[0]) == "country" and c.lemma in data("words")["roles"]:
                return _titled_person(rd, ra, c.lemma, found[0], rd.toks[v].start) or found
            if found is None and back and _title_only(rd, c):
                return _last_credited(rd, ra, rd.toks[v].start)
            return found
    return _issuer(rd, ra, v) or _controller(rd, ra, v)


def _controller(rd: RuDoc, ra: RuActors, v: int) -> tuple[str, str] | None:
    """"Вэнс отреагировал ... и начал говорить, что ...": a speech verb with no subject of its
    own, controlled by or coordinated with a verb that has one, is that subject's."""
    t = rd.toks[v]
    for _ in range(3):
        # the controlling or first coordinated verb comes before; a head after it is a misparse
        if t.rel not in ("xcomp", "conj") or t.head is None or t.head > t.i:
            return None
        t = rd.toks[t.head]
        subj = next((c for c in rd.children(t.i) if c.rel == "nsubj"), None)
        if subj is not None:
            return _actor_in(rd, ra, [subj.i]) or _actor_in(rd, ra, subtree(rd, subj.i))
    return None


def _title_only(rd: RuDoc, c: Tok) -> bool:
    """A subject that names no one but a title or an outlet ("телеканал", "представитель"), with
    no second subject coordinated to it."""
    words = data("words")
    return (c.lemma in words["roles"] or c.lemma in words["org_roles"]) and not any(
        g.rel == "conj" for g in rd.children(c.i))


def _titled_person(rd: RuDoc, ra: RuActors, role: str, country: str, pos: int) -> tuple[str, str] | None:
    """"— сказал президент Украины" with no person titled so in the text: a person's role of
    a state is that person, not the state. The state's head on the publication date when the
    role heads a state (``head_of_state_roles`` in data/ru/words.json) and the document names
    them; else the person the text credited last with a speech verb (:func:`_last_credited`)."""
    if role in data("words")["head_of_state_roles"]:
        iso = next((a.country for a in ra.actors if a.id == country), None)
        head = ra.leader(iso, rd.published) if iso else None
        if head:
            return head, next(a.name for a in ra.actors if a.id == head)
    last = _last_credited(rd, ra, pos)
    return last if last and ra.kind(last[0]) == "person" else None


def _issuer(rd: RuDoc, ra: RuActors, v: int) -> tuple[str, str] | None:
    """"говорится в заявлении МИД", "пишет в своем телеграм-канале X": with no subject, the
    one whose document the verb says it is in (``quoting.document_nouns``)."""
    nouns = set(data("lexicon")["quoting"]["document_nouns"])
    if impersonal(rd.toks[v]) and any(c.lower in data("lexicon")["quoting"]["place_adverbs"] for c in rd.children(v)):
        return _last_credited(rd, ra, rd.toks[v].start)  # "Там сказали": those the text just credited
    for c in rd.children(v):
        if c.rel == "obl" and c.lemma in nouns and any(k.lower in ("в", "во") for k in rd.children(c.i)):
            found = _actor_in(rd, ra, [k for k in subtree(rd, c.i) if k != c.i])
            if found:
                return found
        # "заявили в Минобороны", "в Таиланде заявили": an organisation or a state as the place
        # the words come from speaks itself (its officials, unnamed)
        if c.rel == "obl" and any(k.lower in ("в", "во") for k in rd.children(c.i)):
            m = ra.at(c.start, c.end)
            kind = ra.kind(m.actor) if m is not None else None
            if m is not None and (kind == "org" or kind == "country" and impersonal(rd.toks[v])):
                return m.actor, m.text
    return None


def impersonal(t: Tok) -> bool:
    """A verb in the third person plural or the plural past with no subject ("заявили",
    "сообщают"): Russian's way of saying "officials there said"."""
    return t.feats.get("Number") == "Plur" and t.feats.get("Person") in ("3", None)


def _quoted_one(rd: RuDoc, ra: RuActors, v: int) -> tuple[str, str] | None:
    """"цитирует министра агентство", "приводит слова министра издание": the quoted one is the
    speaker, the subject only passes the words on (``quoting`` in data/ru/lexicon.json)."""
    table = data("lexicon")["quoting"]
    lemma = rd.toks[v].lemma
    if lemma not in table["verbs"] and lemma not in table["words_verbs"]:
        return None
    for c in rd.children(v):  # every object: the parse can make the subject one too ("Белый дом")
        if c.rel != "obj":
            continue
        if c.lemma in table["words"]:
            found = _actor_in(rd, ra, [k for k in subtree(rd, c.i) if k != c.i])
        else:
            found = _actor_in(rd, ra, subtree(rd, c.i)) if lemma in table["verbs"] else None
        if found:
            return found
    return None


def _quotes_someone(rd: RuDoc, v: int) -> bool:
    """A verb of quoting with an object ("цитируют правительственные источники"): the words
    are the object's even when it names no actor, so the subject who quotes is no speaker.
    In the inverted order the parser can tag the object a second subject; two subjects of a
    verb of quoting count as an object and a subject."""
    table = data("lexicon")["quoting"]
    lemma = rd.toks[v].lemma
    kids = rd.children(v)
    if lemma in table["verbs"] and sum(c.rel == "nsubj" for c in kids) >= 2:
        return True
    return any(c.rel == "obj" and (lemma in table["verbs"] or lemma in table["words_verbs"] and c.lemma in table["words"])
               for c in kids)


def speaker_of_phrase(rd: RuDoc, ra: RuActors, lo: int, hi: int) -> tuple[str, str] | None:
    """"по словам X", "по данным X", "как сообщает X" between characters lo and hi."""
    low = rd.text[lo:hi].lower().replace("ё", "е")
    for phrase in data("lexicon")["speech_phrases"]:
        k = low.find(phrase)
        if k < 0 or (k > 0 and low[k - 1].isalpha()):
            continue
        t = rd.tok_at(lo + k + len(phrase) - 1)
        if t is None:
            continue
        # the noun of the phrase ("словам") or the verb ("сообщает"); its dependents name X
        if t.pos == "VERB":
            found = speaker_of_verb(rd, ra, t.i)
        else:
            found = _actor_in(rd, ra, [j for j in subtree(rd, t.i) if rd.toks[j].start >= lo + k and j != t.i])
        if found:
            return found
    return None


def sentence_speaker(rd: RuDoc, ra: RuActors, sent: int, skip: tuple[int, int] | None = None,
                     near: int | None = None) -> tuple[str, str] | None:
    """Who a sentence credits: the subject of a speech verb outside ``skip``, or a phrase.
    With ``near`` (a quote's position), the speech verbs before it come first, the closest
    first: in "«A», — сказал X, в то время как Y утверждал, что они «B»" B is Y's."""
    s = rd.sents[sent]
    verbs = _speech_tokens(rd, s.start, s.end)
    if near is not None:
        verbs = sorted(verbs, key=lambda v: (rd.toks[v].start > near, abs(near - rd.toks[v].start)))
    for v in verbs:
        if skip and skip[0] <= rd.toks[v].start < skip[1]:
            continue
        found = speaker_of_verb(rd, ra, v)
        if found:
            return found
    return speaker_of_phrase(rd, ra, s.start, s.end)


def _after(rd: RuDoc, ra: RuActors, pos: int) -> tuple[str, str] | None:
    """The speech segment right after a quote: ", — заявил X." / "— сообщил он, —"."""
    m = _AFTER.match(rd.text[pos:])
    if not m:
        return None
    lo = pos + m.end()
    end = _SEGMENT_END.search(rd.text, lo)
    hi = end.start() if end else len(rd.text)
    for v in _speech_tokens(rd, lo, hi):
        found = speaker_of_verb(rd, ra, v)
        if found:
            return found
    verbs = _speech_tokens(rd, lo, hi)
    if any(_quotes_someone(rd, v) for v in verbs):
        return None  # the one quoted names no actor; whoever passes the words on is not the speaker
    if verbs:
        return _actor_in(rd, ra, [t.i for t in rd.starting_in(lo, hi)]) or _last_credited(rd, ra, pos)
    return speaker_of_phrase(rd, ra, lo, hi)


LOOKBACK_SENTS = 3  # sentences before a quote that an unnamed speaker ("сказал представитель") looks in


def _last_credited(rd: RuDoc, ra: RuActors, pos: int) -> tuple[str, str] | None:
    """"…», — сказал представитель Кремля" / "— говорится в сообщении": a speech segment
    that names only a title or a document speaks for whoever the text credited last, in the
    sentences just before the quote ("…, заявил пресс-секретарь Дмитрий Песков. «…», — сказал
    представитель Кремля"). Only a speaker credited by a speech verb counts, not any name in
    between (the chief thanked in the sentence before is not the one speaking)."""
    sent = rd.sent_of(max(0, pos - 2))
    if sent is None:
        return None
    for k in range(sent - 1, max(-1, sent - 1 - LOOKBACK_SENTS), -1):
        s = rd.sents[k]
        for v in reversed(_speech_tokens(rd, s.start, s.end)):
            if _joint_subject(rd, v):
                return None  # "X и Y сообщили": two credited, so "— отмечает журналист" is neither
            found = speaker_of_verb(rd, ra, v, back=False)
            if found:
                return found
    return None


def _joint_subject(rd: RuDoc, v: int) -> bool:
    """Whether the speech verb's subject is two or more coordinated phrases ("телеканал X и
    телеканал Y сообщили"): no one of them is the one an unnamed speaker after it speaks for."""
    return any(c.rel in ("nsubj", "nsubj:pass") and any(g.rel == "conj" for g in rd.children(c.i))
               for c in rd.children(v))


def _before_colon(rd: RuDoc, ra: RuActors, pos: int) -> tuple[str, str] | None:
    """"X заявил: «…»": a speech verb in the clause before the colon that opens the quote."""
    head = rd.text[:pos].rstrip()
    if not head.endswith(":"):
        return None
    sent = rd.sent_of(len(head) - 1)
    lo = rd.sents[sent].start if sent is not None else max(0, len(head) - 300)
    for v in reversed(_speech_tokens(rd, lo, len(head))):
        found = speaker_of_verb(rd, ra, v)
        if found:
            return found
    return speaker_of_phrase(rd, ra, lo, len(head)) or _named_at_colon(rd, ra, len(head) - 1)


def _named_at_colon(rd: RuDoc, ra: RuActors, colon: int) -> tuple[str, str] | None:
    """"выступил премьер-министр Том Уэллс: «…»", "Песков: «…»": with no speech verb, a person
    or organisation named right before the colon is the one whose words follow."""
    m = ra.at(colon - 1, colon)
    if m is None or m.span[1] != colon or ra.kind(m.actor) not in ("person", "org"):
        return None
    if m.kind == "pronoun":
        return None
    return m.actor, m.text


def _paragraph_lead(rd: RuDoc, ra: RuActors, o: int, sent: int | None) -> tuple[str, str] | None:
    """A quotation that is a paragraph of its own with no attribution of its own ("Зеленский
    заявил, что ... По его словам, ...\n\n«Действовали наши люди ...»") continues whoever the
    sentence just before it credits (a speech verb or "по его словам"); nothing further back."""
    line = rd.text.rfind("\n", 0, o) + 1
    if sent is None or sent == 0 or rd.text[line:o].strip(" \t—–-"):
        return None
    return sentence_speaker(rd, ra, sent - 1)


def _dash_quotes(text: str) -> list[tuple[int, int, int]]:
    """Dash-led direct speech: (quote start, quote end, where the speech segment starts)."""
    out = []
    for m in re.finditer(r"(?m)^[ \t]*[—–][ \t]+", text):
        lo = m.end()
        line_end = text.find("\n", lo)
        line_end = len(text) if line_end < 0 else line_end
        sep = re.search(r"[,!?.…]?\s+[—–]\s+", text[lo:line_end])
        if sep is None:
            out.append((lo, line_end, line_end))
            continue
        q_end = lo + sep.start()
        out.append((lo, q_end, q_end))
        rest = re.search(r"[,.]\s+[—–]\s+", text[lo + sep.end() : line_end])
        if rest:
            r_lo = lo + sep.end() + rest.end()
            out.append((r_lo, line_end, -q_end))  # continuation: the speaker of the first part
    return out


def _naming(rd: RuDoc, o: int, c: int, speech: bool) -> bool:
    """Quotation marks around a name: the noun before them is a naming noun
    (``naming_nouns`` in data/ru/lexicon.json: операция, группировка, название, слово ...),
    as in "операции «Синдур»" or 'от слова "синдур" – ...', or, when no dash of speech
    follows, the quoted text's own first word is ("«Операция Синдур»?")."""
    nouns = set(data("lexicon")["naming_nouns"])
    before = [t for t in rd.toks if t.end <= o][-1:]
    inside = [] if speech else [t for t in rd.toks if o < t.start < c][:1]
    return any(t.lemma in nouns and t.pos == "NOUN" for t in before + inside)


def find_quotes(rd: RuDoc, ra: RuActors) -> list[Quote]:
    text = rd.text
    out: list[Quote] = []
    marked = _marked(text)
    for o, c in sorted(marked + _unclosed(text, marked)):
        closed = text[c : c + 1] in _CLOSERS
        tail = text[c + 1 :] if closed else ""  # no attribution after a quotation left open
        qtext = text[o + 1 : c] if closed else text[o + 1 : c].rstrip()
        words = qtext.split()
        if not words:
            continue
        split = _interrupted(rd, ra, o, c)
        if split is not None:
            a_end, b_start, found = split
            actor, spk = found if found else (None, None)
            for lo, hi in ((o + 1, a_end), (b_start, c)):
                out.append(Quote(make_id("q", rd.doc_id, lo, hi), rd.doc_id, actor, spk, "direct", text[lo:hi], (lo, hi)))
            continue
        named = ra.at(o + 1, c)
        if named is not None and named.kind == "name" and named.span[0] <= o + 1 and c <= named.span[1] + 1 \
                and len(words) <= SCARE_MAX_WORDS:
            continue  # an organisation's quoted name (организация «Весна»), not a quote
        if len(words) <= SCARE_MAX_WORDS and _naming(rd, o, c, speech=bool(_AFTER.match(tail))):
            continue  # the name of an operation, a group, a word (операция «Синдур», от слова "синдур")
        after, before = _after(rd, ra, c + 1) if closed else None, _before_colon(rd, ra, o)
        sent = rd.sent_of(o)
        inside = None
        if after is None and before is None and sent is not None:
            inside = sentence_speaker(rd, ra, sent, skip=(o, c), near=o)
        found = after or before or inside
        starts_sentence = sent is not None and not text[rd.sents[sent].start : o].strip(" \t—–-")
        so_called = re.search(r"так\s+называем\w*\s*$", text[max(0, o - 40) : o].lower())
        # Direct speech by its form: a dash after the quote or a colon before it.
        speech = bool(_AFTER.match(tail)) or text[:o].rstrip().endswith(":")
        if so_called or found is None and not speech and len(words) <= SCARE_MAX_WORDS:
            if words[0][:1].isupper() and not so_called:
                continue  # a quoted name («Белавиа»), not a quote
            kind = "scare"
        elif before is not None or speech and starts_sentence or len(words) > 12 and starts_sentence:
            kind = "direct"
        else:
            kind = "partial" if found is not None else "direct"
        if found is None and kind == "direct":
            found = _paragraph_lead(rd, ra, o, sent)
        actor, spk = found if found and kind != "scare" else (None, None)
        out.append(Quote(make_id("q", rd.doc_id, o + 1, c), rd.doc_id, actor, spk, kind, qtext, (o + 1, c)))
    first: dict[int, tuple[str | None, str | None]] = {}
    for lo, hi, seg in _dash_quotes(text):
        qtext = text[lo:hi].strip()
        if not qtext or any(q.span[0] <= lo < q.span[1] for q in out):
            continue
        if seg < 0:
            actor, spk = first.get(-seg, (None, None))
        else:
            found = _after(rd, ra, seg) if seg < len(text) else None
            actor, spk = found if found else (None, None)
            first[hi] = (actor, spk)
        out.append(Quote(make_id("q", rd.doc_id, lo, hi), rd.doc_id, actor, spk, "direct", qtext, (lo, hi)))
    return sorted(out, key=lambda q: q.span)
