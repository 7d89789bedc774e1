"""Assembly: raw documents -> parsed articles -> extracted rows -> a Corpus.

The per-article work is a pure function of one raw document, so the local
loop and the dask engine run the same code. Documents are queued as they are
read and processed a batch at a time (:func:`process_queued`), each step over
the whole batch, which keeps every step's tables warm in the processor's caches.
"""
from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from datetime import datetime
from operator import itemgetter

import pandas as pd
import pyarrow as pa

from . import tables
from .corpus import Corpus
from .errors import DiploError, ReadError
from .readers import RawDocument, read_frame, read_path
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
    #: documents read before they are processed together (see :func:`process_queued`)
    BATCH = 200

    def __init__(self, *, string_type: pa.DataType | None = None):
        #: inputs read and not processed yet, in their order: ``(RawDocument, extract)``
        #: pairs and the errors rows of inputs that could not be read
        self.queued: list = []
        self.articles: list[dict] = []
        self.errors: list[dict] = []
        self.sentences: dict[str, list] = {c: [] for c in tables.TABLES["sentences"]}
        self.extracted: dict[str, list[dict]] = {t: [] for t in ROW_TABLES}
        self.owners: dict[str, list[str]] = {t: [] for t in ROW_TABLES}
        #: table -> flushed chunks: (Arrow table of the string and integer
        #: columns, {other column: Python list})
        self.chunks: dict[str, list[tuple[pa.Table, dict[str, list]]]] = {
            t: [] for t in ("sentences",) + ROW_TABLES}
        #: the Arrow type of the chunks' string columns: large_string, the type pandas'
        #: Arrow-backed strings hold, so that framing takes them as they are (a cast of
        #: every string cost a tenth of the framing); the dataset writer asks for string,
        #: the type of its files
        self.string_type = pa.large_string() if string_type is None else string_type
        self._pending = 0

    def added(self) -> None:
        """Count one more article; flush when :attr:`FLUSH_EVERY` are pending."""
        self._pending += 1
        if self._pending >= self.FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        """Process the queued documents; turn the pending sentences and extracted rows into Arrow chunks."""
        if self.queued:
            process_queued(self)
        if self.sentences["article_id"]:
            self.chunks["sentences"].append(_chunk(self.sentences, tables.TABLES["sentences"], self.string_type))
            self.sentences = {c: [] for c in tables.TABLES["sentences"]}
        for t, rows in self.extracted.items():
            if rows:
                schema = tables.TABLES[t]
                columns = {"article_id": self.owners[t]}
                for c in schema:
                    if c != "article_id":
                        try:
                            columns[c] = list(map(itemgetter(c), rows))
                        except KeyError:      # a column only some sources fill (GDELT's quad_class)
                            columns[c] = [r.get(c) for r in rows]
                self.chunks[t].append(_chunk(columns, schema, self.string_type))
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
                field = table.schema.get_field_index("article_id")
                table = table.set_column(field, "article_id", pa.array(ids, type=table.schema.field(field).type))
                chunks[i] = (table, other)

    def corpus(self, *, framed=None) -> Corpus:
        """The rows as a Corpus; ``framed`` names the tables to frame (the others stay empty)."""
        self.flush()
        # the articles may carry metadata columns of their own, after the design's
        article_cols = dict.fromkeys(tables.TABLES["articles"])
        for row in self.articles:
            if len(row) != len(article_cols) or row.keys() - article_cols.keys():
                article_cols.update(dict.fromkeys(row))
        frames = {
            "articles": _columns(self.articles, article_cols, tables.TABLES["articles"]),
            "errors": _columns(self.errors, tables.TABLES["errors"], tables.TABLES["errors"]),
        }
        for t, chunks in self.chunks.items():
            if framed is None or t in framed:
                frames[t] = _frame(chunks, tables.TABLES[t])
        corpus = Corpus(**frames)
        if len(corpus.anniversaries):
            corpus.anniversaries = _fill_reference(corpus.anniversaries)
        return corpus


def _columns(rows: list[dict], columns, schema: dict[str, str]) -> pd.DataFrame:
    """A frame from row dicts, built column by column (much faster than from records);
    the string columns of ``schema`` are given their dtype here (see :func:`_strings`)."""
    columns = list(columns)
    if not rows:
        return pd.DataFrame({c: [] for c in columns})
    try:
        # every row has every column: one C-level pass picks them, zip turns rows to columns
        picked = zip(*map(itemgetter(*columns), rows)) if len(columns) > 1 else [[r[columns[0]] for r in rows]]
        data = dict(zip(columns, map(list, picked)))
    except KeyError:
        data = {c: [r.get(c) for r in rows] for c in columns}
    return pd.DataFrame({c: _strings(v) if schema.get(c) == tables.STR else v for c, v in data.items()})


def _strings(values: list):
    """A column of str and None as the Arrow-backed string array that conform() would make of
    it, its buffers from :data:`_POOL`; other values (a user's numbers) are left to conform().

    >>> _strings(["Baku", None]).dtype, _strings([1, None])
    (<StringDtype(na_value=<NA>)>, [1, None])
    """
    try:
        return pd.arrays.ArrowStringArray(pa.array(values, type=pa.large_string(), memory_pool=_POOL))
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return values


# The design's dtypes that pyarrow can hold straight from Python values; the
# others (tuples, dates, nullable ints, categories) stay Python lists until
# framing, and conform() gives them their dtypes.
_ARROW_TYPES = {tables.STR: pa.string(), tables.INT: pa.int64()}
_TO_PANDAS = {pa.string(): pd.StringDtype("pyarrow"), pa.large_string(): pd.StringDtype("pyarrow")}.get
# The chunks' buffers come from the C allocator: Arrow's default (mimalloc) took
# fresh pages for every chunk, and filling them cost five times the copying
_POOL = pa.system_memory_pool()


def _chunk(columns: dict[str, list], schema: dict[str, str],
           string_type: pa.DataType = pa.large_string()) -> tuple[pa.Table, dict[str, list]]:
    """Column lists -> (Arrow table of the string and integer ones, the others); the
    strings as ``string_type``."""
    arrow = {c: pa.array(v, type=string_type if schema[c] == tables.STR else _ARROW_TYPES[schema[c]],
                         memory_pool=_POOL)
             for c, v in columns.items() if schema[c] in _ARROW_TYPES}
    return pa.table(arrow), {c: v for c, v in columns.items() if c not in arrow}


def _frame(chunks: list[tuple[pa.Table, dict[str, list]]], schema: dict[str, str]) -> pd.DataFrame:
    """One table's frame from its chunks, with the columns in the schema's order."""
    if not chunks:
        return pd.DataFrame({c: [] for c in schema})
    frame = pa.concat_tables([table for table, _ in chunks]).to_pandas(types_mapper=_TO_PANDAS)
    for c in chunks[0][1]:
        values = [v for _, other in chunks for v in other[c]]
        frame[c] = _kinds(values) if schema[c] == "category" else pd.Series(values, dtype=object)
    return frame[list(schema)]


_KIND_CODES = {kind: i for i, kind in enumerate(tables.MENTION_KINDS)}


def _kinds(values: list) -> pd.Series:
    """Mention kinds as the categorical conform() makes of them, built from their codes
    (values that are no kind are left to conform()).

    >>> _kinds(["person", "country"]).cat.codes.tolist(), _kinds(["pet"]).dtype
    ([1, 0], dtype('O'))
    """
    try:
        codes = [_KIND_CODES[v] for v in values]
    except (KeyError, TypeError):
        return pd.Series(values, dtype=object)
    return pd.Series(pd.Categorical.from_codes(codes, dtype=pd.CategoricalDtype(tables.MENTION_KINDS)))


def process_document(doc: RawDocument, rows: Rows, *, extract: bool = True) -> None:
    """Parse (and extract from) one raw document, appending to ``rows``.

    A document that comes with its rows (GDELT) is not parsed: its article row
    is made from its metadata and its rows are kept as given.
    """
    rows.queued.append((doc, extract))
    process_queued(rows)


def process_queued(rows: Rows, *, full_only: bool = False) -> None:
    """Process the documents queued in ``rows`` and append their rows, in the queue's order.

    They go :attr:`Rows.BATCH` at a time (with ``full_only``, only whole
    batches; the rest stays queued), so a file of many records holds the
    parsed and extracted rows of one batch at most. Within a batch, each step
    runs over every document before the next step starts (parsing, sentence
    splitting, each extractor in turn), so that a step's code, regexes and word
    tables stay in the processor's caches from one article to the next; the
    rows come out as they would one article at a time.
    """
    # (the queue is empty while a batch is appended: a flush then has nothing to process)
    queued, rows.queued = rows.queued, []
    n = len(queued) - len(queued) % rows.BATCH if full_only else len(queued)
    for b in range(0, n, rows.BATCH):
        _process_batch(queued[b:b + rows.BATCH], rows)
    rows.queued = queued[n:] + rows.queued


def _process_batch(queued: list, rows: Rows) -> None:
    """Process one batch of queued inputs (see :func:`process_queued`)."""
    # by place in the queue: the documents to parse (those without rows of their own, as
    # GDELT's have), their article rows (or errors rows), sentences and extracted rows
    parsed = {i: _parsed(item[0]) for i, item in enumerate(queued)
              if isinstance(item, tuple) and item[0].rows is None}
    spans = {i: split_sentences(art["text"]) for i, art in parsed.items() if "text" in art}
    wanted = [i for i in spans if queued[i][1]]
    found = {}
    if wanted:
        from .extract import Doc, extract_docs

        docs = []
        for i in wanted:
            art, doc = parsed[i], queued[i][0]
            year = _year(art.get("published"))
            docs.append(Doc(art["text"], [a for a, _ in spans[i]], [b for _, b in spans[i]],
                            year=_header_year(doc.text) if year is None else year,
                            article_id=doc.article_id, home=art.get("dateline_country")))
        found = dict(zip(wanted, extract_docs(docs)))
    for i, item in enumerate(queued):
        if not isinstance(item, tuple):
            rows.errors.append(item)        # an input that could not be read
        elif i in parsed:
            _add_document(item[0], parsed[i], spans.get(i), found.get(i), rows)
        else:
            _given_document(item[0], rows)


def _parsed(doc: RawDocument) -> dict:
    """The article row of a raw document, or the errors row saying why it has none."""
    try:
        art = parse_text(doc.text, meta=doc.meta)
    except DiploError as exc:
        return {"source": doc.source, "stage": "parse", "error": str(exc)}
    except Exception as exc:    # a fault of ours on this text: the rest of the corpus goes on
        return {"source": doc.source, "stage": "parse", "error": _fault(exc)}
    if doc.hints:
        if art.get("published") is None:
            art["published"] = _hinted_date(doc.hints.get("published", ()))
        elif doc.hints.get("published_utc") and art.get("published") == doc.hints["published_utc"]:
            art["published"] = _placed_utc(doc.hints["published_utc"], art)
    if not art["text"].strip():
        return {
            "source": doc.source, "stage": "parse",
            "error": "no article text is left after removing the header, dateline, byline and page clutter",
        }
    return art


def _add_document(doc: RawDocument, art: dict, spans, found, rows: Rows) -> None:
    """Append one processed document: its errors row, or its article and sentences and what
    was extracted (``found``: rows by table, or the exception that stopped extraction)."""
    if "text" not in art:
        rows.errors.append(art)
        return
    text = art["text"]
    art["article_id"] = doc.article_id
    art["source"] = doc.source
    art["encoding"] = doc.encoding
    rows.articles.append(art)
    s = rows.sentences
    s["article_id"] += [doc.article_id] * len(spans)
    s["sentence_id"] += range(len(spans))
    s["start"] += [a for a, _ in spans]
    s["end"] += [b for _, b in spans]
    s["text"] += [text[a:b] for a, b in spans]
    if isinstance(found, Exception):    # the article keeps its row; its extracted rows are lost, and said so
        rows.errors.append({"source": doc.source, "stage": "extract", "error": _fault(found)})
    elif found:
        for t in ROW_TABLES:
            if found.get(t):
                rows.extracted[t] += found[t]
                rows.owners[t] += [doc.article_id] * len(found[t])
    rows.added()


def _fault(exc: Exception) -> str:
    """The error row's reason for a fault of diplo-analysis itself on one text."""
    return (f"diplo-analysis failed on this text ({type(exc).__name__}: {exc}); "
            "the rest of the corpus was read; please report it with the text")


def _placed_utc(stamp: str, art: dict) -> str:
    """A page's UTC stamp, from an outlet whose zone neither its domain nor its address tells,
    as wall time where the story was filed: the zone of its dateline's city ("NEW YORK CITY
    (WABC) --": 02:54 UTC on 2 May was 22:54 on 1 May there); kept in UTC without a dateline.

    >>> _placed_utc("2020-05-02T02:54:29", {"dateline_city": "New York City", "dateline_country": "USA"})
    '2020-05-01T22:54:29'
    """
    from .readers.html import iso_date, place_zone

    zone = place_zone(art.get("dateline_city"), art.get("dateline_country")) if art.get("dateline_city") else None
    return iso_date(stamp + "Z", zone=zone) if zone else stamp


def _hinted_date(lines):
    """The date of the first line that parses as a timestamp with a time, else of the first with a date."""
    dated = None
    for line in lines:
        found = parse_text(line)["published"]
        if found is not None and not pd.isna(found):
            if found.hour or found.minute:
                return found
            dated = dated if dated is not None else found
    return dated


def _given_document(doc: RawDocument, rows: Rows) -> None:
    art = dict.fromkeys(tables.TABLES["articles"])
    art.update(doc.meta)
    art.update(article_id=doc.article_id, source=doc.source, encoding=doc.encoding, text=doc.text,
               n_words=len(doc.text.split()))
    rows.articles.append(art)
    for t, found in doc.rows.items():
        if found:
            rows.extracted[t] += found
            rows.owners[t] += [doc.article_id] * len(found)
    rows.added()


# The scraper's header with the month or the year only (" date 2022-05"): no publication
# date, but the year the anniversaries of the page are counted from.
_PARTIAL_HEADER = re.compile(r"\ufeff?[ \t]*date[ \t]+((?:1[89]|20)\d\d)(?:-(?:0[1-9]|1[0-2]))?(?![\d-])")


def _header_year(text: str) -> int | None:
    """The year of a header line that gives no full date.

    >>> _header_year(" date 2022-05 By Trend"), _header_year(" date 2022-05-06 Baku")
    (2022, None)
    """
    m = _PARTIAL_HEADER.match(text)
    return int(m.group(1)) if m else None


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
    """Read one input (a path or a DataFrame) and queue every document in it.

    The queue is processed (:func:`process_queued`) when it holds
    :attr:`Rows.BATCH` documents, when the rows are flushed, and at once when
    ``raise_errors`` is set. ``seen`` counts the article ids given so far, so that two files with the
    same stem in different folders get distinct ids (``x`` and ``x-2``).
    Rows are appended to ``rows`` when given.
    """
    rows = Rows() if rows is None else rows
    if isinstance(item, pd.DataFrame):
        docs, failures = read_frame(item, text_column=text_column)
    else:
        docs, failures = read_path(item, text_column=text_column)
    lost = [f for f in failures if f.stage != "skipped"]   # a WARC's count of skipped records loses nothing
    if lost and raise_errors:
        f = lost[0]
        raise ReadError(f"{f.source}: {f.error}")
    rows.queued += [f.row() for f in failures]
    seen = {} if seen is None else seen
    for doc in docs:
        k = seen.get(doc.article_id, 0) + 1
        seen[doc.article_id] = k
        if k > 1:
            doc.article_id = f"{doc.article_id}-{k}"
        rows.queued.append((doc, extract))
    if raise_errors or len(rows.queued) >= rows.BATCH:
        process_queued(rows, full_only=not raise_errors)
    lost = [e for e in rows.errors if e["stage"] != "skipped"]
    if raise_errors and lost:
        e = lost[0]
        raise ReadError(f"{e['source']}: {e['error']}")
    return rows


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
