"""The web app served by uvicorn in a thread, driven by headless chromium: the cluster page
shows both dates and links to the sentences; hostile text never runs."""

from __future__ import annotations

import pytest

from .fixtures_browser import block_network, browser, serve_app, shot  # noqa: F401 - fixture
from .fixtures_result import build_result, store_result

pytestmark = pytest.mark.browser


def _app(hostile: bool):
    from counterpoint.web import create_app

    app = create_app(":memory:")
    store_result(app.state.corpus.store, build_result(hostile=hostile))
    return app


@pytest.fixture
def page(browser):  # noqa: F811
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    p = ctx.new_page()
    yield p
    ctx.close()


def test_cluster_page_conflict_click_through(page) -> None:
    with serve_app(_app(False)) as base:
        attempted = block_network(page, base)
        page.goto(f"{base}/")
        page.get_by_role("link", name="Anna Berg met Viktor Moran").first.click()
        page.get_by_role("link", name="Anna Berg met Viktor Moran").first.click()
        assert page.locator("a.value", has_text="20 June 2025").is_visible()
        assert page.locator("a.value", has_text="21 June 2025").is_visible()
        shot(page, "app_cluster_conflict")
        page.locator("a.value", has_text="20 June 2025").click()
        page.wait_for_url("**/document/doc1**")
        target = page.locator("#target")
        assert target.is_visible()
        assert "20 June" in " ".join(page.locator(".target").all_text_contents())
        shot(page, "app_document_target")
        assert attempted == []


def test_app_hostile_text_inert(page) -> None:
    with serve_app(_app(True)) as base:
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for path in [
            "/",
            "/story/st1",
            "/cluster/cl_meeting",
            "/document/doc1",
            "/actor/act_moran",
            "/search?q=alert",
        ]:
            page.goto(base + path)
            page.wait_for_load_state("load")
            assert page.evaluate("typeof window.__pwned") == "undefined", path
            assert page.locator("img").count() == 0, path
        assert "<script>alert(1)</script>" in page.locator("main").inner_text()
        assert dialogs == []
        shot(page, "app_hostile")
