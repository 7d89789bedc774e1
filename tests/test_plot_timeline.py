"""plot.timeline: Axes or Figure, traces, axis titles, hover provenance, determinism, no warnings."""
import json
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import plotly.graph_objects as go  # noqa: E402
import pytest  # noqa: E402

import diplo_analysis as da  # noqa: E402
from diplo_analysis import plot  # noqa: E402
from diplo_analysis.analysis import timeline as make_timeline  # noqa: E402
from diplo_analysis.errors import DiploError  # noqa: E402

T = pd.Timestamp


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def make_corpus() -> da.Corpus:
    articles = pd.DataFrame({
        "article_id": ["a1", "a2", "a3"], "source": "test",
        "published": [T("2023-03-05"), T("2023-03-20"), T("2023-05-02")],
        "title": ["Baku & Bishkek <mark> 30 years", "Envoy meets minister", None],
        "n_words": 10, "text": "x"})
    rows = [("a1", 0, "AZE"), ("a1", 0, "KGZ"), ("a2", 0, "KGZ"), ("a3", 0, "AZE"), ("a3", 1, "KGZ")]
    mentions = pd.DataFrame([{"article_id": a, "sentence_id": s, "start": 0, "end": 3, "surface": k,
                              "kind": "country", "key": k} for a, s, k in rows])
    return da.Corpus(articles=articles, mentions=mentions)


def frame():
    return make_timeline(make_corpus(), by="country")


MARKERS = pd.DataFrame({"date": [T("2023-01-19")], "label": ["30th AZE-KGZ"]})


@pytest.mark.parametrize("kind", ["line", "bar"])
def test_matplotlib_lines_and_bars(kind):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ax = plot.timeline(frame(), kind=kind, markers=MARKERS)
        ax.figure.canvas.draw()
    assert isinstance(ax, matplotlib.axes.Axes)
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Month", "Articles")
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["KGZ", "AZE"]   # biggest first
    if kind == "line":
        assert len(ax.lines) == 3                          # two groups + one marker line
        kgz = ax.lines[0].get_ydata().tolist()
        assert kgz == [2, 0, 1]
    else:
        assert len(ax.patches) == 6                        # 3 months x 2 groups
    assert "30th AZE-KGZ" in [t.get_text() for t in ax.texts]


def test_matplotlib_draws_on_the_given_axes_and_y_can_be_mentions():
    fig, ax = plt.subplots()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        got = plot.timeline(frame(), y="mentions", ax=ax, title="Mentions")
    assert got is ax and len(fig.axes) == 1
    assert ax.get_ylabel() == "Mentions" and ax.get_title() == "Mentions"


@pytest.mark.parametrize("kind, trace", [("line", go.Scatter), ("bar", go.Bar)])
def test_plotly_traces_axes_and_markers(kind, trace):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = plot.timeline(frame(), kind=kind, markers=MARKERS, backend="plotly")
        text = fig.to_json()
    assert isinstance(fig, go.Figure) and len(fig.data) == 2
    assert all(isinstance(t, trace) for t in fig.data)
    assert [t.name for t in fig.data] == ["KGZ", "AZE"]
    assert fig.layout.xaxis.title.text == "Month" and fig.layout.yaxis.title.text == "Articles"
    assert list(fig.data[0].y) == [2, 0, 1]
    assert list(fig.data[0].x) == ["2023-03-01", "2023-04-01", "2023-05-01"]
    assert fig.layout.annotations[0].text == "30th AZE-KGZ" and len(fig.layout.shapes) == 1
    assert json.loads(text)["layout"]["template"]["layout"]["paper_bgcolor"] == "white"


def test_plotly_hover_lists_the_articles_behind_each_point():
    fig = plot.timeline(frame(), corpus=make_corpus(), backend="plotly")
    kgz = fig.data[0]
    assert "%{customdata[0]}" in kgz.hovertemplate
    march = kgz.customdata[0][0]
    assert march == ("a1 \u00b7 2023-03-05 \u00b7 Baku &amp; Bishkek &lt;mark&gt; 30 years<br>"
                     "a2 \u00b7 2023-03-20 \u00b7 Envoy meets minister")
    assert kgz.customdata[1][0] == ""                      # April: no article
    assert kgz.customdata[2][0] == "a3 \u00b7 2023-05-02 \u00b7 (no title)"


def test_plotly_figures_are_deterministic():
    one = plot.timeline(frame(), corpus=make_corpus(), markers=MARKERS, backend="plotly").to_json()
    two = plot.timeline(frame(), corpus=make_corpus(), markers=MARKERS, backend="plotly").to_json()
    assert one == two and '"uid"' not in one


def test_upcoming_anniversaries_can_be_markers():
    up = pd.DataFrame({"partner": ["KGZ"], "partner_name": ["Kyrgyzstan"], "established": [T("1993-01-19")],
                       "date": [T("2023-01-19")], "ordinal": [30], "source": ["MFA"]})
    fig = plot.timeline(frame(), markers=up, backend="plotly")
    assert fig.layout.annotations[0].text == "30th with Kyrgyzstan"


def test_a_frame_without_groups_is_one_series():
    single = pd.DataFrame({"period": [T("2023-01-01"), T("2023-02-01")], "articles": [3, 1]})
    ax = plot.timeline(single)
    assert len(ax.lines) == 1 and ax.get_xlabel() == "Period" and ax.get_legend() is None
    assert len(plot.timeline(single, backend="plotly").data) == 1


@pytest.mark.parametrize("kwargs, message", [
    ({"backend": "bokeh"}, "backend must be"),
    ({"kind": "pie"}, "kind must be"),
    ({"y": "readers"}, "no column"),
    ({"markers": pd.DataFrame({"when": []})}, "no column"),
])
def test_bad_arguments(kwargs, message):
    with pytest.raises(DiploError, match=message):
        plot.timeline(frame(), **kwargs)


@pytest.mark.parametrize("backend", ["matplotlib", "plotly"])
def test_an_empty_timeline_draws_labelled_axes(backend):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        drawn = plot.timeline(make_timeline(da.Corpus()), backend=backend, kind="bar")
        if backend == "plotly":
            drawn.to_json()
            assert len(drawn.data) == 0 and drawn.layout.yaxis.title.text == "Articles"
        else:
            drawn.figure.canvas.draw()
            assert drawn.get_ylabel() == "Articles" and drawn.get_legend() is None
