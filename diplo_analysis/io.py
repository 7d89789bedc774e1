"""Reading: from files, folders, globs, lists or a DataFrame to raw documents.

Nothing is dropped silently: every input becomes a raw document (later an
article row) or a row of the ``errors`` table with a reason a person can act on.

>>> import diplo_analysis as da
>>> da.read_corpus(["no/such/article.txt"]).errors.loc[0, "error"]
'no such file or folder'
"""
from __future__ import annotations

import codecs
import csv
import glob as globmod
import io as _io
import json
import os
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import pandas as pd

from .errors import ReadError

#: extensions read as one article per file
TEXT_SUFFIXES = {".txt", ".md", ".text", ""}
#: extensions read as many articles per file
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
TABLE_SUFFIXES = {".csv", ".tsv"}

_GLOB_CHARS = set("*?[")


@dataclass
class RawDocument:
    """One article's decoded text, before parsing."""

    article_id: str
    source: str
    text: str
    encoding: str | None = None
    meta: dict = field(default_factory=dict)


@dataclass
class ReadFailure:
    """One input that could not be read (becomes a row of ``errors``)."""

    source: str
    error: str
    stage: str = "read"

    def row(self) -> dict:
        return {"source": self.source, "stage": self.stage, "error": self.error}


# -- which inputs --------------------------------------------------------------
def expand(source) -> list:
    """The list of inputs named by ``source``: paths (sorted), or a DataFrame.

    A folder is walked recursively; hidden files and folders and files named
    ``README*`` (a folder's own documentation) are not inputs. A glob is
    expanded (``**`` recurses). A path that does not exist stays in the list so
    that it is reported in ``errors``.

    >>> expand(["a.txt", "b.txt"])
    ['a.txt', 'b.txt']
    """
    if isinstance(source, pd.DataFrame):
        return [source]
    if isinstance(source, (str, os.PathLike)):
        return _expand_one(os.fspath(source))
    if isinstance(source, Iterable):
        out: list = []
        for item in source:
            out.extend(expand(item))
        return out
    raise ReadError(
        f"cannot read {type(source).__name__!r}: give a path, a glob, a list of paths "
        "or a DataFrame with a 'text' column"
    )


def _expand_one(path: str) -> list[str]:
    if os.path.isdir(path):
        found = []
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith(".") or name.upper().startswith("README"):
                    continue
                found.append(os.path.join(root, name))
        return found
    if not os.path.exists(path) and _GLOB_CHARS & set(path):
        return sorted(p for p in globmod.glob(path, recursive=True) if os.path.isfile(p))
    return [path]


# -- decoding --------------------------------------------------------------------
def decode(data: bytes, *, name: str = "input") -> tuple[str, str]:
    """Decode bytes to text; return ``(text, encoding used)``.

    UTF-8 (with or without BOM) and UTF-16 with BOM are read directly; other
    single-byte encodings (cp1251, latin-1...) are detected with
    charset-normalizer.

    >>> decode("Bakı".encode("utf-8"))
    ('Bakı', 'utf-8')
    >>> decode(codecs.BOM_UTF16_LE + "Baku".encode("utf-16-le"))
    ('Baku', 'utf-16')
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ReadError(f"{name}: starts with a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason})") from None
    if b"\x00" in data[:4096]:
        raise ReadError(
            f"{name}: looks like a binary file (it contains NUL bytes); expected text, JSON Lines or CSV"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReadError(f"{name}: could not decode the bytes as text in any known encoding")
    text = str(best)
    if _mostly_control(text):
        raise ReadError(f"{name}: looks like a binary file (mostly control characters after decoding)")
    return text, best.encoding


def _mostly_control(text: str) -> bool:
    sample = text[:2000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad > len(sample) * 0.05


# -- one input to raw documents ----------------------------------------------------
def read_path(path: str, *, text_column: str = "text") -> tuple[list[RawDocument], list[ReadFailure]]:
    """Read one file into raw documents (one, or one per record) and failures."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        return [], [ReadFailure(path, "no such file or folder")]
    except IsADirectoryError:
        return [], [ReadFailure(path, "is a folder; pass it to read_corpus to read the files inside")]
    except OSError as exc:
        return [], [ReadFailure(path, f"could not be opened: {exc.strerror or exc}")]
    if not data.strip():
        return [], [ReadFailure(path, "the file is empty" if not data else "the file holds only whitespace")]
    name = os.path.basename(path)
    stem, suffix = os.path.splitext(name)
    suffix = suffix.lower()
    try:
        text, encoding = decode(data, name=name)
    except ReadError as exc:
        return [], [ReadFailure(path, str(exc).split(": ", 1)[-1])]
    if suffix in JSON_SUFFIXES or (suffix not in TABLE_SUFFIXES and text.lstrip()[:1] in "{["):
        return _read_json(path, stem, text, encoding, text_column)
    if suffix in TABLE_SUFFIXES:
        return _read_table(path, stem, text, encoding, text_column, sep="\t" if suffix == ".tsv" else ",")
    if not text.strip():
        return [], [ReadFailure(path, "the file holds no text after decoding")]
    return [RawDocument(stem, path, text, encoding)], []


def _read_json(path, stem, text, encoding, text_column):
    records: list[tuple[str, object]] = []
    stripped = text.strip()
    try:
        whole = json.loads(stripped)
    except json.JSONDecodeError:
        whole = None
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


def _read_table(path, stem, text, encoding, text_column, sep):
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


def read_frame(frame: pd.DataFrame, *, text_column: str = "text") -> tuple[list[RawDocument], list[ReadFailure]]:
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
        article_id = str(meta.pop("article_id", None) or meta.pop("id", None) or _content_id(body))
        docs.append(RawDocument(article_id, str(meta.pop("source", where)), body, None, meta))
    return docs, failures


def _missing(v) -> bool:
    try:
        return v is None or bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _content_id(text: str) -> str:
    import hashlib

    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def read_documents(source, *, text_column: str = "text") -> Iterator[tuple[list[RawDocument], list[ReadFailure]]]:
    """Yield ``(documents, failures)`` for each input named by ``source``."""
    for item in expand(source):
        if isinstance(item, pd.DataFrame):
            yield read_frame(item, text_column=text_column)
        else:
            yield read_path(item, text_column=text_column)


def read_corpus(source, *, text_column: str = "text", engine: str = "local", progress: bool | None = None,
                extract: bool = True, errors: str = "record", npartitions: int | None = None):
    """Read articles into a :class:`~diplo_analysis.Corpus`.

    Parameters
    ----------
    source : path, glob, list of paths, or DataFrame
        A folder of tables written by ``Corpus.to_parquet`` (read back as they
        are), a file, a folder (read recursively), a glob (``"news/**/*.txt"``), a
        list of any of these, or a DataFrame with a ``text`` column (its other
        columns, such as ``published``, ``url`` or ``outlet``, are kept and win
        over what parsing finds).
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
        ``"raise"`` raises :class:`ReadError` at the first one.

    Every input becomes a row of ``articles`` or of ``errors``.

    Examples
    --------
    >>> import pandas as pd, diplo_analysis as da
    >>> frame = pd.DataFrame({"text": ["BAKU, Azerbaijan, March 3. Talks held.", ""]})
    >>> c = da.read_corpus(frame)
    >>> len(c.articles), len(c.errors)
    (1, 1)
    """
    from .build import build_corpus

    if errors not in ("record", "raise"):
        raise ValueError(f"errors must be 'record' or 'raise', not {errors!r}")
    return build_corpus(source, text_column=text_column, engine=engine, progress=progress,
                        extract=extract, raise_errors=errors == "raise", npartitions=npartitions)
