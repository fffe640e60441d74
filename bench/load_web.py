"""Load test for the web app: N concurrent clients on loopback for a bounded time.

    python bench/load_web.py --db demo.duckdb --clients 200 --seconds 15 [--results bench/RESULTS.md]

Starts `counterpoint serve` on 127.0.0.1 (a free port) in a subprocess, drives it with asyncio +
httpx clients that each request pages and API routes in a loop until the time is up, and reports
requests served, errors, and latency percentiles. Only loopback is ever contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

DEFAULT_PATHS = ["/", "/api/documents?limit=20", "/api/clusters?limit=20", "/api/events?limit=50", "/search?q=the",
                 "/api/summary", "/api/discrepancies"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, port: int) -> subprocess.Popen:
    # The server's output goes to a file, never to an unread pipe that could fill and block it.
    log = tempfile.NamedTemporaryFile("w+b", prefix="counterpoint-serve-", suffix=".log", delete=False)
    proc = subprocess.Popen([sys.executable, "-m", "counterpoint", "serve", "--db", db, "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    proc.log_path = log.name  # type: ignore[attr-defined]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/", timeout=2).status_code < 500:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
        if proc.poll() is not None:
            raise RuntimeError("server exited: " + Path(log.name).read_text(errors="replace")[-2000:])
    proc.kill()
    raise RuntimeError("server did not start within 60 s")


async def _client(c: httpx.AsyncClient, paths: list[str], stop: float, lat: list[float], errors: list[str],
                  i: int, retried: list[str]) -> None:
    """One simulated client: its own request loop over its own connection from the shared pool."""
    k = i
    while time.monotonic() < stop:
        path = paths[k % len(paths)]
        k += 1
        t0 = time.perf_counter()
        try:
            try:
                r = await c.get(path)
            except httpx.RemoteProtocolError:
                # A pooled keep-alive connection the server closed as we reused it: retry once on
                # a fresh connection, as browsers do for idempotent requests; a second failure counts.
                retried.append(path)
                r = await c.get(path)
            if r.status_code >= 400:
                errors.append(f"{path}: HTTP {r.status_code}")
        except httpx.HTTPError as err:
            errors.append(f"{path}: {type(err).__name__}")
        lat.append(time.perf_counter() - t0)


async def _drive(base: str, paths: list[str], clients: int, seconds: float
                 ) -> tuple[list[float], list[str], list[str]]:
    lat: list[float] = []
    errors: list[str] = []
    retried: list[str] = []
    # One pool with a connection per client: making 200 separate AsyncClients costs seconds of
    # SSL-context setup on a small machine before the first request is sent.
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as c:
        stop = time.monotonic() + seconds
        await asyncio.gather(*[_client(c, paths, stop, lat, errors, i, retried) for i in range(clients)])
    return lat, errors, retried


def run_load(base: str, paths: list[str] | None = None, clients: int = 200, seconds: float = 10.0) -> dict:
    t0 = time.perf_counter()
    lat, errors, retried = asyncio.run(_drive(base, paths or DEFAULT_PATHS, clients, seconds))
    wall = time.perf_counter() - t0
    lat.sort()

    def pct(p: float) -> float:
        return lat[min(len(lat) - 1, int(p * len(lat)))] * 1000 if lat else float("nan")

    return {"clients": clients, "seconds": round(wall, 1), "requests": len(lat), "errors": len(errors),
            "error_samples": errors[:5], "stale_connection_retries": len(retried), "rps": round(len(lat) / wall, 1), "p50_ms": round(pct(0.50), 1),
            "p99_ms": round(pct(0.99), 1), "max_ms": round(lat[-1] * 1000, 1) if lat else None,
            "mean_ms": round(statistics.fmean(lat) * 1000, 1) if lat else None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=15.0)
    ap.add_argument("--results", help="append a section to this Markdown file")
    args = ap.parse_args()
    port = free_port()
    proc = start_server(args.db, port)
    try:
        res = run_load(f"http://127.0.0.1:{port}", clients=args.clients, seconds=args.seconds)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(res)
    if args.results:
        with Path(args.results).open("a", encoding="utf-8") as f:
            f.write(f"\n## Web app load test — {dt.date.today().isoformat()}\n\n"
                    f"Machine: {os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}. "
                    f"`python bench/load_web.py --db {args.db} --clients {args.clients} --seconds {args.seconds}` "
                    f"(server: `counterpoint serve`, one uvicorn process; clients: asyncio + httpx, loopback).\n\n"
                    f"| clients | requests | errors | req/s | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|\n"
                    f"| {res['clients']} | {res['requests']} | {res['errors']} | {res['rps']} | {res['p50_ms']} | "
                    f"{res['p99_ms']} | {res['max_ms']} |\n")


if __name__ == "__main__":
    main()
