"""MUC, B³, CEAF-e and CoNLL on textbook examples with known answers."""

from __future__ import annotations

import pytest

from counterpoint.eval.corefmetrics import b_cubed, ceaf_e, conll, muc

# Pradhan et al. (2014), "Scoring coreference partitions of predicted mentions", Fig. 1:
# key {a b c} {d e f g}; response {a b} {c d} {f g h i}.
KEY = [{"a", "b", "c"}, {"d", "e", "f", "g"}]
RESPONSE = [{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}]


def test_pradhan_2014_example() -> None:
    assert muc(KEY, RESPONSE) == pytest.approx((0.4, 0.4, 0.4))
    r, p, _ = b_cubed(KEY, RESPONSE)
    assert (r, p) == pytest.approx((35 / 84, 0.5))
    r, p, _ = ceaf_e(KEY, RESPONSE)
    assert (r, p) == pytest.approx((0.65, 1.3 / 3))


@pytest.mark.parametrize(
    ("key", "response", "expected"),
    [
        # Vilain et al. (1995): splitting one 4-chain into two pairs loses one of three links.
        ([{1, 2, 3, 4}], [{1, 2}, {3, 4}], (2 / 3, 1.0)),
        ([{1, 2}, {3, 4}], [{1, 2, 3, 4}], (1.0, 2 / 3)),
        ([{1}, {2}], [{1}, {2}], (0.0, 0.0)),  # MUC ignores singletons entirely
    ],
)
def test_muc_links(key, response, expected) -> None:
    r, p, _ = muc(key, response)
    assert (r, p) == pytest.approx(expected)


def test_perfect_and_all_singletons() -> None:
    key = [{1, 2, 3}, {4, 5}, {6}]
    assert conll(key, key)["conll_f1"] == pytest.approx(100.0)
    single = [{m} for c in key for m in c]
    out = conll(key, single)
    assert out["muc_f1"] == 0.0
    assert out["b3_p"] == pytest.approx(100.0) and out["b3_r"] == pytest.approx(
        100 * (3 * 1 / 3 + 2 * 1 / 2 + 1) / 6
    )
    # CEAF-e: best alignment gives similarities 2/4 + 2/3 + 1 over 3 key / 6 response entities.
    assert out["ceafe_r"] == pytest.approx(100 * (0.5 + 2 / 3 + 1) / 3)
    assert out["ceafe_p"] == pytest.approx(100 * (0.5 + 2 / 3 + 1) / 6)


def test_ceaf_assignment_is_one_to_one() -> None:
    # Greedy would align the big key entity to the big response and leave {3} unmatched worse.
    key = [{1, 2, 3}, {4}]
    response = [{1, 2}, {3, 4}]
    r, p, _ = ceaf_e(key, response)
    best = max(2 * 2 / 5 + 2 * 1 / 3, 2 * 1 / 5 + 0)
    assert r == pytest.approx(best / 2) and p == pytest.approx(best / 2)
