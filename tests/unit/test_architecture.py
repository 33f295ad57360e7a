"""The house's shape, checked: the layers of docs/ARCHITECTURE.md, no import cycles, no long modules.

The import graph is read from the source with `ast`, not by importing it, so a module that imports Qt
or a database driver costs nothing here. Every import counts, wherever it stands: at module level, in a
function, under `if TYPE_CHECKING:`. A lazy or type-only import is still one module needing another;
it is how cycles hide (ui/units/view <-> roster_actions was a TYPE_CHECKING import, task_editor <->
task_tabs a function-level one), so letting them through would let the cycles back in.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("models", "services", "cli", "ui")
MAX_LINES = 400

# layer -> the layers it must never import. ui and cli are two front ends over the same services:
# neither imports the other (main.py, above both, chooses one).
FORBIDDEN = {
    "models": {"services", "ui", "cli"},
    "services": {"ui", "cli"},
    "ui": {"cli"},
    "cli": {"ui"},
}


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules(root: Path) -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (root / package).rglob("*.py"):
            if "migrations" not in path.parts:  # Alembic loads these by file, never by import
                found[_module_name(path, root)] = path
    return found


def _imported(node: ast.AST, module: str, is_package: bool) -> list[str]:
    """The dotted names an import statement may refer to, most specific first."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        source = ".".join([*base, node.module] if node.module else base)
    else:
        source = node.module or ""
    # `from services.ledger import rows` imports the module services.ledger.rows
    return [f"{source}.{alias.name}" for alias in node.names] + [source]


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    """Our module -> our modules it imports (third-party and standard-library imports are left out)."""
    modules = _modules(root)

    def ours(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            names = _imported(node, module, path.name == "__init__.py")
            if isinstance(node, ast.ImportFrom):
                *members, source = names
                # a member that is a module is that module; any other member is the source's name
                hits = [ours(n) for n in members if n in modules]
                if len(hits) < len(members):
                    hits.append(ours(source))
            else:
                hits = [ours(n) for n in names]
            targets.update(h for h in hits if h)
        targets.discard(module)
        graph[module] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_graph_sees_lazy_and_type_only_imports(tmp_path) -> None:
    ui = tmp_path / "ui"
    (ui / "units").mkdir(parents=True)
    (ui / "__init__.py").write_text("")
    (ui / "units" / "__init__.py").write_text("")
    (ui / "units" / "view.py").write_text("import json\n\ndef act():\n    from ui.units import actions\n")
    (ui / "units" / "actions.py").write_text(
        "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from .view import View\n"
    )
    (ui / "form.py").write_text("from ui.units.view import act\nfrom . import units\n")
    graph = import_graph(tmp_path)
    assert graph["ui.units.view"] == {"ui.units.actions"}
    assert graph["ui.units.actions"] == {"ui.units.view"}
    assert graph["ui.form"] == {"ui.units.view", "ui.units"}
    assert cycles(graph) == [["ui.units.actions", "ui.units.view"]]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_imports_across_a_layer_backwards() -> None:
    wrong = [
        f"{module} -> {target}"
        for module, targets in import_graph().items()
        for target in sorted(targets)
        if target.split(".")[0] in FORBIDDEN[module.split(".")[0]]
    ]
    assert wrong == [], "imports against the layers (docs/ARCHITECTURE.md):\n" + "\n".join(wrong)


def test_no_import_cycles() -> None:
    found = cycles(import_graph())
    assert found == [], "modules that import each other:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_no_module_over_400_lines() -> None:
    """The application's own code: what the installer ships (tests are lists of cases, left out)."""
    files = [ROOT / "main.py"] + [p for package in PACKAGES for p in (ROOT / package).rglob("*.py")]
    long = {
        str(path.relative_to(ROOT)): lines
        for path in files
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}, f"modules over {MAX_LINES} lines: {long}"
