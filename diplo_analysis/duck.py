"""A corpus whose tables stay on disk: a partitioned parquet dataset read through DuckDB.

:func:`open_dataset` opens a folder written by ``diplo-analysis parse INPUT
--out DIR`` (or :func:`diplo_analysis.write_dataset`). Every table is a DuckDB
view over its ``DIR/<table>/part-*.parquet`` files, so nothing is loaded
until asked: ``timeline``, ``comentions``, ``bilateral`` and
``check_anniversaries`` run as SQL over the files, :meth:`Dataset.sql` runs
any query, and :meth:`Dataset.to_pandas` brings the rows a ``where`` clause
picks into pandas.

>>> import tempfile, diplo_analysis as da
>>> out = tempfile.mkdtemp()
>>> _ = da.write_dataset("data/articles", out, progress=False)
>>> ds = da.open_dataset(out)
>>> ds.sql("SELECT key, count(*) AS n FROM mentions WHERE kind = 'country' GROUP BY key ORDER BY key").values.tolist()
[['AZE', 13], ['KGZ', 12]]
>>> ds.to_pandas("mentions", where="kind = 'person' AND key LIKE 'Ilham%'")["role"].iloc[0]
'President'
"""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from . import tables
from .corpus import Corpus
from .dataset import ALL_TABLES, MANIFEST, DatasetError, is_dataset, read_manifest


def open_dataset(path, *, threads: int | None = None, memory_limit: str | None = None) -> "Dataset":
    """Open the dataset folder ``path``; its tables stay on disk.

    ``threads`` and ``memory_limit`` (such as ``"2GB"``) are DuckDB's
    settings for the queries; by default DuckDB uses every core and 80% of
    the memory.
    """
    return Dataset(path, threads=threads, memory_limit=memory_limit)


class Dataset:
    """The tables of a partitioned parquet dataset, queried with DuckDB.

    The analysis functions accept it wherever they accept a
    :class:`~diplo_analysis.Corpus`. Reading an attribute such as
    ``ds.mentions`` loads that whole table into pandas (kept for the next
    use); on a big dataset prefer :meth:`sql`, :meth:`to_pandas` with a
    ``where`` clause, or :meth:`subset`.
    """

    #: the analyses run as SQL over the files (see ``analysis._common.on_disk``)
    on_disk = True

    def __init__(self, path, *, threads: int | None = None, memory_limit: str | None = None):
        import duckdb

        self.path = Path(path)
        if not self.path.is_dir():
            raise DatasetError(f"{self.path}: no such folder; expected a dataset written by "
                               "`diplo-analysis parse INPUT --out DIR`")
        self.manifest = read_manifest(self.path)
        if not self.manifest.get("complete"):
            done = sum(p["done"] for p in self.manifest["partitions"])
            raise DatasetError(
                f"{self.path}: the dataset is not finished ({done} of {len(self.manifest['partitions'])} "
                "partitions written); run the same parse again to resume it")
        config = {}
        if threads:
            config["threads"] = int(threads)
        if memory_limit:
            config["memory_limit"] = str(memory_limit)
        self.con = duckdb.connect(config=config)
        self._loaded: dict[str, pd.DataFrame] = {}
        for name in ALL_TABLES:
            folder = self.path / name
            if not any(folder.glob("part-*.parquet")):
                raise DatasetError(f"{folder}: no part files; the dataset is incomplete (see {MANIFEST})")
            glob = (folder / "part-*.parquet").as_posix().replace("'", "''")
            self.con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{glob}', union_by_name=true)")

    # -- queries --------------------------------------------------------------------
    def sql(self, query: str, params=None) -> pd.DataFrame:
        """Run a DuckDB query over the tables (each a view by its name); the result as a DataFrame.

        Beside the corpus's tables there is ``country_pairs`` (article_id, a,
        b, sentences): every two countries named in one article, derived from
        ``mentions`` when the dataset was written.

        ``params`` fills ``?`` or ``$name`` placeholders.
        """
        import duckdb

        try:
            return self.con.execute(query, params).df() if params is not None else self.con.sql(query).df()
        except duckdb.Error as exc:
            raise DatasetError(f"the query failed: {exc}") from None

    def to_pandas(self, table: str, where: str | None = None, *, columns=None, params=None) -> pd.DataFrame:
        """The rows of ``table`` that ``where`` (an SQL condition) picks, typed as in a Corpus.

        >>> import tempfile, diplo_analysis as da
        >>> out = tempfile.mkdtemp(); _ = da.write_dataset("data/articles", out, progress=False)
        >>> da.open_dataset(out).to_pandas("articles", columns=["article_id", "dateline_city"]).values.tolist()
        [['trend-2023-02-27-azerbaijan-kyrgyzstan', 'Baku']]
        """
        if table not in ALL_TABLES:
            raise DatasetError(f"unknown table {table!r}; the tables are {', '.join(ALL_TABLES)}")
        picked = "*" if columns is None else ", ".join(_ident(c) for c in columns)
        query = f"SELECT {picked} FROM {table}" + (f" WHERE {where}" if where else "")
        frame = self.sql(query, params)
        if table not in tables.TABLES:
            return frame
        if columns is not None:
            return _typed(table, frame)
        return tables.conform(table, tables.tuples_from_lists(table, frame))

    def subset(self, article_ids) -> Corpus:
        """An in-memory :class:`Corpus` of the given articles (every table's rows of them)."""
        ids = sorted({str(a) for a in article_ids})
        if not ids:
            return Corpus()
        # a plain filter, not a join, keeps the rows in the order of the files
        where = "article_id IN (" + ", ".join("'" + a.replace("'", "''") + "'" for a in ids) + ")"
        found = {name: self.to_pandas(name, where) for name in tables.TABLES if name != "errors"}
        return Corpus(**found)

    def to_corpus(self) -> Corpus:
        """Every table in memory, as a :class:`Corpus` (only for a dataset that fits)."""
        return Corpus(**{name: self._table(name) for name in tables.TABLES})

    def count(self, table: str = "articles") -> int:
        """Rows of ``table``, as the manifest records them (nothing is read)."""
        return sum(p["rows"][table] for p in self.manifest["partitions"])

    # -- the Corpus interface ------------------------------------------------------
    def _table(self, name: str) -> pd.DataFrame:
        if name not in self._loaded:
            self._loaded[name] = self.to_pandas(name)
        return self._loaded[name]

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table loaded into pandas, by name (as ``Corpus.tables``)."""
        return {name: self._table(name) for name in tables.TABLES}

    def __getattr__(self, name):
        if name in tables.TABLES:
            return self._table(name)
        raise AttributeError(name)

    def __len__(self) -> int:
        return self.count("articles")

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={self.count(name)}" for name in tables.TABLES)
        return f"Dataset({os.fspath(self.path)}: {sizes})"

    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _ident(name: str) -> str:
    return '"' + str(name).replace('"', '""') + '"'


def _typed(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The dtypes of a Corpus for the design columns a frame holds."""
    frame = tables.tuples_from_lists(table, frame)
    schema = tables.TABLES[table]
    for col in frame.columns:
        if col in schema:
            frame[col] = tables._cast(frame[col], schema[col])
    return frame


__all__ = ["Dataset", "DatasetError", "is_dataset", "open_dataset"]
