"""Records: JSON, JSON Lines and CSV/TSV tables, many articles a file, and DataFrames.

Each record needs a text field (``text`` unless ``text_column`` says
otherwise); its other fields become metadata that wins over parsing, and
``article_id`` or ``id`` names the article.

>>> docs, failures = read_json("a.jsonl", '{"text": "Talks."}\\n{"title": "no text"}', "utf-8")
>>> [d.article_id for d in docs], [f.error for f in failures]
(['a-1'], ["record has no 'text' field"])
"""
from __future__ import annotations

import csv
import io as _io
import json
import os

import pandas as pd

from ..errors import ReadError
from ._base import RawDocument, ReadFailure, Result, content_id


def parses_as_json(text: str) -> bool:
    """Whether ``text`` is one JSON value or JSON Lines (every non-blank line a value).

    >>> parses_as_json('[{"text": "x"}]'), parses_as_json("[India], Dec.6 (ANI): Talks.")
    (True, False)
    """
    stripped = text.strip()
    try:
        json.loads(stripped)
        return True
    except json.JSONDecodeError:
        pass
    lines = [ln for ln in stripped.splitlines() if ln.strip()]
    if len(lines) < 2:
        return False
    try:
        for ln in lines:
            json.loads(ln)
    except json.JSONDecodeError:
        return False
    return True


def read_json(path: str, text: str, encoding: str | None, text_column: str = "text", *,
              name: str | None = None) -> Result:
    """A JSON array or object (``{"articles": [...]}`` too), or JSON Lines."""
    stem = os.path.splitext(name or os.path.basename(path))[0]
    records: list[tuple[str, object]] = []
    stripped = text.strip()
    try:
        whole = json.loads(stripped)
    except json.JSONDecodeError:
        for n, line in enumerate(stripped.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append((f"{path}:{n}", json.loads(line)))
            except json.JSONDecodeError as exc:
                records.append((f"{path}:{n}", ReadFailure(f"{path}:{n}", f"line {n} is not valid JSON ({exc.msg})")))
    else:
        if isinstance(whole, dict) and isinstance(whole.get("articles"), list):
            whole = whole["articles"]
        items = whole if isinstance(whole, list) else [whole]
        records = [(f"{path}:{i + 1}" if len(items) > 1 else path, item) for i, item in enumerate(items)]
    docs, failures = [], []
    many = len(records) > 1
    for i, (where, rec) in enumerate(records):
        if isinstance(rec, ReadFailure):
            failures.append(rec)
            continue
        doc = _record(rec, where, f"{stem}-{i + 1}" if many else stem, encoding, text_column)
        (failures if isinstance(doc, ReadFailure) else docs).append(doc)
    return docs, failures


def read_table(path: str, text: str, encoding: str | None, text_column: str = "text", sep: str = ",", *,
               name: str | None = None) -> Result:
    """A CSV (or, with ``sep="\\t"``, TSV) table with a header and a text column."""
    stem = os.path.splitext(name or os.path.basename(path))[0]
    try:
        frame = pd.read_csv(_io.StringIO(text), sep=sep, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, csv.Error, ValueError) as exc:
        return [], [ReadFailure(path, f"is not a readable CSV table ({exc})")]
    if text_column not in frame.columns:
        cols = ", ".join(map(str, frame.columns[:10]))
        return [], [ReadFailure(path, f"has no {text_column!r} column (columns: {cols}); a table of articles needs one")]
    docs, failures = [], []
    for i, rec in enumerate(frame.to_dict("records")):
        doc = _record(rec, f"{path}:{i + 2}", f"{stem}-{i + 1}", encoding, text_column)
        (failures if isinstance(doc, ReadFailure) else docs).append(doc)
    return docs, failures


def _record(rec, where: str, default_id: str, encoding, text_column):
    if not isinstance(rec, dict):
        return ReadFailure(where, f"expected a JSON object with a {text_column!r} field, found {type(rec).__name__}")
    body = rec.get(text_column)
    if not isinstance(body, str) or not body.strip():
        what = "has no" if text_column not in rec else "has an empty"
        return ReadFailure(where, f"record {what} {text_column!r} field")
    meta = {k: v for k, v in rec.items() if k != text_column and v not in ("", None)}
    article_id = str(meta.pop("article_id", None) or meta.pop("id", None) or default_id)
    return RawDocument(article_id, where, body, encoding, meta)


def read_frame(frame: pd.DataFrame, *, text_column: str = "text") -> Result:
    """Raw documents from a DataFrame's rows; other columns become metadata that wins over parsing."""
    if text_column not in frame.columns:
        raise ReadError(
            f"the DataFrame has no {text_column!r} column (columns: {', '.join(map(str, frame.columns))}); "
            f"pass text_column= to name the column holding article text"
        )
    docs, failures = [], []
    for n, rec in enumerate(frame.to_dict("records")):
        body = rec.get(text_column)
        where = f"DataFrame row {frame.index[n]}"
        if not isinstance(body, str) or not body.strip():
            failures.append(ReadFailure(where, f"row has no text in column {text_column!r}"))
            continue
        meta = {k: v for k, v in rec.items() if k != text_column and not _missing(v)}
        article_id = str(meta.pop("article_id", None) or meta.pop("id", None) or content_id(body))
        docs.append(RawDocument(article_id, str(meta.pop("source", where)), body, None, meta))
    return docs, failures


def _missing(v) -> bool:
    try:
        return v is None or bool(pd.isna(v))
    except (TypeError, ValueError):
        return False
