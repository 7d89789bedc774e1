"""Reading + parsing throughput (articles per second, one core).

Builds a corpus by repeating and varying the test texts of every page shape
(tests/texts and the seed article), writes it as files to a temporary folder,
and times ``read_corpus(..., extract=False)`` and then with extraction.

    python benchmarks/bench_parse.py [N] [--parse-only]
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import diplo_analysis as da

ROOT = Path(__file__).parents[1]


def make_corpus(folder: Path, n: int, seed: int = 7) -> int:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "tests" / "texts").glob("*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted((ROOT / "data" / "articles").glob("*.txt"))]
    rng = random.Random(seed)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    for i in range(n):
        text = rng.choice(texts).replace("Monday", rng.choice(days)).replace("2024", str(rng.randint(2015, 2026)))
        (folder / f"a{i:06d}.txt").write_text(text, "utf-8")
    return sum(len(t) for t in texts) // len(texts)


def timed(label: str, n: int, fn) -> float:
    t0 = time.perf_counter()
    corpus = fn()
    dt = time.perf_counter() - t0
    assert len(corpus.articles) == n, (len(corpus.articles), len(corpus.errors))
    print(f"{label:<36} {n:>7} articles  {dt:7.2f} s  {n / dt:9.0f} articles/s")
    return n / dt


def main(n: int = 20000, parse_only: bool = False) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        avg = make_corpus(folder, n)
        print(f"corpus: {n} files, average {avg} characters, one core")
        da.read_corpus(folder / "a000000.txt", extract=False)  # load gazetteers and city tables once
        timed("read + parse (extract=False)", n, lambda: da.read_corpus(folder, extract=False, progress=False))
        if not parse_only:
            timed("read + parse + extract", n, lambda: da.read_corpus(folder, progress=False))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(int(args[0]) if args else 20000, parse_only="--parse-only" in sys.argv)
