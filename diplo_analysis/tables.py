"""The tables of a corpus: their names, columns and dtypes (see docs/design.md).

This module is the single place where the contract's columns are written down;
readers, writers and tests take them from here.

>>> list(TABLES)[:3]
['articles', 'sentences', 'mentions']
>>> empty("errors").columns.tolist()
['source', 'stage', 'error']
"""
from __future__ import annotations

import pandas as pd

from .errors import SchemaError

STR = "string"
INT = "int64"
NINT = "Int64"
DATE = "datetime64[ns]"
OBJ = "object"
BOOL = "boolean"
FLOAT = "float64"

#: table name -> {column: dtype}; order is the column order of the written files.
TABLES: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": STR, "source": STR, "outlet": STR, "via": STR,
        "published": DATE, "updated": DATE, "dateline_city": STR,
        "dateline_country": STR, "title": STR, "author": STR, "encoding": STR,
        "n_words": INT, "text": STR,
    },
    "sentences": {
        "article_id": STR, "sentence_id": INT, "start": INT, "end": INT, "text": STR,
    },
    "mentions": {
        "article_id": STR, "sentence_id": INT, "start": INT, "end": INT,
        "surface": STR, "kind": "category", "key": STR, "role": STR, "country": STR,
    },
    "anniversaries": {
        "article_id": STR, "sentence_id": INT, "start": INT, "end": INT,
        "ordinal": INT, "subject": STR, "parties": OBJ, "year": NINT,
        "implied_start_year": NINT, "reference_start": DATE, "agrees": BOOL,
    },
    "events": {
        "article_id": STR, "sentence_id": INT, "start": INT, "end": INT,
        "event_type": STR, "code": STR, "actors": OBJ,
        "event_id": STR, "quad_class": NINT, "goldstein": FLOAT,
    },
    "spheres": {
        "article_id": STR, "sentence_id": INT, "start": INT, "end": INT, "sphere": STR,
    },
    "errors": {"source": STR, "stage": STR, "error": STR},
}

#: columns holding tuples of ISO3 codes; written joined with "|" in csv.
TUPLE_COLUMNS = {"anniversaries": ["parties"], "events": ["actors"]}

MENTION_KINDS = ["country", "person", "organization"]


def empty(name: str) -> pd.DataFrame:
    """An empty table with the right columns and dtypes."""
    return conform(name, pd.DataFrame({c: [] for c in TABLES[name]}))


def conform(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with the columns of table ``name`` in order and typed.

    Extra columns (metadata a user passed in) are kept after the design's ones.
    Missing design columns are added as empty.
    """
    if name not in TABLES:
        raise SchemaError(f"unknown table {name!r}; the tables are {', '.join(TABLES)}")
    schema = TABLES[name]
    out = frame.copy()
    for col, dtype in schema.items():
        if col not in out.columns:
            out[col] = pd.Series([pd.NA] * len(out), index=out.index, dtype=OBJ)
        out[col] = _cast(out[col], dtype)
    extra = [c for c in out.columns if c not in schema]
    return out[list(schema) + extra].reset_index(drop=True)


def _dates(col: pd.Series) -> pd.Series:
    """Dates as naive datetime64 (wall time as written); unparseable values become NaT."""
    if pd.api.types.is_datetime64_any_dtype(col):
        out = col
    else:
        try:
            out = pd.to_datetime(col, format="ISO8601")
        except (ValueError, TypeError):
            # values of several shapes ("2023-03-20", "March 3, 2024", Timestamps)
            out = col.map(_one_date)
            out = pd.to_datetime(out, errors="coerce") if out.dtype == object else out
    if isinstance(out.dtype, pd.DatetimeTZDtype):
        out = out.dt.tz_localize(None)
    return out.astype(DATE)


def _one_date(value):
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return pd.NaT
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        return pd.NaT
    return ts.tz_localize(None) if ts.tzinfo is not None else ts


def _cast(col: pd.Series, dtype: str) -> pd.Series:
    if dtype == DATE:
        return _dates(col)
    if dtype == "category":
        return col.astype(pd.CategoricalDtype(MENTION_KINDS))
    if dtype == OBJ:
        return col.astype(OBJ)
    if dtype == FLOAT:
        return pd.to_numeric(col, errors="coerce").astype(FLOAT)
    if dtype == INT and col.isna().any():
        raise SchemaError(f"column {col.name!r} must have no missing values")
    return col.astype(dtype)


def tuples_from_lists(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Lists (as parquet and DuckDB give them) back to the tuples a Corpus holds, in place."""
    for col in TUPLE_COLUMNS.get(table, []):
        if col in frame.columns:
            frame[col] = [tuple(v) if v is not None and not _na(v) else () for v in frame[col]]
    return frame


def _na(v) -> bool:
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False
