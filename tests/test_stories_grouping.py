"""group_stories: documents linked by shared clusters / actors within a time window."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from counterpoint.align import stories as S
from counterpoint.align.stories import group_stories
from counterpoint.align.unionfind import IndexUnionFind, UnionFind
from counterpoint.records import Cluster, DateValue, Document, Event, make_id


def doc(i: str, published: str | None, title: str | None = None) -> Document:
    return Document(i, "<t>", f"Outlet {i}", "text", title=title, published=published)


def ev(
    i: str, d: str, date: str | None, actor=("a_gov",), recipient=("a_prisoners",), typ="RETREAT"
) -> Event:
    dv = DateValue(date, date, "year" if len(date) == 4 else "day") if date else None
    return Event(i, d, typ, "release", list(actor), list(recipient), "freed", (0, 1), "s", date=dv)


def cluster(cid: str, *events: Event, summary: str = "Government releases prisoners") -> Cluster:
    return Cluster(
        cid,
        events[0].type,
        events[0].mode,
        [e.id for e in events],
        sorted({e.doc for e in events}),
        summary,
        None,
    )


def test_shared_cluster_links_documents_and_sets_story():
    e1, e2 = ev("e1", "d1", "2025-06-21"), ev("e2", "d2", "2025-06-21")
    c = cluster("c1", e1, e2)
    stories = group_stories([doc("d1", "2025-07-01"), doc("d2", "2025-07-02")], [e1, e2], [c])
    assert len(stories) == 1
    assert stories[0].documents == ["d1", "d2"]
    assert stories[0].id == make_id("story", "d1", "d2")
    assert c.story == stories[0].id and stories[0].clusters == ["c1"]
    assert stories[0].title == "Government releases prisoners"


@pytest.mark.parametrize("merged_by_clusterer", [True, False])
def test_2024_swap_never_merged_with_2025_release(merged_by_clusterer):
    swap = ev("e1", "d1", "2024-08-01", typ="AGREE")
    release = ev("e2", "d2", "2025-06-21", typ="AGREE")
    clusters = (
        [cluster("c1", swap, release)]
        if merged_by_clusterer
        else [cluster("c1", swap), cluster("c2", release)]
    )
    stories = group_stories([doc("d1", "2024-08-02"), doc("d2", "2025-06-22")], [swap, release], clusters)
    assert sorted(s.documents for s in stories) == [["d1"], ["d2"]]


@pytest.mark.parametrize(
    ("pub1", "pub2", "same"),
    [
        ("2025-06-22", "2025-07-10", True),
        ("2025-01-05", "2025-09-10", False),
        ("2024-12-20", "2025-01-04", False),
    ],
    ids=["within-window", "too-far-apart", "different-year"],
)
def test_shared_actors_within_window(pub1, pub2, same):
    e1 = ev("e1", "d1", None, typ="CONSULT")
    e2 = ev("e2", "d2", None, typ="ACCUSE")
    stories = group_stories(
        [doc("d1", pub1), doc("d2", pub2)], [e1, e2], [cluster("c1", e1), cluster("c2", e2)]
    )
    assert (len(stories) == 1) is same


def test_one_shared_actor_is_not_enough_and_error_docs_excluded():
    e1 = ev("e1", "d1", None, recipient=("a_a",))
    e2 = ev("e2", "d2", None, recipient=("a_b",))
    bad = Document("d3", "<t>", "X", None, error="[E001] empty input")
    stories = group_stories(
        [doc("d1", "2025-06-01", "T1"), doc("d2", "2025-06-02"), bad],
        [e1, e2],
        [cluster("c1", e1), cluster("c2", e2)],
    )
    assert sorted(s.documents for s in stories) == [["d1"], ["d2"]]
    assert next(s for s in stories if s.documents == ["d1"]).title == "T1"


def test_cluster_of_bare_mentions_links_no_documents():
    e1 = ev("e1", "d1", None, actor=(), recipient=(), typ="REQUEST")
    e2 = ev("e2", "d2", None, actor=(), recipient=(), typ="REQUEST")
    stories = group_stories([doc("d1", "2025-06-01"), doc("d2", "2025-06-01")], [e1, e2], [cluster("c1", e1, e2)])
    assert sorted(s.documents for s in stories) == [["d1"], ["d2"]]


def test_shared_actors_never_chain_two_stories_into_one():
    """Two cluster-linked stories naming the same two leaders stay two stories; a lone
    article joins the one it shares most with."""
    leaders = ("a_president", "a_envoy")
    s1 = [ev("e1", "d1", "2025-06-21", leaders, ()), ev("e2", "d2", "2025-06-21", leaders, ())]
    s2 = [ev("e3", "d3", "2025-07-02", leaders, ()), ev("e4", "d4", "2025-07-02", leaders, ())]
    lone = ev("e5", "d5", None, (*leaders, "a_minister"), (), typ="ACCUSE")
    near = ev("e6", "d4", None, ("a_minister",), (), typ="ACCUSE")
    docs = [doc("d1", "2025-06-22"), doc("d2", "2025-06-22"), doc("d3", "2025-07-03"), doc("d4", "2025-07-03"),
            doc("d5", "2025-07-04")]
    clusters = [cluster("c1", *s1), cluster("c2", *s2), cluster("c3", lone), cluster("c4", near)]
    stories = group_stories(docs, [*s1, *s2, lone, near], clusters)
    assert sorted(s.documents for s in stories) == [["d1", "d2"], ["d3", "d4", "d5"]]


def test_one_wrong_cross_story_cluster_does_not_merge_two_stories():
    """Each story's articles share two events; one cluster wrongly spans both stories."""
    def story(prefix: str, day: str, people: tuple[str, str]):
        evs, docs = [], []
        for k in range(3):
            d = f"{prefix}{k}"
            docs.append(doc(d, day))
            evs += [ev(f"{d}m", d, day, people, (), typ="CONSULT"), ev(f"{d}r", d, day, people, (), typ="RETREAT")]
        return docs, evs

    docs_a, evs_a = story("a", "2025-06-21", ("a_p1", "a_p2"))
    docs_b, evs_b = story("b", "2025-06-23", ("a_p3", "a_p4"))
    clusters = [
        cluster("ca_m", *[e for e in evs_a if e.id.endswith("m")]),
        cluster("ca_r", *[e for e in evs_a if e.id.endswith("r")]),
        cluster("cb_m", *[e for e in evs_b if e.id.endswith("m")]),
        cluster("cb_r", *[e for e in evs_b if e.id.endswith("r")]),
    ]
    strike_a, strike_b = ev("x1", "a0", "2025-06-22", (), ()), ev("x2", "b0", "2025-06-22", (), ())
    clusters.append(cluster("wrong", strike_a, strike_b))
    stories = group_stories(docs_a + docs_b, [*evs_a, *evs_b, strike_a, strike_b], clusters)
    assert sorted(s.documents for s in stories) == [["a0", "a1", "a2"], ["b0", "b1", "b2"]]


def test_place_only_clusters_are_weak_evidence_and_do_not_join_two_stories():
    """Two stories that each share two events with a named person; one article of each also
    reports the same two unattributed events in the same city (attack, arrests): weight 0.5
    each, below the two clusters rule 1 needs, so the stories stay apart."""
    from counterpoint.records import Actor

    actors = {p: Actor(id=p, name=p, kind="person") for p in ("ann", "bob", "cem", "dan")}
    evs, clusters = [], []
    for story, (x, y) in (("a", ("ann", "bob")), ("b", ("cem", "dan"))):
        for k in range(2):
            e1 = ev(f"{story}{k}1", f"{story}1", "2025-06-0" + str(k + 1), (x,), (y,), typ="CONSULT")
            e2 = ev(f"{story}{k}2", f"{story}2", "2025-06-0" + str(k + 1), (x,), (y,), typ="CONSULT")
            evs += [e1, e2]
            clusters.append(cluster(f"c{story}{k}", e1, e2))
    for k, typ in enumerate(("ASSAULT", "COERCE")):
        w1 = ev(f"w{k}a", "a1", "2025-06-03", (), (), typ=typ)
        w2 = ev(f"w{k}b", "b1", "2025-06-03", (), (), typ=typ)
        evs += [w1, w2]
        clusters.append(cluster(f"w{k}", w1, w2))
    docs = [doc(d, "2025-06-04") for d in ("a1", "a2", "b1", "b2")]
    stories = group_stories(docs, evs, clusters, actors)
    assert sorted(s.documents for s in stories) == [["a1", "a2"], ["b1", "b2"]]
    # the same two clusters naming persons on both sides are full evidence
    strong = [ev(f"s{k}{s}", f"{s}1", "2025-06-03", ("ann",), ("cem",)) for k in range(2) for s in "ab"]
    joined = group_stories(docs, evs + strong, clusters + [cluster(f"s{k}", strong[2 * k], strong[2 * k + 1])
                                                           for k in range(2)], actors)
    assert len(joined) == 1


@pytest.mark.parametrize(("seed", "budget"), [(1, 10**6), (2, 10**6), (3, 10**6), (1, 25), (2, 1)])
def test_stories_pair_counting_matches_a_counter_of_pairs(seed, budget):
    """Rule 1's flat-array pair count, in passes of about ``budget`` pairs, gives the
    partition a plain Counter of document pairs gives (the implementation before it), and
    rule 2's recount gives each document left alone its pairs and their weights."""
    rng = random.Random(seed)
    ids = [f"d{i:03d}" for i in range(120)]
    evidence = []
    for _ in range(150):
        cdocs = sorted(rng.sample(ids, rng.choice([2, 2, 3, 4])))
        evidence.append((cdocs, frozenset(d for d in cdocs if rng.random() < 0.6)))
    shared: Counter = Counter()
    for cdocs, strong in evidence:
        for i, a in enumerate(cdocs):
            for b in cdocs[i + 1 :]:
                shared[(a, b)] += 1.0 if a in strong and b in strong else S.WEAK_EVIDENCE
    want = UnionFind(ids)
    for (a, b), n in shared.items():
        if n >= S.MIN_SHARED_CLUSTERS:
            want.union(a, b)
    got = IndexUnionFind(len(ids))
    pos = {d: i for i, d in enumerate(ids)}
    positions = [([pos[d] for d in c], {pos[d] for d in s}) for c, s in evidence]
    S._union_pairs(len(ids), lambda: positions, got, budget=budget)
    assert {d: ids[got.find(pos[d])] for d in ids} == {d: want.find(d) for d in ids}
    sizes = Counter(want.find(d) for d in ids)
    alone = sorted(pos[d] for d in ids if sizes[want.find(d)] == 1)
    links = S._LoneLinks(len(ids), alone, positions.__getitem__, range(len(positions)))
    got_links = {(ids[a], ids[b]): w for a in alone for b, w in links.of(a).items()}
    want_links = {p: n for (a, b), n in shared.items() for p in ((a, b), (b, a)) if pos[p[0]] in alone}
    assert got_links == want_links and all(n < S.MIN_SHARED_CLUSTERS for n in want_links.values())
    assert any(n >= S.MIN_SHARED_CLUSTERS for n in shared.values()) and want_links  # both branches exercised


@pytest.mark.parametrize("seed", [1, 2])
def test_unionfind_index_sets_and_roots_equal_the_dict_version(seed):
    """Story grouping's array union-find gives the sets and roots (the smallest member) the
    dict one gives, whatever the order of the unions."""
    rng = random.Random(seed)
    pairs = [(rng.randrange(200), rng.randrange(200)) for _ in range(150)]
    want, got = UnionFind(range(200)), IndexUnionFind(200)
    for a, b in pairs:
        assert got.union(a, b) == want.union(a, b)
    assert got.roots().tolist() == [want.find(i) for i in range(200)]


def test_stories_facts_take_documents_in_id_order_before_clusters():
    """Positions are ranks in the sorted ids, so a document out of order (or after the
    clusters) is refused rather than silently mis-numbered."""
    facts = S.StoryFacts()
    facts.add_document(doc("b", None), [])
    with pytest.raises(ValueError, match="id order"):
        facts.add_document(doc("a", None), [])
    facts.add_cluster("c", [])
    with pytest.raises(ValueError, match="before clusters"):
        facts.add_document(doc("c", None), [])


@pytest.mark.parametrize(("firsts", "budget", "want"), [
    ([], 5, []),
    ([3, 0, 4, 1], 100, [(0, 4)]),
    ([3, 0, 4, 1], 3, [(0, 2), (2, 3), (3, 4)]),
    ([0, 9, 0, 0], 2, [(0, 1), (1, 2), (2, 4)]),
])
def test_stories_pair_passes_cover_every_first_position(firsts, budget, want):
    """Pair-count passes cover every position once, in order, at most ``budget`` pairs each
    unless one position has more."""
    import numpy as np

    assert S._passes(np.array(firsts, dtype=np.int64), budget) == want


@pytest.mark.parametrize(
    ("named_d3", "pub_d3", "joins"),
    [
        ({"a_myanmar", "a_thailand", "a_wire"}, "2025-03-30", True),
        ({"a_myanmar", "a_thailand"}, "2025-03-30", False),  # two shared names are not enough
        ({"a_myanmar", "a_thailand", "a_wire"}, "2025-08-30", False),  # five months later
        ({"a_peru", "a_lima", "a_wire"}, "2025-03-30", False),  # a control story elsewhere
    ],
    ids=["three-shared-names", "two-shared-names", "outside-window", "control-story"],
)
def test_stories_lone_document_joins_on_named_actors(named_d3, pub_d3, joins):
    """Three reports of one earthquake: two share the quake cluster, the third (a rescue team's
    story) shares no event with them but names the same country, neighbour and agency."""
    e1 = ev("e1", "d1", "2025-03-28", actor=("a_myanmar",), recipient=())
    e2 = ev("e2", "d2", "2025-03-28", actor=("a_myanmar",), recipient=())
    e2b = ev("e2b", "d2", "2025-03-28", actor=("a_junta",), recipient=("a_rebels",), typ="ASSAULT")
    e1b = ev("e1b", "d1", "2025-03-28", actor=("a_junta",), recipient=("a_rebels",), typ="ASSAULT")
    e3 = ev("e3", "d3", None, actor=("a_rescuers",), recipient=(), typ="AID")
    named = {"d1": {"a_myanmar", "a_thailand", "a_wire", "a_junta"}, "d2": {"a_myanmar", "a_junta", "a_rebels"},
             "d3": named_d3}
    stories = group_stories(
        [doc("d1", "2025-03-29"), doc("d2", "2025-03-29"), doc("d3", pub_d3)], [e1, e2, e1b, e2b, e3],
        [cluster("c1", e1, e2), cluster("c2", e1b, e2b), cluster("c3", e3)], named=named,
    )
    together = any({"d1", "d3"} <= set(s.documents) for s in stories)
    assert together is joins
    assert any({"d1", "d2"} <= set(s.documents) for s in stories)


@pytest.mark.parametrize(("pub2", "joins"), [("2025-06-03", True), ("2025-08-16", False), (None, True)],
                         ids=["two-days-later", "75-days-later", "unanchored"])
def test_stories_one_shared_cluster_links_only_within_the_window(pub2, joins):
    """A June drone strike report and an August summit report share one "the two presidents
    spoke" cluster: one shared event links two lone documents only when they are near in time
    (or one has no time anchor to say otherwise)."""
    e1 = ev("e1", "d1", None, actor=("a_putin",), recipient=("a_trump",), typ="CONSULT")
    e2 = ev("e2", "d2", None, actor=("a_putin",), recipient=("a_trump",), typ="CONSULT")
    stories = group_stories([doc("d1", "2025-06-01"), doc("d2", pub2)], [e1, e2], [cluster("c1", e1, e2)])
    assert (len(stories) == 1) is joins


def _pair_story(a: str, b: str, pub: str, actors: tuple[str, str]) -> tuple[list[Event], list[Cluster]]:
    """Two documents tied by two person-naming clusters (rule 1)."""
    evs = [ev(f"{d}x{k}", d, pub, actor=(actors[k],), recipient=("a_p",), typ="CONSULT") for d in (a, b) for k in (0, 1)]
    return evs, [cluster(f"c_{a}{b}{k}", evs[k], evs[2 + k]) for k in (0, 1)]


@pytest.mark.parametrize(("covered", "merged"), [(("d1", "d2", "d3", "d4"), True), (("d1", "d2", "d3", "d5"), False)],
                         ids=["covers-half-of-each", "covers-one-of-three"])
def test_stories_one_wide_cluster_merges_stories_it_mostly_covers(covered, merged):
    """The strike reports of the first day and the toll reports of the next share only the
    strike, a cluster of two states (weak evidence): it covers at least half of both, so they
    are one story; a cluster covering one of a story's three documents merges nothing."""
    e1, c1 = _pair_story("d1", "d2", "2025-06-13", ("a_x", "a_y"))
    e2, c2 = _pair_story("d3", "d4", "2025-06-14", ("a_z", "a_w"))
    e3, c3 = _pair_story("d4", "d7", "2025-06-14", ("a_v", "a_u"))
    wide = [ev(f"s_{d}", d, "2025-06-13", actor=("a_israel",), recipient=("a_iran",), typ="ASSAULT") for d in covered]
    docs = [doc(d, "2025-06-13" if d in ("d1", "d2", "d5") else "2025-06-14") for d in ("d1", "d2", "d3", "d4", "d5", "d7")]
    stories = group_stories(docs, [*e1, *e2, *e3, *wide], [*c1, *c2, *c3, cluster("c_wide", *wide)])
    by_doc = {d: s.id for s in stories for d in s.documents}
    assert (by_doc["d1"] == by_doc["d3"]) is merged
    assert by_doc["d1"] == by_doc["d2"] and by_doc["d3"] == by_doc["d4"] == by_doc["d7"]


QUAKE = {"earthquake": 3, "tower": 2, "collapse": 2, "rescuer": 1, "velgrad": 1}
VOTE = {"election": 3, "ballot": 2, "turnout": 2, "candidate": 1, "kestovia": 1}


def _content_corpus(d3_terms: dict[str, int], d3_pub: str) -> list[list[str]]:
    """A quake story (d1, d2: two person clusters), an election story (d4, d5, the same way),
    and d3, which shares no event or actor with either."""
    e1, c1 = _pair_story("d1", "d2", "2025-03-28", ("a_x", "a_y"))
    e2, c2 = _pair_story("d4", "d5", "2025-03-30", ("a_z", "a_w"))
    e3 = ev("e3", "d3", None, actor=("a_rescuers",), recipient=(), typ="AID")
    docs = [doc("d1", "2025-03-28"), doc("d2", "2025-03-29"), doc("d3", d3_pub), doc("d4", "2025-03-30"),
            doc("d5", "2025-03-30")]
    terms = {"d1": QUAKE, "d2": {**QUAKE, "aftershock": 1}, "d3": d3_terms, "d4": VOTE, "d5": {**VOTE, "poll": 1}}
    stories = group_stories(docs, [*e1, *e2, e3], [*c1, *c2, cluster("c3", e3)], terms=terms)
    return sorted(s.documents for s in stories)


@pytest.mark.parametrize(
    ("d3_terms", "d3_pub", "want"),
    [
        ({"tower": 2, "collapse": 1, "worker": 2, "chatuchak": 1}, "2025-03-28", [["d1", "d2", "d3"], ["d4", "d5"]]),
        ({"ballot": 2, "turnout": 1, "recount": 1}, "2025-03-31", [["d1", "d2"], ["d3", "d4", "d5"]]),
        ({"tower": 2, "collapse": 1, "worker": 2, "chatuchak": 1}, "2025-08-28", [["d1", "d2"], ["d3"], ["d4", "d5"]]),
        ({"football": 2, "stadium": 1, "coach": 1}, "2025-03-28", [["d1", "d2"], ["d3"], ["d4", "d5"]]),
        ({"tower": 2, "collapse": 1, "ballot": 2, "turnout": 1}, "2025-03-28", [["d1", "d2"], ["d3"], ["d4", "d5"]]),
    ],
    ids=["same-happening", "other-story", "outside-window", "about-something-else", "alike-to-both"],
)
def test_stories_content_lone_report_joins_the_story_it_is_about(d3_terms, d3_pub, want):
    """Rule 4: a report sharing no event or actor with the others joins the story whose
    documents are about the same things, within the time window; a report about something
    else, or as much like both stories, stays alone."""
    assert _content_corpus(d3_terms, d3_pub) == want


@pytest.mark.parametrize(
    ("second_terms", "second_pub", "merged"),
    [(QUAKE, "2025-03-30", True), (VOTE, "2025-03-30", False), (QUAKE, "2025-07-30", False)],
    ids=["two-halves-of-one-story", "two-stories", "months-apart"],
)
def test_stories_content_merges_halves_of_one_story_only(second_terms, second_pub, merged):
    """Rule 4: two event-linked halves of one story's reports merge when their documents are
    about the same things; two stories in the same days about different things, or two alike
    stories months apart, stay apart."""
    e1, c1 = _pair_story("d1", "d2", "2025-03-28", ("a_x", "a_y"))
    e2, c2 = _pair_story("d3", "d4", second_pub, ("a_z", "a_w"))
    docs = [doc("d1", "2025-03-28"), doc("d2", "2025-03-28"), doc("d3", second_pub), doc("d4", second_pub)]
    terms = {"d1": QUAKE, "d2": {**QUAKE, "aftershock": 1}, "d3": second_terms, "d4": {**second_terms, "toll": 1}}
    stories = group_stories(docs, [*e1, *e2], [*c1, *c2], terms=terms)
    assert (len(stories) == 1) is merged


def test_stories_content_without_publication_dates_does_not_fail():
    """Rule 4 with no dated document at all (plain-text input without a date): no anchors, so
    only content decides; it used to raise in the anchor computation (zip of unequal lengths)."""
    e1, c1 = _pair_story("d1", "d2", None, ("a_x", "a_y"))
    docs = [doc("d1", None), doc("d2", None), doc("d3", None)]
    terms = {"d1": QUAKE, "d2": {**QUAKE, "aftershock": 1}, "d3": {"tower": 2, "collapse": 1, "worker": 1}}
    stories = group_stories(docs, e1, c1, terms=terms)
    assert sorted(d for s in stories for d in s.documents) == ["d1", "d2", "d3"]


@pytest.mark.parametrize(("pub_b", "merged"), [("2025-06-03", True), ("2025-09-10", False)],
                         ids=["same-days", "three-months-later"])
def test_stories_shared_clusters_do_not_join_reports_months_apart(pub_b, merged):
    """Two drone incidents in the same countries: the clusterer put a mention of each pair's
    reports in one meeting cluster and one statement cluster (same leaders, same year; the
    later report's meeting given an earlier date), weight 2 between every pair. Within the
    window that is one story; three months apart it is two (rule 1 and rule 3 check the time
    anchors), and each incident's own reports stay together."""
    docs = [doc("a1", "2025-06-01"), doc("a2", "2025-06-02"), doc("b1", pub_b), doc("b2", pub_b)]
    own = [*_pair_story("a1", "a2", "2025-06-01", ("a_zelensky", "a_bykov")),
           *_pair_story("b1", "b2", pub_b, ("a_tusk", "a_kosiniak"))]
    evs, clusters = [*own[0], *own[2]], [*own[1], *own[3]]
    meet = [ev(f"m_{d}", d, "2025-06-01", actor=("a_trump",), recipient=("a_zelensky",), typ="CONSULT")
            for d in ("a1", "a2", "b1", "b2")]
    said = [ev(f"s_{d}", d, "2025", actor=("a_trump",), recipient=(), typ="DISAPPROVE") for d in ("a1", "a2", "b1", "b2")]
    stories = group_stories(docs, [*evs, *meet, *said], [*clusters, cluster("c_meet", *meet), cluster("c_said", *said)])
    by_doc = {d: s.id for s in stories for d in s.documents}
    assert by_doc["a1"] == by_doc["a2"] and by_doc["b1"] == by_doc["b2"]
    assert (by_doc["a1"] == by_doc["b1"]) is merged


def test_stories_wide_cluster_joins_only_documents_within_the_window(monkeypatch):
    """A cluster of more than MAX_PAIR_DOCS documents joins its person-naming documents at
    once, but only those published within the window of its documents' median date: a
    clusterer that merged a later incident's mentions into it does not drag them in."""
    monkeypatch.setattr(S, "MAX_PAIR_DOCS", 3)
    days = {"d1": "2025-06-01", "d2": "2025-06-01", "d3": "2025-06-02", "d4": "2025-06-02", "d5": "2025-10-01"}
    wide = [ev(f"w_{d}", d, "2025-06-01", actor=("a_trump",), recipient=("a_putin",), typ="CONSULT") for d in days]
    stories = group_stories([doc(d, p) for d, p in days.items()], wide, [cluster("c_wide", *wide)])
    assert sorted(s.documents for s in stories) == [["d1", "d2", "d3", "d4"], ["d5"]]


BORDER_EN = {"border": 3, "clash": 2, "temple": 1, "artillery": 1}
BORDER_RU = {"граница": 3, "столкновение": 2, "храм": 1, "артиллерия": 1}
BORDER_ACTORS = {"a_cambodia", "a_thailand", "a_hun_manet", "a_anutin", "a_us"}


@pytest.mark.parametrize(
    ("ru_pub", "ru_named", "ru_lang", "merged"),
    [
        ("2025-07-25", BORDER_ACTORS - {"a_anutin"} | {"a_tass"}, "ru", True),
        ("2025-11-25", BORDER_ACTORS - {"a_anutin"} | {"a_tass"}, "ru", False),
        ("2025-07-25", {"a_us", "a_tass", "a_trump", "a_putin"}, "ru", False),
        ("2025-07-25", BORDER_ACTORS - {"a_anutin"} | {"a_tass"}, "en", False),
    ],
    ids=["same-story-other-language", "same-actors-months-apart", "only-shared-generic-actor",
         "same-language-left-to-words"],
)
def test_stories_actor_centroids_join_the_halves_of_one_story_across_languages(ru_pub, ru_named, ru_lang, merged):
    """Rule 5: the English and the Russian reports of one border clash share no word term and
    no cluster, but name the same states and leaders: one story. The same actors months later,
    or a Russian pair naming only an actor every story names, stay apart; two pairs in one
    language are left to their words (rule 4); a third story in the same days (Ukraine talks)
    never joins."""
    e1, c1 = _pair_story("d1", "d2", "2025-07-24", ("a_x", "a_y"))
    e2, c2 = _pair_story("d3", "d4", ru_pub, ("a_z", "a_w"))
    e3, c3 = _pair_story("d5", "d6", "2025-07-24", ("a_v", "a_u"))
    talks = {"a_us", "a_ukraine", "a_zelensky", "a_witkoff"}
    docs = [doc("d1", "2025-07-24"), doc("d2", "2025-07-24"), doc("d3", ru_pub), doc("d4", ru_pub),
            doc("d5", "2025-07-24"), doc("d6", "2025-07-24")]
    for d in docs:
        d.language = ru_lang if d.id in ("d3", "d4") else "en"
    terms = {"d1": BORDER_EN, "d2": {**BORDER_EN, "shelling": 1}, "d3": BORDER_RU, "d4": {**BORDER_RU, "обстрел": 1},
             "d5": VOTE, "d6": {**VOTE, "poll": 1}}
    named = {"d1": BORDER_ACTORS, "d2": BORDER_ACTORS - {"a_us"}, "d3": ru_named, "d4": ru_named, "d5": talks,
             "d6": talks}
    stories = group_stories(docs, [*e1, *e2, *e3], [*c1, *c2, *c3], named=named, terms=terms)
    by_doc = {d: s.id for s in stories for d in s.documents}
    assert (by_doc["d1"] == by_doc["d3"]) is merged
    assert by_doc["d5"] == by_doc["d6"] != by_doc["d1"] and by_doc["d3"] != by_doc["d5"]


@pytest.mark.parametrize(("second_named", "merged"),
                         [({"a_israel", "a_iran", "a_salami", "a_bagheri"}, True),
                          ({"a_kestovia", "a_velgrad_mayor", "a_ostrova"}, False)],
                         ids=["halves-name-the-same-people", "two-stories-of-the-same-days"])
def test_stories_wide_cluster_merges_only_stories_naming_alike_actors(second_named, merged):
    """Rule 3 through a cluster of states only: the strike reports and the next day's toll
    reports name the same commanders, one story; a different story of the same days that the
    clusterer's state-only cluster also covers names other people, and stays apart."""
    e1, c1 = _pair_story("d1", "d2", "2025-06-13", ("a_x", "a_y"))
    e2, c2 = _pair_story("d3", "d4", "2025-06-14", ("a_z", "a_w"))
    wide = [ev(f"s_{d}", d, "2025-06-13", actor=("a_israel",), recipient=("a_iran",), typ="ASSAULT")
            for d in ("d1", "d2", "d3", "d4")]
    first = {"a_israel", "a_iran", "a_salami", "a_bagheri", "a_netanyahu"}
    named = {"d1": first, "d2": first - {"a_netanyahu"}, "d3": second_named, "d4": second_named,
             "d5": {"a_quake", "a_rescuers"}, "d6": {"a_quake", "a_rescuers"}}
    e3, c3 = _pair_story("d5", "d6", "2025-06-13", ("a_v", "a_u"))
    docs = [doc(d, "2025-06-13" if d in ("d1", "d2", "d5", "d6") else "2025-06-14") for d in named]
    stories = group_stories(docs, [*e1, *e2, *e3, *wide], [*c1, *c2, *c3, cluster("c_wide", *wide)], named=named)
    by_doc = {d: s.id for s in stories for d in s.documents}
    assert (by_doc["d1"] == by_doc["d3"]) is merged
    assert by_doc["d1"] == by_doc["d2"] and by_doc["d3"] == by_doc["d4"]


TRUCE_EN = {"ceasefire": 2, "truce": 2, "mediation": 1}
TRUCE_RU = {"перемирие": 2, "посредничество": 1, "переговоры": 1}


@pytest.mark.parametrize(
    ("pair_pub", "pair_named", "merged"),
    [
        ("2025-07-26", BORDER_ACTORS - {"a_anutin"} | {"a_tass"}, True),
        ("2025-11-26", BORDER_ACTORS - {"a_anutin"} | {"a_tass"}, False),
        ("2025-07-26", {"a_us", "a_tass", "a_trump", "a_putin"}, False),
    ],
    ids=["mixed-pair-of-the-story", "same-actors-months-apart", "only-shared-generic-actor"],
)
def test_stories_actor_centroids_join_a_mixed_pair_to_its_mixed_story(pair_pub, pair_named, merged):
    """Rule 5, second series: an English and a Russian report of the border clashes form a pair
    of their own (about the truce: no word in common with the story's reports), apart from the
    English-and-Russian story of the clashes. The two are told in the same set of languages,
    which the first series never compares; both are mixed, so the second does: one story. The
    same actors months later, or a pair naming only actors every story names, stay apart."""
    e1, c1 = _pair_story("d1", "d2", "2025-07-24", ("a_x", "a_y"))
    e2, c2 = _pair_story("d2", "d3", "2025-07-24", ("a_z", "a_w"))
    e3, c3 = _pair_story("d5", "d6", pair_pub, ("a_v", "a_u"))
    e4, c4 = _pair_story("d7", "d8", "2025-07-24", ("a_s", "a_t"))
    docs = [doc("d1", "2025-07-24"), doc("d2", "2025-07-24"), doc("d3", "2025-07-24"), doc("d5", pair_pub),
            doc("d6", pair_pub), doc("d7", "2025-07-24"), doc("d8", "2025-07-24")]
    for d in docs:
        d.language = "ru" if d.id in ("d3", "d6") else "en"
    talks = {"a_us", "a_ukraine", "a_zelensky", "a_witkoff"}
    terms = {"d1": BORDER_EN, "d2": {**BORDER_EN, "shelling": 1}, "d3": BORDER_RU, "d5": TRUCE_EN, "d6": TRUCE_RU,
             "d7": VOTE, "d8": {**VOTE, "poll": 1}}
    named = {"d1": BORDER_ACTORS, "d2": BORDER_ACTORS - {"a_us"}, "d3": BORDER_ACTORS - {"a_anutin"},
             "d5": pair_named, "d6": pair_named, "d7": talks, "d8": talks}
    stories = group_stories(docs, [*e1, *e2, *e3, *e4], [*c1, *c2, *c3, *c4], named=named, terms=terms)
    by_doc = {d: s.id for s in stories for d in s.documents}
    assert by_doc["d1"] == by_doc["d3"] and by_doc["d5"] == by_doc["d6"]
    assert (by_doc["d1"] == by_doc["d5"]) is merged
    assert by_doc["d7"] == by_doc["d8"] not in (by_doc["d1"], by_doc["d5"])
