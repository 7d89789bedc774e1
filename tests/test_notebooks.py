"""Structural checks of the curated notebooks' files (no kernel; nbval re-runs them).

The notebooks are committed executed, with their outputs, and ``pytest --nbval``
compares every text output with a fresh run. These checks keep them fit for
that: one ``parameters`` cell papermill can fill, execution counts 1..n, no
errors, warnings, absolute paths or memory addresses in the stored outputs, and
the ``nbval-ignore-output`` tag only on figure cells, each followed by a cell
whose text states what the figure holds.

Example::

    python -m pytest tests/test_notebooks.py -q
"""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NAMES = ["01_quickstart.ipynb", "02_anniversaries.ipynb", "03_bilateral_relations.ipynb"]
#: the notebooks with figures: each shows a matplotlib and a plotly view
FIGURES = NAMES[1:]
IGNORE = "nbval-ignore-output"
PLOTLY = "application/vnd.plotly.v1+json"
FIGURE_MIMES = {PLOTLY, "image/png"}
PARAMETERS = {"corpus_path", "country_a", "country_b", "start", "years"}
MAX_LINES = 8

# What must never be stored in an output nbval compares: it differs between machines or runs.
UNSTABLE = [
    (re.compile(r"(?<![\w.])/(?:tmp|home|root|work|Users|usr|var)/"), "an absolute path"),
    (re.compile(r"\bat 0x[0-9a-fA-F]+"), "a memory address"),
    (re.compile(r"\b20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+"), "a timestamp of the run"),
]


def load(name: str) -> dict:
    return json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))


def source(cell: dict) -> str:
    text = cell["source"]
    return "".join(text) if isinstance(text, list) else text


def tags(cell: dict) -> list[str]:
    return cell.get("metadata", {}).get("tags", [])


def code_cells(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def text_of(output: dict) -> str:
    """The text nbval compares in one output (stream text, text/* and json data)."""
    if output["output_type"] == "stream":
        text = output["text"]
        return "".join(text) if isinstance(text, list) else text
    parts = []
    for mime, value in output.get("data", {}).items():
        if mime.startswith("text/"):
            parts.append("".join(value) if isinstance(value, list) else value)
    return "\n".join(parts)


def is_figure(output: dict) -> bool:
    return output["output_type"] in ("display_data", "execute_result") and \
        bool(FIGURE_MIMES & set(output.get("data", {})))


def has_text(cell: dict) -> bool:
    return any(text_of(o).strip() for o in cell.get("outputs", []))


# -- the helpers on small hand-made cells -----------------------------------------
def test_text_of_reads_streams_and_text_mimes():
    assert text_of({"output_type": "stream", "name": "stdout", "text": ["a", "b"]}) == "ab"
    shown = {"output_type": "execute_result", "data": {"text/plain": "(3, 4)", "image/png": "iVBOR"}}
    assert text_of(shown) == "(3, 4)"
    assert is_figure(shown)
    assert not is_figure({"output_type": "stream", "name": "stdout", "text": "x"})


@pytest.mark.parametrize("text, what", [
    ("source  /tmp/pytest-1/x.txt", "an absolute path"),
    ("<object at 0x7f3a2c>", "a memory address"),
    ("ran 2026-03-01T10:11:12.123456", "a timestamp of the run"),
])
def test_unstable_patterns_catch_what_varies(text, what):
    assert [w for pattern, w in UNSTABLE if pattern.search(text)] == [what]


def test_unstable_patterns_leave_values_alone():
    for text in ["../data", "AZE-KGZ 1993-01-19", "2023-02-27 16:23:00", "text[662:677]", "1/2"]:
        assert [w for pattern, w in UNSTABLE if pattern.search(text)] == [], text


# -- the curated notebooks ------------------------------------------------------------
def test_the_three_notebooks_are_there():
    assert sorted(p.name for p in NOTEBOOKS.glob("[0-9]*.ipynb")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_opens_with_its_question(name):
    first = load(name)["cells"][0]
    assert first["cell_type"] == "markdown"
    assert source(first).startswith("# ")
    assert "?" in source(first)


@pytest.mark.parametrize("name", NAMES)
def test_one_parameters_cell_with_the_pair_and_fixed_dates(name):
    cells = [c for c in load(name)["cells"] if "parameters" in tags(c)]
    assert len(cells) == 1
    cell = cells[0]
    assert cell["cell_type"] == "code"
    values = {}
    for node in ast.parse(source(cell)).body:
        assert isinstance(node, ast.Assign), "the parameters cell holds assignments only"
        values[node.targets[0].id] = ast.literal_eval(node.value)
    assert PARAMETERS <= set(values)
    assert values["corpus_path"] is None
    assert (values["country_a"], values["country_b"]) == ("AZE", "KGZ")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", values["start"]), "start must be a fixed date, never today"
    assert isinstance(values["years"], int) and values["years"] > 0


def test_quickstart_names_its_article_as_a_parameter():
    cell = next(c for c in load("01_quickstart.ipynb")["cells"] if "parameters" in tags(c))
    assert "article_path = None" in source(cell)


@pytest.mark.parametrize("name", NAMES)
def test_plotly_renders_as_its_mimetype(name):
    first = code_cells(load(name))[0]
    assert 'pio.renderers.default = "plotly_mimetype"' in source(first)


@pytest.mark.parametrize("name", NAMES)
def test_committed_executed_in_order(name):
    cells = code_cells(load(name))
    assert [c["execution_count"] for c in cells] == list(range(1, len(cells) + 1))
    quiet = [c["id"] for c in cells[1:] if not c["outputs"] and "parameters" not in tags(c)]
    assert quiet == [], "every code cell after the imports (but the parameters) shows its result"


@pytest.mark.parametrize("name", NAMES)
def test_no_errors_warnings_or_unstable_text(name):
    for cell in code_cells(load(name)):
        for output in cell["outputs"]:
            assert output["output_type"] != "error", f"{cell['id']}: {output.get('ename')}"
            assert output.get("name") != "stderr", f"{cell['id']} writes to stderr: {text_of(output)[:200]}"
            text = text_of(output)
            for pattern, what in UNSTABLE:
                assert not pattern.search(text), f"{cell['id']} shows {what}: {pattern.search(text).group()}"


@pytest.mark.parametrize("name", NAMES)
def test_cells_are_short_and_explained(name):
    cells = load(name)["cells"]
    ids = [c.get("id") for c in cells]
    assert all(ids) and len(set(ids)) == len(ids), "every cell has its own id"
    for before, cell in zip(cells, cells[1:]):
        if cell["cell_type"] != "code":
            continue
        assert len(source(cell).strip().splitlines()) <= MAX_LINES, f"{cell['id']} is long"
        checks_a_figure = "# what the figure" in source(cell)
        assert before["cell_type"] == "markdown" or checks_a_figure, f"{cell['id']} has no markdown before it"


@pytest.mark.parametrize("name", NAMES)
def test_ignored_outputs_are_figures_followed_by_their_checks(name):
    cells = load(name)["cells"]
    ignored = [i for i, c in enumerate(cells) if IGNORE in tags(c)]
    for i in ignored:
        cell = cells[i]
        assert cell["cell_type"] == "code" and cell["outputs"], f"{cell['id']}: tagged but shows nothing"
        assert all(is_figure(o) for o in cell["outputs"]), f"{cell['id']}: a tagged cell shows only figures"
        after = cells[i + 1]
        assert after["cell_type"] == "code" and IGNORE not in tags(after), \
            f"{cell['id']}: the next cell states what the figure holds"
        assert has_text(after) and all(o["output_type"] in ("execute_result", "stream") for o in after["outputs"])


@pytest.mark.parametrize("name", NAMES)
def test_plotly_figures_are_stored_as_json_not_html(name):
    outputs = [o for c in code_cells(load(name)) for o in c["outputs"]]
    plotly = [o for o in outputs if PLOTLY in o.get("data", {})]
    for output in plotly:
        assert "text/html" not in output["data"], "plotly HTML carries random div ids"
        assert output["data"][PLOTLY]["data"], "the figure has traces"


@pytest.mark.parametrize("name", FIGURES)
def test_figures_come_in_both_backends(name):
    outputs = [o for c in code_cells(load(name)) for o in c["outputs"]]
    assert any(PLOTLY in o.get("data", {}) for o in outputs)
    assert any("image/png" in o.get("data", {}) for o in outputs)
    ignored = [c for c in code_cells(load(name)) if IGNORE in tags(c)]
    assert len(ignored) == sum(PLOTLY in o.get("data", {}) for o in outputs), "every plotly view, and only those"


@pytest.mark.parametrize("name", NAMES)
def test_no_trailing_semicolons(name):
    # nbval does not honour a trailing ";": the value it hides in JupyterLab shows up there.
    ending = [c["id"] for c in code_cells(load(name)) if source(c).rstrip().endswith(";")]
    assert ending == []
