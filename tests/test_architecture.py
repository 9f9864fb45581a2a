"""The layout's rules, read from the code: the stages import one way (no cycle, no import of
a higher layer), no module imports another module's private names, and only the CLI
imports click or rich."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "newsclean"

# Lowest first; a module may import its own layer's modules and those of the layers below.
LAYERS = (
    ("errors", "model", "patterns"),
    ("read", "detect"),
    ("clean", "people"),
    ("header",),
    ("html",),
    ("pipeline",),
    ("sources",),
    ("batch",),
    ("cli", "__main__", "__init__"),
)
LAYER_OF = {name: level for level, names in enumerate(LAYERS) for name in names}
USER_INTERFACE_LIBRARIES = ("click", "rich")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, ast.Module]:
    return {_module_name(p): ast.parse(p.read_text(encoding="utf-8")) for p in sorted(PACKAGE.rglob("*.py"))}


MODULES = _modules()


def _resolve(module: str, node: ast.ImportFrom, is_package: bool) -> str:
    """The absolute name a ``from … import`` refers to."""
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _imports(module: str) -> list[tuple[str, list[str]]]:
    """(imported module, names taken from it) for every import in ``module``, at any depth."""
    is_package = (PACKAGE / Path(*module.split(".")[1:]) / "__init__.py").exists()
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(MODULES[module]):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(module, node, is_package)
            names = [alias.name for alias in node.names]
            submodules = [n for n in names if f"{target}.{n}" in MODULES]
            found += [(f"{target}.{n}", []) for n in submodules]
            rest = [n for n in names if n not in submodules]
            if rest:
                found.append((target, rest))
    return found


def _edges() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for module in MODULES:
        for target, _names in _imports(module):
            if target in MODULES and target != module and (target, _names) != ("newsclean", ["__version__"]):
                graph[module].add(target)  # the version number is a constant of the package face, not a stage
    return graph


def _layer(module: str) -> int:
    parts = module.split(".")
    return LAYER_OF[parts[1] if len(parts) > 1 else "__init__"]


def test_every_module_has_a_layer():
    assert all(_layer(m) >= 0 for m in MODULES)


def test_no_module_imports_a_higher_layer():
    upward = [(m, t) for m, targets in _edges().items() for t in targets
              if _layer(t) > _layer(m) and not m.endswith(("__main__", "newsclean"))]
    assert upward == []


def test_the_import_graph_has_no_cycle():
    graph = _edges()
    # The package face (newsclean/__init__) loads its names lazily; it is the top, not a stage.
    graph.pop("newsclean", None)
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            pytest.fail("import cycle: " + " -> ".join(path[path.index(module):] + [module]))
        if module in done:
            return
        for target in sorted(graph.get(module, ())):
            if target != "newsclean":
                visit(target, [*path, module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])


def test_no_module_imports_private_names_of_another():
    private = [(m, t, n) for m in MODULES for t, names in _imports(m) for n in names
               if n.startswith("_") and not n.startswith("__") and t.startswith("newsclean") and t != m]
    assert private == []


def test_only_the_cli_imports_click_or_rich():
    users = {m for m in MODULES for t, _ in _imports(m) if t.split(".")[0] in USER_INTERFACE_LIBRARIES}
    assert users and all(m.startswith("newsclean.cli") for m in users)


def _documented_modules() -> set[str]:
    """The module files named in the tree of docs/architecture.md's "Modules" section."""
    doc = (PACKAGE.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    tree = doc.split("## Modules", 1)[1].split("```", 2)[1]
    listed, package = set(), ""
    for line in tree.splitlines():
        match = re.search(r"[├└]── (\S+)", line)
        if match is None:
            continue
        name = match.group(1)
        if name.endswith("/"):
            package = name
        else:
            listed.add((package if match.start() > 0 else "") + name)
    return listed


def test_the_architecture_docs_list_every_module():
    on_disk = {p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")}
    listed = _documented_modules()
    packages_init = {m for m in on_disk if m.endswith("/__init__.py")}  # described by their package's line
    assert on_disk - packages_init - listed == set()
    assert listed - on_disk == set()
