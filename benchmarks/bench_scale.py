"""A corpus of a million pages: parse into a partitioned dataset, then query it with DuckDB.

    python benchmarks/bench_scale.py [N] [--workers K] [--engine dask|local] [--partition-mb MB]
                                     [--files] [--keep DIR]

1. Makes N distinct seed-sized pages (about 2,900 characters, the seed is
   2,860) on the fly: a pool of demo pages from ``diplo_analysis.demo`` (real
   countries, offices and dates; invented people and outlets), each page one
   of them whole followed by body paragraphs of others about the same two
   countries until it is seed-sized; a digest of every page checks that no
   two are the same. They are written to a temporary folder as JSON
   Lines files of 1,000 pages (``--files``: one .txt file a page) and are
   never kept in the repository.
2. Parses them with ``da.write_dataset`` into a partitioned parquet dataset,
   by default on a dask LocalCluster of K single-threaded workers (K = the
   cores; ``diplo_analysis.dataset.local_cluster``, which slows down or turns
   off the diagnostics a dashboard would show), and prints the wall time, articles a second and the peak resident
   memory of the parent (with the scheduler and the workers' nannies, which
   run in it) and of each of its child processes (the workers), measured from
   /proc (Linux).
3. Opens the dataset with ``da.open_dataset`` and prints the time of a pair
   timeline (AZE-KGZ by month) and of country co-mentions by sentence, both
   run by DuckDB over the parquet files.

Targets on the 2-core machine this project is built on, for N = 1,000,000:
the dataset in under 10 minutes, peak memory under 2 GB, each query under
10 seconds. Develop with N of 10,000 to 50,000; the full million takes the
machine's both cores for several minutes.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import diplo_analysis as da

#: pages of the demo pool; pool page i % POOL starts page i
POOL = 5000
#: characters a page reaches (the seed article has 2,860)
SEED_CHARS = 2800
#: pages per JSON Lines file
PER_FILE = 1000


def pages(n: int, seed: int = 2026):
    """Yield ``n`` distinct seed-sized pages as ``(article_id, text)``.

    A page is a pool page followed by body paragraphs of other pool pages
    about the same two countries (so that, like the seed, it names a few
    countries and people, not dozens); a page that came out the same as an
    earlier one gets one more paragraph until it differs.
    """
    import hashlib
    import random

    from diplo_analysis.demo import make_articles

    pool = make_articles(min(n, POOL), seed=seed)
    by_pair: dict[tuple, list[str]] = {}
    for a in pool:
        body = [p for p in a.text.split("\n\n")[2:] if len(p) > 80]
        by_pair.setdefault(tuple(sorted(a.countries)), []).extend(body)
    by_pair = {k: list(dict.fromkeys(v)) for k, v in by_pair.items()}
    rng = random.Random(seed)
    seen: set[bytes] = set()
    for i in range(n):
        base = pool[i % len(pool)]
        more = by_pair[tuple(sorted(base.countries))]
        text = base.text.rstrip("\n")
        while True:
            while len(text) < SEED_CHARS:
                text += "\n\n" + rng.choice(more)
            digest = hashlib.blake2b(text.encode("utf-8"), digest_size=12).digest()
            if digest not in seen:
                break
            text += "\n\n" + rng.choice(more)
        seen.add(digest)
        yield f"page-{i:07d}", text + "\n"


def write_pages(folder: Path, n: int, one_file_each: bool) -> tuple[int, int]:
    """Write the pages; return (files, characters)."""
    files = chars = 0
    out = None
    for i, (aid, text) in enumerate(pages(n)):
        chars += len(text)
        if one_file_each:
            sub = folder / f"{i // 10000:03d}"
            if i % 10000 == 0:
                sub.mkdir()
            (sub / f"{aid}.txt").write_text(text, "utf-8")
            files += 1
            continue
        if i % PER_FILE == 0:
            if out is not None:
                out.close()
            out = open(folder / f"pages-{i // PER_FILE:05d}.jsonl", "w", encoding="utf-8")
            files += 1
        out.write(json.dumps({"article_id": aid, "text": text}) + "\n")
    if out is not None:
        out.close()
    return files, chars


# -- memory, from /proc (Linux) ------------------------------------------------------------------
def peak_mb(pid: int | str = "self") -> float:
    """Peak resident memory (VmHWM) of a process, in MB."""
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for process {pid}")


def reset_peak() -> None:
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")


def children_peaks() -> dict[int, tuple[str, float]]:
    """{pid: (what it is, peak MB)} of every live descendant of this process."""
    import psutil

    found = {}
    for child in psutil.Process().children(recursive=True):
        try:
            cmd = " ".join(child.cmdline())
            what = ("resource tracker" if "resource_tracker" in cmd
                    else "worker" if "spawn" in cmd or "fork" in cmd else "child")
            found[child.pid] = (what, peak_mb(child.pid))
        except (psutil.Error, OSError, RuntimeError):
            continue
    return found


def parse(folder: Path, out: Path, engine: str, workers: int, partition_mb: float) -> tuple[object, dict]:
    """Write the dataset; return its summary and the peaks of the child processes (MB)."""
    if engine == "local":
        return da.write_dataset(folder, out, partition_mb=partition_mb), {}
    from distributed import Client

    from diplo_analysis.dataset import local_cluster

    with local_cluster(workers) as cluster, Client(cluster) as client:
        summary = da.write_dataset(folder, out, engine="dask", client=client, partition_mb=partition_mb)
        peaks = children_peaks()
    return summary, peaks


def timed(label: str, fn):
    t0 = time.perf_counter()
    result = fn()
    dt = time.perf_counter() - t0
    print(f"  {label:<40} {dt:6.2f} s  ({len(result)} rows)")
    return result


def main(n: int, workers: int, engine: str, partition_mb: float, one_file_each: bool, keep: Path | None) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="bench_scale-"))
    try:
        inputs = tmp / "pages"
        inputs.mkdir()
        t0 = time.perf_counter()
        files, chars = write_pages(inputs, n, one_file_each)
        print(f"made {n:,} distinct pages, average {chars // n:,} characters, in {files:,} files "
              f"({time.perf_counter() - t0:.0f} s; not timed below)")

        out = keep or tmp / "dataset"
        reset_peak()
        t0 = time.perf_counter()
        summary, peaks = parse(inputs, out, engine, workers, partition_mb)
        wall = time.perf_counter() - t0
        parent = peak_mb()
        print(f"parse into {out} ({engine}, {workers if engine == 'dask' else 1} worker(s), "
              f"{summary.partitions} partitions of ~{partition_mb:g} MB):")
        print(f"  wall {wall:,.1f} s, {summary.articles / wall:,.0f} articles/s, "
              f"{summary.articles:,} articles, {summary.errors:,} errors, "
              f"{sum(f.stat().st_size for f in Path(out).rglob('*.parquet')) / 1e6:,.0f} MB of parquet")
        print(f"  peak memory: parent {parent:,.0f} MB" + "".join(
            f", {what} {pid} {mb:,.0f} MB" for pid, (what, mb) in sorted(peaks.items())))
        print(f"  sum of the peaks {parent + sum(mb for _, mb in peaks.values()):,.0f} MB "
              "(an upper bound: the peaks need not fall at the same moment)")

        reset_peak()
        with da.open_dataset(out) as ds:
            print(f"queries over the dataset (DuckDB, {os.cpu_count()} cores):")
            timed("pair timeline AZE-KGZ by month", lambda: da.timeline(ds, by="pair", groups=[("AZE", "KGZ")]))
            timed("country co-mentions by sentence", lambda: da.comentions(ds, kind="country"))
        print(f"  peak memory of the queries: {peak_mb():,.0f} MB (this process)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    args = sys.argv[1:]

    def option(name, default, kind):
        if name in args:
            i = args.index(name)
            value = kind(args[i + 1])
            del args[i:i + 2]
            return value
        return default

    workers = option("--workers", os.cpu_count() or 1, int)
    engine = option("--engine", "dask", str)
    partition_mb = option("--partition-mb", 16.0, float)
    keep = option("--keep", None, Path)
    one_file_each = "--files" in args
    numbers = [a for a in args if not a.startswith("--")]
    main(int(numbers[0]) if numbers else 1_000_000, workers, engine, partition_mb, one_file_each, keep)
