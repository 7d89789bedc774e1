"""Anniversary calendar: when relations were established and the round anniversaries ahead.

>>> import pandas as pd
>>> up = pd.DataFrame({"partner": ["KGZ"], "partner_name": ["Kyrgyzstan"],
...     "established": pd.to_datetime(["1993-01-19"]), "date": pd.to_datetime(["2028-01-19"]),
...     "ordinal": [35], "source": ["MFA"]})
>>> len(anniversary_calendar(up, backend="plotly").data)
3
"""
from __future__ import annotations

import html

import numpy as np
import pandas as pd

from ..analysis._common import name_of
from ._base import check_backend, new_axes, ordinal, palette, plotly_figure, require_columns

REQUIRED = ["partner", "established", "date", "ordinal"]


def _rows(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    data = frame.copy()
    data["established"] = pd.to_datetime(data["established"])
    data["date"] = pd.to_datetime(data["date"])
    if "partner_name" not in data.columns:
        data["partner_name"] = data["partner"]
    data["partner_name"] = data["partner_name"].fillna(data["partner"]).astype(str)
    if "source" not in data.columns:
        data["source"] = ""
    data = data.sort_values(["date", "partner"], kind="stable").reset_index(drop=True)
    names = list(dict.fromkeys(data["partner_name"]))     # earliest anniversary on top
    return data, names


def anniversary_calendar(frame: pd.DataFrame, *, backend: str = "matplotlib", ax=None,
                         title: str | None = None):
    """Past establishment dates and upcoming round anniversaries on one time axis.

    ``frame`` is the output of ``da.upcoming_anniversaries`` (partner,
    partner_name, established, date, ordinal, source). Each partner is a
    row: an open circle where relations were established, a line to a
    diamond on each round anniversary, labelled with its ordinal; the
    window asked for is shaded when the frame carries it in ``attrs``.
    Returns the matplotlib Axes or a plotly Figure (three traces).

    >>> import matplotlib; matplotlib.use("Agg")
    >>> import pandas as pd
    >>> up = pd.DataFrame({"partner": ["KGZ"], "established": pd.to_datetime(["1993-01-19"]),
    ...     "date": pd.to_datetime(["2028-01-19"]), "ordinal": [35]})
    >>> anniversary_calendar(up).get_xlabel()
    'Date'
    """
    check_backend(backend)
    require_columns(frame, REQUIRED, "anniversary_calendar")
    data, names = _rows(frame)
    row = {name: i for i, name in enumerate(names)}
    y = data["partner_name"].map(row).to_numpy()
    span = data.groupby("partner_name", sort=False).agg(first=("established", "min"), last=("date", "max"))
    window = (frame.attrs.get("start"), frame.attrs.get("end"))
    country = frame.attrs.get("country")
    heading = title or (f"Anniversaries of {name_of(country)}'s diplomatic relations" if country else None)
    past_color, next_color = palette(2)

    if backend == "plotly":
        import plotly.graph_objects as go

        fig = plotly_figure(
            title={"text": heading} if heading else None,
            xaxis={"title": {"text": "Date"}, "type": "date"},
            yaxis={"title": {"text": "Partner"}, "type": "category", "categoryorder": "array",
                   "categoryarray": names, "autorange": "reversed"},
            legend={"orientation": "h", "y": -0.2}, hovermode="closest",
        )
        if all(w is not None for w in window):
            fig.add_shape(type="rect", x0=f"{window[0]:%Y-%m-%d}", x1=f"{window[1]:%Y-%m-%d}", xref="x",
                          y0=0, y1=1, yref="paper", fillcolor="#dddddd", opacity=0.35, line={"width": 0},
                          layer="below")
        xs, ys = [], []
        for name, (first, last) in span.iterrows():
            xs += [f"{first:%Y-%m-%d}", f"{last:%Y-%m-%d}", None]
            ys += [name, name, None]
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line={"color": "#cccccc", "width": 1},
                                 hoverinfo="skip", showlegend=False, name="span"))
        est = data.drop_duplicates("partner_name")
        fig.add_trace(go.Scatter(
            x=[f"{d:%Y-%m-%d}" for d in est["established"]], y=est["partner_name"].tolist(), mode="markers",
            name="relations established",
            marker={"symbol": "circle-open", "size": 9, "color": past_color, "line": {"width": 2}},
            hovertext=[f"{html.escape(n)}: relations established {d:%Y-%m-%d}"
                       for n, d in zip(est["partner_name"], est["established"])],
            hoverinfo="text",
        ))
        fig.add_trace(go.Scatter(
            x=[f"{d:%Y-%m-%d}" for d in data["date"]], y=data["partner_name"].tolist(), mode="markers+text",
            name="round anniversary", marker={"symbol": "diamond", "size": 11, "color": next_color},
            text=[ordinal(n) for n in data["ordinal"]], textposition="middle right",
            hovertext=[f"{html.escape(n)}: {ordinal(o)} anniversary on {d:%Y-%m-%d}<br>"
                       f"established {e:%Y-%m-%d}" + (f" ({html.escape(str(s))})" if isinstance(s, str) and s else "")
                       for n, o, d, e, s in zip(data["partner_name"], data["ordinal"], data["date"],
                                                data["established"], data["source"])],
            hoverinfo="text",
        ))
        return fig

    ax = new_axes(ax, figsize=(9, max(2.5, 0.35 * len(names) + 1.2)))
    if all(w is not None for w in window):
        ax.axvspan(window[0], window[1], color="0.85", alpha=0.5, zorder=0, label="window")
    if len(span):
        ax.hlines(span.index.map(row).to_numpy(), span["first"].to_numpy(), span["last"].to_numpy(),
                  color="0.8", linewidth=1, zorder=1)
        est = data.drop_duplicates("partner_name")
        ax.scatter(est["established"].to_numpy(), est["partner_name"].map(row).to_numpy(), marker="o",
                   facecolors="white", edgecolors=past_color, linewidths=1.5, zorder=2,
                   label="relations established")
        ax.scatter(data["date"].to_numpy(), y, marker="D", color=next_color, zorder=3, label="round anniversary")
        for when, where, n in zip(data["date"], y, data["ordinal"]):
            ax.annotate(ordinal(n), xy=(when, where), xytext=(6, 0), textcoords="offset points",
                        va="center", fontsize=8)
        ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=3, frameon=False)
    ax.set_yticks(np.arange(len(names)), names)
    ax.set_ylim(max(len(names), 1) - 0.5, -0.5)
    ax.set_xlabel("Date")
    ax.set_ylabel("Partner")
    if heading:
        ax.set_title(heading)
    return ax
