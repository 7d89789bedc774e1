"""Co-mention pictures: a heatmap of the matrix and a network of the pairs.

>>> import pandas as pd
>>> pairs = pd.DataFrame({"a": ["AZE", "AZE"], "b": ["KGZ", "TUR"], "weight": [4, 1]})
>>> len(comention_heatmap(pairs, backend="plotly").data)
1
"""
from __future__ import annotations

import html

import numpy as np
import pandas as pd

from ..analysis.comentions import pairs_to_matrix
from ._base import KIND_COLORS, PlotError, check_backend, new_axes, plotly_figure, require_columns

LAYOUTS = ("spring", "circular")


def _kind_label(data) -> str:
    kind = getattr(data, "attrs", {}).get("kind") if not _is_graph(data) else data.graph.get("kind")
    return {"country": "Country", "person": "Person", "organization": "Organization"}.get(kind, "Entity")


def _unit_label(data) -> str:
    level = getattr(data, "attrs", {}).get("level") if not _is_graph(data) else data.graph.get("level")
    return {"sentence": "shared sentences", "article": "shared articles"}.get(level, "co-mentions")


def _is_graph(data) -> bool:
    return hasattr(data, "nodes") and hasattr(data, "edges") and not isinstance(data, pd.DataFrame)


# -- heatmap ---------------------------------------------------------------
def _as_matrix(data, value: str) -> pd.DataFrame:
    if not isinstance(data, pd.DataFrame):
        raise PlotError(f"comention_heatmap() expects a pairs frame (a, b, weight) or a square matrix; "
                        f"got {type(data).__name__}")
    if {"a", "b"} <= set(data.columns):
        require_columns(data, ["a", "b", value], "comention_heatmap")
        return pairs_to_matrix(data, value=value)
    if list(map(str, data.index)) != list(map(str, data.columns)):
        raise PlotError("comention_heatmap(): a matrix needs the same keys, in the same order, as index "
                        "and columns (see da.comention_matrix); or pass the pairs frame")
    return data


def comention_heatmap(data, *, value: str = "weight", top: int | None = None, backend: str = "matplotlib",
                      ax=None, title: str | None = None, cmap: str = "Blues", annotate: bool | None = None):
    """The co-mention matrix as a heatmap, keys ordered by their total weight.

    ``data`` is the output of ``da.comentions`` (pairs) or of
    ``da.comention_matrix`` (square). ``top`` keeps the keys with the largest
    totals. Cells show their numbers when ``annotate`` (default: up to 15
    keys). Returns the matplotlib Axes or a plotly Figure (one Heatmap trace).

    >>> import matplotlib; matplotlib.use("Agg")
    >>> import pandas as pd
    >>> pairs = pd.DataFrame({"a": ["AZE", "AZE"], "b": ["KGZ", "TUR"], "weight": [4, 1]})
    >>> [t.get_text() for t in comention_heatmap(pairs).get_xticklabels()]
    ['AZE', 'KGZ', 'TUR']
    """
    check_backend(backend)
    matrix = _as_matrix(data, value)
    totals = matrix.sum(axis=1)
    order = sorted(matrix.index, key=lambda k: (-totals[k], str(k)))
    if top is not None:
        if isinstance(top, bool) or not isinstance(top, (int, np.integer)) or top < 1:
            raise PlotError(f"top must be a whole number >= 1 or None; got {top!r}")
        order = order[:top]
    matrix = matrix.loc[order, order]
    keys = [str(k) for k in matrix.index]
    z = matrix.to_numpy()
    axis_label = _kind_label(data)
    unit = _unit_label(data)
    annotate = len(keys) <= 15 if annotate is None else annotate

    if backend == "plotly":
        import plotly.graph_objects as go

        fig = plotly_figure(
            title={"text": title} if title else None,
            xaxis={"title": {"text": axis_label}, "type": "category", "side": "bottom"},
            yaxis={"title": {"text": axis_label}, "type": "category", "autorange": "reversed"},
        )
        fig.add_trace(go.Heatmap(
            z=z.tolist(), x=keys, y=keys, colorscale=cmap, colorbar={"title": {"text": unit}},
            text=z.tolist() if annotate else None, texttemplate="%{text}" if annotate else None,
            hovertemplate=f"%{{y}} \u2013 %{{x}}<br>{html.escape(unit)}: %{{z}}<extra></extra>",
        ))
        return fig

    ax = new_axes(ax, figsize=(max(4.0, 0.45 * len(keys) + 2.5), max(3.5, 0.45 * len(keys) + 1.5)))
    if len(keys):
        image = ax.imshow(z, cmap=cmap, aspect="auto")
    ax.set_xticks(range(len(keys)), keys, rotation=90)
    ax.set_yticks(range(len(keys)), keys)
    ax.set_xlabel(axis_label)
    ax.set_ylabel(axis_label)
    if len(keys):
        ax.figure.colorbar(image, ax=ax, label=unit)
    if annotate and len(keys):
        top_value = z.max() if z.size else 0
        for (i, j), v in np.ndenumerate(z):
            if v:
                ax.text(j, i, str(v), ha="center", va="center", fontsize=8,
                        color="white" if v > top_value / 2 else "black")
    if title:
        ax.set_title(title)
    return ax


# -- network ---------------------------------------------------------------
def _graph(data, min_weight: int, top: int | None):
    """A networkx Graph with sorted nodes (attribute mentions) and weighted edges."""
    import networkx as nx

    if _is_graph(data):
        source = data
        edges = [(a, b, int(d.get("weight", 1))) for a, b, d in source.edges(data=True)]
        mentions = {n: d.get("mentions") for n, d in source.nodes(data=True)}
        labels = {n: d.get("label", n) for n, d in source.nodes(data=True)}
    elif isinstance(data, pd.DataFrame):
        require_columns(data, ["a", "b", "weight"], "comention_network")
        edges = [(str(a), str(b), int(w)) for a, b, w in data[["a", "b", "weight"]].itertuples(index=False)]
        mentions = dict(data.attrs.get("mentions", {}))
        labels = {}
    else:
        raise PlotError("comention_network() expects a pairs frame (a, b, weight) or a networkx Graph "
                        f"(da.comention_graph); got {type(data).__name__}")
    edges = [e for e in edges if e[2] >= min_weight]
    nodes = sorted({a for a, _, _ in edges} | {b for _, b, _ in edges} |
                   ({n for n in mentions} if _is_graph(data) else set()), key=str)
    strength = {n: 0 for n in nodes}
    for a, b, w in edges:
        strength[a] += w
        strength[b] += w
    size = {n: (mentions.get(n) if mentions.get(n) is not None else strength[n]) for n in nodes}
    if top is not None:
        if isinstance(top, bool) or not isinstance(top, (int, np.integer)) or top < 1:
            raise PlotError(f"top must be a whole number >= 1 or None; got {top!r}")
        keep = set(sorted(nodes, key=lambda n: (-size[n], str(n)))[:top])
        nodes = [n for n in nodes if n in keep]
        edges = [e for e in edges if e[0] in keep and e[1] in keep]
    graph = nx.Graph()
    for n in nodes:
        graph.add_node(n, mentions=int(size[n]), label=str(labels.get(n, n)))
    for a, b, w in sorted(edges, key=lambda e: (str(e[0]), str(e[1]))):
        graph.add_edge(a, b, weight=w)
    return graph


def _positions(graph, layout: str, seed: int) -> dict:
    import networkx as nx

    if graph.number_of_nodes() == 0:
        return {}
    if layout == "circular":
        return nx.circular_layout(graph)
    return nx.spring_layout(graph, seed=seed, weight="weight")


def comention_network(data, *, min_weight: int = 1, top: int | None = None, layout: str = "spring",
                      seed: int = 0, backend: str = "matplotlib", ax=None, title: str | None = None):
    """The co-mention pairs as a network: node size by mentions, edge width by weight.

    ``data`` is a pairs frame from ``da.comentions`` (node sizes from its
    ``attrs["mentions"]``, else the sum of edge weights) or a Graph from
    ``da.comention_graph``. The layout is stable for the same input
    (``spring`` with a fixed ``seed``, or ``circular`` in name order).
    Returns the matplotlib Axes or a plotly Figure (one trace per edge-width
    class, one for edge hover, one for the nodes).

    >>> import matplotlib; matplotlib.use("Agg")
    >>> import pandas as pd
    >>> pairs = pd.DataFrame({"a": ["AZE", "AZE"], "b": ["KGZ", "TUR"], "weight": [4, 1]})
    >>> sorted(t.get_text() for t in comention_network(pairs).texts)
    ['AZE', 'KGZ', 'TUR']
    """
    check_backend(backend)
    if layout not in LAYOUTS:
        raise PlotError(f"layout must be 'spring' or 'circular'; got {layout!r}")
    graph = _graph(data, min_weight, top)
    pos = _positions(graph, layout, seed)
    nodes = list(graph.nodes)
    mentions = np.array([graph.nodes[n]["mentions"] for n in nodes], dtype=float)
    scale = mentions / mentions.max() if len(nodes) and mentions.max() > 0 else np.zeros(len(nodes))
    edges = list(graph.edges(data="weight"))
    weights = np.array([w for _, _, w in edges], dtype=float)
    widths = 0.5 + 5.5 * weights / weights.max() if len(edges) else np.array([])
    unit = _unit_label(data)
    caption = f"node size: mentions \u00b7 edge width: {unit}"
    color = KIND_COLORS.get(_kind_label(data).lower(), "#4c72b0")

    if backend == "plotly":
        return _network_plotly(graph, pos, nodes, scale, edges, widths, caption, unit, color, title)

    from matplotlib.collections import LineCollection

    ax = new_axes(ax, figsize=(7, 7))
    if edges:
        segments = [[pos[a], pos[b]] for a, b, _ in edges]
        ax.add_collection(LineCollection(segments, linewidths=widths, colors="#999999", alpha=0.7, zorder=1))
    if nodes:
        from matplotlib import patheffects

        xy = np.array([pos[n] for n in nodes])
        sizes = 250 + 1500 * scale                      # marker areas in points²
        ax.scatter(xy[:, 0], xy[:, 1], s=sizes, color=color, edgecolors="white", zorder=2)
        halo = [patheffects.withStroke(linewidth=2.5, foreground="white")]
        for n, (x, y), size in zip(nodes, xy, sizes):
            label = graph.nodes[n]["label"]
            if len(label) <= 4:     # an ISO3 code fits inside its node
                ax.text(x, y, label, ha="center", va="center", fontsize=7, zorder=3,
                        color="white", fontweight="bold")
            else:                   # a name goes under its node, dark on a white halo
                ax.annotate(label, (x, y), xytext=(0, -np.sqrt(size) / 2 - 2), textcoords="offset points",
                            ha="center", va="top", fontsize=7, zorder=3, color="#222222",
                            path_effects=halo, annotation_clip=False)
    ax.autoscale_view()
    ax.margins(0.12)
    ax.set_aspect("equal", adjustable="datalim")
    ax.set_xticks([])
    ax.set_yticks([])
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_xlabel(caption)
    ax.set_ylabel("")
    ax.set_title(title or f"Co-mentions ({unit})")
    return ax


def _network_plotly(graph, pos, nodes, scale, edges, widths, caption, unit, color, title):
    import plotly.graph_objects as go

    fig = plotly_figure(
        title={"text": title or f"Co-mentions ({unit})"},
        xaxis={"title": {"text": caption}, "showgrid": False, "zeroline": False, "showticklabels": False},
        yaxis={"showgrid": False, "zeroline": False, "showticklabels": False, "scaleanchor": "x"},
        showlegend=False, hovermode="closest",
    )
    # plotly draws one width per trace: edges are grouped into at most six width classes
    classes = np.ceil(widths).astype(int) if len(edges) else np.array([], int)
    for width in sorted(set(classes.tolist())):
        xs, ys = [], []
        for (a, b, _), c in zip(edges, classes):
            if c == width:
                xs += [float(pos[a][0]), float(pos[b][0]), None]
                ys += [float(pos[a][1]), float(pos[b][1]), None]
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", hoverinfo="skip", name=f"width {width}",
                                 line={"width": max(int(width), 1), "color": "#999999"}, opacity=0.7))
    fig.add_trace(go.Scatter(
        x=[float((pos[a][0] + pos[b][0]) / 2) for a, b, _ in edges],
        y=[float((pos[a][1] + pos[b][1]) / 2) for a, b, _ in edges],
        mode="markers", marker={"size": 6, "opacity": 0}, name="edges",
        hovertext=[f"{html.escape(str(a))} \u2013 {html.escape(str(b))}: {w} {unit}" for a, b, w in edges],
        hoverinfo="text",
    ))
    fig.add_trace(go.Scatter(
        x=[float(pos[n][0]) for n in nodes], y=[float(pos[n][1]) for n in nodes], mode="markers+text",
        text=[html.escape(graph.nodes[n]["label"]) for n in nodes], textposition="middle center",
        marker={"size": (12 + 38 * np.sqrt(scale)).round(2).tolist(), "color": color,
                "line": {"color": "white", "width": 1}},
        hovertext=[f"{html.escape(str(n))}: {graph.nodes[n]['mentions']} mentions" for n in nodes],
        hoverinfo="text", name="nodes",
    ))
    return fig
