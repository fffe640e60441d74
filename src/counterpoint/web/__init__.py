"""web/: the FastAPI app (server-rendered pages, JSON API, background analysis jobs)."""

from .app import create_app, serve

__all__ = ["create_app", "serve"]
