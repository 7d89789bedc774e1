"""Reading + parsing throughput (articles per second, one core).

Builds a corpus by repeating and varying the pages of every shape that the
tests hold (the gold set in tests/gold, tests/texts and the seed article),
writes it as files to a temporary folder, and times ``read_corpus(...,
extract=False)`` and then with extraction. CPU time of this process is printed
beside wall time: on a busy machine it is the steadier figure.

    python benchmarks/bench_parse.py [N] [--parse-only] [--seed-sized]
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import diplo_analysis as da

ROOT = Path(__file__).parents[1]


def make_corpus(folder: Path, n: int, seed: int = 7, min_chars: int = 0) -> int:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "tests" / "gold" / "articles").glob("*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted((ROOT / "tests" / "texts").glob("*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted((ROOT / "data" / "articles").glob("*.txt"))]
    texts = [t for t in texts if len(t) >= min_chars]
    rng = random.Random(seed)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    for i in range(n):
        text = rng.choice(texts).replace("Monday", rng.choice(days)).replace("2024", str(rng.randint(2015, 2026)))
        (folder / f"a{i:06d}.txt").write_text(text, "utf-8")
    return sum(len(t) for t in texts) // len(texts)


def timed(label: str, n: int, fn) -> float:
    t0, c0 = time.perf_counter(), time.process_time()
    corpus = fn()
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    assert len(corpus.articles) == n, (len(corpus.articles), len(corpus.errors))
    print(f"{label:<32} {n:>7} articles  wall {dt:6.2f} s {n / dt:7.0f}/s   cpu {dc:6.2f} s {n / dc:7.0f}/s")
    return n / dc


def main(n: int = 20000, parse_only: bool = False, seed_sized: bool = False) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # --seed-sized: only the pages of at least 2,000 characters (the seed is 2,860)
        avg = make_corpus(folder, n, min_chars=2000 if seed_sized else 0)
        print(f"corpus: {n} files, average {avg} characters, one core")
        # load the gazetteers and city tables once, outside the timings
        da.read_corpus(ROOT / "tests" / "gold" / "articles", progress=False)
        timed("read + parse (extract=False)", n, lambda: da.read_corpus(folder, extract=False, progress=False))
        if not parse_only:
            timed("read + parse + extract", n, lambda: da.read_corpus(folder, progress=False))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(int(args[0]) if args else 20000, parse_only="--parse-only" in sys.argv,
         seed_sized="--seed-sized" in sys.argv)
