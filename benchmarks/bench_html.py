"""Web pages: publication-date accuracy and speed of the HTML reader, beside htmldate's, in one run.

    python benchmarks/bench_html.py [--pages DIR] [--no-htmldate]

Reads the 200 real news pages of ``../shared/peers/htmldate-mediacloud-2020``
(dates checked by hand; 5 pages have none, and saying "no date" is right for
them). Each page goes through the reader the way ``read_corpus`` takes it
(``readers.html.read_html`` with the page's address, then the article's
parsing without extraction, where timestamps and datelines in the text are
read); htmldate runs on the same bytes and address, by default and with
``original_date=True``. A date counts when its day is the hand-checked one.

Speed is CPU time on one core (``time.process_time``) over the last 180
pages, each read once: the first 20 warm each method up, so that what is
loaded once (the reader's city and month-name tables, dateparser's language
data for htmldate) is not counted, and no page is read twice (htmldate keeps
caches of what it has seen). Accuracy is over all 200.
"""
import argparse
import json
import sys
import time
from pathlib import Path

from diplo_analysis.build import Rows, process_document
from diplo_analysis.readers.html import read_html

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "peers" / "htmldate-mediacloud-2020"


def reader_date(name: str, data: bytes, url: str) -> str | None:
    """The day the reader and the parser give a page, as YYYY-MM-DD (None: no date, or no article)."""
    docs, _ = read_html(name, data, meta={"url": url})
    if not docs:
        return None
    rows = Rows()
    process_document(docs[0], rows, extract=False)
    if not rows.articles:
        return None
    published = rows.articles[0]["published"]
    return None if published is None or str(published) == "NaT" else str(published)[:10]


def htmldate_date(data: bytes, url: str, **options) -> str | None:
    from htmldate import find_date

    return find_date(data.decode("utf-8", "replace"), url=url, **options)


WARM_UP = 20


def run(pages: list[tuple[dict, bytes]], fn, warm=None) -> tuple[float, float, list]:
    """Accuracy, pages per CPU second after the warm-up pages, and the answers of ``fn``."""
    if warm is not None:
        warm()
    got = [fn(rec, data) for rec, data in pages[:WARM_UP]]
    t0 = time.process_time()
    got += [fn(rec, data) for rec, data in pages[WARM_UP:]]
    speed = (len(pages) - WARM_UP) / (time.process_time() - t0)
    right = sum(g == rec["date"] for g, (rec, _) in zip(got, pages))
    return right / len(pages), speed, got


def run_htmldate(folder: str, options: dict) -> tuple[float, float]:
    pages = _pages(Path(folder))
    acc, speed, _ = run(pages, lambda rec, data: htmldate_date(data, rec["url"], **options))
    return acc, speed


def _pages(folder: Path) -> list[tuple[dict, bytes]]:
    records = [json.loads(line) for line in (folder / "expected.jsonl").read_text("utf-8").splitlines() if line]
    return [(rec, (folder / "pages" / rec["file"]).read_bytes()) for rec in records]


def load_tables() -> None:
    """What the reader loads once, whichever pages come first."""
    from diplo_analysis.parse import parse_text
    from diplo_analysis.readers.html import month_names, site_zone

    month_names(None)
    site_zone("https://example.it/")
    parse_text("BAKU, March 3. Talks.")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=Path, default=DEFAULT, help="folder with expected.jsonl and pages/")
    ap.add_argument("--no-htmldate", action="store_true", help="time the reader only")
    args = ap.parse_args(argv)
    if not (args.pages / "expected.jsonl").exists():
        print(f"no page set at {args.pages} (expected.jsonl and pages/); nothing measured")
        return 1
    pages = _pages(args.pages)
    print(f"{len(pages)} pages from {args.pages} ({sum(r['date'] is None for r, _ in pages)} without a date)")

    acc, speed, got = run(pages, lambda rec, data: reader_date(rec["file"], data, rec["url"]), load_tables)
    print(f"{'':28} {'date accuracy':>14} {'pages/s (1 core)':>17}")
    print(f"{'diplo-analysis reader':28} {acc:14.3f} {speed:17.0f}")
    if not args.no_htmldate:
        import multiprocessing

        # each configuration in a fresh process, so that none profits from another's caches
        spawn = multiprocessing.get_context("spawn")
        for label, options in (("htmldate", {}), ("htmldate original_date=True", {"original_date": True})):
            with spawn.Pool(1) as pool:
                h_acc, h_speed = pool.apply(run_htmldate, (str(args.pages), options))
            print(f"{label:28} {h_acc:14.3f} {h_speed:17.0f}")
    missed = [(rec["file"], rec["date"], g) for g, (rec, _) in zip(got, pages) if g != rec["date"]]
    print(f"\nreader's misses ({len(missed)}): file, hand-checked date, reader's date")
    for row in missed:
        print("  ", *row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
