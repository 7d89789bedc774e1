"""The package's modules import each other in one direction only (readers -> parse -> extract -> ...)."""
import ast
from pathlib import Path

import networkx as nx

PKG = Path(__file__).resolve().parent.parent / "diplo_analysis"


def _module(path: Path) -> str:
    parts = path.relative_to(PKG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _exists(name: str) -> bool:
    path = PKG.parent / name.replace(".", "/")
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def _imports() -> nx.DiGraph:
    """Every import between the package's modules, those inside functions included."""
    graph = nx.DiGraph()
    for path in PKG.rglob("*.py"):
        mod = _module(path)
        package = mod if path.name == "__init__.py" else mod.rsplit(".", 1)[0]
        graph.add_node(mod)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[: len(base) - (node.level - 1)]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                # "from . import tables" imports the module tables, not the package
                names = [f"{target}.{a.name}" if _exists(f"{target}.{a.name}") else target for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            for name in names:
                if name.startswith("diplo_analysis") and _exists(name) and name != mod:
                    graph.add_edge(mod, name)
    return graph


def test_no_import_cycles_between_layers():
    # each top-level module or subpackage is one layer (readers, parse, extract, ...)
    graph = _imports()
    assert graph.number_of_edges() > 50
    layer = {m: ".".join(m.split(".")[:2]) for m in graph}
    layers = nx.DiGraph((layer[a], layer[b]) for a, b in graph.edges if layer[a] != layer[b])
    # the package's __init__ re-exports the public names: it sits on top of everything
    layers.remove_node("diplo_analysis")
    assert list(nx.simple_cycles(layers)) == []


def test_io_build_scale_import_one_way():
    graph = _imports()
    assert graph.has_edge("diplo_analysis.io", "diplo_analysis.build")
    assert graph.has_edge("diplo_analysis.io", "diplo_analysis.scale")
    assert not graph.has_edge("diplo_analysis.build", "diplo_analysis.io")
    assert not graph.has_edge("diplo_analysis.build", "diplo_analysis.scale")
    assert not graph.has_edge("diplo_analysis.scale", "diplo_analysis.io")


def test_lower_layers_do_not_reach_up():
    graph = _imports()
    higher = {"parse": ("extract", "build", "io", "analysis", "plot"),
              "readers": ("parse", "extract", "build", "io", "scale", "analysis", "plot"),
              "gazetteer": ("parse", "extract", "readers", "build", "io"),
              "months": ("parse", "extract", "readers", "build", "io")}
    for low, ups in higher.items():
        sources = [m for m in graph if m == f"diplo_analysis.{low}" or m.startswith(f"diplo_analysis.{low}.")]
        assert sources, low
        for m in sources:
            bad = [t for t in graph.successors(m) if any(t.startswith(f"diplo_analysis.{u}") for u in ups)]
            assert bad == [], f"{m} imports {bad}"
