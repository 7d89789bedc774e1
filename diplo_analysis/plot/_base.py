"""What every plot function shares: backend check, new Axes, plotly figure, colors.

>>> check_backend("plotly")
'plotly'
"""
from __future__ import annotations

import pandas as pd

from ..errors import DiploError

BACKENDS = ("matplotlib", "plotly")
#: a named plotly template set on every figure, so the global default never leaks in
TEMPLATE = "plotly_white"
#: colors of the mention kinds (the same in show_article, networks and legends)
KIND_COLORS = {"country": "#4c72b0", "person": "#dd8452", "organization": "#55a868"}
#: readable axis titles for the period codes a timeline carries in attrs["freq"]
FREQ_LABELS = {"D": "Day", "W": "Week", "M": "Month", "Q": "Quarter", "Y": "Year"}


class PlotError(DiploError, ValueError):
    """A plot was given data or options it cannot draw."""


class ExportError(DiploError):
    """A figure could not be written to a file (missing extra, no browser...)."""


def check_backend(backend: str) -> str:
    if backend not in BACKENDS:
        raise PlotError(f"backend must be 'matplotlib' or 'plotly'; got {backend!r}")
    return backend


def require_columns(frame, columns, function: str) -> pd.DataFrame:
    if not isinstance(frame, pd.DataFrame):
        raise PlotError(f"{function}() expects a pandas DataFrame first; got {type(frame).__name__}")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise PlotError(f"{function}(): the frame has no column(s) {', '.join(map(repr, missing))}; "
                        f"it has {', '.join(map(repr, frame.columns)) or 'no columns'}")
    return frame


def new_axes(ax, figsize=(8, 4.5)):
    """``ax`` itself, or the Axes of a new pyplot figure when ``ax`` is None."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, made = plt.subplots(figsize=figsize, layout="constrained")
    return made


def plotly_figure(**layout):
    import plotly.graph_objects as go

    return go.Figure(layout={"template": TEMPLATE, **layout})


def palette(n: int) -> list[str]:
    """``n`` colors (matplotlib's tab10, repeated) as hex, the same in both backends."""
    from matplotlib import colormaps
    from matplotlib.colors import to_hex

    base = [to_hex(c) for c in colormaps["tab10"].colors]
    return [base[i % len(base)] for i in range(n)]


def ordinal(n: int) -> str:
    """1 -> '1st', 12 -> '12th', 35 -> '35th'."""
    n = int(n)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
