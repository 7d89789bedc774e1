"""Readers: from files, folders, globs, lists or a DataFrame to raw documents.

One module a format: :mod:`.text` (plain text), :mod:`.records` (JSON, JSON
Lines, CSV/TSV tables, DataFrames), :mod:`.html` (saved web pages), :mod:`.feed`
(RSS and Atom), :mod:`.warc` (web archives) and :mod:`.gdelt` (GDELT 2.0
Events, Mentions and GKG). :func:`read_path` picks one by the file's suffix
and its first bytes, and the two must agree: a ``.txt`` file that begins with
``[`` is read as JSON only if it is valid JSON. Gzip (``.gz``) and zip
(``.zip``) files are opened first and their contents read the same way.

Nothing is dropped silently: every input becomes a raw document (later an
article row) or a :class:`ReadFailure` (later an ``errors`` row) with a reason
a person can act on.

>>> docs, failures = read_path("no/such/article.txt")
>>> failures[0].error
'no such file or folder'
>>> docs, failures = read_bytes("ani.txt", b"[India], Dec.6 (ANI): Talks were held.")
>>> docs[0].text[:7], failures
('[India]', [])
>>> choose_format("page", b"<!DOCTYPE html><html>")
'html'
"""
from __future__ import annotations

import glob as globmod
import os
import re
import zlib
from typing import Iterable, Iterator

import pandas as pd

from ..errors import ReadError
from ._base import RawDocument, ReadFailure, Result, content_id, decode
from .records import parses_as_json, read_frame, read_json, read_table
from .text import read_text

__all__ = ["RawDocument", "ReadFailure", "choose_format", "content_id", "decode", "expand",
           "read_bytes", "read_documents", "read_frame", "read_path", "FORMATS"]

#: suffix -> the format it declares
SUFFIXES = {
    ".txt": "text", ".md": "text", ".text": "text", "": "text",
    ".json": "json", ".jsonl": "json", ".ndjson": "json",
    ".csv": "table", ".tsv": "table",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc",
}
#: the formats, in the order of the README's "Input it understands"
FORMATS = ("text", "json", "table", "html", "feed", "warc", "gdelt")

_GLOB_CHARS = set("*?[")
# GDELT's own file names: 2.0 batches (14 digits) and 1.0 daily files (8), which the reader refuses with a reason
_GDELT_NAME = re.compile(r"^\d{8}(?:\d{6})?\.(?:export|mentions|gkg)\.csv$", re.I)
_HTML_START = re.compile(rb"^(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)\b", re.I)


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


# -- which reader ----------------------------------------------------------------
def choose_format(name: str, head: bytes) -> str:
    """The format of a file named ``name`` whose content begins with ``head``.

    The suffix says what the file should be; the first bytes must not
    contradict it. A text-like or unknown suffix lets the content decide
    (a WARC record, an HTML page, an RSS or Atom feed); JSON is only
    *proposed* here (``"json?"``) and taken when the whole text parses.

    >>> choose_format("20170701234500.export.CSV", b"677"), choose_format("x.csv", b"text,title")
    ('gdelt', 'table')
    >>> choose_format("a.txt", b'{"text": "x"}'), choose_format("crawl.warc", b"WARC/1.0")
    ('json?', 'warc')
    """
    base = os.path.basename(name)
    suffix = os.path.splitext(base)[1].lower()
    start = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"WARC/") or suffix == ".warc":
        return "warc"
    if _GDELT_NAME.match(base):
        return "gdelt"
    declared = SUFFIXES.get(suffix)
    if declared in ("json", "html", "feed"):
        return declared
    if declared == "table":
        return "gdelt" if _gdelt_shape(start) else "table"
    # text-like or unknown: the content decides
    if start.startswith(b"<?xml") or start[:1] == b"<":
        if _FEED_ROOT.search(start[:2048]) and not _HTML_START.match(start):
            return "feed"
        if _HTML_START.match(start) or b"<html" in start[:2048].lower():
            return "html"
    if start[:1] in (b"{", b"["):
        return "json?"
    return "text"


def _gdelt_shape(start: bytes) -> bool:
    """A headerless tab-separated line of 61, 16 or 27 fields starting with an id."""
    line = start.split(b"\n", 1)[0]
    return line.count(b"\t") in (60, 15, 26) and line[:1].isdigit()


def read_path(path: str | os.PathLike, *, text_column: str = "text") -> Result:
    """Read one file into raw documents (one, or one per record) and failures.

    A web archive (``.warc``, ``.warc.gz``) is streamed record by record from
    the disk, never held whole in memory; other files are read at once.
    """
    path = os.fspath(path)
    if path.lower().endswith((".warc", ".warc.gz")) and os.path.isfile(path):
        from .warc import read_warc
        return read_warc(path, path)
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        return [], [ReadFailure(path, "no such file or folder")]
    except IsADirectoryError:
        return [], [ReadFailure(path, "is a folder; pass it to read_corpus to read the files inside")]
    except OSError as exc:
        return [], [ReadFailure(path, f"could not be opened: {exc.strerror or exc}")]
    return read_bytes(path, data, text_column=text_column)


def read_bytes(path: str, data: bytes, *, name: str | None = None, text_column: str = "text") -> Result:
    """Read the bytes of one file (``path`` names it in rows and errors)."""
    name = name or os.path.basename(path)
    if not data.strip():
        return [], [ReadFailure(path, "the file is empty" if not data else "the file holds only whitespace")]
    if data[:2] == b"\x1f\x8b":
        return _read_gzip(path, data, name, text_column)
    if data[:4] == b"PK\x03\x04":
        return _read_zip(path, data, text_column)
    fmt = choose_format(name, data[:4096])
    if fmt == "warc":
        from .warc import read_warc
        return read_warc(path, data, name=name)
    if fmt == "gdelt":
        from .gdelt import read_gdelt
        return read_gdelt(path, data, name=name)
    if fmt == "html":
        from .html import read_html
        return read_html(path, data, name=name)
    if fmt == "feed":
        from .feed import read_feed
        return read_feed(path, data, name=name)
    try:
        text, encoding = decode(data, name=name)
    except ReadError as exc:
        return [], [ReadFailure(path, str(exc).split(": ", 1)[-1])]
    if fmt == "json" or (fmt == "json?" and parses_as_json(text)):
        return read_json(path, text, encoding, text_column, name=name)
    if fmt == "table":
        sep = "\t" if name.lower().endswith(".tsv") else ","
        return read_table(path, text, encoding, text_column, sep=sep, name=name)
    return read_text(path, text, encoding, name=name)


def gunzip(data: bytes) -> tuple[bytes, str | None]:
    """Decompress every gzip member; return ``(content, problem or None)``.

    A stream cut short gives what came before the cut and says so.

    >>> import gzip
    >>> gunzip(gzip.compress(b"abc"))
    (b'abc', None)
    >>> gunzip(gzip.compress(b"abc" * 1000)[:30])[1]
    'the gzip stream is cut short (the file is truncated)'
    """
    out = []
    rest = data
    while rest:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out.append(d.decompress(rest))
        except zlib.error as exc:
            return b"".join(out), f"the gzip stream is damaged ({exc})"
        if not d.eof:
            return b"".join(out), "the gzip stream is cut short (the file is truncated)"
        rest = d.unused_data.lstrip(b"\x00")
    return b"".join(out), None


# formats whose records before a cut are still whole
_RECORD_FORMATS = ("warc", "gdelt", "json", "json?", "table")


def _read_gzip(path, data, name, text_column) -> Result:
    inner = name[:-3] if name.lower().endswith(".gz") else name
    content, problem = gunzip(data)
    if problem is None:
        return read_bytes(path, content, name=inner, text_column=text_column)
    if not content or choose_format(inner, content[:4096]) not in _RECORD_FORMATS:
        return [], [ReadFailure(path, problem)]
    docs, failures = read_bytes(path, content, name=inner, text_column=text_column)
    return docs, failures + [ReadFailure(path, problem + "; the records before the cut were read")]


def _read_zip(path, data, text_column) -> Result:
    import io
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir()]
    except zipfile.BadZipFile as exc:
        return [], [ReadFailure(path, f"is not a readable zip archive ({exc}); it may be truncated")]
    if not members:
        return [], [ReadFailure(path, "the zip archive holds no files")]
    docs, failures = [], []
    for m in members:
        where = f"{path}!{m.filename}" if len(members) > 1 else path
        try:
            content = archive.read(m)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            failures.append(ReadFailure(where, f"the zip member {m.filename!r} could not be read ({exc}); "
                                               "the archive may be truncated"))
            continue
        d, f = read_bytes(where, content, name=os.path.basename(m.filename), text_column=text_column)
        docs += d
        failures += f
    return docs, failures


def read_documents(source, *, text_column: str = "text") -> Iterator[Result]:
    """Yield ``(documents, failures)`` for each input named by ``source``."""
    for item in expand(source):
        if isinstance(item, pd.DataFrame):
            yield read_frame(item, text_column=text_column)
        else:
            yield read_path(item, text_column=text_column)
