"""The report opened from disk in headless chromium with the network blocked: the conflict
and labels are visible, a discrepancy value highlights its sentence, events join across
columns, filters hide rows; hostile text never runs."""

from __future__ import annotations

import pytest

from counterpoint.report import write_report

from .fixtures_browser import block_network, browser, shot  # noqa: F401 - fixture
from .fixtures_result import build_result

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser):  # noqa: F811
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    p = ctx.new_page()
    yield p
    ctx.close()


def test_report_offline_conflict_click_highlights_sentence(page, tmp_path) -> None:
    path = write_report(build_result(), tmp_path / "report.html")
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    attempted = block_network(page)
    page.goto(path.as_uri())
    assert page.locator("#discrepancies a.value", has_text="20 June 2025").is_visible()
    assert page.locator("#discrepancies a.value", has_text="21 June 2025").is_visible()
    assert page.locator("#actors .chip.label", has_text="that country's leader").is_visible()
    assert page.locator("#actors .chip.label", has_text="the country's President").is_visible()
    assert page.locator("#timeline svg line.conflict-link").count() >= 1
    page.locator("#discrepancies a.value", has_text="21 June 2025").click()
    target = page.locator("#columns .target").first
    target.wait_for(state="visible")
    assert "21 June" in " ".join(page.locator("#columns .target").all_text_contents())
    shot(page, "report_conflict_click")
    assert attempted == [], attempted
    assert errors == [], errors


def test_report_event_joins_other_column_and_filters(page, tmp_path) -> None:
    path = write_report(build_result(), tmp_path / "report.html")
    block_network(page)
    page.goto(path.as_uri())
    page.locator("#columns .col").nth(0).locator(".k-event").first.click()
    assert page.locator("#columns .col").nth(1).locator(".joined").count() >= 1
    page.select_option("#f-outlet", "Independent Monitor")
    assert not page.locator("#quotes tr.f", has_text="We had a productive meeting").is_visible()
    assert page.locator("#quotes tr.f", has_text="There is no progress").is_visible()
    page.select_option("#f-outlet", "")
    assert page.locator("#quotes tr.f", has_text="We had a productive meeting").is_visible()


def test_report_hostile_text_inert(page, tmp_path) -> None:
    path = write_report(build_result(hostile=True), tmp_path / "hostile.html")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    block_network(page)
    page.goto(path.as_uri())
    page.locator("#discrepancies a.value").first.click()
    page.locator("#columns .col").nth(0).locator(".k-event").first.click()
    page.wait_for_timeout(300)
    assert dialogs == []
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0
    # the payload is shown as text, not parsed
    assert "<script>alert(1)</script>" in page.locator("#columns").inner_text()
    shot(page, "report_hostile")


def test_report_thousand_documents_stays_responsive(page, tmp_path) -> None:
    import time

    from .fixtures_result import big_result

    path = write_report(big_result(1000), tmp_path / "big.html")
    block_network(page)
    t0 = time.perf_counter()
    page.goto(path.as_uri())
    page.locator("#columns .col .text").first.wait_for(state="visible")
    loaded = time.perf_counter() - t0
    # only the two open documents are in the DOM as text; the rest stay in the JSON blob
    assert page.locator("#columns .text").count() == 2
    t0 = time.perf_counter()
    page.select_option("#f-outlet", page.locator("#f-outlet option").nth(1).get_attribute("value"))
    page.locator("#discrepancies a.value").filter(visible=True).first.click()
    page.locator("#columns .target").first.wait_for(state="visible")
    interact = time.perf_counter() - t0
    print(f"1000-doc report: load {loaded:.2f}s, filter+jump {interact:.2f}s")
    assert loaded < 20 and interact < 10
