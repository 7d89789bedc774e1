"""How long find_countries() takes per article.

The seed article's body (header line and dateline removed) is repeated until it
is about ``--chars`` characters long, split into sentences at ". ", and scanned
``--repeat`` times after one warm-up call (which builds the automaton). Prints
microseconds per article (target: under 60 on one core for ~3,000 characters).

Run: .venv/bin/python benchmarks/bench_countries.py [--chars 3000] [--repeat 2000]
"""
from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from diplo_analysis.extract._base import Doc
from diplo_analysis.extract.countries import find_countries

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [ROOT / "data" / "articles"]


def seed_body() -> str:
    """The seed article's body: its text without the header line and dateline."""
    for folder in SEEDS:
        files = sorted(folder.glob("*.txt"))
        if files:
            raw = files[0].read_text(encoding="utf-8")
            body = raw.split("\n", 1)[1].strip()
            return re.sub(r"^[A-Z]+, [^,]+, \w+ \d+\.\s*", "", body)
    raise SystemExit(f"no seed article in {', '.join(map(str, SEEDS))}")


def make_doc(text: str) -> Doc:
    starts, ends, pos = [], [], 0
    for part in text.split(". "):
        starts.append(pos)
        ends.append(pos + len(part))
        pos += len(part) + 2
    return Doc(text, starts, ends)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=2000)
    args = ap.parse_args()
    body = seed_body()
    text = body
    while len(text) < args.chars:
        text += "\n\n" + body
    text = text[: args.chars]
    doc = make_doc(text)
    t0 = time.perf_counter()
    rows = find_countries(doc)
    first = time.perf_counter() - t0
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for _ in range(args.repeat):
            find_countries(doc)
        best = min(best, (time.perf_counter() - t0) / args.repeat)
    print(f"first call (builds the automaton): {first * 1e3:.1f} ms")
    print(f"{len(text)} characters, {len(rows)} country mentions: "
          f"{best * 1e6:.1f} µs per article (best of 3 x {args.repeat})")


if __name__ == "__main__":
    main()
