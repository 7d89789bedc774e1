"""Real-browser check: every curated notebook runs cleanly in JupyterLab.

One JupyterLab server (127.0.0.1, random token, a temporary copy of
``notebooks/``) and one headless Debian Chromium, driven by Playwright with
``executable_path``, serve the whole session. The lab page loads once; each
notebook is opened in it, all cells run, and the check asserts that no cell
shows an error, that every code cell ran and that every plotly figure was
drawn. One screenshot per notebook lands in the test's temporary folder.

Example::

    python -m pytest tests/test_jupyterlab.py       # CI runs it with the rest
    python -m pytest -m "not browser"               # deselect it locally
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import sync_playwright

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parent.parent
CURATED = sorted((REPO / "notebooks").glob("*.ipynb"))

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 900}
PLOTLY_MIME = "application/vnd.plotly.v1+json"
SERVER_START_S = 60.0
OPEN_TIMEOUT_MS = 60_000
RUN_TIMEOUT_MS = 180_000
FIGURE_WAIT_S = 20.0

# JupyterLab user settings for the run: no news or update toasts over the
# cells, every cell attached to the DOM (no windowing), no autosave.
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
        "doNotDisturbMode": True,
    },
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {
        "windowingMode": "none",
        "scrollPastEnd": False,
    },
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {
        "autosave": False,
    },
}

# Finds the open notebook panel for a path; prefixed to every page script.
PANEL_JS = """
const panelFor = (path) => {
  const app = window.jupyterapp;
  if (!app) return null;
  for (const w of app.shell.widgets('main')) {
    if (w.context && w.context.path === path && w.content && w.content.model) return w;
  }
  return null;
};
"""

READY_JS = PANEL_JS + """
const p = panelFor(path);
if (!p || !p.context.isReady) return false;
const kernel = p.sessionContext.session && p.sessionContext.session.kernel;
return !!kernel && kernel.status === 'idle';
"""

RUN_ALL_JS = PANEL_JS + """
const app = window.jupyterapp;
const p = panelFor(path);
app.shell.collapseLeft();
app.shell.activateById(p.id);
window.__runAll = null;
app.commands.execute('notebook:run-all-cells', {}).then(
  (ok) => { window.__runAll = {ok: ok}; },
  (err) => { window.__runAll = {error: String(err)}; });
"""

# Per cell: the model's outputs (what the kernel sent) and the DOM's output
# nodes (what the page shows), with whether each plotly plot has its SVG.
COLLECT_JS = PANEL_JS + """
const p = panelFor(path);
const kernel = p.sessionContext.session && p.sessionContext.session.kernel;
const cells = p.content.widgets.map((cell, index) => {
  const model = cell.model;
  const info = {index: index, type: model.type, source: model.sharedModel.getSource(),
                execution_count: null, prompt: '', outputs: [], dom: []};
  if (model.type !== 'code') return info;
  info.execution_count = model.executionCount;
  const prompt = cell.node.querySelector('.jp-InputPrompt');
  info.prompt = prompt ? prompt.textContent : '';
  info.outputs = model.outputs.toJSON();
  for (const out of cell.node.querySelectorAll('.jp-OutputArea-output')) {
    const plot = out.matches('.js-plotly-plot') ? out
               : out.querySelector('.js-plotly-plot, .plotly-graph-div');
    const svg = plot ? plot.querySelector('.main-svg') : null;
    const box = svg ? svg.getBoundingClientRect() : null;
    info.dom.push({mime: out.getAttribute('data-mime-type'),
                   text: (out.textContent || '').slice(0, 4000),
                   plotly: !!plot,
                   drawn: !!box && box.width > 0 && box.height > 0});
  }
  return info;
});
return {kernel: kernel ? kernel.status : 'none', cells: cells};
"""

SCROLL_HEIGHT_JS = PANEL_JS + """
const p = panelFor(path);
const scroller = p.content.node.querySelector('.jp-WindowedPanel-outer') || p.content.node;
return document.documentElement.clientHeight + scroller.scrollHeight - scroller.clientHeight;
"""

CLOSE_JS = PANEL_JS + """
const p = panelFor(path);
if (p) { await p.sessionContext.shutdown(); p.dispose(); }
"""

STDERR_ERROR = re.compile(
    r"^\s*(Traceback \(most recent call last\)|\w*(Error|Exception)\b|ERROR\b)", re.MULTILINE
)
RENDER_FAILURE = re.compile(r"^\s*(No renderer could be found|Javascript Error)")


def page_fn(body: str, *, is_async: bool = False) -> str:
    """Wrap a script body as a one-argument page function.

    >>> page_fn("return path;")
    '(path) => {return path;}'
    """
    return f"{'async ' if is_async else ''}(path) => {{{body}}}"


def is_plotly_output(output: dict) -> bool:
    """True when a notebook output holds a plotly figure.

    >>> is_plotly_output({"output_type": "display_data", "data": {PLOTLY_MIME: {}}})
    True
    >>> is_plotly_output({"output_type": "stream", "text": "plotly"})
    False
    """
    data = output.get("data") or {}
    if PLOTLY_MIME in data:
        return True
    html = data.get("text/html", "")
    html = "".join(html) if isinstance(html, list) else html
    return "plotly-graph-div" in html


def stored_figures(nb: dict) -> int:
    """Plotly figures among a notebook's stored outputs (the parsed .ipynb JSON).

    >>> figure = {"output_type": "display_data", "data": {PLOTLY_MIME: {}}}
    >>> stored_figures({"cells": [{"cell_type": "code", "outputs": [figure]}]})
    1
    """
    return sum(
        is_plotly_output(out)
        for cell in nb.get("cells", [])
        if cell.get("cell_type") == "code"
        for out in cell.get("outputs", [])
    )


@dataclass
class NotebookRun:
    """What a notebook showed after Run All: errors, unrun cells, figures.

    ``figures_expected`` and ``figures_drawn`` map a cell index to the number
    of plotly figures the kernel sent and the page drew.

    >>> NotebookRun("a.ipynb", "idle", figures_expected={2: 1}).problems()
    ['a.ipynb: cell 2 drew 0 of 1 plotly figure(s)']
    """

    name: str
    kernel: str
    errors: list[str] = field(default_factory=list)
    not_run: list[int] = field(default_factory=list)
    figures_expected: dict[int, int] = field(default_factory=dict)
    figures_drawn: dict[int, int] = field(default_factory=dict)

    @property
    def missing_figures(self) -> list[int]:
        return [
            i for i, n in sorted(self.figures_expected.items()) if self.figures_drawn.get(i, 0) < n
        ]

    def problems(self) -> list[str]:
        found = [f"{self.name}: {e}" for e in self.errors]
        if self.kernel != "idle":
            found.append(f"{self.name}: kernel is {self.kernel!r}, not idle")
        if self.not_run:
            found.append(f"{self.name}: cells never ran: {self.not_run}")
        for i in self.missing_figures:
            found.append(
                f"{self.name}: cell {i} drew {self.figures_drawn.get(i, 0)} of "
                f"{self.figures_expected[i]} plotly figure(s)"
            )
        return found


def assess(name: str, collected: dict) -> NotebookRun:
    """Turn the page's per-cell data into a :class:`NotebookRun`.

    >>> assess("n.ipynb", {"kernel": "idle", "cells": []}).problems()
    []
    """
    run = NotebookRun(name, collected["kernel"])
    for cell in collected["cells"]:
        if cell["type"] != "code":
            continue
        i = cell["index"]
        model_errors = [o for o in cell["outputs"] if o.get("output_type") == "error"]
        for out in model_errors:
            run.errors.append(f"cell {i}: {out.get('ename')}: {out.get('evalue')}")
        for out in cell["dom"]:
            text = out["text"]
            if RENDER_FAILURE.search(text):
                run.errors.append(f"cell {i}: output not rendered: {text.strip()[:200]}")
            elif (
                not model_errors
                and out["mime"] == "application/vnd.jupyter.stderr"
                and STDERR_ERROR.search(text)
            ):
                run.errors.append(f"cell {i}: error on stderr: {text.strip()[:200]}")
        ran = cell["execution_count"] is not None and "*" not in cell["prompt"]
        if cell["source"].strip() and not ran:
            run.not_run.append(i)
        expected = sum(is_plotly_output(o) for o in cell["outputs"])
        if expected:
            run.figures_expected[i] = expected
        drawn = sum(o["plotly"] and o["drawn"] for o in cell["dom"])
        if drawn:
            run.figures_drawn[i] = drawn
    return run


@dataclass
class Lab:
    url: str
    token: str
    root: Path
    log: Path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _log_tail(log: Path, lines: int = 30) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


@pytest.fixture(scope="session")
def jupyterlab(tmp_path_factory):
    """A JupyterLab server on 127.0.0.1 serving a temporary copy of notebooks/.

    The copy sits at ``root/notebooks`` next to a copy of ``data/`` so the
    notebooks' relative paths still work; ``root/checks`` is for test-made
    notebooks. Config, runtime, data, settings and workspaces are all fresh.
    """
    base = tmp_path_factory.mktemp("jupyterlab")
    root = base / "root"
    ignore = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__")
    for folder in ("notebooks", "data"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, root / folder, ignore=ignore)
    (root / "checks").mkdir()
    names = ("config", "runtime", "share", "settings", "workspaces", "ipython")
    dirs = {name: base / name for name in names}
    for d in dirs.values():
        d.mkdir()
    for name, values in LAB_SETTINGS.items():
        target = dirs["settings"] / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values))
    env = dict(
        os.environ,
        JUPYTER_CONFIG_DIR=str(dirs["config"]),
        JUPYTER_RUNTIME_DIR=str(dirs["runtime"]),
        JUPYTER_DATA_DIR=str(dirs["share"]),
        JUPYTERLAB_SETTINGS_DIR=str(dirs["settings"]),
        JUPYTERLAB_WORKSPACES_DIR=str(dirs["workspaces"]),
        IPYTHONDIR=str(dirs["ipython"]),
    )
    port, token = _free_port(), secrets.token_hex(24)
    cmd = [
        sys.executable, "-m", "jupyter", "lab",
        "--no-browser", "--ip=127.0.0.1", f"--port={port}", "--allow-root",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--LabApp.expose_app_in_browser=True",
    ]
    log = base / "server.log"
    url = f"http://127.0.0.1:{port}"
    no_proxy = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with open(log, "wb") as log_file:
        proc = subprocess.Popen(cmd, env=env, cwd=root, stdout=log_file, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + SERVER_START_S
        while True:
            if proc.poll() is not None:
                pytest.fail(f"JupyterLab exited with {proc.returncode}:\n{_log_tail(log)}")
            try:
                with no_proxy.open(f"{url}/api/status?token={token}", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"JupyterLab did not answer in {SERVER_START_S} s:\n{_log_tail(log)}")
            time.sleep(0.2)
        yield Lab(url, token, root, log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture(scope="session")
def chromium():
    """One headless Debian Chromium for the session (never a downloaded browser)."""
    executable = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(executable).exists():
        pytest.fail("Debian's chromium is missing: apt-get install chromium (see .ci/run)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def lab_page(jupyterlab, chromium):
    """One JupyterLab page, loaded once; each notebook is then opened in it."""
    context = chromium.new_context(viewport=VIEWPORT)
    page = context.new_page()
    try:
        page.goto(f"{jupyterlab.url}/lab/workspaces/browser-check?reset&token={jupyterlab.token}")
        page.wait_for_function(
            "() => window.jupyterapp && window.jupyterapp.shell.widgets", timeout=OPEN_TIMEOUT_MS
        )
        page.evaluate("async () => { await window.jupyterapp.restored; }")
        yield page
    finally:
        context.close()


def _wait(page, script: str, rel: str, timeout_ms: int, what: str) -> None:
    """Wait for ``script`` to be truthy, or fail naming the notebook and any open dialog."""
    try:
        page.wait_for_function(script, arg=rel, timeout=timeout_ms)
    except PlaywrightTimeoutError:
        dialog = page.evaluate(
            "() => Array.from(document.querySelectorAll('.jp-Dialog'), d => d.innerText).join(' | ')"
        )
        pytest.fail(f"{rel}: did not {what} within {timeout_ms // 1000} s; dialogs: {dialog!r}")


def run_in_lab(
    page, lab: Lab, notebook: Path, screenshot: Path, figure_wait_s: float = FIGURE_WAIT_S
) -> NotebookRun:
    """Open ``notebook`` (a path under ``lab.root``) in the lab page, Run All, inspect.

    Waits for an idle kernel before and after running, then up to
    ``figure_wait_s`` seconds for plotly figures to draw, saves a full-page
    screenshot, shuts the kernel down and closes the notebook.

    Example (inside a test using the fixtures below)::

        run = run_in_lab(lab_page, jupyterlab, jupyterlab.root / "checks" / "clean.ipynb",
                         tmp_path / "clean.png")
        run.problems()  # [] when every cell ran, nothing failed, every figure drew
    """
    rel = notebook.relative_to(lab.root).as_posix()
    try:
        page.evaluate("(path) => { window.jupyterapp.commands.execute('docmanager:open', {path}); }", rel)
        _wait(page, page_fn(READY_JS), rel, OPEN_TIMEOUT_MS, "open with an idle kernel")
        page.evaluate(page_fn(RUN_ALL_JS), rel)
        _wait(page, "() => window.__runAll !== null", rel, RUN_TIMEOUT_MS, "finish Run All")
        _wait(page, page_fn(READY_JS), rel, RUN_TIMEOUT_MS, "return to an idle kernel")
        deadline = time.monotonic() + figure_wait_s
        while True:
            run = assess(notebook.name, page.evaluate(page_fn(COLLECT_JS), rel))
            if not run.missing_figures or time.monotonic() > deadline:
                break
            page.wait_for_timeout(250)
        height = page.evaluate(page_fn(SCROLL_HEIGHT_JS), rel)
        page.set_viewport_size({"width": VIEWPORT["width"], "height": min(max(height, 600), 16_000)})
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        page.wait_for_timeout(300)  # let plotly react to the resize before the picture
        page.screenshot(path=str(screenshot), full_page=True)
        return run
    finally:
        # Best effort, so a timeout above is what the test reports: stop the
        # kernel, close the notebook, give the next notebook a clean page.
        try:
            page.evaluate(page_fn(CLOSE_JS, is_async=True), rel)
            page.set_viewport_size(VIEWPORT)
        except PlaywrightError:
            pass


def _write_notebook(path: Path, sources: list[str]) -> Path:
    cells = [nbformat.v4.new_markdown_cell(f"# {path.stem}")]
    cells += [nbformat.v4.new_code_cell(src) for src in sources]
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


FIGURE = "import plotly.graph_objects as go\ngo.Figure(go.Scatter(x=[1, 2], y=[3, 1]))"


def test_checker_passes_a_clean_notebook(jupyterlab, lab_page, tmp_path):
    nb = _write_notebook(
        jupyterlab.root / "checks" / "clean.ipynb",
        [
            "print('hello from the kernel')",
            FIGURE,
            "import warnings\nwarnings.warn('a warning is not an error')",
        ],
    )
    run = run_in_lab(lab_page, jupyterlab, nb, tmp_path / "clean.png")
    assert run.problems() == []
    assert run.figures_expected == {2: 1}
    assert run.figures_drawn == {2: 1}
    assert (tmp_path / "clean.png").stat().st_size > 10_000


def test_checker_catches_error_unrun_cell_and_undrawn_figure(jupyterlab, lab_page, tmp_path):
    nb = _write_notebook(
        jupyterlab.root / "checks" / "broken.ipynb",
        [
            FIGURE,
            # A plotly div that nothing draws: what a CDN-only figure looks like offline.
            "from IPython.display import HTML\n"
            "HTML('<div class=\"plotly-graph-div\" style=\"height:100px\"></div>')",
            # A plotly mimetype figure that plotly.js cannot draw.
            "display({'application/vnd.plotly.v1+json': {'data': 5, 'layout': 'x'}}, raw=True)",
            "raise ValueError('deliberate failure')",
            "print('never reached')",
        ],
    )
    run = run_in_lab(lab_page, jupyterlab, nb, tmp_path / "broken.png", figure_wait_s=3.0)
    assert run.errors == ["cell 4: ValueError: deliberate failure"]
    assert run.not_run == [5]
    assert run.figures_expected == {1: 1, 2: 1, 3: 1}
    assert run.figures_drawn == {1: 1}
    assert run.missing_figures == [2, 3]
    assert run.problems() == [
        "broken.ipynb: cell 4: ValueError: deliberate failure",
        "broken.ipynb: cells never ran: [5]",
        "broken.ipynb: cell 2 drew 0 of 1 plotly figure(s)",
        "broken.ipynb: cell 3 drew 0 of 1 plotly figure(s)",
    ]
    assert (tmp_path / "broken.png").stat().st_size > 10_000


@pytest.mark.parametrize("notebook", CURATED or [None], ids=lambda p: p.name if p else "none")
def test_curated_notebook_runs_in_jupyterlab(notebook, request, tmp_path):
    if notebook is None:
        pytest.fail("no curated notebooks in notebooks/")
    jupyterlab = request.getfixturevalue("jupyterlab")
    lab_page = request.getfixturevalue("lab_page")
    served = jupyterlab.root / "notebooks" / notebook.name
    run = run_in_lab(lab_page, jupyterlab, served, tmp_path / f"{notebook.stem}.png")
    problems = run.problems()
    assert problems == [], "\n".join(problems)
    assert run.figures_drawn == run.figures_expected
    stored = stored_figures(json.loads(notebook.read_text(encoding="utf-8")))
    assert sum(run.figures_drawn.values()) >= stored
    assert (tmp_path / f"{notebook.stem}.png").stat().st_size > 10_000
