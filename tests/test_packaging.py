"""The install files agree with each other."""
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).parents[1]


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[ ;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_lists_the_runtime_dependencies_of_pyproject():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    runtime = {_name(r): r.split(_name(r), 1)[-1] for r in pyproject["project"]["dependencies"]}
    text = (ROOT / "environment.yml").read_text("utf-8")
    # the "# runtime" section (conda-forge) and the "# runtime, from PyPI" part of pip:
    sections = [part.split("# extras", 1)[0].split("- -e", 1)[0] for part in text.split("# runtime")[1:]]
    env = {}
    for line in "".join(sections).splitlines():
        line = line.strip()
        if line.startswith("- ") and not line.startswith("- pip"):
            req = line[2:]
            env[_name(req)] = req[len(_name(req)):]
    assert env == runtime


def test_constraints_pin_every_runtime_dependency():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    pins = {_name(line) for line in (ROOT / "constraints.txt").read_text("utf-8").splitlines()
            if "==" in line and not line.startswith("#")}
    needed = {_name(r) for r in pyproject["project"]["dependencies"]}
    assert needed <= pins, f"not pinned in constraints.txt: {sorted(needed - pins)}"


def test_console_script_is_declared():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert pyproject["project"]["scripts"]["diplo-analysis"] == "diplo_analysis.cli:main"
