"""The layout rules that keep the project easy to change."""

import ast
from pathlib import Path

import slowthink
from slowthink.registry import TASKS

PACKAGE = Path(slowthink.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def test_verifiers_never_import_solvers_or_generators():
    for path in (PACKAGE / "verifiers").glob("*.py"):
        for name in imported_modules(path):
            parts = name.lstrip(".").split(".")
            assert "solvers" not in parts and "generators" not in parts, f"{path.name} imports {name}"
            assert not name.startswith("slowthink.api") and not name.startswith("slowthink.registry"), (path, name)


def test_each_family_has_one_module_per_role():
    for family in {task.family for task in TASKS.values()}:
        for role in ("generators", "solvers", "verifiers"):
            assert (PACKAGE / role / f"{family}.py").is_file(), f"{role}/{family}.py missing"


def test_no_eval_anywhere_in_the_package():
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, (ast.Name, ast.Attribute)):
                name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
                assert name not in {"eval", "exec", "sympify", "parse_expr"}, f"{path}: {name}()"
