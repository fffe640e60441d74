"""A synthetic 1,000-document result: the report renders fast and stays a reasonable size
(texts ride in the JSON blob; the DOM is built lazily by the script)."""

from __future__ import annotations

import time

from counterpoint.report import render_report

from .fixtures_result import big_result


def test_thousand_documents_render_time_and_size() -> None:
    res = big_result(1000)
    t0 = time.perf_counter()
    html = render_report(res)
    took = time.perf_counter() - t0
    size = len(html.encode("utf-8"))
    print(f"1000 docs: {took:.2f}s, {size / 1e6:.2f} MB")
    assert took < 20
    text_bytes = sum(len((d.text or "").encode()) for d in res.documents)
    assert size < 4 * text_bytes + 2_000_000
    # documents are not pre-rendered as DOM: one reader container, texts only inside the blob
    assert html.count('class="docbody"') == 0
    assert html.count(' data-cluster="cl_meeting_') == 500
