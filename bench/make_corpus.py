"""Write a synthetic JSONL corpus (our own invented templates; see counterpoint.scale.synth).

    python bench/make_corpus.py --docs 1000 --out bench/corpora/c1k.jsonl [--seed 0]

Streams line by line, so 200,000 documents take constant memory. Same seed, same file.
"""

from __future__ import annotations

import argparse
import sys
import time

from counterpoint.scale.synth import write_jsonl


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, required=True, help="number of documents")
    parser.add_argument("--out", required=True, help="output JSONL path")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--docs-per-story", type=int, default=8)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    size = write_jsonl(args.out, args.docs, seed=args.seed, docs_per_story=args.docs_per_story)
    secs = time.perf_counter() - t0
    print(
        f"wrote {args.docs} documents ({size / 1e6:.1f} MB) to {args.out} in {secs:.1f}s "
        f"({args.docs / max(secs, 1e-9):,.0f} docs/s)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
