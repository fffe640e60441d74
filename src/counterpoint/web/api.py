"""The JSON API under ``/api``: the same data as the pages, paginated with ``limit``/``offset``.

Lists answer ``{"total", "limit", "offset", "items"}`` so clients can page without guessing.
Records are serialised with :func:`counterpoint.records.to_dict` (the contract's shapes).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel

from ..errors import CounterpointError
from ..records import FLAG_KINDS, to_dict
from .state import Corpus

MAX_LIMIT = 500


class AddRequest(BaseModel):
    """Add one article by URL or by text (exactly one of them)."""

    url: str | None = None
    text: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None


def page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    return {"total": len(items), "limit": limit, "offset": offset, "items": items[offset : offset + limit]}


def make_api(corpus: Corpus, allow_private_fetch: bool, max_upload_bytes: int) -> APIRouter:
    r = APIRouter(prefix="/api", tags=["api"])
    Limit = Query(50, ge=1, le=MAX_LIMIT)  # noqa: N806 - a shared parameter declaration
    Offset = Query(0, ge=0)  # noqa: N806

    @r.get("/summary")
    async def summary() -> dict[str, Any]:
        s = corpus.snapshot()
        res = s.result
        return {
            "documents": len(res.documents),
            "outlets": s.outlets,
            "events": len(res.events),
            "clusters": len(res.clusters),
            "conflicts": len(s.view["discrepancies"]),
            "stories": [to_dict(x) for x in res.stories],
        }

    @r.get("/documents")
    async def documents(
        limit: int = Limit, offset: int = Offset, outlet: str | None = None
    ) -> dict[str, Any]:
        docs = corpus.snapshot().view["documents"]
        if outlet:
            docs = [d for d in docs if d["outlet"] == outlet]
        return page(docs, limit, offset)

    @r.get("/documents/{doc_id}")
    async def document(doc_id: str) -> dict[str, Any]:
        s = corpus.snapshot()
        if doc_id not in s.docs:
            raise HTTPException(404, "no such document")
        return {"document": to_dict(s.docs[doc_id]), "annotations": s.annotations.get(doc_id, [])}

    @r.get("/events")
    async def events(limit: int = Limit, offset: int = Offset, type: str | None = None) -> dict[str, Any]:  # noqa: A002
        evs = corpus.snapshot().result.events
        if type:
            evs = [e for e in evs if e.type == type]
        out = page(evs, limit, offset)
        out["items"] = to_dict(out["items"])
        return out

    @r.get("/clusters")
    async def clusters(limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
        return page(corpus.snapshot().view["clusters"], limit, offset)

    @r.get("/clusters/{cluster_id}")
    async def cluster(cluster_id: str) -> dict[str, Any]:
        s = corpus.snapshot()
        if cluster_id not in s.clusters:
            raise HTTPException(404, "no such event cluster")
        c = s.clusters[cluster_id]
        return {"cluster": to_dict(c), "events": [to_dict(s.events[e]) for e in c.events if e in s.events]}

    @r.get("/discrepancies")
    async def discrepancies(
        limit: int = Limit, offset: int = Offset, kind: str = "conflict"
    ) -> dict[str, Any]:
        v = corpus.snapshot().view
        if kind in FLAG_KINDS:
            rows = [d for d in v["discrepancies"] if d["kind"] == kind]
        elif kind in ("flags", "all"):
            rows = v["discrepancies"] + (v["scope_notes"] if kind == "all" else [])
        else:  # "scope", "unverified" or "notes"
            rows = [d for d in v["scope_notes"] if kind == "notes" or d["kind"] == kind]
        return page(rows, limit, offset)

    @r.get("/actors")
    async def actors(limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
        return page(corpus.snapshot().view["actors"], limit, offset)

    @r.get("/actors/{actor_id}")
    async def actor(actor_id: str) -> dict[str, Any]:
        s = corpus.snapshot()
        if actor_id not in s.actors:
            raise HTTPException(404, "no such actor")
        from ..report.model import framing_rows

        return {
            "actor": to_dict(s.actors[actor_id]),
            "labels": to_dict([x for x in s.result.labels if x.actor == actor_id]),
            "quotes": [q for q in s.view["quotes"] if q["speaker"] == actor_id],
            "framing": [row for row in framing_rows(s.result) if row["actor"] == actor_id],
        }

    @r.get("/quotes")
    async def quotes(limit: int = Limit, offset: int = Offset, speaker: str | None = None) -> dict[str, Any]:
        qs = corpus.snapshot().view["quotes"]
        if speaker:
            qs = [q for q in qs if q["speaker"] == speaker]
        return page(qs, limit, offset)

    @r.get("/stories")
    async def stories(limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
        return page(to_dict(corpus.snapshot().result.stories), limit, offset)

    @r.get("/outlets")
    async def outlets(limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
        return page(corpus.snapshot().outlets, limit, offset)

    @r.get("/outlets/{outlet}")
    async def outlet(outlet: str) -> dict[str, Any]:
        s = corpus.snapshot()
        if outlet not in s.outlets:
            raise HTTPException(404, "no such outlet")
        return {
            "outlet": outlet,
            "framing": s.view["actor_panel"].get(outlet, []),
            "omissions": [o for o in s.view["omissions"] if o["outlet"] == outlet],
            "documents": [d for d in s.view["documents"] if d["outlet"] == outlet],
        }

    @r.get("/omissions")
    async def omissions(limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
        return page(corpus.snapshot().view["omissions"], limit, offset)

    @r.get("/search")
    def search(q: str = "", limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
        items = corpus.search(q, limit, offset) if q.strip() else []
        return {"q": q, "limit": limit, "offset": offset, "items": items}

    @r.get("/jobs/{job_id}")
    async def job(job_id: str) -> dict[str, Any]:
        j = corpus.jobs.get(job_id)
        if j is None:
            raise HTTPException(404, "no such job")
        return j.as_dict()

    @r.post("/add", status_code=202)
    def add(req: AddRequest) -> dict[str, Any]:
        from ..ingest import fetch_url, read_text
        from ..ingest.fetch import check_url

        if req.url:
            u = req.url.strip()
            try:
                check_url(u, allow_private=allow_private_fetch)
            except CounterpointError as err:
                raise HTTPException(400, str(err)) from err
            j = corpus.submit("url", u, lambda: [fetch_url(u, allow_private=allow_private_fetch)])
        elif req.text and req.text.strip():
            if len(req.text.encode("utf-8")) > max_upload_bytes:
                raise HTTPException(413, f"text is over the {max_upload_bytes}-byte limit")
            t = req.text
            j = corpus.submit(
                "text",
                req.title or t[:60],
                lambda: [
                    read_text(t, source="<api>", outlet=req.outlet, title=req.title, published=req.published)
                ],
            )
        else:
            raise HTTPException(400, "give a url or a text")
        return j.as_dict()

    return r
