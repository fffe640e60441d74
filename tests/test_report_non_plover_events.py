"""Events with no PLOVER category (a crash, an earthquake) are shown by their general kind in
the report and the app, never as "None", and do not break sorting."""

from __future__ import annotations

import re

from counterpoint.ingest import read_text
from counterpoint.pipeline import analyze_into_store
from counterpoint.report.html import render_report
from counterpoint.report.model import build_view
from counterpoint.store import Store

TEXTS = [
    ("Wire A", "A passenger plane crashed into a hostel in Ostra on Thursday, killing 40 people. "
               "Police detained two men near the airport on Thursday."),
    ("Daily B", "The plane crashed into a hostel in Ostra on Thursday with 42 people on board."),
]


def test_report_non_plover_events_show_their_kind():
    docs = [read_text(t, outlet=o, published="2025-06-13", title=f"{o} report") for o, t in TEXTS]
    with Store.open(":memory:") as store:
        analyze_into_store(store, docs, workers=1)
        result = store.load_result()
    assert any(e.type is None and e.kind == "accident" for e in result.events)
    view = build_view(result)
    assert "accident" in view["event_types"] and None not in view["event_types"]
    assert all(row["type"] for row in view["clusters"])
    html = render_report(result)
    assert not re.search(r"<td>None</td>", html)
