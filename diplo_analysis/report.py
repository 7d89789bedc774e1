"""The report: the curated notebooks run on a corpus and rendered as HTML pages.

:func:`render_report` parses the inputs, writes the tables as parquet, runs
each curated notebook with papermill (its ``parameters`` cell gets the tables'
folder and the country pair), and writes each as a self-contained HTML page
plus an ``index.html`` that links them. A failing notebook is named with its
failing cell's error; the others are still written.
"""
from __future__ import annotations

import html
import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .errors import DiploError

REPO_DATA = Path(__file__).resolve().parents[1] / "data"
#: the folders of data/ that hold articles (reference/ holds tables, not articles)
DEFAULT_INPUT_FOLDERS = ("articles", "demo")


@dataclass
class NotebookResult:
    name: str
    html: Path | None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class Report:
    """What :func:`render_report` wrote."""

    out: Path
    index: Path
    tables: Path
    notebooks: list[NotebookResult] = field(default_factory=list)

    @property
    def failed(self) -> list[NotebookResult]:
        return [n for n in self.notebooks if not n.ok]


def curated_notebooks() -> list[Path]:
    """The curated notebooks shipped with the package, in reading order."""
    folder = resources.files("diplo_analysis").joinpath("notebooks")
    found = sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".ipynb"))
    if not found:
        raise DiploError(f"no curated notebooks found in {folder}; the installation is incomplete")
    return found


def default_inputs() -> list[Path]:
    """The article folders shipped in ``data/`` (the seed article and the demo corpus)."""
    for base in (REPO_DATA, Path.cwd() / "data"):
        folders = [base / name for name in DEFAULT_INPUT_FOLDERS if (base / name).is_dir()]
        if folders:
            return folders
    raise DiploError("no INPUT given and no data/articles or data/demo folder found; pass the articles to report on")


def render_report(inputs=None, *, pair=("AZE", "KGZ"), out="report", notebooks=None,
                  progress: bool = True, kernel_name: str = "python3", timeout: int = 600,
                  reference=None) -> Report:
    """Parse ``inputs``, run the curated notebooks on them and write HTML pages to ``out``.

    A run takes some seconds per notebook (each starts a kernel), so the example
    is shown, not run::

        rep = render_report(["data/articles"], pair=("AZE", "KGZ"), out="out/report")
        rep.index      # out/report/index.html, linking one page per notebook
        rep.failed     # the notebooks that failed, each with its failing cell's error

    ``reference`` is a csv of the user's own dates of diplomatic relations,
    which extends the packaged reference (see ``load_reference``): the
    anniversaries table is checked against it, and the notebooks get its
    path as their ``reference_path`` parameter.
    """
    import papermill

    from .analysis import fill_reference, load_reference
    from .analysis._common import resolve_country
    from .io import read_corpus

    a, b = (resolve_country(c) for c in pair)
    if reference is not None:
        load_reference(reference)        # a malformed file stops the report before any work
        reference = str(Path(reference).resolve())
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    corpus = read_corpus(list(inputs) if inputs else default_inputs(), progress=progress)
    if reference is not None and len(corpus.anniversaries):
        corpus.anniversaries = fill_reference(corpus.anniversaries, reference=reference)
    tables = out / "tables"
    corpus.to_parquet(tables)

    results = []
    nbs = list(notebooks) if notebooks else curated_notebooks()
    bar = _bar(nbs, progress)
    with local_kernels() as kernel_manager_class:
        for nb in bar:
            nb = Path(nb)
            if hasattr(bar, "set_postfix_str"):
                bar.set_postfix_str(nb.stem)
            executed = out / "notebooks" / nb.name
            executed.parent.mkdir(exist_ok=True)
            error = None
            try:
                papermill.execute_notebook(
                    str(nb), str(executed),
                    parameters={"corpus_path": str(tables.resolve()), "country_a": a, "country_b": b,
                                "reference_path": reference},
                    kernel_name=kernel_name, progress_bar=False, cwd=str(out.resolve()),
                    execution_timeout=timeout, kernel_manager_class=kernel_manager_class,
                )
            except papermill.PapermillExecutionError as exc:
                error = f"cell {exc.exec_count}: {exc.ename}: {exc.evalue}"
            except Exception as exc:  # papermill wraps kernel failures in many types
                error = f"{type(exc).__name__}: {exc}"
            page = None
            if executed.exists():
                page = out / f"{nb.stem}.html"
                page.write_text(notebook_html(executed), "utf-8")
            results.append(NotebookResult(nb.stem, page, error))
    index = out / "index.html"
    index.write_text(_index_html(results, a, b, len(corpus.articles), len(corpus.errors)), "utf-8")
    return Report(out, index, tables, results)


@contextmanager
def local_kernels():
    """A Jupyter kernel manager class whose kernels talk over Unix sockets.

    Kernels started the default way listen on TCP ports of 127.0.0.1, and
    ipykernel warns on every start that such traffic is not encrypted. The
    report's kernels are its own children, so sockets in a private temporary
    folder (removed afterwards) serve as well, without the warning.
    """
    import os
    import shutil
    import tempfile

    from jupyter_client.manager import KernelManager

    if os.name == "nt":        # no Unix sockets there: the default transport
        yield KernelManager
        return
    folder = tempfile.mkdtemp(prefix="diplo-kernels-")

    class LocalKernelManager(KernelManager):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.transport = "ipc"
            self.ip = os.path.join(folder, "kernel")

    try:
        yield LocalKernelManager
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _bar(items, progress):
    if not progress:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, desc="running notebooks", unit="notebook")


def notebook_html(path: Path) -> str:
    """A self-contained HTML page of an executed notebook, plotly figures included.

    Plotly outputs are stored in the notebook as their JSON mimetype; here each
    gets an HTML rendering, with plotly.js embedded once in the page.
    """
    import nbformat
    import plotly.io as pio
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(path), as_version=4)
    first = True
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            spec = data.get("application/vnd.plotly.v1+json")
            if spec is None:
                continue
            fig = pio.from_json(json.dumps(spec), skip_invalid=True)
            data["text/html"] = pio.to_html(fig, full_html=False, include_plotlyjs=first,
                                            div_id=f"plotly-{cell.get('id', 'cell')}-{id(output)}")
            first = False
    body, _ = HTMLExporter(template_name="lab").from_notebook_node(nb)
    return body


def _index_html(results: list[NotebookResult], a: str, b: str, n_articles: int, n_errors: int) -> str:
    items = []
    for r in results:
        link = f'<a href="{html.escape(r.html.name)}">{html.escape(r.name)}</a>' if r.html else html.escape(r.name)
        status = "" if r.ok else f' — <strong>failed</strong>: <code>{html.escape(r.error)}</code>'
        items.append(f"<li>{link}{status}</li>")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>diplo-analysis report: {a}–{b}</title>
<style>body{{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.5}}</style></head>
<body>
<h1>diplo-analysis report: {html.escape(a)}–{html.escape(b)}</h1>
<p>{n_articles} articles read, {n_errors} inputs could not be read (see <code>tables/errors.parquet</code>).</p>
<ul>
{chr(10).join(items)}
</ul>
<p>The tables are in <a href="tables/">tables/</a> as parquet files.</p>
</body></html>
"""
