"""Static export of plotly figures through kaleido and the machine's Chromium (CI installs both)."""
import plotly.graph_objects as go

from diplo_analysis.plot import save


def test_plotly_figure_exports_to_png_and_svg(tmp_path):
    fig = go.Figure(go.Bar(x=["AZE", "KGZ"], y=[3, 1]))
    png = save(fig, tmp_path / "pair.png", width=400, height=300)
    svg = save(fig, tmp_path / "pair.svg")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = svg.read_text("utf-8")
    assert text.startswith("<svg") and ">AZE<" in text
