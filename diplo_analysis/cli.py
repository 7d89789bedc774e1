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
            "Read articles (files, folders, globs; .txt, .md, .json, .jsonl, .csv) and write one "
            "file per table to --out: articles, sentences, mentions, anniversaries, events, spheres "
            "and errors (every table, even when empty). Inputs that cannot be read become rows "
            "of errors; the command fails only when it cannot write its output."
        ),
    )
    parse.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="a file, a folder (read recursively) or a glob such as 'news/**/*.txt'")
    parse.add_argument("--out", required=True, metavar="DIR", help="folder to write the tables to (created if missing)")
    parse.add_argument("--format", choices=FORMATS, default="parquet",
                       help="file format of the tables (default: parquet); csv joins tuples with '|'")
    parse.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="'local' parses in this process; 'dask' spreads files over a dask scheduler "
                            "(needs the 'scale' extra)")
    parse.add_argument("--text-column", default="text", metavar="NAME",
                       help="column or JSON field holding the article text in CSV/JSON inputs (default: text)")
    parse.add_argument("--no-extract", action="store_true",
                       help="only parse articles and sentences; leave the entity tables empty")
    parse.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    parse.set_defaults(func=cmd_parse)
    return p


def cmd_parse(args) -> int:
    from .io import read_corpus

    corpus = read_corpus(args.inputs, text_column=args.text_column, engine=args.engine,
                         progress=False if args.quiet else None, extract=not args.no_extract)
    out = Path(args.out)
    try:
        paths = corpus.to_parquet(out) if args.format == "parquet" else corpus.to_csv(out)
    except OSError as exc:
        print(f"diplo-analysis: could not write the tables to {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    if not args.quiet:
        sizes = ", ".join(f"{name} {len(frame)}" for name, frame in corpus.tables().items())
        print(f"wrote {len(paths)} tables to {out} ({sizes})")
        for row in corpus.errors.itertuples():
            print(f"  not read: {row.source}: {row.error}", file=sys.stderr)
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
