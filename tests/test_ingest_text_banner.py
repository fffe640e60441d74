"""A saved page's date banner above the headline is a date line, not the title (real pages
opened with "Monday, June 2, 2025" and the analysis lost the lead behind it)."""

from __future__ import annotations

import pytest

from counterpoint.ingest.text import split_plain

LEAD = "Drones struck two air bases on Sunday, the ministry said in a statement. Officials denied any losses."


@pytest.mark.parametrize(
    ("raw", "title", "published", "starts"),
    [
        (f"Monday, June 2, 2025\nDrones Hit Two Air Bases\n\n{LEAD}\n", "Drones Hit Two Air Bases", "2025-06-02", "Drones struck"),
        (f"Tuesday, 03 June 2025 12:17 GMT\n\n{LEAD}\nMore text follows here.\n", None, "2025-06-03", "Drones struck"),
        (f"June 2, 2025\nJune 3, 2025\nDrones Hit Two Air Bases\n{LEAD}\n", "Drones Hit Two Air Bases", "2025-06-02", "Drones struck"),
        (f"Drones Hit Two Air Bases\nJune 2, 2025\n{LEAD}\n", "Drones Hit Two Air Bases", "2025-06-02", "Drones struck"),
        (f"On Sunday the drones came.\n{LEAD}\n", "On Sunday the drones came.", None, "Drones struck"),
        (f" date 2025-06-02 Drones hit two air bases in a night raid\n{LEAD}\n",
         "date 2025-06-02 Drones hit two air bases in a night raid", None, "Drones struck"),
    ],
    ids=["banner-then-headline", "banner-then-lead", "two-banners", "byline-date-after-title", "short-first-line",
         "stamp-with-headline-is-the-title"],
)
def test_ingest_text_date_banner_is_not_the_title(raw, title, published, starts):
    out = split_plain(raw)
    assert out["title"] == title
    assert out["published"] == published
    assert out["text"].startswith(starts)
