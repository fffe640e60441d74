"""End to end on the two real seed articles (read from ../shared at run time): the pipeline's
result in the report and the app shows the 20 vs 21 June date conflict, both outlets' labels
for Lukashenko and Kellogg's quotes."""

from __future__ import annotations

import pytest

from .fixtures_browser import block_network, browser, serve_app, shot  # noqa: F401 - fixture

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def seeds(seeds_dir, tmp_path_factory):
    """(store path, result, report path) for the seeds, analysed once for this module."""
    from counterpoint.pipeline import run_paths
    from counterpoint.report import write_report

    tmp = tmp_path_factory.mktemp("seeds")
    result = run_paths([seeds_dir], db=str(tmp / "seeds.duckdb"))
    return tmp / "seeds.duckdb", result, write_report(result, tmp / "seeds.html")


@pytest.fixture
def page(browser):  # noqa: F811
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    p = ctx.new_page()
    yield p
    ctx.close()


def _june_conflict(result):
    for c in result.clusters:
        for d in c.discrepancies:
            vals = {v.value[:10] for v in d.values}
            if d.kind == "conflict" and d.field == "date" and {"2025-06-20", "2025-06-21"} <= vals:
                return c
    return None


def _actor(result, needle: str):
    found = [a for a in result.actors if needle in a.name]
    assert found, f"no actor named like {needle!r}"
    return found[0]


def test_seeds_report_june_conflict(seeds, page) -> None:
    _db, result, path = seeds
    assert _june_conflict(result) is not None, "the pipeline found no 20 vs 21 June date conflict"
    attempted = block_network(page)
    page.goto(path.as_uri())
    for v in ("20 June 2025", "21 June 2025"):
        assert page.locator("#discrepancies a.value", has_text=v).first.is_visible()
    page.locator("#discrepancies a.value", has_text="20 June 2025").first.click()
    page.locator("#columns .target").first.wait_for(state="visible")
    shot(page, "seeds_report_conflict")
    assert attempted == []


def test_seeds_report_labels_and_quotes(seeds, page) -> None:
    _db, result, path = seeds
    block_network(page)
    page.goto(path.as_uri())
    luka = _actor(result, "Lukash").name
    for outlet in sorted({d.outlet for d in result.documents}):
        panel = page.locator("#actors .panel").filter(has=page.locator("h3", has_text=outlet))
        row = panel.locator("tr").filter(has=page.locator("td.actor", has_text=luka))
        assert row.locator(".chip.label").count() >= 1, f"{outlet}: no label for {luka} shown"
    kellogg = _actor(result, "Kellogg").name
    assert page.locator("#quotes tr", has_text=kellogg).count() >= 1
    page.locator("#actors").scroll_into_view_if_needed()
    shot(page, "seeds_report_actors")


def test_seeds_app(seeds, page) -> None:
    from counterpoint.web import create_app

    db, result, _path = seeds
    kellogg, luka = _actor(result, "Kellogg"), _actor(result, "Lukash")
    with serve_app(create_app(str(db))) as base:
        page.goto(f"{base}/actor/{kellogg.id}")
        assert page.locator("main li", has_text="“").count() >= 1, "no Kellogg quotes on the actor page"
        page.goto(f"{base}/actor/{luka.id}")
        rows = page.locator("main table").first.locator("tbody tr")
        assert rows.count() == len({d.outlet for d in result.documents}), "labels missing for an outlet"
        shot(page, "seeds_app_lukashenko")
        cl = _june_conflict(result)
        assert cl is not None, "the pipeline found no 20 vs 21 June date conflict"
        page.goto(f"{base}/cluster/{cl.id}")
        assert page.locator("a.value", has_text="20 June 2025").first.is_visible()
        assert page.locator("a.value", has_text="21 June 2025").first.is_visible()
        shot(page, "seeds_app_cluster")
        page.locator("a.value", has_text="21 June 2025").first.click()
        page.wait_for_url("**/document/**")
        assert page.locator("#target").is_visible()
