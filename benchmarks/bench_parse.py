"""Reading + parsing throughput (articles per second, one core).

Builds a corpus by repeating and varying the pages of every shape that the
tests hold (the gold set in tests/gold, tests/texts and the seed article),
writes it as files to a temporary folder, and times ``read_corpus(...,
extract=False)`` and then with extraction. CPU time of this process is printed
beside wall time: on a busy machine it is the steadier figure.

    python benchmarks/bench_parse.py [N] [--parse-only] [--seed-sized | --composed] [--stages] [--repeat K]

``--seed-sized`` keeps the test pages of 2,000 characters or more (the seed
has 2,860); ``--composed`` makes every page different and about that long
from pieces of all the test pages.

The machines this runs on are shared and noisy (a run may come out 15% slower
than the next), so ``--repeat K`` times each step K times and prints the best
rate beside the median.

``--stages`` also prints where the time of one article goes: parsing,
sentence splitting, each extractor in pipeline order, and framing the tables
(CPU microseconds an article, the files already read into memory).
"""
from __future__ import annotations

import gc
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import diplo_analysis as da

ROOT = Path(__file__).parents[1]


def _pages() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "tests" / "gold" / "articles").glob("*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted((ROOT / "tests" / "texts").glob("*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted((ROOT / "data" / "articles").glob("*.txt"))]
    return texts


def make_corpus(folder: Path, n: int, seed: int = 7, min_chars: int = 0) -> int:
    """Write ``n`` pages, each one of the test pages of at least ``min_chars``
    characters with its weekday and year varied; return their average length."""
    texts = [t for t in _pages() if len(t) >= min_chars]
    rng = random.Random(seed)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    for i in range(n):
        text = rng.choice(texts).replace("Monday", rng.choice(days)).replace("2024", str(rng.randint(2015, 2026)))
        (folder / f"a{i:06d}.txt").write_text(text, "utf-8")
    return sum(len(t) for t in texts) // len(texts)


def make_composed_corpus(folder: Path, n: int, seed: int = 7, min_chars: int = 2700) -> int:
    """Write ``n`` seed-sized pages that are all different: a test page whole,
    then body paragraphs of the test pages until it has ``min_chars``
    characters. Only seven test pages are that long on their own, so this
    checks that the seed-sized figure is not one of a few texts seen again and
    again (and warm in the processor's caches)."""
    pages = _pages()
    paragraphs = [p for t in pages for p in t.split("\n\n")[1:] if len(p) > 80]
    rng = random.Random(seed)
    total = 0
    for i in range(n):
        text = rng.choice(pages)
        while len(text) < min_chars:
            text += "\n\n" + rng.choice(paragraphs)
        (folder / f"a{i:06d}.txt").write_text(text, "utf-8")
        total += len(text)
    return total // n


def timed(label: str, n: int, fn, repeat: int = 1) -> float:
    """Run ``fn`` ``repeat`` times; print the best and the median rate (CPU time)."""
    rates = []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        corpus = fn()
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
        assert len(corpus.articles) == n, (len(corpus.articles), len(corpus.errors))
        rates.append((n / dc, n / dt))
    best = max(rates)
    line = f"{label:<32} {n:>7} articles  cpu {best[0]:7.0f}/s  wall {best[1]:7.0f}/s"
    if repeat > 1:
        line += f"   (best of {repeat}; median cpu {statistics.median(r[0] for r in rates):.0f}/s)"
    print(line)
    return best[0]


def _peak_mb() -> float:
    """Peak resident memory of this process since the last :func:`_reset_peak`, in MB."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def _reset_peak() -> None:
    # Linux: writing 5 to clear_refs resets the peak resident set size (VmHWM)
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")


def memory_of(folder: Path) -> None:
    """Print the peak memory of one read of ``folder``, above what the process held before it.

    Loading the word lists and the GeoNames cities makes a passing peak of its
    own, so the peak is reset after that (Linux only)."""
    da.read_corpus(ROOT / "tests" / "gold" / "articles", progress=False)   # word lists loaded
    gc.collect()
    _reset_peak()
    before = _peak_mb()
    corpus = da.read_corpus(folder, progress=False)
    print(f"{'peak memory of one read':<32} {len(corpus.articles):>7} articles  "
          f"+{_peak_mb() - before:.0f} MB over the {before:.0f} MB held before")


def stages(folder: Path, n: int) -> None:
    """Print CPU microseconds an article for every stage of the pipeline.

    As in the pipeline, documents go a batch at a time (``build.Rows.BATCH``),
    each stage over the whole batch before the next. Python's cycle collector
    is paused as in the pipeline (``build._cyclic_gc_paused``), else its passes
    over the rows piling up would be charged to whichever stage they fell in."""
    from diplo_analysis import build, readers
    from diplo_analysis.extract import (Doc, anniversaries, countries, events, organizations, people,
                                        spheres)
    from diplo_analysis.extract._scan import prescan as word_scan
    from diplo_analysis.parse import parse_text, split_sentences

    raws = [d for p in sorted(folder.iterdir()) for d in readers.read_path(p)[0]]
    spent: dict[str, float] = {}

    def clock(stage, fn, *args):
        c0 = time.process_time()
        out = fn(*args)
        spent[stage] = spent.get(stage, 0.0) + time.process_time() - c0
        return out

    def find_people(docs):
        # as extract_docs does: the names' scans and the first pass over the batch, then find_people
        for kind in ("given", "ending", "bare"):
            for d in docs:
                people.prescan(d, kind)
        for d in docs:
            people.first_pass(d)
        return [people.find_people(d) for d in docs]

    with build._cyclic_gc_paused():
        for b in range(0, len(raws), build.Rows.BATCH):
            arts = clock("parse", lambda: [parse_text(d.text) for d in raws[b:b + build.Rows.BATCH]])
            spans = clock("split sentences", lambda: [split_sentences(a["text"]) for a in arts])
            docs = [Doc(a["text"], [s for s, _ in sp], [e for _, e in sp], year=build._year(a["published"]))
                    for a, sp in zip(arts, spans)]
            found = clock("countries", lambda: [countries.find_countries(d) for d in docs])
            for d, rows in zip(docs, found):
                d.countries = rows
            clock("organizations", lambda: [organizations.find_organizations(d) for d in docs])
            found = clock("people", find_people, docs)
            for d, rows in zip(docs, found):
                d.people = rows
            # (as extract_docs does: the shared word scan over the batch, then each of the three)
            clock("word scan (shared)", lambda: [word_scan(d) for d in docs])
            clock("anniversaries", lambda: [anniversaries.find_anniversaries(d) for d in docs])
            clock("events", lambda: [events.find_events(d) for d in docs])
            clock("spheres", lambda: [spheres.find_spheres(d) for d in docs])
        rows = build.Rows()
        for d in raws:
            build.process_document(d, rows)
        clock("framing the tables", rows.corpus)
    print("where the time goes (CPU µs an article):")
    for stage, dt in spent.items():
        print(f"  {stage:<22} {dt / n * 1e6:7.1f}")
    print(f"  {'sum':<22} {sum(spent.values()) / n * 1e6:7.1f}")


def main(n: int = 20000, parse_only: bool = False, seed_sized: bool = False, show_stages: bool = False,
         repeat: int = 1, composed: bool = False) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # --seed-sized: only the pages of at least 2,000 characters (the seed is 2,860)
        if composed:
            avg = make_composed_corpus(folder, n)
        else:
            avg = make_corpus(folder, n, min_chars=2000 if seed_sized else 0)
        print(f"corpus: {n} files, average {avg} characters, one core")
        # load the gazetteers and city tables once, outside the timings
        da.read_corpus(ROOT / "tests" / "gold" / "articles", progress=False)
        timed("read + parse (extract=False)", n, lambda: da.read_corpus(folder, extract=False, progress=False),
              repeat)
        if not parse_only:
            timed("read + parse + extract", n, lambda: da.read_corpus(folder, progress=False), repeat)
            # in a fresh process, so that no earlier run has set the peak already
            subprocess.run([sys.executable, __file__, "--memory-of", str(folder)], check=True)
        if show_stages:
            stages(folder, n)


if __name__ == "__main__":
    args = sys.argv[1:]
    if "--memory-of" in args:
        memory_of(Path(args[args.index("--memory-of") + 1]))
        sys.exit()
    repeat = int(args[args.index("--repeat") + 1]) if "--repeat" in args else 1
    if "--repeat" in args:
        del args[args.index("--repeat"):args.index("--repeat") + 2]
    numbers = [a for a in args if not a.startswith("--")]
    main(int(numbers[0]) if numbers else 20000, parse_only="--parse-only" in args,
         seed_sized="--seed-sized" in args, show_stages="--stages" in args, repeat=repeat,
         composed="--composed" in args)
