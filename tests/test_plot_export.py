"""plot.save: matplotlib through savefig, plotly html/json directly, images through kaleido."""
import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from diplo_analysis import plot  # noqa: E402
from diplo_analysis.errors import DiploError  # noqa: E402

FRAME = pd.DataFrame({"period": pd.to_datetime(["2023-03-01", "2023-04-01"]), "group": ["AZE", "AZE"],
                      "articles": [2, 0], "mentions": [3, 0]})


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")])
def test_matplotlib_axes_and_figures_save(tmp_path, suffix, magic):
    ax = plot.timeline(FRAME)
    path = plot.save(ax, tmp_path / "out" / f"timeline{suffix}")
    assert path.read_bytes().startswith(magic)
    again = plot.save(ax.figure, tmp_path / f"figure{suffix}")
    assert again.read_bytes().startswith(magic)


def test_plotly_html_and_json_need_nothing_more(tmp_path):
    fig = plot.timeline(FRAME, backend="plotly")
    page = plot.save(fig, tmp_path / "t.html").read_text(encoding="utf-8")
    assert "<html>" in page and "plotly" in page
    saved = json.loads(plot.save(fig, tmp_path / "t.json").read_text(encoding="utf-8"))
    assert saved["data"][0]["name"] == "AZE"


def test_plotly_image_without_kaleido_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "kaleido", None)      # import kaleido -> ImportError
    fig = plot.timeline(FRAME, backend="plotly")
    with pytest.raises(DiploError, match=r'pip install "diplo-analysis\[export\]"') as info:
        plot.save(fig, tmp_path / "t.png")
    assert "apt-get install chromium" in str(info.value)
    assert not (tmp_path / "t.png").exists()


def test_plotly_image_without_a_browser_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "kaleido", type(sys)("kaleido"))   # kaleido importable

    class ChromeNotFoundError(RuntimeError):
        pass

    def no_browser(self, *args, **kwargs):
        raise ChromeNotFoundError("Kaleido requires Google Chrome to be installed.")

    import plotly.graph_objects as go
    monkeypatch.setattr(go.Figure, "write_image", no_browser)
    fig = plot.timeline(FRAME, backend="plotly")
    with pytest.raises(DiploError, match="could not start a browser") as info:
        plot.save(fig, tmp_path / "t.svg")
    assert "apt-get install chromium" in str(info.value) and "diplo-analysis[export]" in str(info.value)


def test_plotly_image_passes_the_format_on(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "kaleido", type(sys)("kaleido"))
    calls = []

    def write_image(self, path, **kwargs):
        calls.append((path.name, kwargs))
        path.write_bytes(b"<svg/>")

    import plotly.graph_objects as go
    monkeypatch.setattr(go.Figure, "write_image", write_image)
    out = plot.save(plot.timeline(FRAME, backend="plotly"), tmp_path / "t.svg", width=800, height=400)
    assert out.read_bytes() == b"<svg/>"
    assert calls == [("t.svg", {"format": "svg", "width": 800, "height": 400, "scale": None})]


def test_bad_targets(tmp_path):
    fig = plot.timeline(FRAME, backend="plotly")
    with pytest.raises(DiploError, match="no file suffix"):
        plot.save(fig, tmp_path / "timeline")
    with pytest.raises(DiploError, match=r"cannot write '\.docx'"):
        plot.save(fig, tmp_path / "t.docx")
    with pytest.raises(DiploError, match="writes a matplotlib Axes or Figure, or a plotly Figure"):
        plot.save("not a figure", tmp_path / "t.png")
