"""The entry point: :func:`read_corpus` reads, parses and extracts inputs into a Corpus.

It sits above the readers (:mod:`diplo_analysis.readers`, one module a
format), the per-article assembly (:mod:`diplo_analysis.build`) and the dask
engine (:mod:`diplo_analysis.scale`); none of them imports this module.

Nothing is dropped silently: every input becomes an article row or a row of
the ``errors`` table with a reason a person can act on.

>>> import diplo_analysis as da
>>> da.read_corpus(["no/such/article.txt"]).errors.loc[0, "error"]
'no such file or folder'
"""
from __future__ import annotations

import os

from .build import Rows, _cyclic_gc_paused, process_input
from .corpus import Corpus
from .readers import expand
from .scale import run_dask

__all__ = ["read_corpus", "build_corpus"]


def read_corpus(source, *, text_column: str = "text", engine: str = "local", progress: bool | None = None,
                extract: bool = True, errors: str = "record", npartitions: int | None = None):
    """Read articles into a :class:`~diplo_analysis.Corpus`.

    Parameters
    ----------
    source : path, glob, list of paths, or DataFrame
        A folder of tables written by ``Corpus.to_parquet`` (read back as they
        are), a file, a folder (read recursively), a glob (``"news/**/*.html"``), a
        list of any of these, or a DataFrame with a ``text`` column (its other
        columns, such as ``published``, ``url`` or ``outlet``, are kept and win
        over what parsing finds). Files may be text, JSON or JSON Lines, CSV/TSV,
        saved web pages, RSS/Atom feeds, web archives (WARC) or GDELT 2.0 files,
        gzipped or zipped; :mod:`diplo_analysis.readers` picks the reader.
    text_column : str
        The column (CSV, DataFrame) or field (JSON) that holds the article text.
    engine : {"local", "dask"}
        ``"dask"`` parses with a dask scheduler over partitions of the inputs
        (install ``diplo-analysis[scale]``).
    progress : bool, optional
        Show a progress bar; by default only for more than 20 inputs.
    extract : bool
        Fill ``mentions``, ``anniversaries``, ``events`` and ``spheres``
        (parse only when False).
    errors : {"record", "raise"}
        ``"record"`` puts every unreadable input in ``corpus.errors``;
        ``"raise"`` raises :class:`ReadError` at the first one (a web
        archive's count of skipped records is recorded, never raised).

    Every input becomes a row of ``articles`` or of ``errors``.

    Examples
    --------
    >>> import pandas as pd, diplo_analysis as da
    >>> frame = pd.DataFrame({"text": ["BAKU, Azerbaijan, March 3. Talks held.", ""]})
    >>> c = da.read_corpus(frame)
    >>> len(c.articles), len(c.errors)
    (1, 1)
    """
    if errors not in ("record", "raise"):
        raise ValueError(f"errors must be 'record' or 'raise', not {errors!r}")
    return build_corpus(source, text_column=text_column, engine=engine, progress=progress,
                        extract=extract, raise_errors=errors == "raise", npartitions=npartitions)


def build_corpus(source, *, text_column="text", engine="local", progress=None, extract=True,
                 raise_errors=False, npartitions=None) -> Corpus:
    """Read, parse and extract ``source`` into a Corpus (see :func:`read_corpus`)."""
    tables_dir = _tables_folder(source)
    if tables_dir is not None:
        return Corpus.from_parquet(tables_dir)
    from .dataset import is_dataset

    if is_dataset(source):      # a dataset written by `parse --out`: every table into memory
        from .duck import open_dataset

        with open_dataset(source) as ds:
            return ds.to_corpus()
    items = expand(source)
    if engine == "dask":
        rows = run_dask(items, text_column=text_column, extract=extract,
                        raise_errors=raise_errors, npartitions=npartitions, progress=progress)
        return rows.corpus()
    if engine == "local":
        rows = Rows()
        seen: dict[str, int] = {}
        with _cyclic_gc_paused():
            for item in _progress(items, progress):
                process_input(item, text_column=text_column, extract=extract,
                              raise_errors=raise_errors, seen=seen, rows=rows)
            return rows.corpus()
    raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")


def _tables_folder(source):
    """A folder written by ``Corpus.to_parquet`` (it holds ``articles.parquet``), or None."""
    if isinstance(source, (str, os.PathLike)) and os.path.isfile(os.path.join(source, "articles.parquet")):
        return source
    return None


def _progress(items, progress):
    show = len(items) > 20 if progress is None else progress
    if not show:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, desc="reading articles", unit="file")
