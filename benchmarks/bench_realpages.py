"""Extraction quality on the real-page set: the measures of bench_gold.py, half by half.

    python benchmarks/bench_realpages.py [--half dev|test|both]

The set is described in ``benchmarks/realpages/README.md``: the manifest (urls,
hashes, annotations) is in git, the page texts are not. Without the texts in
``benchmarks/realpages/pages/`` this script says so and stops. Tune on ``dev``;
read ``test`` when a change is finished.
"""
import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import diplo_analysis as da
from diplo_analysis.evaluate import score

from bench_gold import print_scores

HERE = Path(__file__).parent / "realpages"


def load(half: str) -> tuple[list[dict], list[Path], list[str]]:
    """The manifest records of ``half``, their text files, and what is missing or changed."""
    records = [json.loads(line) for line in (HERE / "manifest.jsonl").read_text("utf-8").splitlines() if line]
    records = [r for r in records if half == "both" or r["half"] == half]
    kept, paths, problems = [], [], []
    for rec in records:
        path = HERE / "pages" / f"{rec['id']}.txt"
        if not path.exists():
            problems.append(f"{rec['id']}: no text")
            continue
        if hashlib.sha256(path.read_bytes()).hexdigest() != rec["sha256"]:
            problems.append(f"{rec['id']}: text differs from the one annotated (sha256)")
            continue
        kept.append(rec)
        paths.append(path)
    return kept, paths, problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--half", choices=["dev", "test", "both"], default="both")
    args = ap.parse_args()
    if not (HERE / "pages").is_dir() or not any((HERE / "pages").glob("*.txt")):
        print(f"The page texts are not here ({HERE / 'pages'} is missing or empty): they are third-party "
              "material and stay out of git, so CI and fresh checkouts have none. The manifest lists "
              "each page's url and sha256; see benchmarks/realpages/README.md.")
        return 0
    for half in (["dev", "test"] if args.half == "both" else [args.half]):
        records, paths, problems = load(half)
        t0 = time.perf_counter()
        corpus = da.read_corpus(paths, progress=False)
        dt = time.perf_counter() - t0
        outlets = len({r["outlet"] for r in records})
        print(f"\n=== {half} half: {len(records)} pages from {outlets} outlets, {len(corpus.errors)} unreadable, "
              f"parsed and extracted in {dt:.2f} s ===")
        missing = [p for p in problems if p.endswith(": no text")]
        if missing:
            print(f"  skipped {len(missing)} pages whose text is not here (first: {missing[0].split(':')[0]})")
        for p in problems:
            if not p.endswith(": no text"):
                print(f"  skipped {p}")
        print_scores(score(corpus, records, max_errors=None))
    return 0


if __name__ == "__main__":
    sys.exit(main())
