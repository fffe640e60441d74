"""The demo as a reader sees it, in headless chromium with the network blocked: the report
of the bundled example story and a cluster page of the web app, screenshotted into
$COUNTERPOINT_SCREENSHOTS. Checks what a new user tripped over: event titles that say what
happened and take no side, dates in words, the timeline's last label inside the chart, dense
days spread out, background events in their own lane, explained Tone/Quoted columns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .fixtures_browser import block_network, browser, serve_app, shot  # noqa: F401 - fixture

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    from counterpoint.cli import examples_dir
    from counterpoint.pipeline import analyze

    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    ex = examples_dir()
    analyze([str(p) for p in sorted(ex.glob("*.txt"))], db=db, manifest=ex / "manifest.csv", workers=1)
    return db


@pytest.fixture
def page(browser):  # noqa: F811
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    p = ctx.new_page()
    yield p
    ctx.close()


def test_browser_demo_report_reads(page, demo_db: Path, tmp_path: Path) -> None:
    from counterpoint.report import write_report
    from counterpoint.store import Store

    with Store.open(str(demo_db), read_only=True) as store:
        path = write_report(store.load_result(), tmp_path / "report.html")
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    attempted = block_network(page)
    page.goto(path.as_uri())
    shot(page, "demo_report_top")
    # titles: the meeting is named without the place the outlets disagree on
    rows = page.locator("#coverage tbody tr td:first-child").all_text_contents()
    meeting = [r for r in rows if "Marsh" in r and "met" in r]
    assert meeting, rows
    assert not any(p in meeting[0] for p in ("Dravsk", "Lesnograd"))
    assert not any(re.fullmatch(r"[A-Z][a-z]+s?", r.strip()) for r in rows), rows  # no bare verbs ("Hails")
    # dates as words, never codes
    dates = page.locator("#coverage tbody tr td:nth-child(3)").all_text_contents()
    assert not any(re.search(r"\d{4}-(\d{2}|SP|SU|FA|WI)", d) for d in dates), dates
    assert "spring 2026" in page.locator("#timeline").inner_text() or "spring 2026" in " ".join(dates)
    # timeline: every tick label inside the chart, dense days spread, a background lane
    svg_box = page.locator("#timeline svg").bounding_box()
    ticks = page.locator("#timeline svg text.tick")
    assert ticks.count() >= 3
    for i in range(ticks.count()):
        b = ticks.nth(i).bounding_box()
        assert b["x"] >= svg_box["x"] - 0.5 and b["x"] + b["width"] <= svg_box["x"] + svg_box["width"] + 0.5, \
            ticks.nth(i).text_content()
    assert page.locator("#timeline svg rect.bg-lane").count() == 1
    assert page.locator("#timeline svg circle.pt.vague").count() >= 1  # Regional Daily's "in March"
    xs = sorted({round(float(c.get_attribute("cx"))) for c in page.locator("#timeline svg circle.pt:not(.bg)").all()})
    assert min(b - a for a, b in zip(xs, xs[1:], strict=False)) >= 40, xs  # days of one week are not one clump
    # the columns a reader could not read are explained
    legend = page.locator("#actors-legend")
    assert legend.is_visible() and "Tone" in legend.inner_text() and "Quoted" in legend.inner_text()
    assert page.locator("#actors th abbr[title]").count() >= 2 * len(page.locator("#actors .panel").all())
    assert "→" not in page.locator("#actors").inner_text()
    page.locator("#discrepancies").scroll_into_view_if_needed()
    shot(page, "demo_report_discrepancies")
    page.locator("#actors").scroll_into_view_if_needed()
    shot(page, "demo_report_actors")
    assert attempted == [] and errors == [], (attempted, errors)


def test_browser_demo_cluster_page(page, demo_db: Path) -> None:
    from counterpoint.web import create_app

    app = create_app(str(demo_db))
    with serve_app(app) as base:
        attempted = block_network(page, base)
        page.goto(f"{base}/")
        assert "event mentions in" in page.locator("#counts").inner_text()
        page.locator("ul.stories a").first.click()
        shot(page, "demo_app_story")
        link = page.locator("table.matrix a", has_text="met").first
        title = link.inner_text()
        link.click()
        h1 = page.locator("h1").inner_text()
        assert h1 == title and not any(p in h1 for p in ("Dravsk", "Lesnograd"))
        meta = page.locator("p.meta").first.inner_text()
        assert "disputed" in meta and "document(s)" not in meta and "3 documents" in meta
        assert page.locator("a.value", has_text="2 March 2026").is_visible()
        shot(page, "demo_app_cluster")
        assert attempted == []


def test_browser_demo_outlet_page_explains_tone(page, demo_db: Path) -> None:
    from counterpoint.web import create_app

    with serve_app(create_app(str(demo_db))) as base:
        block_network(page, base)
        page.goto(f"{base}/outlet/Independent%20Monitor")
        legend = page.locator("p.legend").inner_text()
        assert "Tone" in legend and "Quoted" in legend
        assert page.locator("th abbr[title]").count() == 2
        assert page.locator("td span[title*='negative']").count() >= 1  # a score's own counts on hover
