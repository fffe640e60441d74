"""Cross-document event coreference on ECB+ with gold event mentions.

Setup (as in the literature, e.g. Cybulska and Vossen 2015; Barhom et al. 2019): test topics
36-45 (train 1-22, dev 23-25), only the validated sentences listed in
``ECBplus_coreference_sentences.csv``, all ACTION_* and NEG_* mentions as gold mentions,
gold clusters from CROSS_DOC_COREF instance ids and INTRA_DOC_COREF chains (any other mention
is a singleton), singletons kept in scoring. Blocking is by gold *subtopic* (topic x ECB vs
ECB+ half), the usual document-clustering oracle of gold-mention evaluations.

Each gold mention becomes a :class:`~counterpoint.align.coref.Features` record (trigger lemma
from spaCy over the gold tokens, the sentence's content words, the document, and as
participants the sentence's named PERSON/ORG/GPE entities when ``entities=True``) and is
clustered with :func:`counterpoint.align.coref.cluster_features`, the same code the product
runs on extracted events. Scores are computed by :mod:`counterpoint.eval.corefmetrics`.
"""

from __future__ import annotations

import csv
import functools
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..align.coref import Features, _words, cluster_features, lemma_key
from .corefmetrics import conll
from .ecbplus_bridge import MentionBridge

SPLITS = {"train": range(1, 23), "dev": range(23, 26), "test": range(36, 46)}
# Score threshold for ECB+ (no PLOVER types, dates or actors): chosen on the train topics
# (1-22; grid 0.9-1.2), not on test.
ECB_THRESHOLD = 0.9


@dataclass
class GoldMention:
    id: str
    doc: str
    subtopic: str
    sentence: int
    tokens: list[int]  # token positions within the sentence
    words: list[str]  # the sentence's tokens
    gold: str  # gold cluster id
    lemma: str = ""  # the trigger head's spaCy lemma, set by mention_features


def _validated(root: Path) -> set[tuple[str, int]]:
    out: set[tuple[str, int]] = set()
    with (root / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out.add((f"{row['Topic']}_{row['File']}", int(row["Sentence Number"])))
    return out


def read_mentions(shared: Path, split: str = "test") -> list[GoldMention]:
    """Gold action mentions of one split, restricted to the validated sentences."""
    root = Path(shared) / "data" / "ecbplus"
    validated = _validated(root)
    mentions: list[GoldMention] = []
    for topic in SPLITS[split]:
        tdir = root / "ECB+" / str(topic)
        if not tdir.is_dir():
            continue
        for path in sorted(tdir.glob("*.xml")):
            doc = path.stem
            xml = ET.parse(path).getroot()
            tokens = {}
            sents: dict[int, list[str]] = defaultdict(list)
            for t in xml.iter("token"):
                s = int(t.get("sentence"))
                tokens[t.get("t_id")] = (s, int(t.get("number")))
                sents[s].append(t.text or "")
            gold: dict[str, str] = {}
            for rel in xml.find("Relations") or []:
                if rel.tag == "CROSS_DOC_COREF":
                    cid = rel.get("note")
                elif rel.tag == "INTRA_DOC_COREF":
                    cid = f"{doc}:{rel.find('target').get('m_id')}"
                else:
                    continue
                for src in rel.findall("source"):
                    gold[src.get("m_id")] = cid
            for m in xml.find("Markables") or []:
                if not (m.tag.startswith("ACTION") or m.tag.startswith("NEG")):
                    continue
                anchors = [tokens[a.get("t_id")] for a in m.findall("token_anchor")]
                if not anchors:
                    continue
                sent = anchors[0][0]
                if (doc, sent) not in validated:
                    continue
                mid = m.get("m_id")
                mentions.append(
                    GoldMention(
                        id=f"{doc}:{mid}",
                        doc=doc,
                        subtopic=subtopic(doc),
                        sentence=sent,
                        tokens=[n for _, n in anchors],
                        words=sents[sent],
                        gold=gold.get(mid, f"{doc}:{mid}:singleton"),
                    )
                )
    return mentions


@functools.lru_cache(maxsize=1)
def _nlp():
    from spacy.tokens import Doc

    from ..nlp.pipeline import load_model

    nlp = load_model()
    return nlp, Doc


_PARSED: dict[tuple[str, int], object] = {}


def _parse(sentences: dict[tuple[str, int], list[str]]) -> dict[tuple[str, int], object]:
    """spaCy Docs over the gold tokens of each (document, sentence), parsed once per process
    (the gold-mention and predicted-mention evaluations share them)."""
    nlp, Doc = _nlp()
    todo = [k for k in sentences if k not in _PARSED]
    docs = (Doc(nlp.vocab, words=sentences[k]) for k in todo)
    for key, sdoc in zip(todo, nlp.pipe(docs, batch_size=256), strict=True):
        _PARSED[key] = sdoc
    return {k: _PARSED[k] for k in sentences}


def _head(sdoc, positions: list[int]):
    """The syntactic head of a gold span: its token whose parent lies outside the span (the
    first token when the parse gives none), None for an empty span."""
    toks = [sdoc[i] for i in positions if i < len(sdoc)]
    return next((t for t in toks if t.head not in toks or t.head == t), toks[0]) if toks else None


def mention_features(mentions: list[GoldMention], entities: bool = False) -> list[Features]:
    """Features for gold mentions: spaCy lemma of the trigger's head, sentence words, NER."""
    by_sentence: dict[tuple[str, int], list[GoldMention]] = defaultdict(list)
    for m in mentions:
        by_sentence[(m.doc, m.sentence)].append(m)
    feats: dict[str, Features] = {}
    parsed = _parse({k: v[0].words for k, v in by_sentence.items()})
    for key, sdoc in parsed.items():
        ents = (
            frozenset(e.text.lower() for e in sdoc.ents if e.label_ in ("PERSON", "ORG", "GPE", "NORP"))
            if entities
            else frozenset()
        )
        words = _words(" ".join(t.lemma_ for t in sdoc))
        for m in by_sentence[key]:
            head = _head(sdoc, m.tokens)
            lemma = head.lemma_.lower() if head is not None else ""
            m.lemma = lemma
            feats[m.id] = Features(
                id=m.id,
                doc=m.doc,
                type="",
                mode=None,
                participants=ents,
                date=None,
                place=None,
                lemma=lemma_key(lemma),
                words=words,
                backref=False,
                order=m.sentence * 1000 + min(m.tokens),
                group=m.subtopic,
            )
    return [feats[m.id] for m in mentions]


def _score(mentions: list[GoldMention], groups: list[list[int]]) -> dict[str, float]:
    key: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        key[m.gold].add(m.id)
    response = [{mentions[i].id for i in g} for g in groups]
    return conll(list(key.values()), response)


def lemma_baseline(mentions: list[GoldMention], feats: list[Features]) -> dict[str, float]:
    """Same head lemma within a subtopic: the standard baseline."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[(feats[i].group, m.lemma)].append(i)
    return _score(mentions, list(groups.values()))


def evaluate(
    shared: Path, split: str = "test", threshold: float = ECB_THRESHOLD, entities: bool = False
) -> dict[str, float]:
    """CoNLL metrics (MUC, B³, CEAF-e F1 and their mean) of cluster_features on gold mentions."""
    mentions = read_mentions(Path(shared), split)
    feats = mention_features(mentions, entities=entities)
    out = _score(mentions, cluster_features(feats, threshold=threshold))
    base = lemma_baseline(mentions, feats)
    out["lemma_baseline_conll_f1"] = base["conll_f1"]
    out["mentions"] = float(len(mentions))
    if split == "test":  # the product's own mentions, end to end (no gold mentions, no oracle)
        e2e = evaluate_end_to_end(Path(shared), split)
        out.update({f"end_to_end_product_mentions_{k}": v for k, v in e2e.items()
                    if k != "documents"})
    return out


__all__ = ["evaluate", "evaluate_end_to_end", "evaluate_predicted", "lemma_baseline", "mention_features",
           "read_mentions"]


def _predicted(mentions_gold: list[GoldMention], split: str, shared: Path) -> list[GoldMention]:
    """Predicted event mentions in the same validated sentences: every main verb (not an
    auxiliary or light "be"/"have") and every noun whose lemma belongs to an event family."""
    from ..align.coref import LEMMA_FAMILIES

    event_nouns = {w for fam in LEMMA_FAMILIES for w in fam}
    sentences: dict[tuple[str, int], GoldMention] = {}
    for m in mentions_gold:
        sentences.setdefault((m.doc, m.sentence), m)
    out: list[GoldMention] = []
    parsed = _parse({k: v.words for k, v in sentences.items()})
    for key, sdoc in parsed.items():
        g = sentences[key]
        for t in sdoc:
            verb = t.pos_ == "VERB" and t.lemma_ not in ("be", "have")
            noun = t.pos_ == "NOUN" and t.lemma_.lower() in event_nouns
            if verb or noun:
                out.append(
                    GoldMention(
                        id=f"{g.doc}:{g.sentence}:{t.i}",
                        doc=g.doc,
                        subtopic=g.subtopic,
                        sentence=g.sentence,
                        tokens=[t.i],
                        words=g.words,
                        gold="",
                    )
                )
    return out


def evaluate_predicted(
    shared: Path, split: str = "test", threshold: float = ECB_THRESHOLD
) -> dict[str, float]:
    """End-to-end: predicted mentions (verbs and event nouns, by spaCy) clustered by the same
    code, scored against the gold clusters. A predicted mention is the gold mention its token
    lies in (:class:`~counterpoint.eval.ecbplus_bridge.MentionBridge`); unmatched predicted
    mentions count against precision and missed gold mentions against recall, as in the
    reference scorer. Also reports mention detection recall/precision."""
    gold = read_mentions(Path(shared), split)
    pred = _predicted(gold, split, Path(shared))
    feats = mention_features(pred)
    bridge = MentionBridge(gold)
    clusters = [[(m.doc, m.sentence, m.tokens) for m in (pred[i] for i in g)]
                for g in cluster_features(feats, threshold=threshold)]
    return bridge.score(clusters)


def _documents(shared: Path, split: str) -> dict[str, dict[int, list[str]]]:
    """The validated sentences of each document of a split, as gold tokens."""
    root = Path(shared) / "data" / "ecbplus"
    validated = _validated(root)
    docs: dict[str, dict[int, list[str]]] = {}
    for topic in SPLITS[split]:
        tdir = root / "ECB+" / str(topic)
        if not tdir.is_dir():
            continue
        for path in sorted(tdir.glob("*.xml")):
            sents: dict[int, list[str]] = defaultdict(list)
            for t in ET.parse(path).getroot().iter("token"):
                sents[int(t.get("sentence"))].append(t.text or "")
            kept = {s: w for s, w in sorted(sents.items()) if (path.stem, s) in validated}
            if kept:
                docs[path.stem] = kept
    return docs


def evaluate_end_to_end(shared: Path, split: str = "test") -> dict[str, float]:
    """End-to-end with the product's own mentions: each document's validated sentences go
    through the code path ``analyze`` runs (the spaCy pipeline with counterpoint's components,
    then the whole alignment stage over all documents of the split, with no subtopic oracle);
    each extracted event is a mention, the tokens under its trigger, and the product's clusters
    are scored against the gold clusters (a mention is the gold mention one of its tokens lies
    in, :class:`~counterpoint.eval.ecbplus_bridge.MentionBridge`). Gold mentions the product
    does not extract count against recall, extracted events that are no gold mention against
    precision."""
    from ..align import align
    from ..records import Document
    from ..scale.workers import analyze_batch

    gold = read_mentions(Path(shared), split)
    documents = _documents(Path(shared), split)
    token_at: dict[str, list[tuple[int, int, int, int]]] = {}  # doc -> (start, end, sentence, token)
    docs = []
    for doc, sents in documents.items():
        text, offsets = "", []
        for s, words in sents.items():  # one line per sentence, tokens joined by spaces
            for i, w in enumerate(words):
                if i:
                    text += " "
                offsets.append((len(text), len(text) + len(w), s, i))
                text += w
            text += "\n"
        token_at[doc] = offsets
        docs.append(Document(id=doc, source=f"ecbplus:{doc}", outlet=doc, text=text, language="en"))
    analyses = []
    for k in range(0, len(docs), 32):
        analyses.extend(analyze_batch(docs[k : k + 32]))
    result = align(analyses)

    def tokens(e) -> tuple[str, int, list[int]] | None:
        # the trigger's tokens; a record without one falls back to its clause's last character
        span = e.trigger_span or (e.span and (e.span[1] - 1, e.span[1]))
        if not span:
            return None
        hit = [(s, i) for start, end, s, i in token_at.get(e.doc, []) if start < span[1] and end > span[0]]
        if not hit:
            return None
        return e.doc, hit[0][0], [i for s, i in hit if s == hit[0][0]]

    where = {e.id: tokens(e) for e in result.events}
    clusters = [[t for e in c.events if (t := where.get(e))] for c in result.clusters]
    bridge = MentionBridge(gold)
    out = bridge.score(clusters)
    out["clustering_ceiling_conll_f1"] = bridge.ceiling([t for c in clusters for t in c])["conll_f1"]
    out.update(_recall_by_part_of_speech(gold, bridge, clusters))
    out.update(_across_subtopics(clusters))
    out["documents"] = float(len(docs))
    return out


def _recall_by_part_of_speech(
    gold: list[GoldMention], bridge: MentionBridge, clusters: list[list[tuple[str, int, list[int]]]]
) -> dict[str, float]:
    """Mention recall (percent) for gold mentions headed by a verb, a noun and anything else
    (adjectives such as "dead", particles of phrasal verbs), to tell which kind of event
    mention the product's extraction leaves out."""
    found = {bridge.mention_id(t) for c in clusters for t in c}
    parsed = _parse({(m.doc, m.sentence): m.words for m in gold})
    total: dict[str, int] = defaultdict(int)
    hit: dict[str, int] = defaultdict(int)
    for m in gold:
        head = _head(parsed[(m.doc, m.sentence)], m.tokens)
        part = {"VERB": "verb", "NOUN": "noun", "PROPN": "noun"}.get(head.pos_ if head else "", "other")
        total[part] += 1
        hit[part] += m.id in found
    return {f"mention_recall_{p}": 100 * hit[p] / total[p] for p in total} | {
        f"gold_mentions_{p}": float(total[p]) for p in total}


def subtopic(doc: str) -> str:
    """ECB+'s subtopic of a document: its topic and half ("2_7ecbplus" -> "2_ecbplus"); the two
    halves of a topic report two different events of one kind (two earthquakes, two arrests)."""
    topic, rest = doc.split("_", 1)
    return f"{topic}_{'ecbplus' if rest.endswith('plus') else 'ecb'}"


def _across_subtopics(clusters: list[list[tuple[str, int, list[int]]]]) -> dict[str, float]:
    """The over-merge test: clusters of two or more mentions whose documents lie in different
    subtopics (so they join different real events), and the mentions in them."""
    bad = [c for c in clusters if len({subtopic(doc) for doc, _, _ in c}) > 1]
    return {
        "clusters_across_subtopics": float(len(bad)),
        "clusters_of_two_or_more": float(sum(len(c) > 1 for c in clusters)),
        "mentions_in_clusters_across_subtopics": float(sum(len(c) for c in bad)),
    }
