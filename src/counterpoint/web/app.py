"""The counterpoint web app: server-rendered pages over the store, a JSON API, background jobs.

Pages are Jinja2 templates with autoescape on; the only script is a static file (no inline
JS), so the CSP can forbid inline scripts outright. Every response carries security headers.
Articles are added by URL (http/https to public addresses only, unless the app was created
with ``allow_private_fetch``), by size-limited upload, or as pasted text; analysis runs in a
background thread and the progress page polls ``/api/jobs/{id}``.

Handlers that only read the in-memory snapshot are ``async`` (no threadpool hop, which matters
under many concurrent clients); handlers that touch the store (search, add) stay sync and run in
the threadpool, serialised by the corpus lock.
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..errors import CounterpointError
from ..knowledge.scripts import check_script
from ..records import FLAG_KINDS
from ..report.model import safe_url, segments
from ..report.words import date_words, help_text
from ..wording import plural
from .api import make_api
from .state import Corpus, Snapshot

PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# FastAPI's /docs page loads Swagger UI from a CDN and an inline bootstrap script.
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' https://cdn.jsdelivr.net; img-src 'self' data: https://fastapi.tiangolo.com; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


def _pkg_dir(name: str) -> str:
    return str(files("counterpoint.web").joinpath(name))


def _highlighted(snap: Snapshot, doc_id: str, target: tuple[int, int] | None) -> list[dict[str, Any]]:
    """Text segments of a document with annotation kinds; ``target`` is cut in as "target"."""
    doc = snap.docs[doc_id]
    anns = list(snap.annotations.get(doc_id, []))
    if target:
        anns.append([target[0], target[1], "sentence", "", "target"])
    segs = segments(doc.text or "", anns)
    if target:
        for s in segs:
            s["target"] = target[0] <= s["start"] and s["start"] + len(s["text"]) <= target[1]
    return segs


def create_app(
    db: str = "counterpoint.duckdb", *, allow_private_fetch: bool = False, max_upload_bytes: int = 5_000_000,
    script: str | None = None,
) -> FastAPI:
    """The FastAPI app over the store at ``db`` (":memory:" for tests). Actor names are shown in
    ``script`` ("latin", "cyrillic", "as-written"; None: latin) with their other spellings."""
    from ..store import Store

    script = check_script(script)  # a wrong setting fails here, not on the first page
    corpus = Corpus(Store.open(db, read_only=False), script)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        with corpus.lock:
            corpus.store.close()

    app = FastAPI(
        title="counterpoint",
        summary="Many outlets, one story: events, quotes, labels and conflicts.",
        lifespan=lifespan,
    )
    app.state.corpus = corpus
    app.state.allow_private_fetch = allow_private_fetch
    app.state.max_upload_bytes = max_upload_bytes
    templates = Jinja2Templates(directory=_pkg_dir("templates"))
    templates.env.autoescape = True
    templates.env.filters["plural"] = plural
    templates.env.filters["date_words"] = date_words
    app.mount("/static", StaticFiles(directory=_pkg_dir("static")), name="static")
    app.include_router(make_api(corpus, allow_private_fetch, max_upload_bytes))

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        try:
            response = await call_next(request)
        except Exception:  # noqa: BLE001 - answer with our headers, log the traceback
            logging.getLogger("counterpoint.web").exception("error serving %s", request.url.path)
            response = PlainTextResponse("internal server error", status_code=500)
        docs = request.url.path in ("/docs", "/redoc")
        response.headers["Content-Security-Policy"] = DOCS_CSP if docs else PAGE_CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        return response

    def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        snap = corpus.snapshot()
        return templates.TemplateResponse(
            request, name, {"snap": snap, "safe_url": safe_url, "tone_help": help_text("tone"),
                            "quoted_help": help_text("quoted"), **ctx}, status_code=status
        )

    @app.exception_handler(404)
    async def not_found(request: Request, exc: Exception) -> Response:
        detail = getattr(exc, "detail", "not found")
        if request.url.path.startswith("/api/"):
            from fastapi.responses import JSONResponse

            return JSONResponse({"detail": detail}, status_code=404)
        return page(request, "error.html", status=404, message=str(detail))

    @app.get("/", response_class=HTMLResponse)
    async def home(request: Request) -> HTMLResponse:
        snap = corpus.snapshot()
        per_outlet = Counter(d.outlet for d in snap.result.documents)
        return page(request, "home.html", per_outlet=sorted(per_outlet.items()))

    @app.get("/story/{story_id}", response_class=HTMLResponse)
    async def story(request: Request, story_id: str) -> HTMLResponse:
        snap = corpus.snapshot()
        if story_id not in snap.stories:
            raise HTTPException(404, "no such story")
        s = snap.stories[story_id]
        rows = [snap.cluster_rows[c] for c in s.clusters if c in snap.cluster_rows]
        facts = [d for d in snap.view["discrepancies"] + snap.view["scope_notes"]
                 if d.get("story") == story_id and d["cluster"] is None]  # figures across the story
        return page(request, "story.html", story=s, clusters=rows,
                    conflicts=[d for d in facts if d["kind"] in FLAG_KINDS],
                    scope=[d for d in facts if d["kind"] not in FLAG_KINDS])

    @app.get("/cluster/{cluster_id}", response_class=HTMLResponse)
    async def cluster(request: Request, cluster_id: str) -> HTMLResponse:
        snap = corpus.snapshot()
        if cluster_id not in snap.clusters:
            raise HTTPException(404, "no such event cluster")
        c = snap.clusters[cluster_id]
        members = [snap.events[e] for e in c.events if e in snap.events]
        disc = [
            d for d in snap.view["discrepancies"] + snap.view["scope_notes"] if d["cluster"] == cluster_id
        ]
        return page(
            request,
            "cluster.html",
            c=c,
            row=snap.cluster_rows[cluster_id],
            members=members,
            conflicts=[d for d in disc if d["kind"] in FLAG_KINDS],
            scope=[d for d in disc if d["kind"] not in FLAG_KINDS],
        )

    @app.get("/actor/{actor_id}", response_class=HTMLResponse)
    async def actor(request: Request, actor_id: str) -> HTMLResponse:
        snap = corpus.snapshot()
        if actor_id not in snap.actors:
            raise HTTPException(404, "no such actor")
        labels: dict[str, Counter] = defaultdict(Counter)
        for lab in snap.result.labels:
            if lab.actor == actor_id and lab.doc in snap.docs:
                labels[snap.docs[lab.doc].outlet][lab.label] += 1
        quotes = [q for q in snap.view["quotes"] if q["speaker"] == actor_id]
        events = [e for e in snap.result.events if actor_id in e.actor or actor_id in e.recipient]
        rows = [(o, r) for o, rs in snap.view["actor_panel"].items() for r in rs if r["actor"] == actor_id]
        return page(
            request,
            "actor.html",
            a=snap.actors[actor_id],
            labels=dict(sorted(labels.items())),
            quotes=quotes,
            events=events,
            panel=rows,
            cluster_of=snap.cluster_of,
        )

    @app.get("/outlet/{outlet}", response_class=HTMLResponse)
    async def outlet(request: Request, outlet: str) -> HTMLResponse:
        snap = corpus.snapshot()
        if outlet not in snap.outlets:
            raise HTTPException(404, "no such outlet")
        return page(
            request,
            "outlet.html",
            outlet=outlet,
            docs=[d for d in snap.result.documents if d.outlet == outlet],
            profile=snap.view["actor_panel"].get(outlet, []),
            omissions=[o for o in snap.view["omissions"] if o["outlet"] == outlet],
        )

    @app.get("/document/{doc_id}", response_class=HTMLResponse)
    async def document(
        request: Request, doc_id: str, s: int | None = None, e: int | None = None
    ) -> HTMLResponse:
        snap = corpus.snapshot()
        if doc_id not in snap.docs:
            raise HTTPException(404, "no such document")
        target = (s, e) if s is not None and e is not None and 0 <= s < e else None
        return page(
            request,
            "document.html",
            d=snap.docs[doc_id],
            segs=_highlighted(snap, doc_id, target),
            target=target,
        )

    @app.get("/search", response_class=HTMLResponse)
    def search(request: Request, q: str = "", limit: int = 50, offset: int = 0) -> HTMLResponse:
        limit = max(1, min(limit, 200))
        hits = corpus.search(q, limit, max(0, offset)) if q.strip() else []
        return page(request, "search.html", q=q, hits=hits, limit=limit, offset=max(0, offset))

    @app.get("/add", response_class=HTMLResponse)
    async def add_form(request: Request) -> HTMLResponse:
        return page(request, "add.html", error=None, max_upload=max_upload_bytes)

    @app.post("/add")
    async def add(
        request: Request,
        url: str = Form(""),
        text: str = Form(""),
        outlet: str = Form(""),
        title: str = Form(""),
        published: str = Form(""),
        file: UploadFile | None = File(None),  # noqa: B008 - FastAPI's declaration style
    ) -> Response:
        from ..ingest import fetch_url, read_text
        from ..ingest.fetch import check_url

        try:
            if url.strip():
                u = url.strip()
                check_url(u, allow_private=allow_private_fetch)
                job = corpus.submit("url", u, lambda: [fetch_url(u, allow_private=allow_private_fetch)])
            elif file is not None and file.filename:
                data = await file.read(max_upload_bytes + 1)
                if len(data) > max_upload_bytes:
                    return page(
                        request,
                        "add.html",
                        status=413,
                        max_upload=max_upload_bytes,
                        error=f"upload is over the {max_upload_bytes}-byte limit",
                    )
                job = corpus.submit(
                    "upload", file.filename, _upload_reader(data, file.filename, max_upload_bytes)
                )
            elif text.strip():
                t, o, ti, p = text, outlet.strip() or None, title.strip() or None, published.strip() or None
                job = corpus.submit(
                    "text",
                    ti or t[:60],
                    lambda: [read_text(t, source="<pasted>", outlet=o, title=ti, published=p)],
                )
            else:
                return page(
                    request,
                    "add.html",
                    status=400,
                    max_upload=max_upload_bytes,
                    error="give a URL, a file or some text",
                )
        except CounterpointError as err:
            return page(request, "add.html", status=400, max_upload=max_upload_bytes, error=str(err))
        return RedirectResponse(f"/jobs/{job.id}", status_code=303)

    @app.get("/jobs/{job_id}", response_class=HTMLResponse)
    async def job_page(request: Request, job_id: str) -> HTMLResponse:
        job = corpus.jobs.get(job_id)
        if job is None:
            raise HTTPException(404, "no such job")
        return page(request, "job.html", job=job)

    return app


def _upload_reader(data: bytes, filename: str, max_bytes: int):  # type: ignore[no-untyped-def]
    """A job body that reads an uploaded file with the same readers as the CLI."""

    def read() -> list:
        from ..ingest.files import read_file

        suffix = Path(filename).suffix.lower()[:10]
        with tempfile.TemporaryDirectory() as tmp:
            stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(filename).stem)[:80] or "upload"
            p = Path(tmp) / f"{stem}{suffix}"
            p.write_bytes(data)
            return list(read_file(p, source=Path(filename).name, max_bytes=max_bytes))

    return read


def make_server(
    db: str = "counterpoint.duckdb",
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    allow_private_fetch: bool = False,
    on_ready: Callable[[str], None] | None = None,
    script: str | None = None,
) -> Any:
    """The uvicorn server for the app (``.run()`` blocks; ``.should_exit = True`` stops it).

    ``on_ready`` hears the app's URL once the socket is listening (not before: a port in use
    must not be announced as running); uvicorn's own log is kept to warnings."""
    import uvicorn

    class _Server(uvicorn.Server):
        async def startup(self, sockets: Any = None) -> None:
            await super().startup(sockets=sockets)
            if self.started and on_ready is not None:
                shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
                on_ready(f"http://{shown}:{port}/")

    # Keep idle keep-alive connections longer than uvicorn's 5 s default: a busy machine can leave
    # a pooled client connection idle that long, and a close racing a new request reads as an error.
    config = uvicorn.Config(
        create_app(db, allow_private_fetch=allow_private_fetch, script=script), host=host, port=port, log_level="warning",
        timeout_keep_alive=30, backlog=4096,
    )
    return _Server(config)


def serve(
    db: str = "counterpoint.duckdb",
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    allow_private_fetch: bool = False,
    on_ready: Callable[[str], None] | None = None,
    script: str | None = None,
) -> None:
    """Run the app with uvicorn (blocking); ``counterpoint serve`` calls this."""
    make_server(db, host, port, allow_private_fetch=allow_private_fetch, on_ready=on_ready, script=script).run()
