"""A small hand-built CorpusResult for report/web tests: two outlets report one meeting,
dated 20 vs 21 June (a conflict), with labels, quotes, a scare quote and loaded language.
The article texts are invented for these tests. ``hostile=True`` injects markup/template
payloads into every article-derived string to test escaping."""

from __future__ import annotations

from counterpoint.records import (
    Actor,
    Cluster,
    CorpusResult,
    DateValue,
    Discrepancy,
    DiscrepancyValue,
    Document,
    Event,
    Framing,
    Label,
    Mention,
    Omission,
    Quote,
    Story,
)

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1);window.__pwned=1>",
    "javascript:alert(1)",
    "{{7*7}}",
    "{% raw %}",
    "&lt;b&gt;&amp;",
    "</script><script>window.__pwned=1</script>",
    "<style>body{display:none}</style>",
    "x\" style=\"background:url(javascript:alert(1))",
    "\"><svg onload=alert(1)>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
]
HOSTILE = " ".join(PAYLOADS)


def _find(text: str, sub: str) -> tuple[int, int]:
    i = text.index(sub)
    return (i, i + len(sub))


def build_result(hostile: bool = False) -> CorpusResult:
    h = (" " + HOSTILE) if hostile else ""
    t1 = (
        "The country's President Viktor Moran met envoy Anna Berg in Kelm on 20 June. "
        f"“We had a productive meeting,” Berg said.{h} Moran called the protesters “paid agitators” "
        "and a gang of thugs."
    )
    t2 = (
        "Anna Berg met that country's leader, Viktor Moran, in Kelm on 21 June. "
        f"“There is no progress on detainees,” Berg said.{h} Moran, the self-styled “president”, "
        "offered no comment."
    )
    o1, o2 = ("State Wire" + h, "Independent Monitor")
    d1 = Document(
        id="doc1",
        source="a.txt",
        outlet=o1,
        text=t1,
        title="Moran meets envoy" + h,
        url="javascript:alert(1)" if hostile else "https://wire.example/a",
        published="2025-06-22",
    )
    d2 = Document(
        id="doc2",
        source="b.txt",
        outlet=o2,
        text=t2,
        title="Envoy sees Moran" + h,
        url="https://monitor.example/b",
        published="2025-06-23",
    )
    moran = Actor(id="act_moran", name="Viktor Moran" + h, kind="person")
    berg = Actor(id="act_berg", name="Anna Berg", kind="person")
    s1 = _find(t1, t1.split(". ")[0] + ".")
    s2 = _find(t2, t2.split(". ")[0] + ".")
    e1 = Event(
        id="ev1",
        doc="doc1",
        type="CONSULT",
        mode="visit",
        actor=["act_moran"],
        recipient=["act_berg"],
        trigger="met",
        span=s1,
        sentence=t1[s1[0] : s1[1]],
        sentence_span=s1,
        date=DateValue("2025-06-20", "20 June", "day", span=_find(t1, "20 June")),
        trigger_span=_find(t1, "met"),
    )
    e2 = Event(
        id="ev2",
        doc="doc2",
        type="CONSULT",
        mode="visit",
        actor=["act_berg"],
        recipient=["act_moran"],
        trigger="met",
        span=s2,
        sentence=t2[s2[0] : s2[1]],
        sentence_span=s2,
        date=DateValue("2025-06-21", "21 June", "day", span=_find(t2, "21 June")),
        trigger_span=_find(t2, "met"),
    )
    q1 = Quote(
        id="q1",
        doc="doc1",
        speaker="act_berg",
        speaker_text="Berg",
        kind="direct",
        text="We had a productive meeting," + h,
        span=_find(t1, "We had a productive meeting,"),
    )
    q2 = Quote(
        id="q2",
        doc="doc2",
        speaker="act_berg",
        speaker_text="Berg",
        kind="direct",
        text="There is no progress on detainees,",
        span=_find(t2, "There is no progress on detainees,"),
    )
    q3 = Quote(
        id="q3",
        doc="doc2",
        speaker=None,
        speaker_text=None,
        kind="scare",
        text="president",
        span=_find(t2, "president”") if False else (t2.index("“president") + 1, t2.index("“president") + 10),
    )
    labels = [
        Label(
            doc="doc1",
            actor="act_moran",
            label="the country's President" + h,
            span=_find(t1, "The country's President"),
        ),
        Label(
            doc="doc2",
            actor="act_moran",
            label="that country's leader",
            span=_find(t2, "that country's leader"),
        ),
        Label(
            doc="doc2",
            actor="act_moran",
            label="the self-styled president",
            span=_find(t2, "the self-styled “president”"),
        ),
    ]
    framing = [
        Framing(
            doc="doc1",
            kind="loaded_language",
            text="gang of thugs",
            span=_find(t1, "gang of thugs"),
            target=None,
        ),
        Framing(
            doc="doc2", kind="scare_quote", text="president", span=q3.span, target="act_moran", score=0.8
        ),
        Framing(
            doc="doc2", kind="doubt", text="self-styled", span=_find(t2, "self-styled"), target="act_moran"
        ),
    ]
    mentions = [
        Mention(doc="doc1", actor="act_moran", text="Viktor Moran", span=_find(t1, "Viktor Moran")),
        Mention(doc="doc2", actor="act_moran", text="Viktor Moran", span=_find(t2, "Viktor Moran")),
        Mention(doc="doc1", actor="act_berg", text="Anna Berg", span=_find(t1, "Anna Berg")),
        Mention(doc="doc2", actor="act_berg", text="Anna Berg", span=_find(t2, "Anna Berg")),
    ]
    disc = Discrepancy(
        field="date",
        kind="conflict",
        note="same meeting dated 20 June vs 21 June" + h,
        values=[
            DiscrepancyValue(doc="doc1", event="ev1", value="2025-06-20", sentence=e1.sentence, span=s1),
            DiscrepancyValue(doc="doc2", event="ev2", value="2025-06-21", sentence=e2.sentence, span=s2),
        ],
    )
    scope = Discrepancy(
        field="location",
        kind="scope",
        note="city vs region: a difference of scope",
        values=[
            DiscrepancyValue(doc="doc1", event="ev1", value="Kelm", sentence=e1.sentence, span=s1),
            DiscrepancyValue(doc="doc2", event="ev2", value="Kelm region", sentence=e2.sentence, span=s2),
        ],
    )
    cl = Cluster(
        id="cl_meeting",
        type="CONSULT",
        mode="visit",
        events=["ev1", "ev2"],
        documents=["doc1", "doc2"],
        summary="Moran meets Berg in Kelm" + h,
        date="2025-06-20",
        discrepancies=[disc],
        story="st1",
        scope_notes=[scope],
    )
    om = Omission(
        outlet=o1,
        doc="doc1",
        what="quote",
        cluster="cl_meeting",
        description="Berg: no progress on detainees" + h,
        reported_by=["doc2"],
    )
    return CorpusResult(
        documents=[d1, d2],
        actors=[moran, berg],
        mentions=mentions,
        events=[e1, e2],
        quotes=[q1, q2, q3],
        labels=labels,
        framing=framing,
        clusters=[cl],
        omissions=[om],
        stories=[
            Story(
                id="st1", title="Envoy visit to Kelm" + h, documents=["doc1", "doc2"], clusters=["cl_meeting"]
            )
        ],
    )


def big_result(n_docs: int = 1000) -> CorpusResult:
    """A synthetic corpus of ``n_docs`` documents (pairs of the fixture, re-id'd) for scale tests."""
    base = build_result()
    res = CorpusResult(actors=base.actors)
    for i in range(n_docs // 2):
        for d in base.documents:
            res.documents.append(
                Document(
                    id=f"{d.id}_{i}",
                    source=d.source,
                    outlet=f"{d.outlet} {i % 7}",
                    text=d.text * 4,
                    title=f"{d.title} {i}",
                    published=d.published,
                )
            )
        evs = []
        for e in base.events:
            ev = Event(**{**e.__dict__, "id": f"{e.id}_{i}", "doc": f"{e.doc}_{i}"})
            evs.append(ev)
            res.events.append(ev)
        for q in base.quotes:
            res.quotes.append(Quote(**{**q.__dict__, "id": f"{q.id}_{i}", "doc": f"{q.doc}_{i}"}))
        for lab in base.labels:
            res.labels.append(Label(**{**lab.__dict__, "doc": f"{lab.doc}_{i}"}))
        for f in base.framing:
            res.framing.append(Framing(**{**f.__dict__, "doc": f"{f.doc}_{i}"}))
        c = base.clusters[0]
        disc = [
            Discrepancy(
                field=d.field,
                kind=d.kind,
                note=d.note,
                values=[
                    DiscrepancyValue(**{**v.__dict__, "doc": f"{v.doc}_{i}", "event": f"{v.event}_{i}"})
                    for v in d.values
                ],
            )
            for d in c.discrepancies
        ]
        res.clusters.append(
            Cluster(
                id=f"{c.id}_{i}",
                type=c.type,
                mode=c.mode,
                events=[e.id for e in evs],
                documents=[e.doc for e in evs],
                summary=f"{c.summary} {i}",
                date=c.date,
                discrepancies=disc,
            )
        )
    return res


def store_result(store, result: CorpusResult) -> None:  # noqa: ANN001 - a counterpoint.store.Store
    """Put a hand-built result into a store (analyses per document + the alignment), with
    actor ids already global so the actor map is the identity."""
    from counterpoint.records import DocAnalysis

    analyses = []
    for d in result.documents:
        used = {m.actor for m in result.mentions if m.doc == d.id} | {
            lab.actor for lab in result.labels if lab.doc == d.id
        }
        analyses.append(
            DocAnalysis(
                document=d,
                actors=[a for a in result.actors if a.id in used],
                mentions=[m for m in result.mentions if m.doc == d.id],
                events=[e for e in result.events if e.doc == d.id],
                quotes=[q for q in result.quotes if q.doc == d.id],
                quantities=[q for q in result.quantities if q.doc == d.id],
                labels=[lab for lab in result.labels if lab.doc == d.id],
                framing=[f for f in result.framing if f.doc == d.id],
            )
        )
    store.put_analyses(analyses)
    store.put_alignment(result, {a.id: a.id for a in result.actors})
