"""Place a re-collected real-coverage text where `counterpoint eval realnews` reads it.

The texts are third-party and never committed (docs/realnews-gold.md); a fresh machine has to
re-collect each one from the search tool's `pages` corpus. This script takes a candidate text
(a file, or '-' for stdin), tries the small whitespace variants a copy can pick up (a trailing
newline, CRLF), and writes it to ``realnews/texts/<id>.txt`` only when its sha256 equals the
``text_sha256`` of a document in the committed gold. It prints which document matched, or the
closest document by length when none did, so a wrong copy is never scored.

    python scripts/realnews_place.py candidate.txt [--texts realnews/texts]
    python scripts/realnews_place.py --missing      # list gold documents whose text is absent
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "src" / "counterpoint" / "data" / "realnews"


def gold_documents() -> list[dict]:
    """Every gold document (id, url, sha256, chars) across the committed stories."""
    docs = []
    for path in sorted(GOLD.glob("*.facts.json")):
        story = json.loads(path.read_text(encoding="utf-8"))
        for doc in story["documents"]:
            docs.append({**doc, "story": story["story"]})
    return docs


def variants(text: str) -> list[str]:
    """The candidate as given and with the whitespace a copy commonly adds or drops."""
    base = text.replace("\r\n", "\n")
    out = [text, base, base.rstrip("\n"), base.rstrip(), base.strip(), base.strip("\n")]
    seen: list[str] = []
    for v in out:
        if v not in seen:
            seen.append(v)
    return seen


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("candidate", nargs="?")
    parser.add_argument("--texts", default=str(REPO / "realnews" / "texts"))
    parser.add_argument("--missing", action="store_true")
    args = parser.parse_args(argv)
    texts = Path(args.texts)
    docs = gold_documents()
    if args.missing:
        absent = [d for d in docs if not (texts / f"{d['id']}.txt").exists()]
        for d in absent:
            print(f"{d['id']}\t{d['text_chars']}\t{d['outlet']}\t{d['url']}")
        print(f"{len(absent)} of {len(docs)} texts absent", file=sys.stderr)
        return 0
    if not args.candidate:
        parser.error("give a candidate file, '-' for stdin, or --missing")
    raw = sys.stdin.read() if args.candidate == "-" else Path(args.candidate).read_text("utf-8")
    by_sha = {d["text_sha256"]: d for d in docs}
    for v in variants(raw):
        doc = by_sha.get(sha(v))
        if doc:
            texts.mkdir(parents=True, exist_ok=True)
            (texts / f"{doc['id']}.txt").write_text(v, encoding="utf-8", newline="")
            print(f"placed {doc['id']} ({len(v)} chars)")
            return 0
    n = len(raw.rstrip())
    near = sorted(docs, key=lambda d: abs(d["text_chars"] - n))[:3]
    hint = ", ".join(f"{d['id']} ({d['text_chars']} chars)" for d in near)
    print(f"no match: {n} chars; nearest by length: {hint}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `--missing | head`
        sys.exit(0)
