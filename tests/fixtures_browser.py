"""Helpers for the browser tests: Debian's chromium under Playwright, a screenshot folder,
and the web app served by uvicorn in a thread on a free loopback port."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REPO = Path(__file__).resolve().parents[1]


def screenshot_dir() -> Path:
    d = Path(os.environ.get("COUNTERPOINT_SCREENSHOTS", REPO / "screenshots"))
    d.mkdir(parents=True, exist_ok=True)
    return d


def shot(page, name: str) -> Path:  # noqa: ANN001 - playwright Page
    p = screenshot_dir() / f"{name}.png"
    page.screenshot(path=str(p), full_page=False)
    print(f"screenshot: {p}")
    return p


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not found (install Debian's chromium: apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve_app(app) -> Iterator[str]:  # noqa: ANN001 - a FastAPI app
    """Run ``app`` with uvicorn in a daemon thread; yields its base URL; stops it after."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=server.run, daemon=True)
    t.start()
    deadline = time.time() + 20
    while not server.started:
        if time.time() > deadline or not t.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        t.join(timeout=10)


def block_network(page, base: str = "file://") -> list[str]:  # noqa: ANN001 - playwright Page
    """Abort every request not under ``base``; returns the list of attempted outside URLs."""
    attempted: list[str] = []

    def handle(route) -> None:  # noqa: ANN001
        url = route.request.url
        if url.startswith(base) or url.startswith("data:"):
            route.continue_()
        else:
            attempted.append(url)
            route.abort()

    page.route("**/*", handle)
    return attempted
