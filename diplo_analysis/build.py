"""Assembly: raw documents -> parsed articles -> extracted rows -> a Corpus.

The per-article work (:func:`process_document`) is a pure function of one raw
document, so the local loop and the dask engine run the same code.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from datetime import datetime
from operator import itemgetter

import pandas as pd
import pyarrow as pa

from . import tables
from .corpus import Corpus
from .errors import DiploError, ReadError
from .io import RawDocument, expand, read_frame, read_path
from .parse import parse_text, split_sentences

ROW_TABLES = ("mentions", "anniversaries", "events", "spheres")


class Rows:
    """The rows of every table, filled article by article.

    Extracted rows are dicts without ``article_id``; the ids are kept beside
    them in ``owners`` (one per row, added a whole article at a time), so no
    row is touched again after its extractor made it. Every
    :attr:`FLUSH_EVERY` articles the pending rows are turned into Arrow
    columns (:meth:`flush`): the Python objects are freed while their memory is
    still warm, so a big corpus stays compact and the allocator reuses that
    memory instead of asking the system for more.
    """

    #: articles between two flushes
    FLUSH_EVERY = 200

    def __init__(self):
        self.articles: list[dict] = []
        self.errors: list[dict] = []
        self.sentences: dict[str, list] = {c: [] for c in tables.TABLES["sentences"]}
        self.extracted: dict[str, list[dict]] = {t: [] for t in ROW_TABLES}
        self.owners: dict[str, list[str]] = {t: [] for t in ROW_TABLES}
        #: table -> flushed chunks: (Arrow table of the string and integer
        #: columns, {other column: Python list})
        self.chunks: dict[str, list[tuple[pa.Table, dict[str, list]]]] = {
            t: [] for t in ("sentences",) + ROW_TABLES}
        self._pending = 0

    def added(self) -> None:
        """Count one more article; flush when :attr:`FLUSH_EVERY` are pending."""
        self._pending += 1
        if self._pending >= self.FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        """Turn the pending sentences and extracted rows into Arrow chunks."""
        if self.sentences["article_id"]:
            self.chunks["sentences"].append(_chunk(self.sentences, tables.TABLES["sentences"]))
            self.sentences = {c: [] for c in tables.TABLES["sentences"]}
        for t, rows in self.extracted.items():
            if rows:
                schema = tables.TABLES[t]
                columns = {"article_id": self.owners[t]}
                for c in schema:
                    if c != "article_id":
                        columns[c] = list(map(itemgetter(c), rows))
                self.chunks[t].append(_chunk(columns, schema))
                self.extracted[t] = []
                self.owners[t] = []
        self._pending = 0

    def merge(self, other: "Rows") -> None:
        other.flush()
        self.flush()
        self.articles += other.articles
        self.errors += other.errors
        for t, chunks in other.chunks.items():
            self.chunks[t] += chunks

    def rename(self, renames: dict[str, str]) -> None:
        """Give articles new ids (``{old: new}``) in every table."""
        self.flush()
        for art in self.articles:
            art["article_id"] = renames.get(art["article_id"], art["article_id"])
        for chunks in self.chunks.values():
            for i, (table, other) in enumerate(chunks):
                ids = [renames.get(a, a) for a in table.column("article_id").to_pylist()]
                table = table.set_column(table.schema.get_field_index("article_id"), "article_id",
                                         pa.array(ids, type=pa.string()))
                chunks[i] = (table, other)

    def corpus(self) -> Corpus:
        self.flush()
        # the articles may carry metadata columns of their own, after the design's
        article_cols = dict.fromkeys(tables.TABLES["articles"])
        for row in self.articles:
            if len(row) != len(article_cols) or row.keys() - article_cols.keys():
                article_cols.update(dict.fromkeys(row))
        frames = {
            "articles": _columns(self.articles, article_cols),
            "errors": _columns(self.errors, tables.TABLES["errors"]),
        }
        for t, chunks in self.chunks.items():
            frames[t] = _frame(chunks, tables.TABLES[t])
        corpus = Corpus(**frames)
        if len(corpus.anniversaries):
            corpus.anniversaries = _fill_reference(corpus.anniversaries)
        return corpus


def _columns(rows: list[dict], columns) -> pd.DataFrame:
    """A frame from row dicts, built column by column (much faster than from records)."""
    columns = list(columns)
    if not rows:
        return pd.DataFrame({c: [] for c in columns})
    try:
        # every row has every column: one C-level pass picks them, zip turns rows to columns
        picked = zip(*map(itemgetter(*columns), rows)) if len(columns) > 1 else [[r[columns[0]] for r in rows]]
        return pd.DataFrame(dict(zip(columns, map(list, picked))))
    except KeyError:
        return pd.DataFrame({c: [r.get(c) for r in rows] for c in columns})


# The design's dtypes that pyarrow can hold straight from Python values; the
# others (tuples, dates, nullable ints, categories) stay Python lists until
# framing, and conform() gives them their dtypes.
_ARROW_TYPES = {tables.STR: pa.string(), tables.INT: pa.int64()}
_TO_PANDAS = {pa.string(): pd.StringDtype("pyarrow")}.get


def _chunk(columns: dict[str, list], schema: dict[str, str]) -> tuple[pa.Table, dict[str, list]]:
    """Column lists -> (Arrow table of the string and integer ones, the others)."""
    arrow = {c: pa.array(v, type=_ARROW_TYPES[schema[c]])
             for c, v in columns.items() if schema[c] in _ARROW_TYPES}
    return pa.table(arrow), {c: v for c, v in columns.items() if c not in arrow}


def _frame(chunks: list[tuple[pa.Table, dict[str, list]]], schema: dict[str, str]) -> pd.DataFrame:
    """One table's frame from its chunks, with the columns in the schema's order."""
    if not chunks:
        return pd.DataFrame({c: [] for c in schema})
    frame = pa.concat_tables([table for table, _ in chunks]).to_pandas(types_mapper=_TO_PANDAS)
    for c in chunks[0][1]:
        frame[c] = pd.Series([v for _, other in chunks for v in other[c]], dtype=object)
    return frame[list(schema)]


def process_document(doc: RawDocument, rows: Rows, *, extract: bool = True) -> None:
    """Parse (and extract from) one raw document, appending to ``rows``."""
    try:
        art = parse_text(doc.text, meta=doc.meta)
    except DiploError as exc:
        rows.errors.append({"source": doc.source, "stage": "parse", "error": str(exc)})
        return
    text = art["text"]
    if not text.strip():
        rows.errors.append({
            "source": doc.source, "stage": "parse",
            "error": "no article text is left after removing the header, dateline, byline and page clutter",
        })
        return
    art["article_id"] = doc.article_id
    art["source"] = doc.source
    art["encoding"] = doc.encoding
    rows.articles.append(art)
    spans = split_sentences(text)
    s = rows.sentences
    s["article_id"] += [doc.article_id] * len(spans)
    s["sentence_id"] += range(len(spans))
    s["start"] += [a for a, _ in spans]
    s["end"] += [b for _, b in spans]
    s["text"] += [text[a:b] for a, b in spans]
    if extract:
        from .extract import extract_all

        published = art.get("published")
        year = _year(published)
        found = extract_all(text, spans, year=year, article_id=doc.article_id)
        for t in ROW_TABLES:
            if found[t]:
                rows.extracted[t] += found[t]
                rows.owners[t] += [doc.article_id] * len(found[t])
    rows.added()


def _year(value) -> int | None:
    if value is None:
        return None
    if isinstance(value, datetime) and value is not pd.NaT:   # parsing gives Timestamps
        return value.year
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        return None
    return None if pd.isna(ts) else ts.year


def process_input(item, *, text_column: str = "text", extract: bool = True, raise_errors: bool = False,
                  seen: dict[str, int] | None = None, rows: Rows | None = None) -> Rows:
    """Read one input (a path or a DataFrame) and process every document in it.

    ``seen`` counts the article ids given so far, so that two files with the
    same stem in different folders get distinct ids (``x`` and ``x-2``).
    Rows are appended to ``rows`` when given.
    """
    rows = Rows() if rows is None else rows
    if isinstance(item, pd.DataFrame):
        docs, failures = read_frame(item, text_column=text_column)
    else:
        docs, failures = read_path(item, text_column=text_column)
    if failures and raise_errors:
        f = failures[0]
        raise ReadError(f"{f.source}: {f.error}")
    rows.errors += [f.row() for f in failures]
    seen = {} if seen is None else seen
    for doc in docs:
        k = seen.get(doc.article_id, 0) + 1
        seen[doc.article_id] = k
        if k > 1:
            doc.article_id = f"{doc.article_id}-{k}"
        process_document(doc, rows, extract=extract)
    if raise_errors and rows.errors:
        e = rows.errors[0]
        raise ReadError(f"{e['source']}: {e['error']}")
    return rows


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
        from .scale import run_dask

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


@contextmanager
def _cyclic_gc_paused():
    """Pause Python's cycle collector while rows pile up.

    A corpus build makes millions of small dicts and tuples that live until
    the tables are framed; the cycle collector would walk them all again and
    again (about a tenth of the build time) and find nothing, since rows hold
    no reference cycles. Reference counting still frees everything as usual,
    and the collector is switched back on (if it was on) when the block ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _tables_folder(source):
    """A folder written by ``Corpus.to_parquet`` (it holds ``articles.parquet``), or None."""
    import os

    if isinstance(source, (str, os.PathLike)) and os.path.isfile(os.path.join(source, "articles.parquet")):
        return source
    return None


def _progress(items, progress):
    show = len(items) > 20 if progress is None else progress
    if not show:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, desc="reading articles", unit="file")


def _fill_reference(frame: pd.DataFrame) -> pd.DataFrame:
    from .analysis.reference import fill_reference

    return fill_reference(frame)


def parse_article(text: str, *, article_id: str = "article", extract: bool = True, **meta) -> Corpus:
    """Parse one article's text into a Corpus.

    >>> c = parse_article("ANKARA – Turkish and Azerbaijani officials met.")
    >>> c.articles.loc[0, "dateline_city"]
    'Ankara'
    """
    rows = Rows()
    process_document(RawDocument(article_id, "<text>", text, None, meta), rows, extract=extract)
    return rows.corpus()
