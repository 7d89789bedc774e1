"""The command line: ``diplo-analysis parse | report | anniversaries``.

Each subcommand calls the same functions a notebook would, and writes the same
tables as files.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import DiploError

FORMATS = ("parquet", "csv")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="diplo-analysis",
        description="Turn diplomatic news articles into tidy tables, reports and anniversary calendars.",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    parse = sub.add_parser(
        "parse",
        help="parse articles into tables (articles, sentences, mentions, ...)",
        description=(
            "Read articles (files, folders, globs; .txt, .md, .json, .jsonl, .csv) and write the "
            "tables articles, sentences, mentions, anniversaries, events, spheres and errors "
            "(every table, even when empty) to --out. As parquet (the default) --out becomes a "
            "partitioned dataset, DIR/<table>/part-NNNNN.parquet, written a partition at a time, "
            "so memory stays bounded by a partition; DIR/_manifest.json records the partitions, and "
            "the same command run again after an interruption skips those already written. Open it "
            "with da.open_dataset(DIR). As csv, one file per table. Inputs that cannot be read become "
            "rows of errors; the command fails only when it cannot write its output."
        ),
    )
    parse.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="a file, a folder (read recursively) or a glob such as 'news/**/*.txt'")
    parse.add_argument("--out", required=True, metavar="DIR", help="folder to write the tables to (created if missing)")
    parse.add_argument("--format", choices=FORMATS, default="parquet",
                       help="file format of the tables (default: parquet); csv joins tuples with '|'")
    parse.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="'local' parses in this process; 'dask' runs the partitions on a dask.distributed "
                            "cluster whose workers write them (needs the 'scale' extra)")
    parse.add_argument("--scheduler", metavar="ADDRESS",
                       help="with --engine dask: the address of a running dask scheduler (tcp://host:8786); "
                            "without it a local cluster of one worker a core is started")
    parse.add_argument("--partition-mb", type=float, default=None, metavar="MB",
                       help="megabytes of input files per partition of the dataset (default: 16)")
    parse.add_argument("--overwrite", action="store_true",
                       help="start the dataset in --out again when it was written from other inputs or options "
                            "(without it such a folder is refused, and the same inputs resume)")
    parse.add_argument("--text-column", default="text", metavar="NAME",
                       help="column or JSON field holding the article text in CSV/JSON inputs (default: text)")
    parse.add_argument("--no-extract", action="store_true",
                       help="only parse articles and sentences; leave the entity tables empty")
    parse.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    _reference_option(parse)
    parse.set_defaults(func=cmd_parse)

    rep = sub.add_parser(
        "report",
        help="run the curated notebooks on a corpus and write them as HTML pages",
        description=(
            "Parse INPUT (by default the articles shipped in data/), write the tables as parquet, "
            "run the curated notebooks (quickstart, anniversaries, bilateral relations) on them "
            "with papermill, and write each as a self-contained HTML page plus an index.html "
            "linking them. A failing notebook is named with its error; the others are still written."
        ),
    )
    rep.add_argument("inputs", nargs="*", metavar="INPUT",
                     help="files, folders or globs of articles (default: data/articles and data/demo)")
    rep.add_argument("--pair", nargs=2, default=["AZE", "KGZ"], metavar=("A", "B"),
                     help="the two countries of the bilateral notebook, ISO3 or names (default: AZE KGZ)")
    rep.add_argument("--out", default="report", metavar="DIR", help="folder for the pages and tables (default: report)")
    rep.add_argument("--quiet", action="store_true", help="no progress bars")
    _reference_option(rep)
    rep.set_defaults(func=cmd_report)

    ann = sub.add_parser(
        "anniversaries",
        help="the calendar of round anniversaries of a country's diplomatic relations",
        description=(
            "List the round anniversaries (5th, 10th, ... 25th, 30th, ...) of the diplomatic "
            "relations of one country that fall in a window, from the packaged reference table "
            "of establishment dates (see data/reference/README.md for its sources)."
        ),
    )
    ann.add_argument("--country", required=True, metavar="ISO3|NAME",
                     help="the country whose relations to list: an ISO3 code (AZE) or a name (Azerbaijan)")
    ann.add_argument("--years", type=int, default=5, metavar="N", help="length of the window in years (default: 5)")
    ann.add_argument("--start", default="today", metavar="DATE",
                     help="first day of the window, YYYY-MM-DD (default: today)")
    ann.add_argument("--format", choices=("table", "csv"), default="table",
                     help="'table' prints aligned columns for reading; 'csv' for scripts")
    _reference_option(ann)
    ann.set_defaults(func=cmd_anniversaries)
    return p


def _reference_option(parser) -> None:
    parser.add_argument(
        "--reference", metavar="FILE", default=None,
        help="a csv of your own dates of diplomatic relations (columns country_a, country_b, established, "
             "source; optionally confidence, note) that extends the packaged reference; its rows win "
             "where both have a pair")


def _reference(args):
    """The reference the command uses: the packaged one, or it extended by --reference (checked first)."""
    from .analysis import load_reference

    return None if args.reference is None else load_reference(args.reference)


def cmd_parse(args) -> int:
    from .analysis import fill_reference
    from .io import read_corpus

    out = Path(args.out)
    if args.scheduler and args.engine != "dask":
        print("diplo-analysis: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    reference = _reference(args)        # a malformed file stops here, before the parse
    if args.format == "parquet":
        # a dataset's anniversaries are checked against --reference when queried
        # (the anniversaries command, check_anniversaries(ds, reference=...))
        return _parse_dataset(args, out)
    corpus = read_corpus(args.inputs, text_column=args.text_column, engine=args.engine,
                         progress=False if args.quiet else None, extract=not args.no_extract)
    if reference is not None and len(corpus.anniversaries):
        corpus.anniversaries = fill_reference(corpus.anniversaries, reference=reference)
    try:
        paths = corpus.to_csv(out)
    except OSError as exc:
        print(f"diplo-analysis: could not write the tables to {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    if not args.quiet:
        sizes = ", ".join(f"{name} {len(frame)}" for name, frame in corpus.tables().items())
        print(f"wrote {len(paths)} tables to {out} ({sizes})")
        for row in corpus.errors.itertuples():
            print(f"  not read: {row.source}: {row.error}", file=sys.stderr)
    return 0


#: unreadable inputs listed after a parse; the rest are in the errors table
SHOWN_ERRORS = 20


def _parse_dataset(args, out: Path) -> int:
    from .dataset import PARTITION_MB, write_dataset
    from .duck import open_dataset

    try:
        summary = write_dataset(args.inputs, out, text_column=args.text_column, extract=not args.no_extract,
                                engine=args.engine, scheduler=args.scheduler,
                                partition_mb=args.partition_mb or PARTITION_MB, overwrite=args.overwrite,
                                progress=False if args.quiet else None)
    except OSError as exc:
        print(f"diplo-analysis: could not write the tables to {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    if not args.quiet:
        sizes = ", ".join(f"{name} {n}" for name, n in summary.rows.items())
        resumed = f", {summary.skipped} already there" if summary.skipped else ""
        rate = summary.articles / summary.seconds if summary.written and summary.seconds else 0
        print(f"wrote {summary.written} of {summary.partitions} partitions to {out}{resumed} ({sizes})"
              + (f"; {rate:,.0f} articles/s" if rate and not summary.skipped else ""))
        if summary.errors:
            with open_dataset(out) as ds:
                shown = ds.sql(f"SELECT source, error FROM errors LIMIT {SHOWN_ERRORS}")
            for row in shown.itertuples():
                print(f"  not read: {row.source}: {row.error}", file=sys.stderr)
            if summary.errors > SHOWN_ERRORS:
                print(f"  ... and {summary.errors - SHOWN_ERRORS} more in {out / 'errors'}", file=sys.stderr)
    return 0


def cmd_report(args) -> int:
    from .report import render_report

    try:
        rep = render_report(args.inputs, pair=args.pair, out=args.out, progress=not args.quiet,
                            reference=args.reference)
    except OSError as exc:
        print(f"diplo-analysis: could not write the report to {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    for nb in rep.notebooks:
        status = "ok" if nb.ok else f"FAILED: {nb.error}"
        print(f"{nb.name}: {status}" + (f" -> {nb.html}" if nb.html else ""))
    print(f"index: {rep.index}")
    return 1 if rep.failed else 0


def cmd_anniversaries(args) -> int:
    from .analysis import upcoming_anniversaries

    frame = upcoming_anniversaries(args.country, start=args.start, years=args.years, reference=_reference(args))
    out = frame.assign(established=frame["established"].dt.strftime("%Y-%m-%d"),
                       date=frame["date"].dt.strftime("%Y-%m-%d"))
    if args.format == "csv":
        out.to_csv(sys.stdout, index=False)
    elif out.empty:
        print(f"no round anniversaries of {frame.attrs['country']}'s relations in the window")
    else:
        print(out[["date", "ordinal", "partner", "partner_name", "established"]].to_string(index=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.func(args)
    except DiploError as exc:
        print(f"diplo-analysis: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
