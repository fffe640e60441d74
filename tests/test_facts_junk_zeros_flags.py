"""A junk zero never stands against a real count as a flag.

Two invented reports of one arrest: one says police "released two details" of the suspects,
the other that "no further details were released". Before the denial rule required a counted
thing, the second became "zero details released" and could meet the first's two as a
"cannot both be true" (a conflict of 'no details (0)' against '2 details'). Nordmark and Kavala are fictional.
"""

from __future__ import annotations

from counterpoint.pipeline import run_paths
from counterpoint.records import FLAG_KINDS, is_denial

A = ("KAVALA, June 10 (Wire) - Nordmark police detained three suspects in Kavala on Tuesday, "
     "a police spokesman said. Police released two details about the suspects on Tuesday.\n")
B = ("KAVALA, June 10 (Daily) - Nordmark police detained three suspects in Kavala on Tuesday, "
     "a police spokesman said. No further details were released about the suspects.\n")


def test_facts_junk_zeros_never_meet_a_count_in_a_flag(tmp_path):
    paths = []
    for name, text in (("a.txt", A), ("b.txt", B)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    result = run_paths(paths)
    flags = [d for c in result.clusters for d in c.discrepancies if (d.kind or "conflict") in FLAG_KINDS]
    zero_flags = [d for d in flags if d.field == "quantity" and any(v.value.startswith(("0", "none", "no "))
                                                                     for v in d.values)]
    assert zero_flags == []
    assert [q.text for e in result.events for q in e.counts or [] if is_denial(q)] == []
