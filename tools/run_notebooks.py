"""Execute the curated notebooks in place, top to bottom, each in a fresh kernel.

The stored outputs are what ``pytest --nbval`` compares against, so after a
change to the extractors (or to a notebook) run this and commit the notebooks::

    python tools/run_notebooks.py                       # every notebooks/*.ipynb
    python tools/run_notebooks.py notebooks/02_anniversaries.ipynb

Each notebook runs with its folder as the working directory (as nbval and
JupyterLab run it), keeps its cell ids, tags and metadata, gets execution counts
1..n, and records no timestamps (so re-running an unchanged notebook changes
nothing but the figures' bytes). The time each one took is printed; the exit
status is 1 when a notebook failed (its file is then left as it was).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: what the issue asks of every curated notebook
BUDGET_S = 20.0


def curated() -> list[Path]:
    """The curated notebooks, in reading order."""
    return sorted((REPO / "notebooks").glob("[0-9]*.ipynb"))


def run(path: Path, *, kernel_name: str = "python3", timeout: int = 600) -> float:
    """Execute ``path`` in a fresh kernel and write it back; return the seconds taken.

    Raises nbclient's CellExecutionError (the file is not rewritten) when a cell fails.
    """
    import nbformat
    from nbclient import NotebookClient

    from diplo_analysis.report import local_kernels

    nb = nbformat.read(str(path), as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
            cell.metadata.pop("execution", None)
    with local_kernels() as kernel_manager_class:
        client = NotebookClient(nb, timeout=timeout, kernel_name=kernel_name, record_timing=False,
                                resources={"metadata": {"path": str(path.parent)}},
                                kernel_manager_class=kernel_manager_class)
        began = time.perf_counter()
        client.execute()
        took = time.perf_counter() - began
    nb.metadata.pop("widgets", None)
    nbformat.validate(nb)
    nbformat.write(nb, str(path))
    return took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="notebooks to run (default: notebooks/*.ipynb)")
    parser.add_argument("--kernel", default="python3", help="kernel name (default: python3)")
    parser.add_argument("--timeout", type=int, default=600, help="seconds allowed per cell (default: 600)")
    args = parser.parse_args(argv)

    from nbclient.exceptions import CellExecutionError

    paths = args.notebooks or curated()
    if not paths:
        print("no notebooks found in notebooks/", file=sys.stderr)
        return 1
    failed = 0
    for path in paths:
        name = path.name
        try:
            took = run(path.resolve(), kernel_name=args.kernel, timeout=args.timeout)
        except CellExecutionError as exc:
            failed += 1
            print(f"{name}: FAILED, file left unchanged\n{exc}", file=sys.stderr)
            continue
        over = "  (over the 20 s budget)" if took > BUDGET_S else ""
        print(f"{name}: {took:.1f} s{over}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
