"""Plots: one function per picture, tidy frames in, a matplotlib Axes or a plotly Figure out.

Every function takes the frame first and options by keyword, draws on
``ax`` (or a new figure when ``ax`` is None), never calls ``plt.show()``,
and with ``backend="plotly"`` returns a deterministic ``plotly.graph_objects.Figure``.

>>> from diplo_analysis import plot
>>> sorted(plot.__all__)[:3]
['ArticleView', 'ExportError', 'PlotError']
"""
from ._base import ExportError, PlotError
from ._export import save
from .article import ArticleView, show_article
from .calendar import anniversary_calendar
from .comentions import comention_heatmap, comention_network
from .timeline import timeline

__all__ = [
    "ArticleView", "ExportError", "PlotError", "anniversary_calendar", "comention_heatmap",
    "comention_network", "save", "show_article", "timeline",
]
