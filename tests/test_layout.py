"""The package layout: no import cycles, stages import only earlier stages, Arelle behind one module."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "exporter"
# Each stage may import itself, the shared modules and the stages before it, never one after it.
SHARED = ("errors", "limits", "periods")
STAGES = ("read", "parse", "statements", "mapping", "checks", "serialize", "validate",
          "conversion", "report", "pipeline", "batch", "cli", "__main__")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Modules of `exporter` that a file imports anywhere in it (in functions and TYPE_CHECKING blocks too)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            if module.split(".")[0] != "exporter":
                continue
            for alias in node.names:
                candidate = f"{module}.{alias.name}"
                found.add(candidate if _exists(candidate) else module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.split(".")[0] == "exporter")
    return found - {name}


def _exists(module: str) -> bool:
    path = PACKAGE.parent.joinpath(*module.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def _graph() -> dict[str, set[str]]:
    return {_module_name(path): _imports(path) for path in PACKAGE.rglob("*.py")}


def _stage(module: str) -> str:
    return module.split(".")[1] if module.count(".") else ""


def test_no_import_cycles():
    graph = _graph()
    cycles, state = [], {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = "open"
        for target in sorted(graph.get(module, ())):
            if state.get(target) == "open":
                cycles.append(trail[trail.index(target):] + [target] if target in trail else [module, target])
            elif target not in state:
                visit(target, [*trail, target])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert not cycles, f"import cycles: {cycles}"


def test_stages_import_only_earlier_stages():
    backward = []
    for module, targets in _graph().items():
        stage = _stage(module)
        if stage in SHARED or stage == "":
            continue
        for target in targets:
            other = _stage(target)
            if other and other not in SHARED and STAGES.index(other) > STAGES.index(stage):
                backward.append(f"{module} -> {target}")
    assert not backward, f"a stage imports a later one: {backward}"


def test_cycle_check_sees_a_cycle(tmp_path, monkeypatch):
    """The walk above finds a cycle when there is one (so that the test can fail)."""
    package = tmp_path / "exporter"
    (package / "a").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "a" / "__init__.py").write_text("")
    (package / "a" / "x.py").write_text("from .y import Y\n")
    (package / "a" / "y.py").write_text("def f():\n    from .x import X\n")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", package)
    assert _graph()["exporter.a.x"] == {"exporter.a.y"}
    assert _graph()["exporter.a.y"] == {"exporter.a.x"}


def test_arelle_is_imported_in_one_module():
    users = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            if any(name.split(".")[0] == "arelle" for name in names):
                users.add(_module_name(path))
    assert users == {"exporter.validate.arelle"}


def test_every_package_says_what_comes_in_and_goes_out():
    for init in PACKAGE.glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text()))
        assert doc and " in" in doc and "out" in doc, f"{init} has no docstring saying what comes in and goes out"


def test_the_type_checker_finds_no_error():
    """mypy over the package, with pyproject.toml's settings (strict on the models between stages; what is exempt
    is listed there with the reason)."""
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=PACKAGE.parent, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr
