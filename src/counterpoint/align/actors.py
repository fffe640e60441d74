"""Merge per-document (local) actors into corpus-wide (global) actors.

Each document's analysis has its own actor ids; the same person appears in other documents
under other spellings ("Alexander Lukashenko" / "Alyaksandr Lukashenka"). Persons merge by
:func:`~counterpoint.knowledge.names.same_person` in two passes so that relatives are never
chained together: first actors known by a full given name merge with compatible full names
(Viktor and Alexander Lukashenko stay apart); then actors known only by a surname or an
initial join a full-name group only when exactly one compatible group exists in the corpus
(a bare "Lukashenko" in a corpus with both Viktor and Alexander stays its own actor).
Countries merge by ISO3, other kinds by a folded name.

Alias file (``load_aliases``; JSON or TOML, YAML-free)::

    {
      "merge": [["Name A", "Name B", ...], ...],      # these names are one actor
      "split": [["Name X", "Name Y"], ...],           # these names are never one actor
      "canonical": {"variant": "Canonical Name"}      # display name for a (merged) actor
    }

In TOML: ``merge = [["A", "B"]]``, ``split = [["X", "Y"]]`` and a ``[canonical]`` table.
Names match an actor when they equal (case-insensitively, titles stripped) its name, an
alias, or a name mention. ``split`` wins over automatic merging, ``merge`` over ``split``
is not allowed (a name pair in both raises ``CounterpointError`` E040).
"""

from __future__ import annotations

import json
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from ..errors import CounterpointError, E
from ..knowledge.countries import country_name
from ..knowledge.names import (
    PersonName,
    given_compatible,
    given_key,
    loose_surname_key,
    parse_name,
    skeleton,
    strip_titles,
    variant_of,
)
from ..knowledge.orgs import forces_state, org_canonical
from ..knowledge.text import fold
from ..knowledge.translit import (
    given_compatible_any,
    is_cyrillic,
    latin_variants,
    romanize,
    surname_cross_key,
    surname_cross_keys,
)
from ..records import Actor, DocAnalysis, make_id
from .unionfind import UnionFind


def load_aliases(path: str | Path) -> dict:
    """Read a user alias file (``.json`` or ``.toml``) into the dict ``resolve_actors`` takes."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text) if path.suffix.lower() == ".toml" else json.loads(text)
    except (OSError, ValueError) as err:
        raise CounterpointError(E.E040, path=path, reason=err) from err
    out = {
        "merge": [list(map(str, g)) for g in data.get("merge", [])],
        "split": [list(map(str, g)) for g in data.get("split", [])],
        "canonical": {str(k): str(v) for k, v in data.get("canonical", {}).items()},
    }
    merged = {frozenset(_key(n) for n in g) for g in out["merge"]}
    for g in out["split"]:
        keys = [_key(n) for n in g]
        for m in merged:
            if sum(k in m for k in keys) >= 2:
                raise CounterpointError(E.E040, path=path, reason=f"{g!r} is both merged and split")
    return out


def _key(name: str) -> str:
    return fold(strip_titles(name))


def _forms(analysis: DocAnalysis, actor: Actor) -> list[str]:
    forms = [actor.name, *actor.aliases]
    forms += [m.text for m in analysis.mentions if m.actor == actor.id and m.kind == "name"]
    seen: list[str] = []
    for f in forms:
        f = f.strip()
        if f and f not in seen:
            seen.append(f)
    return seen


def _best_person_form(forms: list[str]) -> str:
    """The most complete name: most words with a full given name, then the longest."""

    def rank(f: str) -> tuple[int, int, int]:
        p = parse_name(f)
        return (int(bool(p and p.full)), len(strip_titles(f).split()), len(f))

    return max(forms, key=rank)


def resolve_actors(
    analyses: Iterable[DocAnalysis], aliases: dict | None = None
) -> tuple[list[Actor], dict[str, str]]:
    """Global actors for a corpus and the mapping local actor id -> global actor id
    (``analyses`` is read once, so a store can stream it)."""
    aliases = aliases or {}
    # One item per distinct local actor (kind, name, country and every form it is written
    # in), with the local ids that share it: a person named in 5,000 articles the same way
    # is one item, so memory and work follow the distinct spellings, not the corpus size.
    items: list[tuple[Actor, list[str]]] = []
    local_ids: list[list[str]] = []
    index: dict[tuple, int] = {}
    freq: Counter[str] = Counter()  # how often each surface form is used, for the canonical name
    for an in analyses:
        for actor in an.actors:
            forms = _forms(an, actor)
            sig = (actor.kind, actor.name, actor.country, tuple(forms))
            i = index.get(sig)
            if i is None:
                i = index[sig] = len(items)
                items.append((actor, forms))
                local_ids.append([])
            local_ids[i].append(actor.id)
            freq[strip_titles(actor.name)] += 1
        freq.update(strip_titles(m.text) for m in an.mentions if m.kind == "name")
    del index
    n = len(items)
    uf = UnionFind(range(n))
    keysets = [{_key(f) for f in forms} for _, forms in items]
    by_name: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(keysets):
        for k in ks:
            by_name[k].append(i)

    # Cannot-link constraints from the alias file's "split" groups.
    split_sets = [frozenset(_key(x) for x in g) for g in aliases.get("split", [])]
    group_tags: dict[int, set[tuple[int, str]]] = {}
    for i in range(n):
        group_tags[i] = {(si, k) for si, g in enumerate(split_sets) for k in g if k in keysets[i]}

    def can_join(a: int, b: int) -> bool:
        ta, tb = group_tags[uf.find(a)], group_tags[uf.find(b)]
        return not any(sa == sb and ka != kb for sa, ka in ta for sb, kb in tb)

    def join(a: int, b: int) -> None:
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb or not can_join(a, b):
            return
        r = uf.union(ra, rb)
        group_tags[r] = group_tags[ra] | group_tags[rb]

    # 1. user merges
    for g in aliases.get("merge", []):
        idx = [i for name in g for i in by_name.get(_key(name), [])]
        for i in idx[1:]:
            join(idx[0], i)

    # 2. countries/orgs/groups by ISO3 or folded name
    nonperson: dict[tuple[str, str], int] = {}
    for i, (actor, _) in enumerate(items):
        if actor.kind == "person":
            continue
        place = country_name(actor.name)
        key = actor.country if actor.kind == "country" and actor.country else None
        # A listed organisation compares by its canonical name in any script ("ЦАХАЛ" / "IDF",
        # knowledge/orgs); another Cyrillic name by its romanisation ("Белавиа" / "Belavia").
        name = org_canonical(actor.name) or (romanize(actor.name) if is_cyrillic(actor.name) else actor.name)
        key = key or (place.iso3 if place and place.iso3 else None) or forces_state(actor.name) or _key(name)
        kind = _kind(actor)
        if (kind, key) in nonperson:
            join(nonperson[(kind, key)], i)
        else:
            nonperson[(kind, key)] = i

    # 3. persons: full names first, then surname-only/initial forms when unambiguous.
    # A name written in Cyrillic is compared through its romanisations (knowledge/translit):
    # the one whose surname an English report in the corpus uses, else the ICAO one; its
    # given name is compared as written, in either script (given_compatible_any).
    parsed = {}
    best: dict[int, str] = {}
    given: dict[int, str | None] = {}  # the given name (or initial) as written, any script
    cyrillic: dict[int, bool] = {}
    for i, (actor, forms) in enumerate(items):
        if actor.kind == "person":
            # A Cyrillic actor's name is its nominative (nlp/ru normalises it); its other
            # forms are inflected ("Томом Уэллсом") and would not compare.
            best[i] = actor.name if is_cyrillic(actor.name) else _best_person_form(forms)
            cyrillic[i] = is_cyrillic(best[i])
    latin_keys = {p.surname_key for i, f in best.items() if not cyrillic[i] and (p := parse_name(f))}
    for i, form in best.items():
        written = parse_name(form)
        if written is None:
            continue
        if cyrillic[i]:
            variants = [p for v in latin_variants(form) if (p := parse_name(v))]
            # a double surname's first part, when English reports use it alone
            # ("Ферейдун Аббаси-Давани" / "Fereydoun Abbasi"); a full name only
            variants += [p for v in latin_variants(_first_of_double(form)) if written.full and (p := parse_name(v))]
            p = next((v for v in variants if v.surname_key in latin_keys), variants[0] if variants else None)
        else:
            p = written
        if p:
            parsed[i] = p
            given[i] = written.given

    def compat(a: int, b: int) -> bool:
        return given_compatible_any(given[a], given[b])

    by_surname: dict[str, list[int]] = defaultdict(list)
    for i, p in parsed.items():
        by_surname[p.surname_key].append(i)
    for members in by_surname.values():
        full_all = [i for i in members if parsed[i].full]
        # Occurrences with the same given name (as written) are the same name: merge them
        # first and compare distinct names only, so cost follows the number of distinct
        # spellings, not the number of documents mentioning the person.
        first_of: dict[str, int] = {}
        for i in full_all:
            g = given[i] or ""
            if g in first_of:
                join(first_of[g], i)
            else:
                first_of[g] = i
        full = list(first_of.values())
        for x, i in enumerate(full):
            for j in full[x + 1 :]:
                if uf.find(i) != uf.find(j) and compat(i, j):
                    # merge only if every full given name in both groups is compatible
                    gi = [k for k in full if uf.find(k) == uf.find(i)]
                    gj = [k for k in full if uf.find(k) == uf.find(j)]
                    if all(compat(a, b) for a in gi for b in gj):
                        join(i, j)
        partial = [i for i in members if not parsed[i].full]
        roots = {uf.find(i) for i in full}
        given_by_root: dict[int, list[int]] = defaultdict(list)
        for k in full:
            given_by_root[uf.find(k)].append(k)
        for i in partial:
            gi = given[i]
            cands = {r for r in roots if not gi or all(compat(i, g) for g in given_by_root[r])}
            if len(cands) == 1:
                join(next(iter(cands)), i)
            elif not roots:
                others = [k for k in partial if k != i and uf.find(k) != uf.find(i)]
                for k in others:
                    if not given[i] or not given[k] or compat(i, k):
                        join(i, k)

    _join_variants(parsed, uf, join)

    # 3b. Cyrillic names of non-Slavic people ("Кит Келлог", "Коул") follow English sound,
    # not spelling, so romanisation may miss them: a Cyrillic-only group joins a Latin group
    # whose surname has a consonant key it can have (knowledge/translit.cross_key) and whose given
    # names are all compatible, only when exactly one such Latin group exists.
    members_of: dict[int, list[int]] = defaultdict(list)
    for i in parsed:
        members_of[uf.find(i)].append(i)
    latin_by_key: dict[str, set[int]] = defaultdict(set)
    for r, ms in members_of.items():
        for k in ms:
            if not cyrillic[k] and len((ck := surname_cross_key(best[k])).rstrip("F")) >= 2:
                latin_by_key[ck].add(r)
    for ms in list(members_of.values()):
        if any(not cyrillic[k] for k in ms):
            continue
        # the keys every member's surname can have (Нетаниягу: г as g, else as a foreign h),
        # the first that some Latin group has
        shared = set.intersection(*(set(surname_cross_keys(best[k])) for k in ms))
        cands: set[int] = set()
        for key in (k for k in surname_cross_keys(best[ms[0]]) if k in shared):
            cands = {
                lr for lr in latin_by_key.get(key, ())
                if all(compat(a, b) for a in ms for b in members_of[lr] if given[a] and given[b])
            }
            if cands:
                break
        if len(cands) > 1:
            # a full name matches a full name: "Джей Ди Вэнс" is "JD Vance", not a lone
            # "Vance" the English side could not place (nor "Rebuking Vance", whose given
            # name does not fit)
            named = {lr for lr in cands if any(given[a] and given[b] for a in ms for b in members_of[lr])}
            cands = named if len(named) == 1 else cands
        if len(cands) == 1:
            lr = next(iter(cands))
            join(lr, ms[0])
            members_of[lr] = members_of[lr] + ms  # later Cyrillic groups must fit these names too

    # 4. build global actors
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(i)
    canonical_map = {_key(k): v for k, v in aliases.get("canonical", {}).items()}
    actors: list[Actor] = []
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for members in groups.values():
        kinds = Counter({k: 0 for k in dict.fromkeys(_kind(items[i][0]) for i in members)})
        for i in members:
            kinds[_kind(items[i][0])] += len(local_ids[i])
        kind = kinds.most_common(1)[0][0]
        all_forms: list[str] = []
        for i in members:
            for f in items[i][1]:
                if f not in all_forms:
                    all_forms.append(f)
        name = _canonical_name(
            kind, [items[i][0] for i in members], all_forms, freq, [len(local_ids[i]) for i in members]
        )
        for f in all_forms:
            if _key(f) in canonical_map:
                name = canonical_map[_key(f)]
                break
        countries: Counter[str] = Counter()
        for i in members:
            if c := items[i][0].country or forces_state(items[i][0].name):
                countries[c] += len(local_ids[i])
        country = countries.most_common(1)[0][0] if countries else None
        ckey = _canonical_key(kind, name, country)
        gid = make_id("actor", kind, ckey)
        if gid in used:  # e.g. a split pair sharing a key: disambiguate deterministically
            gid = make_id("actor", kind, ckey, *sorted(all_forms))
        used.add(gid)
        actors.append(Actor(id=gid, name=name, kind=kind, aliases=all_forms, country=country))
        for i in members:
            for local in local_ids[i]:
                mapping[local] = gid
    actors.sort(key=lambda a: (a.kind, a.name, a.id))
    return actors, mapping


def _first_of_double(name: str) -> str:
    """The name with only the first part of a hyphenated surname ("Аббаси-Давани" -> "Аббаси")."""
    words = name.split()
    return " ".join([*words[:-1], words[-1].split("-")[0]]) if words and "-" in words[-1] else name


def _kind(actor: Actor) -> str:
    """The kind an actor merges as: a state's armed forces that outlets write for the state
    acting ("ВСУ", knowledge/orgs.forces_state) are that country, as the English pipeline
    reads "Ukrainian forces" as Ukraine."""
    return "country" if actor.kind == "org" and forces_state(actor.name) else actor.kind


def _join_variants(parsed: dict[int, PersonName], uf: UnionFind, join) -> None:
    """Step 3b: persons whose surname skeletons differ but who are one person: the other name
    order ("Sumeet Sabharwal" / "Sabharwal Sumeet") or a sound-based respelling from a
    Russian-language source ("John Coale" / "John Coel"), by
    :func:`~counterpoint.knowledge.names.variant_of` (given names must agree). A surname-only
    form ("Coel") then joins the one full-name group its loose key points to, if exactly one.
    Candidates are bucketed by key, so the cost follows the distinct spellings."""
    full = {i: p for i, p in parsed.items() if p.full}
    buckets: dict[object, list[int]] = defaultdict(list)
    for i, p in full.items():
        buckets[("loose", loose_surname_key(p.surname))].append(i)
        buckets[("pair", frozenset((skeleton(p.given or ""), skeleton(p.surname))))].append(i)
    for members in buckets.values():
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if uf.find(i) == uf.find(j) or not variant_of(full[i], full[j]):
                    continue
                gi = [k for k in full if uf.find(k) == uf.find(i)]
                gj = [k for k in full if uf.find(k) == uf.find(j)]
                if all(
                    given_compatible(full[a].given or "", full[b].given or "") or variant_of(full[a], full[b])
                    for a in gi
                    for b in gj
                ):
                    join(i, j)
    for i, p in parsed.items():
        if p.full or p.given or len(p.surname) < 4:
            continue
        if any(uf.find(k) == uf.find(i) for k in full):
            continue  # already with a full name of its own spelling
        roots = {
            uf.find(k) for k in full if loose_surname_key(full[k].surname) == loose_surname_key(p.surname)
        }
        if len(roots) == 1:
            join(next(iter(roots)), i)


def _canonical_name(
    kind: str, actors: list[Actor], forms: list[str], freq: Counter[str], weights: list[int]
) -> str:
    """Countries/orgs: the gazetteer name. Persons: the most complete name (full given name,
    up to three words), then the most frequent in the corpus, then alphabetical. ``weights``:
    how many local actors each of ``actors`` stands for."""
    if kind != "person":
        place = country_name(actors[0].name)
        if place and kind in ("country", "org"):
            return place.name
        listed = next((n for a in actors if kind == "org" and (n := org_canonical(a.name))), None)
        if listed:
            return listed  # "IDF" for a group of "IDF" and "ЦАХАЛ" (knowledge/orgs)
        names: Counter[str] = Counter()
        for a, w in zip(actors, weights, strict=True):
            names[a.name] += w
        # the most used name; on a tie the Latin one (a name given in both scripts)
        return max(names, key=lambda n: (names[n], not is_cyrillic(n)))
    counts = Counter({strip_titles(f): freq[strip_titles(f)] for f in forms})
    counts.update({strip_titles(a.name): 0 for a in actors})
    nominative = {strip_titles(a.name) for a in actors}

    def rank(f: str) -> tuple[int, int, int, int, int, str]:
        p = parse_name(f)
        # A person named in both scripts is shown in Latin letters (the report's language);
        # a Cyrillic name only in its nominative (the actor name), never an inflected form.
        cyr = is_cyrillic(f)
        return (int(bool(p and p.full)), int(not cyr), int(not cyr or f in nominative),
                min(len(f.split()), 3), counts[f], f)

    return max(counts, key=rank)


def _canonical_key(kind: str, name: str, country: str | None) -> str:
    if kind == "person":
        p = parse_name(romanize(name) if is_cyrillic(name) else name)
        if p:
            return f"{p.surname_key}|{given_key(p.given) if p.full else ''}"
    if kind == "country" and country:
        return country
    place = country_name(name)
    if place and place.iso3:
        return place.iso3
    return _key(name)


__all__ = ["load_aliases", "resolve_actors"]
