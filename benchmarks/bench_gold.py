"""Extraction quality on the gold set: prints the full table of scores.

    python benchmarks/bench_gold.py [GOLD_FOLDER]
"""
import sys
import time
from pathlib import Path

import diplo_analysis as da
from diplo_analysis.evaluate import load_gold, score


def main(folder: Path) -> None:
    gold = load_gold(folder / "gold.jsonl")
    t0 = time.perf_counter()
    corpus = da.read_corpus(folder / "articles", progress=False)
    dt = time.perf_counter() - t0
    print(f"gold set: {len(gold)} articles, {len(corpus.errors)} unreadable, parsed and extracted in {dt:.2f} s")
    print_scores(score(corpus, gold))


def print_scores(table) -> None:
    """The table of scores, then what each measure missed."""
    notes = table.columns[-1]
    print(table.drop(columns=notes).to_string(index=False))
    # what each measure missed, below the table (a column of them would be as wide as the longest)
    for measure, note in zip(table.iloc[:, 0], table[notes]):
        if isinstance(note, str) and note:
            print(f"\n{measure} missed:\n  " + "\n  ".join(note.split("; ")))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[1] / "tests" / "gold")
