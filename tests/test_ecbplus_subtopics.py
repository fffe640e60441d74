"""ECB+'s over-merge test: clusters that join documents of two subtopics of one topic."""

from __future__ import annotations

from counterpoint.eval.ecbplus import _across_subtopics, subtopic


def test_ecbplus_subtopic_is_topic_and_half() -> None:
    assert subtopic("20_3ecbplus") == "20_ecbplus"
    assert subtopic("20_11ecb") == "20_ecb"


def test_ecbplus_subtopics_counts_clusters_that_join_two_halves() -> None:
    clusters = [
        [("20_1ecb", 0, [3]), ("20_3ecbplus", 1, [2])],  # two different earthquakes joined
        [("20_1ecb", 2, [0]), ("20_4ecb", 0, [5])],  # one earthquake, two reports
        [("20_5ecbplus", 0, [1])],
    ]
    out = _across_subtopics(clusters)
    assert out["clusters_across_subtopics"] == 1
    assert out["clusters_of_two_or_more"] == 2
    assert out["mentions_in_clusters_across_subtopics"] == 2
