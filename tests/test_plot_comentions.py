"""plot.comention_heatmap and plot.comention_network in both backends."""
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import plotly.graph_objects as go  # noqa: E402
import pytest  # noqa: E402

import diplo_analysis as da  # noqa: E402
from diplo_analysis import plot  # noqa: E402
from diplo_analysis.analysis import comention_graph, comention_matrix, comentions  # noqa: E402
from diplo_analysis.errors import DiploError  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def make_corpus() -> da.Corpus:
    rows = [("a1", 0, "AZE"), ("a1", 0, "KGZ"), ("a1", 1, "AZE"), ("a1", 1, "KGZ"), ("a1", 1, "TUR"),
            ("a2", 0, "KGZ"), ("a2", 0, "TUR"), ("a3", 0, "AZE"), ("a3", 0, "KGZ"), ("a3", 0, "RUS")]
    mentions = pd.DataFrame([{"article_id": a, "sentence_id": s, "start": 0, "end": 3, "surface": k,
                              "kind": "country", "key": k} for a, s, k in rows])
    articles = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "source": "t", "n_words": 1, "text": "x",
                             "published": pd.to_datetime(["2023-01-01", "2023-02-01", "2023-03-01"])})
    return da.Corpus(articles=articles, mentions=mentions)


def pairs():
    # AZE-KGZ 3, KGZ-TUR 2, AZE-TUR 1, AZE-RUS 1, KGZ-RUS 1
    return comentions(make_corpus())




def test_heatmap_matplotlib_from_pairs_and_from_matrix():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ax = plot.comention_heatmap(pairs())
        ax.figure.canvas.draw()
        again = plot.comention_heatmap(comention_matrix(make_corpus()))
    assert isinstance(ax, matplotlib.axes.Axes)
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels == ["KGZ", "AZE", "TUR", "RUS"]          # by total weight: 6, 5, 3, 2
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Country", "Country")
    image = ax.images[0].get_array()
    assert image[0, 1] == image[1, 0] == 3 and image[0, 0] == 0
    assert "3" in [t.get_text() for t in ax.texts]
    assert [t.get_text() for t in again.get_yticklabels()] == labels


def test_heatmap_plotly_and_top():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = plot.comention_heatmap(pairs(), top=2, backend="plotly")
        text = fig.to_json()
    assert isinstance(fig, go.Figure) and len(fig.data) == 1 and isinstance(fig.data[0], go.Heatmap)
    assert list(fig.data[0].x) == ["KGZ", "AZE"]
    assert [list(r) for r in fig.data[0].z] == [[0, 3], [3, 0]]
    assert fig.layout.xaxis.title.text == "Country" and fig.layout.yaxis.title.text == "Country"
    assert fig.data[0].colorbar.title.text == "shared sentences"
    assert text == plot.comention_heatmap(pairs(), top=2, backend="plotly").to_json()


def test_network_matplotlib_sizes_and_widths():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ax = plot.comention_network(pairs())
        ax.figure.canvas.draw()
    assert sorted(t.get_text() for t in ax.texts) == ["AZE", "KGZ", "RUS", "TUR"]
    widths = ax.collections[0].get_linewidths()
    assert len(widths) == 5 and max(widths) == pytest.approx(6.0)
    sizes = dict(zip(sorted(["AZE", "KGZ", "RUS", "TUR"]), ax.collections[1].get_sizes()))
    # mentions: AZE 3, KGZ 4, TUR 2, RUS 1 -> KGZ is the biggest node
    assert max(sizes, key=sizes.get) == "KGZ" and min(sizes, key=sizes.get) == "RUS"
    assert ax.get_xlabel() == "node size: mentions \u00b7 edge width: shared sentences"
    assert ax.get_title() == "Co-mentions (shared sentences)"


def test_network_plotly_traces_and_stable_layout():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = plot.comention_network(pairs(), backend="plotly")
        text = fig.to_json()
    widths = sorted({t.line.width for t in fig.data[:-2]})
    # weights 3, 2, 1 -> widths 6, 4.17, 2.33 -> classes 6, 5, 3
    assert widths == [3, 5, 6] and len(fig.data) == 3 + 2
    nodes = fig.data[-1]
    assert list(nodes.text) == ["AZE", "KGZ", "RUS", "TUR"]
    assert nodes.hovertext[1] == "KGZ: 4 mentions"
    assert "AZE \u2013 KGZ: 3 shared sentences" in fig.data[-2].hovertext
    assert fig.layout.xaxis.title.text.startswith("node size: mentions")
    assert text == plot.comention_network(pairs(), backend="plotly").to_json()
    circular = plot.comention_network(pairs(), layout="circular", backend="plotly")
    assert circular.to_json() == plot.comention_network(pairs(), layout="circular", backend="plotly").to_json()
    assert circular.data[-1].x[0] == pytest.approx(1.0)    # first name at angle 0


def test_network_from_a_graph_and_filters():
    graph = comention_graph(make_corpus())
    ax = plot.comention_network(graph, min_weight=2)
    # a graph keeps all its nodes (labelled with names); only edges of weight >= 2 are drawn
    assert sorted(t.get_text() for t in ax.texts) == ["Azerbaijan", "Kyrgyzstan", "Russia", "Türkiye"]
    assert len(ax.collections[0].get_segments()) == 2
    fig = plot.comention_network(pairs(), top=2, backend="plotly")
    assert list(fig.data[-1].text) == ["AZE", "KGZ"]


@pytest.mark.parametrize("call, message", [
    (lambda: plot.comention_heatmap(pd.DataFrame({"x": [1]})), "same keys"),
    (lambda: plot.comention_heatmap([1, 2]), "expects a pairs frame"),
    (lambda: plot.comention_network(pairs(), layout="random"), "layout must be"),
    (lambda: plot.comention_network("AZE"), "expects a pairs frame"),
    (lambda: plot.comention_heatmap(pairs(), top=0), "top must be"),
])
def test_bad_arguments(call, message):
    with pytest.raises(DiploError, match=message):
        call()


@pytest.mark.parametrize("backend", ["matplotlib", "plotly"])
def test_empty_pairs_draw_without_warnings(backend):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        heat = plot.comention_heatmap(comentions(da.Corpus()), backend=backend)
        net = plot.comention_network(comentions(da.Corpus()), backend=backend)
        if backend == "plotly":
            heat.to_json(), net.to_json()
        else:
            heat.figure.canvas.draw(), net.figure.canvas.draw()
    if backend == "plotly":
        assert len(heat.data) == 1 and len(net.data) == 2 and len(net.data[-1].x) == 0
    else:
        assert heat.get_xlabel() == "Country" and net.get_xlabel().startswith("node size")


def test_network_names_stand_under_their_nodes_and_stay_readable():
    import matplotlib.colors as mcolors

    pairs = pd.DataFrame({"a": ["Kairat Osmonaliyev", "AZE"], "b": ["Khalaf Khalafov", "KGZ"], "weight": [3, 1]})
    ax = plot.comention_network(pairs, layout="circular")
    labels = {t.get_text(): t for t in ax.texts}
    assert set(labels) == {"Kairat Osmonaliyev", "Khalaf Khalafov", "AZE", "KGZ"}
    # a name is dark text on a white halo, under its node; a code is white, inside its node
    for name in ("Kairat Osmonaliyev", "Khalaf Khalafov"):
        t = labels[name]
        assert mcolors.to_hex(t.get_color()) == "#222222"
        assert t.get_va() == "top" and t.xyann[1] < 0
    assert mcolors.to_hex(labels["AZE"].get_color()) == "#ffffff"
