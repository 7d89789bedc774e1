"""Draw a timeline frame (from ``diplo_analysis.timeline``) as lines or stacked bars.

>>> import pandas as pd
>>> frame = pd.DataFrame({"period": pd.to_datetime(["2023-03-01", "2023-04-01"]),
...     "group": ["AZE", "AZE"], "articles": [2, 0], "mentions": [3, 0]})
>>> fig = timeline(frame, backend="plotly")
>>> len(fig.data), fig.layout.yaxis.title.text
(1, 'Articles')
"""
from __future__ import annotations

import html

import numpy as np
import pandas as pd

from ._base import (FREQ_LABELS, PlotError, check_backend, new_axes, ordinal, palette, plotly_figure,
                    require_columns)

KINDS = ("line", "bar")


def timeline(frame: pd.DataFrame, *, x: str = "period", y: str = "articles", by: str | None = None,
             kind: str = "line", markers: pd.DataFrame | None = None, corpus=None,
             backend: str = "matplotlib", ax=None, title: str | None = None, max_hover: int = 8):
    """Articles (or mentions) per period, one line or bar stack per group.

    ``frame`` is tidy: ``x`` (dates), ``y`` (numbers) and, when ``by`` is
    given (default: the "group" column if there is one), one series per
    value of ``by``. ``markers`` is a frame of ``date`` and ``label`` (or the
    output of ``upcoming_anniversaries``) drawn as labelled vertical lines.
    With ``backend="plotly"`` and ``corpus`` given, hovering a point lists
    the articles behind it (id, date, title). Returns the matplotlib Axes
    drawn on, or a plotly Figure.

    >>> import matplotlib; matplotlib.use("Agg")
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"period": pd.to_datetime(["2023-03-01", "2023-04-01"]),
    ...     "group": ["AZE", "AZE"], "articles": [2, 0], "mentions": [3, 0]})
    >>> timeline(frame).get_ylabel()
    'Articles'
    """
    check_backend(backend)
    if kind not in KINDS:
        raise PlotError(f"kind must be 'line' or 'bar'; got {kind!r}")
    if by is None and isinstance(frame, pd.DataFrame) and "group" in frame.columns:
        by = "group"
    require_columns(frame, [x, y] + ([by] if by else []), "timeline")
    data = frame.copy()
    data[x] = pd.to_datetime(data[x])
    series = _series(data, x, y, by)
    marks = _markers(markers)
    labels = {
        "x": FREQ_LABELS.get(frame.attrs.get("freq"), "Period") if x == "period" else x.replace("_", " ").capitalize(),
        "y": y.replace("_", " ").capitalize(),
        "legend": (frame.attrs.get("by") or by or "").replace("_", " ").capitalize(),
    }
    if backend == "plotly":
        hover = _hover_texts(frame, corpus, max_hover) if corpus is not None else None
        return _plotly(series, kind, marks, hover, labels, title)
    return _matplotlib(series, kind, marks, labels, title, ax)


def _series(data: pd.DataFrame, x: str, y: str, by: str | None) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """(name, dates, values) per group, sorted by date; the biggest total first."""
    if by is None:
        groups = [(y, data)]
    else:
        totals = data.groupby(by, observed=True)[y].sum()
        order = sorted(totals.index, key=lambda g: (-totals[g], str(g)))
        groups = [(str(g), data[data[by] == g]) for g in order]
    out = []
    for name, rows in groups:
        rows = rows.sort_values(x)
        out.append((name, rows[x].to_numpy("datetime64[ns]"), pd.to_numeric(rows[y]).to_numpy()))
    return out


def _markers(markers) -> pd.DataFrame:
    if markers is None:
        return pd.DataFrame({"date": pd.Series(dtype="datetime64[ns]"), "label": pd.Series(dtype=str)})
    if isinstance(markers, pd.DataFrame) and "label" not in markers.columns and \
            {"date", "ordinal", "partner"} <= set(markers.columns):
        # the output of upcoming_anniversaries
        name = markers["partner_name"] if "partner_name" in markers.columns else markers["partner"]
        markers = markers.assign(label=[f"{ordinal(n)} with {p}" for n, p in zip(markers["ordinal"], name)])
    require_columns(markers, ["date", "label"], "timeline markers")
    out = pd.DataFrame({"date": pd.to_datetime(markers["date"]), "label": markers["label"].astype(str)})
    return out.dropna(subset=["date"]).sort_values(["date", "label"]).reset_index(drop=True)


def _hover_texts(frame: pd.DataFrame, corpus, max_hover: int) -> dict:
    """{(period, group): html lines naming the articles behind that point}."""
    from ..analysis.timeline import timeline_units
    from ..analysis._common import on_disk, published_of

    by, freq = frame.attrs.get("by", "country"), frame.attrs.get("freq", "M")
    units = timeline_units(corpus, by=by)
    # a dataset on disk gives only the columns needed, not the articles' texts
    articles = (corpus.to_pandas("articles", columns=["article_id", "published", "title"]) if on_disk(corpus)
                else corpus.articles)
    published = pd.Series(published_of(articles, units["article_id"]), index=units.index)
    units = units.assign(published=published).dropna(subset=["published"])
    units["period"] = units["published"].dt.to_period(freq).dt.start_time.astype("datetime64[ns]")
    titles = articles.drop_duplicates("article_id").set_index("article_id")["title"]
    units["title"] = units["article_id"].map(titles)
    units = units.sort_values(["published", "article_id"])
    texts = {}
    for (period, group), rows in units.groupby(["period", "group"], sort=False):
        lines = [
            f"{html.escape(str(aid))} \u00b7 {when:%Y-%m-%d} \u00b7 "
            f"{html.escape(str(title)) if isinstance(title, str) else '(no title)'}"
            for aid, when, title in rows[["article_id", "published", "title"]].head(max_hover).itertuples(index=False)
        ]
        if len(rows) > max_hover:
            lines.append(f"\u2026 and {len(rows) - max_hover} more")
        texts[(pd.Timestamp(period), str(group))] = "<br>".join(lines)
    return texts


def _plotly(series, kind, marks, hover, labels, title):
    import plotly.graph_objects as go

    fig = plotly_figure(
        title={"text": title} if title else None,
        xaxis={"title": {"text": labels["x"]}, "type": "date"},
        yaxis={"title": {"text": labels["y"]}, "rangemode": "tozero"},
        legend={"title": {"text": labels["legend"]}},
        barmode="stack" if kind == "bar" else None,
        hovermode="closest",
    )
    colors = palette(len(series))
    for (name, dates, values), color in zip(series, colors):
        xvalues = [f"{d:%Y-%m-%d}" for d in pd.to_datetime(dates)]
        yvalues = values.tolist()
        template = f"<b>{html.escape(name)}</b><br>%{{x|%Y-%m-%d}}<br>{html.escape(labels['y'])}: %{{y}}"
        extra = {}
        if hover is not None:
            extra["customdata"] = [[hover.get((stamp, name), "")] for stamp in pd.to_datetime(dates)]
            template += "<br>%{customdata[0]}"
        template += "<extra></extra>"
        common = dict(x=xvalues, y=yvalues, name=name, hovertemplate=template, **extra)
        if kind == "bar":
            fig.add_trace(go.Bar(marker={"color": color}, **common))
        else:
            fig.add_trace(go.Scatter(mode="lines+markers", line={"color": color}, **common))
    for date, label in marks.itertuples(index=False):
        day = f"{date:%Y-%m-%d}"
        fig.add_shape(type="line", x0=day, x1=day, xref="x", y0=0, y1=1, yref="paper",
                      line={"color": "#888888", "width": 1, "dash": "dash"})
        fig.add_annotation(x=day, y=1, xref="x", yref="paper", text=html.escape(label), showarrow=False,
                           textangle=-90, xanchor="right", yanchor="top", font={"size": 10})
    return fig


def _matplotlib(series, kind, marks, labels, title, ax):
    ax = new_axes(ax)
    colors = palette(len(series))
    if kind == "bar":
        every = np.unique(np.concatenate([d for _, d, _ in series])) if series else np.array([], "datetime64[ns]")
        step = np.diff(every).min() if len(every) > 1 else np.timedelta64(28, "D")
        width = 0.8 * (step / np.timedelta64(1, "D"))
        bottom = pd.Series(0.0, index=pd.to_datetime(every))
        for (name, dates, values), color in zip(series, colors):
            base = bottom.reindex(pd.to_datetime(dates)).to_numpy()
            ax.bar(pd.to_datetime(dates), values, width=width, bottom=base, label=name, color=color)
            bottom = bottom.add(pd.Series(values, index=pd.to_datetime(dates)), fill_value=0)
    else:
        for (name, dates, values), color in zip(series, colors):
            ax.plot(pd.to_datetime(dates), values, label=name, color=color,
                    marker="o" if len(dates) <= 40 else None, markersize=3)
    for date, label in marks.itertuples(index=False):
        ax.axvline(date, color="0.55", linestyle="--", linewidth=1)
        ax.annotate(label, xy=(date, 1), xycoords=("data", "axes fraction"), xytext=(-2, -4),
                    textcoords="offset points", rotation=90, ha="right", va="top", fontsize=8, color="0.3")
    ax.set_xlabel(labels["x"])
    ax.set_ylabel(labels["y"])
    ax.set_ylim(bottom=0)
    if title:
        ax.set_title(title)
    if len(series) > 1 or labels["legend"]:
        if series:
            ax.legend(title=labels["legend"] or None, fontsize=8, title_fontsize=9)
    return ax
