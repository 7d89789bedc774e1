"""The dask engine: read and parse many files on a dask scheduler.

Inputs are split into partitions; each partition is read, parsed and
extracted by :func:`diplo_analysis.build.process_input` in a worker process,
and the row lists come back to be framed once. Install with
``pip install "diplo-analysis[scale]"``.
"""
from __future__ import annotations

from .build import Rows, process_input
from .errors import DiploError


def _partition(items, text_column, extract, raise_errors):
    rows = Rows()
    seen: dict[str, int] = {}
    for item in items:
        rows.merge(process_input(item, text_column=text_column, extract=extract,
                                 raise_errors=raise_errors, seen=seen))
    return rows


def run_dask(items, *, text_column="text", extract=True, raise_errors=False, npartitions=None,
             progress=None, scheduler="processes"):
    """Process ``items`` (paths or DataFrames) on a dask scheduler; return merged rows.

    ``scheduler`` is any value ``dask.compute`` accepts (``"processes"``,
    ``"threads"``, ``"synchronous"``, or a ``distributed.Client``).
    """
    try:
        import dask
        from dask import delayed
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise DiploError('the dask engine needs dask: pip install "diplo-analysis[scale]"') from exc

    items = list(items)
    if not items:
        return Rows()
    n = npartitions or min(len(items), max(1, len(items) // 200), 64) or 1
    size = -(-len(items) // n)
    chunks = [items[i:i + size] for i in range(0, len(items), size)]
    tasks = [delayed(_partition)(c, text_column, extract, raise_errors) for c in chunks]
    show = len(items) > 20 if progress is None else progress
    if show:
        from dask.diagnostics import ProgressBar

        with ProgressBar():
            parts = dask.compute(*tasks, scheduler=scheduler)
    else:
        parts = dask.compute(*tasks, scheduler=scheduler)
    rows = Rows()
    seen: dict[str, int] = {}
    for part in parts:
        # ids are unique within a partition; make them unique across partitions too
        _dedupe(part, seen)
        rows.merge(part)
    return rows


def _dedupe(part, seen: dict[str, int]) -> None:
    renames = {}
    for art in part.articles:
        aid = art["article_id"]
        k = seen.get(aid, 0) + 1
        seen[aid] = k
        if k > 1:
            renames[aid] = f"{aid}-{k}"
    if renames:
        part.rename(renames)
