"""Writing a corpus as a partitioned parquet dataset, a partition at a time.

``write_dataset(source, out)`` splits the inputs into partitions of about
``partition_mb`` megabytes of files, reads, parses and extracts each one with
:func:`diplo_analysis.build.process_input`, and writes its tables as
``out/<table>/part-NNNNN.parquet`` as soon as it is done. Memory is bounded by
a partition, not by the corpus. ``out/_manifest.json`` records the
partitions, a digest of their inputs (paths, sizes, modification times) and
which are written, so a rerun after an interruption skips the partitions
already written and gives the same dataset. With ``engine="dask"`` the
partitions run on a dask.distributed cluster and each worker writes its own
files; the parent only keeps the manifest.

Open the result with :func:`diplo_analysis.open_dataset`; its tables stay on
disk and are queried with DuckDB.

>>> import tempfile, diplo_analysis as da
>>> out = tempfile.mkdtemp()
>>> summary = write_dataset("data/articles", out, progress=False)
>>> summary.articles, summary.written, summary.skipped
(1, 1, 0)
>>> write_dataset("data/articles", out, progress=False).skipped   # a rerun skips it
1
>>> sorted(p.name for p in (Path(out) / "mentions").iterdir())
['part-00000.parquet']
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from . import tables
from .errors import DiploError

MANIFEST = "_manifest.json"
FORMAT = "diplo-analysis dataset"
VERSION = 1
#: default size of a partition's input files, in megabytes (about 5,000
#: seed-sized pages; a partition's tables take a few hundred MB while built)
PARTITION_MB = 16.0


#: tables a dataset keeps beside the design's, derived from them at write time
#: (``country_pairs``: every two countries named in one article, with the number
#: of sentences naming both, from ``mentions``). The country co-mentions and
#: pair timelines of a big dataset read these few rows an article instead of
#: pairing tens of millions of mentions again at every query.
DERIVED = {"country_pairs": {"article_id": pa.string(), "a": pa.string(), "b": pa.string(),
                             "sentences": pa.int64()}}
#: every table a dataset holds
ALL_TABLES = (*tables.TABLES, *DERIVED)


class DatasetError(DiploError):
    """A dataset folder cannot be written or read as asked (other inputs, missing files...)."""


# -- the tables' parquet schema ------------------------------------------------------------
_ARROW = {
    tables.STR: pa.string(), tables.INT: pa.int64(), tables.NINT: pa.int64(),
    tables.DATE: pa.timestamp("ns"), tables.BOOL: pa.bool_(), tables.FLOAT: pa.float64(), "category": pa.string(),
    tables.OBJ: pa.list_(pa.string()),   # the tuple columns: parties, actors
}


def arrow_schema(name: str) -> pa.Schema:
    """The parquet schema of table ``name``'s design columns.

    >>> arrow_schema("events").field("actors").type
    ListType(list<item: string>)
    """
    if name in DERIVED:
        return pa.schema(list(DERIVED[name].items()))
    return pa.schema([(c, _ARROW[t]) for c, t in tables.TABLES[name].items()])


def to_arrow(name: str, frame) -> pa.Table:
    """A table's frame as Arrow with the dataset's schema; extra columns follow, typed as found."""
    schema = tables.TABLES[name]
    arrays, names = [], []
    for col, dtype in schema.items():
        values = frame[col]
        if dtype == tables.OBJ:
            array = pa.array(_string_lists(values), type=pa.list_(pa.string()))
        elif dtype == "category":
            array = pa.array(values.astype("string"), type=pa.string())
        else:
            array = pa.array(values, type=_ARROW[dtype], from_pandas=True)
        arrays.append(array)
        names.append(col)
    for col in frame.columns:
        if col in schema:
            continue
        try:
            array = pa.array(frame[col], from_pandas=True)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            # metadata of mixed kinds (a number in one record, text in another): keep it as text
            array = pa.array([None if v is None else str(v) for v in frame[col].astype(object)
                              .where(frame[col].notna(), None)], type=pa.string())
        arrays.append(array)
        names.append(str(col))
    return pa.Table.from_arrays(arrays, names=names)


# -- the plan --------------------------------------------------------------------------------
def _stat(path: str) -> tuple[int, int]:
    try:
        st = os.stat(path)
    except OSError:
        return 0, 0          # a missing input is planned like any other; it becomes an errors row
    return st.st_size, st.st_mtime_ns


def plan(items: list, partition_mb: float = PARTITION_MB) -> list[dict]:
    """Split input paths into partitions of about ``partition_mb`` MB, in order.

    Each partition is ``{"part", "inputs", "bytes", "digest"}``; the digest
    covers every input's path, size and modification time, so a rerun can
    tell that its inputs are the ones already written.

    >>> [p["inputs"] for p in plan(["a.txt", "b.txt"], partition_mb=1)]
    [['a.txt', 'b.txt']]
    """
    if not partition_mb or partition_mb <= 0:
        raise DatasetError(f"partition_mb must be a number of megabytes above 0, not {partition_mb!r}")
    budget = partition_mb * 1e6
    parts: list[dict] = []
    current: list[str] = []
    size, digest = 0, hashlib.sha256()
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            raise DatasetError(
                f"a dataset is written from files, folders or globs, not a {type(item).__name__}; "
                "for a DataFrame use da.read_corpus(frame).to_parquet(folder)")
        path = os.fspath(item)
        nbytes, mtime = _stat(path)
        if current and size + nbytes > budget:
            parts.append(_part(len(parts), current, size, digest))
            current, size, digest = [], 0, hashlib.sha256()
        current.append(path)
        size += nbytes
        digest.update(f"{path}\t{nbytes}\t{mtime}\n".encode("utf-8", "surrogateescape"))
    if current:
        parts.append(_part(len(parts), current, size, digest))
    return parts


def _part(k: int, inputs: list[str], size: int, digest) -> dict:
    return {"part": k, "inputs": inputs, "bytes": size, "digest": digest.hexdigest()}


def part_name(k: int) -> str:
    """``part-00012.parquet``"""
    return f"part-{k:05d}.parquet"


# -- one partition (runs in this process or on a dask worker) ----------------------------------
def write_partition(out: str, part: int, inputs: list[str], *, text_column: str = "text",
                    extract: bool = True) -> dict:
    """Read, parse and extract ``inputs``; write every table's ``part-NNNNN.parquet``.

    Each file is written under a temporary name and renamed into place, so a
    partition interrupted half-way leaves no half-written file behind.
    Returns the partition's row counts.
    """
    from .build import Rows, _cyclic_gc_paused, process_input

    t0 = time.perf_counter()
    rows, seen = Rows(string_type=pa.string()), {}     # (strings of the files' type: no cast)
    with _cyclic_gc_paused():
        for item in inputs:
            process_input(item, text_column=text_column, extract=extract, seen=seen, rows=rows)
        rows.flush()
        # the tables of many rows an article go from the rows' Arrow chunks to
        # their files without a pandas frame in between; the others are framed
        found = {t: rows_to_arrow(t, rows.chunks[t]) for t in DIRECT}
        corpus = rows.corpus(framed=set(rows.chunks) - DIRECT)
    del rows
    counts = {}
    found.update((name, to_arrow(name, frame)) for name, frame in corpus.tables().items() if name not in DIRECT)
    found["country_pairs"] = country_pairs(_country_mentions(found["mentions"]))
    for name, table in found.items():
        folder = Path(out) / name
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / part_name(part)
        tmp = folder / f".{part_name(part)}.{os.getpid()}.tmp"
        pq.write_table(table, tmp)
        os.replace(tmp, path)
        counts[name] = table.num_rows
    return {"part": part, "rows": counts, "seconds": round(time.perf_counter() - t0, 3)}


#: tables written from the rows' Arrow chunks without pandas (anniversaries are
#: framed: their reference columns are filled on the frame)
DIRECT = {"sentences", "mentions", "events", "spheres"}


def rows_to_arrow(name: str, chunks: list) -> pa.Table:
    """A table's Arrow chunks (``build.Rows.chunks[name]``) as one table of the dataset's schema.

    The chunks hold the string and integer columns as Arrow already; the
    other columns (tuples, categories, nullable numbers) are Python lists,
    converted here with the types :func:`to_arrow` gives the same columns.

    >>> from diplo_analysis.build import Rows, process_document
    >>> from diplo_analysis.readers import RawDocument
    >>> rows = Rows()
    >>> process_document(RawDocument("a", "<text>", "Kazakh and Uzbek ministers met.", None, {}), rows)
    >>> rows.flush()
    >>> rows_to_arrow("mentions", rows.chunks["mentions"]).column("key").to_pylist()
    ['KAZ', 'UZB']
    """
    schema = arrow_schema(name)
    if not chunks:
        return schema.empty_table()
    arrow = pa.concat_tables([table for table, _ in chunks])
    columns = []
    for column in schema:
        if column.name in arrow.column_names:
            columns.append(arrow.column(column.name).cast(column.type))
            continue
        values = [v for _, other in chunks for v in other[column.name]]
        dtype = tables.TABLES[name][column.name]
        if dtype == tables.FLOAT:
            # a number or text from a file: what is not a number is missing, as the frame gives it
            values = [_number(v) for v in values]
        elif dtype == "category":
            values = [v if v in tables.MENTION_KINDS else None for v in values]
        elif dtype == tables.OBJ:
            values = _string_lists(values)
        columns.append(pa.array(values, type=column.type, from_pandas=True))
    return pa.Table.from_arrays(columns, schema=schema)


def _string_lists(values) -> list:
    """The tuple columns (parties, actors) as lists of strings, for a list<string> column."""
    return [None if v is None else [str(x) for x in v] for v in values]


def _number(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if number != number else number


def _country_mentions(mentions: pa.Table):
    """The country rows of a mentions table, as the frame :func:`country_pairs` takes."""
    import pyarrow.compute as pc

    picked = mentions.select(["article_id", "sentence_id", "kind", "key"])
    return picked.filter(pc.equal(picked.column("kind"), "country")).to_pandas()


def country_pairs(mentions) -> pa.Table:
    """Every two countries named in one article: article_id, a < b (ISO3), sentences naming both.

    The rows ``timeline(by="pair")`` counts (see ``timeline_units``), kept
    so that a dataset's country co-mentions need not pair its mentions again.

    >>> import pandas as pd
    >>> m = pd.DataFrame({"article_id": ["x", "x", "x"], "sentence_id": [0, 0, 1],
    ...                   "kind": "country", "key": ["KGZ", "AZE", "TUR"]})
    >>> country_pairs(m).to_pydict()["sentences"]
    [1, 0, 0]
    """
    from .pairs import pair_units

    units = pair_units(mentions)
    ab = units["group"].str.split("-", n=1, expand=True) if len(units) else None
    return pa.table({
        "article_id": pa.array(units["article_id"].astype(object), type=pa.string()),
        "a": pa.array(ab[0].astype(object) if ab is not None else [], type=pa.string()),
        "b": pa.array(ab[1].astype(object) if ab is not None else [], type=pa.string()),
        "sentences": pa.array(units["mentions"].to_numpy(), type=pa.int64()),
    }, schema=arrow_schema("country_pairs"))


# -- the whole dataset ---------------------------------------------------------------------------
@dataclass
class Summary:
    """What :func:`write_dataset` did: partitions written and skipped, rows of each table."""

    path: Path
    partitions: int
    written: int
    skipped: int
    rows: dict = field(default_factory=dict)
    seconds: float = 0.0
    renamed: int = 0

    @property
    def articles(self) -> int:
        return self.rows.get("articles", 0)

    @property
    def errors(self) -> int:
        return self.rows.get("errors", 0)


def is_dataset(path) -> bool:
    """True when ``path`` is a folder written by :func:`write_dataset` (it holds the manifest).

    >>> is_dataset("data/articles"), is_dataset(None)
    (False, False)
    """
    if not isinstance(path, (str, os.PathLike)):
        return False
    return os.path.isfile(os.path.join(path, MANIFEST))


def read_manifest(path) -> dict:
    """The manifest of the dataset in folder ``path``."""
    where = Path(path) / MANIFEST
    try:
        manifest = json.loads(where.read_text("utf-8"))
    except FileNotFoundError:
        raise DatasetError(f"{path}: not a dataset folder (no {MANIFEST}); write one with "
                           "`diplo-analysis parse INPUT --out DIR` or da.write_dataset") from None
    except (OSError, json.JSONDecodeError) as exc:
        raise DatasetError(f"{where}: cannot be read as a dataset manifest ({exc})") from None
    if manifest.get("format") != FORMAT:
        raise DatasetError(f"{where}: not a diplo-analysis dataset manifest")
    return manifest


def _save_manifest(out: Path, manifest: dict) -> None:
    tmp = out / f".{MANIFEST}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(manifest, indent=1), "utf-8")
    os.replace(tmp, out / MANIFEST)


def _fresh_manifest(parts: list[dict], options: dict) -> dict:
    return {"format": FORMAT, "version": VERSION, "options": options, "tables": list(ALL_TABLES),
            "complete": False, "renamed": {},
            "partitions": [{"part": p["part"], "files": len(p["inputs"]), "bytes": p["bytes"],
                            "first": p["inputs"][0], "last": p["inputs"][-1], "digest": p["digest"],
                            "done": False, "rows": None} for p in parts]}


def _check_same(manifest: dict, parts: list[dict], options: dict, out: Path) -> None:
    if manifest.get("options") != options:
        raise DatasetError(
            f"{out} holds a dataset written with other options ({manifest.get('options')}, now {options}); "
            "write to a new folder, or pass overwrite=True (--overwrite) to start it again")
    old = manifest["partitions"]
    if len(old) != len(parts) or any(a["digest"] != b["digest"] for a, b in zip(old, parts)):
        changed = next((b for a, b in zip(old, parts) if a["digest"] != b["digest"]), None)
        where = (f"partition {changed['part']} ({changed['inputs'][0]} ...)" if changed
                 else f"{len(old)} partitions then, {len(parts)} now")
        raise DatasetError(
            f"{out} holds a dataset of other inputs ({where} differ: files added, removed or changed); "
            "write to a new folder, or pass overwrite=True (--overwrite) to start it again")


def _clear(out: Path) -> None:
    for name in ALL_TABLES:
        if (out / name).is_dir():
            shutil.rmtree(out / name)
    (out / MANIFEST).unlink(missing_ok=True)


def write_dataset(source, out, *, text_column: str = "text", extract: bool = True, engine: str = "local",
                  client=None, scheduler: str | None = None, partition_mb: float = PARTITION_MB,
                  overwrite: bool = False, progress: bool | None = None, max_partitions: int | None = None
                  ) -> Summary:
    """Parse ``source`` into the partitioned parquet dataset ``out``; resume one begun there.

    Parameters
    ----------
    source : path, glob or list of them
        The inputs, as for :func:`diplo_analysis.read_corpus` (files, folders, globs).
    out : path
        The dataset folder: ``out/<table>/part-NNNNN.parquet`` and ``out/_manifest.json``.
    engine : {"local", "dask"}
        ``"local"`` writes the partitions one after another in this process;
        ``"dask"`` runs them on a dask.distributed cluster whose workers write
        their own files: ``client`` (a ``distributed.Client``) or ``scheduler``
        (its address, ``tcp://host:8786``); with neither, a local cluster of
        one single-threaded worker a core is started and closed again.
    partition_mb : float
        Input megabytes per partition (a partition holds whole files).
    overwrite : bool
        Start again when ``out`` holds a dataset of other inputs or options;
        without it such a folder is refused, and the same inputs resume.
    progress : bool, optional
        A progress bar counting articles a second (by default when there is
        more than one partition).
    max_partitions : int, optional
        Stop after writing this many partitions (the rest are written by a
        later call); for tests and for spreading work over sessions.

    Every input becomes rows of ``articles`` or of ``errors``. Article ids are
    unique in the dataset: an id met again in a later partition gets ``-2``,
    ``-3``... as :func:`read_corpus` gives it.
    """
    from .readers import expand

    if engine not in ("local", "dask"):
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
    t0 = time.perf_counter()
    out = Path(out)
    items = expand(source)
    if not items:
        raise DatasetError(f"no inputs found in {source!r}")
    options = {"text_column": text_column, "extract": bool(extract), "partition_mb": float(partition_mb)}
    parts = plan(items, partition_mb)
    if overwrite:
        _clear(out)
    if is_dataset(out):
        manifest = read_manifest(out)
        _check_same(manifest, parts, options, out)
    else:
        stale = [n for n in ALL_TABLES if (out / n).is_dir() and any((out / n).glob("part-*.parquet"))]
        if stale:
            raise DatasetError(f"{out} holds part files ({stale[0]}/part-*.parquet) but no {MANIFEST}; "
                               "write to a new folder, or pass overwrite=True (--overwrite) to replace them")
        out.mkdir(parents=True, exist_ok=True)    # an OSError here says why the folder cannot be made
        manifest = _fresh_manifest(parts, options)
        _save_manifest(out, manifest)
    for name in ALL_TABLES:     # files of a partition that was cut short
        for tmp in (out / name).glob(".part-*.tmp"):
            tmp.unlink()
    todo = [p for p in parts if not manifest["partitions"][p["part"]]["done"]]
    if max_partitions is not None:
        todo = todo[:max_partitions]
    skipped = len(parts) - len([p for p in parts if not manifest["partitions"][p["part"]]["done"]])
    show = bool(todo) and (len(parts) > 1 if progress is None else progress)
    bar = _bar(show, len(parts), skipped)

    def record(stats: dict) -> None:
        entry = manifest["partitions"][stats["part"]]
        entry.update(done=True, rows=stats["rows"], seconds=stats["seconds"])
        _save_manifest(out, manifest)
        if bar is not None:
            bar.update(stats["rows"]["articles"])
            bar.set_postfix_str(f"partition {sum(p['done'] for p in manifest['partitions'])}/{len(parts)}")

    kwargs = {"text_column": text_column, "extract": bool(extract)}
    try:
        if engine == "local":
            for p in todo:
                record(write_partition(os.fspath(out), p["part"], p["inputs"], **kwargs))
        else:
            _run_dask(todo, out, kwargs, record, client=client, scheduler=scheduler)
    finally:
        if bar is not None:
            bar.close()
    done = all(p["done"] for p in manifest["partitions"])
    if done and not manifest["complete"]:
        _unique_ids(out, manifest)
        manifest["complete"] = True
        _save_manifest(out, manifest)
    rows = {}
    for p in manifest["partitions"]:
        for name, n in (p["rows"] or {}).items():
            rows[name] = rows.get(name, 0) + n
    renamed = sum(len(v) for v in manifest.get("renamed", {}).values())
    return Summary(out, len(parts), len(todo), skipped, rows, time.perf_counter() - t0, renamed)


def _bar(show: bool, n_parts: int, skipped: int):
    if not show:
        return None
    from tqdm.auto import tqdm

    bar = tqdm(desc="parsing", unit=" articles", unit_scale=False, smoothing=0.1)
    bar.set_postfix_str(f"partition {skipped}/{n_parts}")
    return bar


def _run_dask(todo: list[dict], out: Path, kwargs: dict, record, *, client=None, scheduler=None) -> None:
    try:
        from distributed import Client, as_completed
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise DatasetError('the dask engine needs dask.distributed: pip install "diplo-analysis[scale]"') from exc
    own = None
    if client is None:
        if scheduler:
            try:
                client = own = Client(scheduler, timeout="20s")
            except OSError as exc:
                raise DatasetError(f"could not reach the dask scheduler at {scheduler}: {exc}") from None
        else:
            client = own = Client(local_cluster())
    try:
        # the workers write to the folder as the parent names it: give them an absolute path
        where = os.fspath(out.resolve())
        futures = [client.submit(write_partition, where, p["part"], p["inputs"], pure=False,
                                 key=f"diplo-partition-{p['part']}-{p['digest'][:12]}", **kwargs)
                   for p in todo]
        try:
            for future in as_completed(futures):
                record(future.result())
                future.release()
        finally:
            # a failed partition stops the run: the others are not left writing unrecorded files
            client.cancel([f for f in futures if not f.done()])
    finally:
        if own is not None:
            cluster = getattr(own, "cluster", None)
            own.close()
            if cluster is not None and scheduler is None:
                cluster.close()


#: dask settings of the cluster :func:`local_cluster` starts: a batch of long, independent
#: partitions needs no dashboard diagnostics, and every periodic callback takes a core's time
#: from the parsing (together about 5-10% of the articles a second on two cores)
QUIET_CLUSTER = {
    "distributed.worker.profile.enabled": False,          # stack sampling 100 times a second
    "distributed.scheduler.work-stealing": False,         # root tasks are queued on the scheduler
    "distributed.admin.tick.interval": "1s",              # event-loop watchdog (20 ms)
    "distributed.worker.memory.monitor-interval": "1s",   # nannies' memory polling (100 ms)
    "distributed.admin.system-monitor.interval": "2s",    # dashboard's system monitor (500 ms)
}


def local_cluster(workers: int | None = None):
    """A dask ``LocalCluster`` for parsing on this machine: one single-threaded worker
    process a core (or ``workers``), no dashboard, and the diagnostics a dashboard would
    show slowed down or off (:data:`QUIET_CLUSTER`).

    ``write_dataset(..., engine="dask")`` starts one when it is given no cluster;
    pass ``Client(local_cluster())`` to keep one for several calls.
    """
    import dask
    from distributed import LocalCluster

    with dask.config.set(QUIET_CLUSTER):
        return LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                            processes=True, dashboard_address=None)


def _unique_ids(out: Path, manifest: dict) -> dict:
    """Give an article id met in an earlier partition a new one (``-2``, ``-3``...), in every table.

    The renames are written to the manifest before any file changes, and
    renaming is a no-op where it was done already, so an interrupted pass is
    finished by the next call.
    """
    import duckdb

    renamed = manifest.setdefault("renamed", {})
    if not renamed:
        con = duckdb.connect()
        glob = (out / "articles" / "part-*.parquet").as_posix()
        dup = con.execute(
            "SELECT article_id, list(p ORDER BY p, r) AS parts FROM ("
            "  SELECT article_id, "
            "  CAST(regexp_extract(filename, 'part-([0-9]+)', 1) AS INTEGER) AS p, "
            "  file_row_number AS r"
            f"  FROM read_parquet('{_quote(glob)}', filename=true, file_row_number=true, union_by_name=true))"
            " GROUP BY article_id HAVING count(*) > 1").fetchall()
        if not dup:
            return renamed
        taken = {r[0] for r in con.execute(
            f"SELECT DISTINCT article_id FROM read_parquet('{_quote(glob)}', union_by_name=true)").fetchall()}
        con.close()
        for aid, parts in sorted(dup, key=lambda d: (d[1][0], d[0])):
            k = 1
            for p in parts[1:]:
                k += 1
                while f"{aid}-{k}" in taken:
                    k += 1
                new = f"{aid}-{k}"
                taken.add(new)
                renamed.setdefault(str(p), {})[aid] = new
        _save_manifest(out, manifest)
    for p, mapping in renamed.items():
        _rename_in_partition(out, int(p), mapping)
    return renamed


def _rename_in_partition(out: Path, part: int, mapping: dict) -> None:
    import pyarrow.compute as pc

    old = pa.array(list(mapping), type=pa.string())
    new = pa.array(list(mapping.values()), type=pa.string())
    for name in ALL_TABLES:
        path = out / name / part_name(part)
        table = pq.read_table(path)
        if "article_id" not in table.column_names:
            continue
        ids = table.column("article_id")
        at = pc.index_in(ids, value_set=old)
        if pc.all(pc.is_null(at)).as_py() is not False:
            continue
        fixed = pc.if_else(pc.is_null(at), ids, pc.take(new, pc.fill_null(at, 0)))
        table = table.set_column(table.schema.get_field_index("article_id"), "article_id", fixed)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        pq.write_table(table, tmp)
        os.replace(tmp, path)


def _quote(text: str) -> str:
    return text.replace("'", "''")
