"""Coreference metrics: MUC, B³, CEAF-e and the CoNLL average, from their standard definitions.

Implemented here (rather than shelling out to the Perl reference scorer) so evaluations run
offline in-process; the definitions follow the CoNLL-2012 reference scorer (Pradhan et al.,
2014): MUC counts links (Vilain et al., 1995), B³ averages per-mention precision/recall
(Bagga and Baldwin, 1998), CEAF-e aligns entities one-to-one with the similarity
φ4 = 2|K∩R| / (|K|+|R|) (Luo, 2005). Clusters are collections of hashable mention ids;
mentions present on only one side count as they do in the reference scorer (a predicted
mention absent from the key costs precision, and vice versa).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

Clusters = list[frozenset]


def _norm(clusters: Iterable[Iterable[Hashable]]) -> Clusters:
    return [frozenset(c) for c in clusters if c]


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _muc_side(a: Clusters, b: Clusters) -> tuple[float, float]:
    where = {m: i for i, c in enumerate(b) for m in c}
    num = den = 0.0
    for c in a:
        parts = {where.get(m, ("solo", m)) for m in c}
        num += len(c) - len(parts)
        den += len(c) - 1
    return num, den


def muc(
    key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]
) -> tuple[float, float, float]:
    """(recall, precision, F1) by the MUC link-based definition."""
    k, r = _norm(key), _norm(response)
    rn, rd = _muc_side(k, r)
    pn, pd = _muc_side(r, k)
    rec = rn / rd if rd else 0.0
    prec = pn / pd if pd else 0.0
    return rec, prec, _f1(prec, rec)


def b_cubed(
    key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]
) -> tuple[float, float, float]:
    """(recall, precision, F1) by B³ (mention-averaged)."""
    k, r = _norm(key), _norm(response)
    kc = {m: c for c in k for m in c}
    rc = {m: c for c in r for m in c}
    rec = sum(len(c & rc[m]) / len(c) for c in k for m in c if m in rc)
    prec = sum(len(c & kc[m]) / len(c) for c in r for m in c if m in kc)
    nk, nr = sum(len(c) for c in k), sum(len(c) for c in r)
    rec = rec / nk if nk else 0.0
    prec = prec / nr if nr else 0.0
    return rec, prec, _f1(prec, rec)


def _assignment_max(weights: list[list[float]]) -> float:
    """Maximum-weight one-to-one assignment (Hungarian algorithm, rectangular allowed)."""
    n, m = len(weights), len(weights[0]) if weights else 0
    if n == 0 or m == 0:
        return 0.0
    transpose = n > m
    if transpose:
        weights = [list(col) for col in zip(*weights, strict=True)]
        n, m = m, n
    big = max(max(row) for row in weights)
    cost = [[big - w for w in row] for row in weights]
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    p, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return sum(weights[p[j] - 1][j - 1] for j in range(1, m + 1) if p[j])


def ceaf_e(
    key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]
) -> tuple[float, float, float]:
    """(recall, precision, F1) by entity-based CEAF (φ4), aligned per connected component."""
    k, r = _norm(key), _norm(response)
    if not k or not r:
        return 0.0, 0.0, 0.0
    # Only overlapping entities can align, so solve the assignment per connected component.
    where_r: dict[Hashable, int] = {m: j for j, c in enumerate(r) for m in c}
    adj_k: list[set[int]] = [{where_r[m] for m in c if m in where_r} for c in k]
    adj_r: list[set[int]] = [set() for _ in r]
    for i, js in enumerate(adj_k):
        for j in js:
            adj_r[j].add(i)
    seen_k: set[int] = set()
    total = 0.0
    for start in range(len(k)):
        if start in seen_k or not adj_k[start]:
            continue
        ks, rs, todo = {start}, set(), [("k", start)]
        while todo:
            side, x = todo.pop()
            for y in adj_k[x] if side == "k" else adj_r[x]:
                if side == "k" and y not in rs:
                    rs.add(y)
                    todo.append(("r", y))
                elif side == "r" and y not in ks:
                    ks.add(y)
                    todo.append(("k", y))
        seen_k |= ks
        kl, rl = sorted(ks), sorted(rs)
        w = [[2 * len(k[i] & r[j]) / (len(k[i]) + len(r[j])) for j in rl] for i in kl]
        total += _assignment_max(w)
    rec, prec = total / len(k), total / len(r)
    return rec, prec, _f1(prec, rec)


def conll(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> dict[str, float]:
    """All metrics as F1 (0..100 scale like published tables) plus their recall/precision."""
    k, r = _norm(key), _norm(response)
    out: dict[str, float] = {}
    for name, fn in (("muc", muc), ("b3", b_cubed), ("ceafe", ceaf_e)):
        rec, prec, f = fn(k, r)
        out[f"{name}_r"], out[f"{name}_p"], out[f"{name}_f1"] = 100 * rec, 100 * prec, 100 * f
    out["conll_f1"] = (out["muc_f1"] + out["b3_f1"] + out["ceafe_f1"]) / 3
    return out


__all__ = ["b_cubed", "ceaf_e", "conll", "muc"]
