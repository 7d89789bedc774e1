"""The Corpus: a bundle of the tidy tables, written to and read from parquet or csv."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path

import pandas as pd

from . import tables
from .errors import ReadError


def _table(name: str):
    return field(default_factory=lambda: tables.empty(name))


@dataclass
class Corpus:
    """The tables of one or more parsed articles.

    Each attribute is a pandas DataFrame whose columns are those of
    ``diplo_analysis.tables.TABLES``.

    >>> c = Corpus()
    >>> len(c.articles), list(c.tables())[:2]
    (0, ['articles', 'sentences'])
    """

    articles: pd.DataFrame = _table("articles")
    sentences: pd.DataFrame = _table("sentences")
    mentions: pd.DataFrame = _table("mentions")
    anniversaries: pd.DataFrame = _table("anniversaries")
    events: pd.DataFrame = _table("events")
    spheres: pd.DataFrame = _table("spheres")
    errors: pd.DataFrame = _table("errors")

    def __post_init__(self):
        for name in tables.TABLES:
            setattr(self, name, tables.conform(name, getattr(self, name)))

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables by name, in the design's order."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def __repr__(self) -> str:
        sizes = ", ".join(f"{k}={len(v)}" for k, v in self.tables().items())
        return f"Corpus({sizes})"

    def __len__(self) -> int:
        return len(self.articles)

    @classmethod
    def concat(cls, parts: list["Corpus"]) -> "Corpus":
        """One corpus from several (article ids are assumed distinct)."""
        if not parts:
            return cls()
        return cls(**{
            name: pd.concat([getattr(p, name) for p in parts], ignore_index=True)
            for name in tables.TABLES
        })

    def subset(self, article_ids) -> "Corpus":
        """The rows of the given articles in every table that has an ``article_id``.

        A dataset from ``da.open_dataset`` has the same method, so code that
        narrows a corpus down runs on both.

        >>> import pandas as pd
        >>> c = Corpus(articles=pd.DataFrame({"article_id": ["a", "b"], "source": "s", "n_words": 1, "text": ""}))
        >>> c.subset(["b"]).articles["article_id"].tolist()
        ['b']
        """
        wanted = pd.Index(pd.Series(list(article_ids), dtype=object).astype(str))
        return Corpus(**{name: frame[frame["article_id"].isin(wanted)]
                         for name, frame in self.tables().items() if "article_id" in frame})

    # -- files -------------------------------------------------------------
    def to_parquet(self, directory: str | Path) -> list[Path]:
        """Write every table as ``directory/<table>.parquet``; return the paths.

        >>> import tempfile; d = tempfile.mkdtemp()
        >>> len(Corpus().to_parquet(d))
        7
        """
        return self._write(directory, "parquet")

    def to_csv(self, directory: str | Path) -> list[Path]:
        """Write every table as ``directory/<table>.csv`` (tuples joined with ``|``)."""
        return self._write(directory, "csv")

    def _write(self, directory, fmt: str) -> list[Path]:
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        paths = []
        for name, frame in self.tables().items():
            path = out / f"{name}.{fmt}"
            frame = frame.copy()
            for col in tables.TUPLE_COLUMNS.get(name, []):
                frame[col] = frame[col].map(_join)
            if fmt == "parquet":
                frame.to_parquet(path, index=False)
            else:
                frame.to_csv(path, index=False, date_format="%Y-%m-%dT%H:%M:%S")
            paths.append(path)
        return paths

    @classmethod
    def from_parquet(cls, directory: str | Path) -> "Corpus":
        """Read a corpus written by :meth:`to_parquet`."""
        return cls._read(directory, "parquet")

    @classmethod
    def from_csv(cls, directory: str | Path) -> "Corpus":
        """Read a corpus written by :meth:`to_csv`."""
        return cls._read(directory, "csv")

    @classmethod
    def _read(cls, directory, fmt: str) -> "Corpus":
        base = Path(directory)
        if not base.is_dir():
            raise ReadError(f"{base}: no such folder; expected a folder written by Corpus.to_{fmt}()")
        found = {}
        for name in tables.TABLES:
            path = base / f"{name}.{fmt}"
            if not path.exists():
                raise ReadError(f"{path}: missing; a corpus folder holds one {fmt} file per table")
            if fmt == "parquet":
                frame = pd.read_parquet(path)
            else:
                frame = pd.read_csv(path, keep_default_na=False, na_values=[""])
            for col in tables.TUPLE_COLUMNS.get(name, []):
                frame[col] = frame[col].map(_split)
            found[name] = frame
        return cls(**found)


def _join(value) -> object:
    if isinstance(value, (tuple, list)) or hasattr(value, "__array__"):
        return "|".join(str(v) for v in value)
    return value


def _split(value) -> tuple:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return ()
    if isinstance(value, str):
        return tuple(v for v in value.split("|") if v)
    return tuple(value)
