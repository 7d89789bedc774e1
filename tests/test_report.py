"""The report command: curated notebooks run with papermill and rendered as HTML pages."""
from pathlib import Path

import nbformat
import pandas as pd

from diplo_analysis.cli import main
from diplo_analysis.report import curated_notebooks, render_report

ROOT = Path(__file__).parents[1]


def _notebook(path: Path, *sources: str) -> Path:
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('corpus_path = None\ncountry_a = "AZE"\ncountry_b = "KGZ"')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params] + [nbformat.v4.new_code_cell(s) for s in sources]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, str(path))
    return path


def test_curated_notebooks_ship_with_the_package():
    assert [p.name for p in curated_notebooks()] == [
        "01_quickstart.ipynb", "02_anniversaries.ipynb", "03_bilateral_relations.ipynb"]


def test_report_on_the_seed_article_writes_index_pages_and_tables(tmp_path, capsys):
    out = tmp_path / "report"
    code = main(["report", str(ROOT / "data" / "articles"), "--pair", "Azerbaijan", "KGZ",
                 "--out", str(out), "--quiet"])
    assert code == 0, capsys.readouterr()
    index = (out / "index.html").read_text("utf-8")
    for name in ("01_quickstart", "02_anniversaries", "03_bilateral_relations"):
        page = (out / f"{name}.html").read_text("utf-8")
        assert f'href="{name}.html"' in index
        assert "Traceback" not in page
    # plotly figures are drawn from an embedded plotly.js: the page needs no network
    page = (out / "03_bilateral_relations.html").read_text("utf-8")
    assert "plotly-graph-div" in page and '<script src="https://cdn.plot.ly' not in page
    articles = pd.read_parquet(out / "tables" / "articles.parquet")
    assert list(articles["article_id"]) == ["trend-2023-02-27-azerbaijan-kyrgyzstan"]
    assert "1 articles read" in index


def test_a_failing_notebook_is_named_and_the_others_still_written(tmp_path, capfd, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))      # where the kernels' sockets go
    good = _notebook(tmp_path / "good.ipynb", "import plotly.graph_objects as go\n"
                     "go.Figure(go.Bar(x=[country_a, country_b], y=[1, 2]))")
    bad = _notebook(tmp_path / "bad.ipynb", "print(country_a)", "raise ValueError('no such table: spheres')")
    rep = render_report([ROOT / "data" / "articles"], out=tmp_path / "out", notebooks=[bad, good], progress=False)
    assert [n.name for n in rep.failed] == ["bad"]
    # the execution count as the executed notebook shows it (papermill adds a parameters cell)
    assert rep.failed[0].error == "cell 4: ValueError: no such table: spheres"
    assert rep.notebooks[1].ok and rep.notebooks[1].html.exists()
    assert "plotly-graph-div" in rep.notebooks[1].html.read_text("utf-8")
    assert rep.notebooks[0].html.exists()  # the failed notebook's page shows where it stopped
    assert "failed" in rep.index.read_text("utf-8")
    # the kernels talked over Unix sockets, so ipykernel had no plain-TCP warning to give,
    # and the sockets' folder is gone
    assert "without encryption" not in capfd.readouterr().err
    assert not list(tmp_path.glob("diplo-kernels-*"))


def test_report_with_my_reference_checks_the_tables_and_passes_it_to_the_notebooks(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    mine = tmp_path / "mine.csv"
    mine.write_text("country_a,country_b,established,source\nAZE,KGZ,1992-01-19,my notes\n", encoding="utf-8")
    shows = _notebook(tmp_path / "shows.ipynb", "import diplo_analysis as da\n"
                      "ref = da.load_reference(reference_path)\n"
                      "print(ref.loc[(ref['country_a'] == 'AZE') & (ref['country_b'] == 'KGZ'), 'source'].iloc[0])")
    rep = render_report([ROOT / "data" / "articles"], out=tmp_path / "out", notebooks=[shows], progress=False,
                        reference=mine)
    assert rep.notebooks[0].ok, rep.notebooks[0].error
    executed = nbformat.read(str(tmp_path / "out" / "notebooks" / "shows.ipynb"), as_version=4)
    assert executed.cells[-1].outputs[0]["text"] == "my notes\n"
    ann = pd.read_parquet(tmp_path / "out" / "tables" / "anniversaries.parquet")
    assert set(ann["reference_start"].dt.strftime("%Y-%m-%d")) == {"1992-01-19"}
