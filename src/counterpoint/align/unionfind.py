"""Disjoint sets, shared by actor resolution and story grouping."""

from __future__ import annotations

from array import array
from collections.abc import Hashable, Iterable
from typing import Any

import numpy as np


class UnionFind:
    """Disjoint sets over hashable, orderable items. The smallest item of a set is its root, so
    the sets and their roots do not depend on the order of the unions."""

    def __init__(self, items: Iterable[Hashable]) -> None:
        self.parent: dict[Any, Any] | array = {i: i for i in items}

    def find(self, x: Any) -> Any:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Any, b: Any) -> Any:
        """Join the sets of ``a`` and ``b``; returns the root of the joined set."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
        return min(ra, rb)


class IndexUnionFind(UnionFind):
    """:class:`UnionFind` over the positions ``0 .. n - 1``, with the parents in a flat array
    (a dict of 100,000 ids and their parents held some 10 MB)."""

    def __init__(self, n: int) -> None:
        self.parent = array("i", range(n))

    def roots(self) -> np.ndarray:
        """The root of every position."""
        return np.fromiter((self.find(i) for i in range(len(self.parent))), np.int32, len(self.parent))
