"""Write a figure to a file: matplotlib through savefig, plotly through kaleido (optional).

>>> import matplotlib; matplotlib.use("Agg")
>>> import matplotlib.pyplot as plt, tempfile, pathlib
>>> fig, ax = plt.subplots()
>>> save(ax, pathlib.Path(tempfile.mkdtemp()) / "empty.png").suffix
'.png'
>>> plt.close(fig)
"""
from __future__ import annotations

import importlib
from pathlib import Path

from ._base import ExportError

IMAGE_FORMATS = ("png", "svg", "pdf", "jpg", "jpeg", "webp")
INSTALL = ('pip install "diplo-analysis[export]" (which brings kaleido) and a Chromium browser, '
           "e.g. apt-get install chromium")


def _is_plotly(fig) -> bool:
    return type(fig).__module__.startswith("plotly.") and hasattr(fig, "to_json")


def _matplotlib_figure(fig):
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure, SubFigure

    if isinstance(fig, Axes):
        return fig.figure
    if isinstance(fig, (Figure, SubFigure)):
        return fig
    return None


def save(fig, path, *, width: int | None = None, height: int | None = None, scale: float | None = None,
         dpi: float | None = None) -> Path:
    """Write ``fig`` (a matplotlib Axes/Figure or a plotly Figure) to ``path``; return the path.

    The format comes from the suffix. matplotlib writes every format its
    savefig knows. A plotly Figure writes ``.html`` and ``.json`` by itself
    and ``.png``/``.svg``/``.pdf``/... through kaleido, the optional extra
    ``diplo-analysis[export]``, which also needs a Chromium browser.
    """
    target = Path(path)
    suffix = target.suffix.lower().lstrip(".")
    if not suffix:
        raise ExportError(f"{target}: no file suffix; say which format to write, e.g. '.png', '.svg' or '.html'")
    figure = _matplotlib_figure(fig)
    if figure is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
        figure.savefig(target, dpi=dpi or "figure", bbox_inches="tight")
        return target
    if not _is_plotly(fig):
        raise ExportError(f"save() writes a matplotlib Axes or Figure, or a plotly Figure; got {type(fig).__name__}")
    target.parent.mkdir(parents=True, exist_ok=True)
    if suffix == "html":
        fig.write_html(target, include_plotlyjs=True, full_html=True)
        return target
    if suffix == "json":
        target.write_text(fig.to_json(), encoding="utf-8")
        return target
    if suffix not in IMAGE_FORMATS:
        raise ExportError(f"{target}: cannot write '.{suffix}' from a plotly figure; "
                          f"use one of .html, .json, {', '.join('.' + f for f in IMAGE_FORMATS)}")
    _require_kaleido()
    try:
        fig.write_image(target, format=suffix, width=width, height=height, scale=scale)
    except Exception as exc:  # kaleido reports a missing browser with its own error types
        if _means_no_browser(exc):
            raise ExportError(f"{target}: plotly's static export could not start a browser ({exc}). "
                              f"Static images need {INSTALL}.") from exc
        raise
    return target


def _require_kaleido() -> None:
    try:
        importlib.import_module("kaleido")
    except ImportError as exc:
        raise ExportError(f"saving a plotly figure as an image needs kaleido, which is not installed: "
                          f"{INSTALL}. Saving as .html or .json needs nothing more.") from exc


def _means_no_browser(exc: Exception) -> bool:
    words = f"{type(exc).__name__} {exc}".lower()
    return any(w in words for w in ("chrome", "chromium", "browser"))
