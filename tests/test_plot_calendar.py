"""plot.anniversary_calendar on upcoming_anniversaries output."""
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import plotly.graph_objects as go  # noqa: E402
import pytest  # noqa: E402

from diplo_analysis import plot  # noqa: E402
from diplo_analysis.analysis import load_reference, upcoming_anniversaries  # noqa: E402
from diplo_analysis.errors import DiploError  # noqa: E402

# these three rows alone (extend=False), not added to the packaged table
REFERENCE = load_reference(pd.DataFrame({
    "country_a": ["AZE", "AZE", "AZE"], "country_b": ["KGZ", "TUR", "GEO"],
    "established": ["1993-01-19", "1992-01-14", "1992-11-18"], "source": ["MFA", "MFA <tr>", "MFA"],
}), extend=False)


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def upcoming():
    return upcoming_anniversaries("AZE", start="2026-01-01", years=5, reference=REFERENCE)


def test_matplotlib_calendar():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ax = plot.anniversary_calendar(upcoming())
        ax.figure.canvas.draw()
    assert isinstance(ax, matplotlib.axes.Axes)
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Date", "Partner")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Türkiye", "Georgia", "Kyrgyzstan"]
    assert [t.get_text() for t in ax.texts] == ["35th", "35th", "35th"]
    assert ax.get_title() == "Anniversaries of Azerbaijan's diplomatic relations"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["window", "relations established", "round anniversary"]


def test_plotly_calendar_traces_and_hover():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = plot.anniversary_calendar(upcoming(), backend="plotly")
        text = fig.to_json()
    assert isinstance(fig, go.Figure) and len(fig.data) == 3
    established, anniversaries = fig.data[1], fig.data[2]
    assert list(established.x) == ["1992-01-14", "1992-11-18", "1993-01-19"]
    assert list(anniversaries.x) == ["2027-01-14", "2027-11-18", "2028-01-19"]
    assert anniversaries.hovertext[0] == ("Türkiye: 35th anniversary on 2027-01-14<br>"
                                          "established 1992-01-14 (MFA &lt;tr&gt;)")
    assert fig.layout.xaxis.title.text == "Date" and fig.layout.yaxis.title.text == "Partner"
    assert list(fig.layout.yaxis.categoryarray) == ["Türkiye", "Georgia", "Kyrgyzstan"]
    assert len(fig.layout.shapes) == 1                     # the window asked for
    assert text == plot.anniversary_calendar(upcoming(), backend="plotly").to_json()


def test_several_anniversaries_of_one_partner_share_a_row():
    up = upcoming_anniversaries("AZE", start="2026-01-01", years=5, milestones=(33, 34, 35), reference=REFERENCE)
    fig = plot.anniversary_calendar(up, backend="plotly")
    assert list(fig.data[2].text).count("34th") == 3
    assert len(fig.data[1].x) == 3                         # one circle per partner
    ax = plot.anniversary_calendar(up)
    assert len(ax.get_yticklabels()) == 3


def test_empty_window_still_draws_labelled_axes():
    up = upcoming_anniversaries("AZE", start="2026-01-01", years=1, reference=REFERENCE)
    assert up.empty
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ax = plot.anniversary_calendar(up)
        ax.figure.canvas.draw()
        fig = plot.anniversary_calendar(up, backend="plotly")
        fig.to_json()
    assert ax.get_xlabel() == "Date" and ax.get_ylabel() == "Partner"
    assert len(fig.data) == 3


def test_missing_columns():
    with pytest.raises(DiploError, match="no column"):
        plot.anniversary_calendar(pd.DataFrame({"partner": ["KGZ"]}))
