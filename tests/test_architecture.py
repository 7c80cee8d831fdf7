"""The house rules of the package, checked on its source (docs/architecture.md draws them).

- A view module (``views.py``, ``*_views.py``) imports no other view module.
- The kernel (config, db, extensions, schema, core/, i18n/ and the shared helpers errors, states, audit,
  money, text, mail, media, links, numbers, outbox, security) imports no domain.
- Domains stand in layers and import only their own layer or those below (LAYERS, lowest first).
- No import cycle, between modules (counting imports inside functions) or between packages.
- Template helpers are registered in one way: only a domain's ``templating.py`` touches Jinja.

Imports under ``if TYPE_CHECKING:`` are for type checkers only and are not counted.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "marketplace"
KERNEL = {
    "config", "db", "extensions", "schema", "errors", "states", "audit", "money", "text", "mail", "media",
    "links", "numbers", "outbox", "security", "i18n", "core",
}  # fmt: skip
#: Lowest first. A package may import from its own layer and the layers below, never above.
LAYERS = [
    KERNEL,
    {"payments"},
    {"accounts"},
    {"search", "exchange_rates"},
    {"catalog"},
    {"curation", "delivery", "seo"},
    {"orders"},
    {"downloads", "certificates", "finance", "paperwork"},
    {"settlement"},
    {"demo", "models", "cli", "worker", ""},  # the composition root: create_app, the CLI, demo data
]
JINJA_REGISTRATION = re.compile(
    r"\b(jinja_env|app_template_global|add_app_template_global|app_template_filter|add_app_template_filter"
    r"|app_context_processor|context_processor|template_global|template_filter)\b"
)


@cache
def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = ["marketplace", *path.relative_to(PACKAGE).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _type_checking_only(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")
    )


def _imported_names(name: str, path: Path) -> set[str]:
    """The package modules that ``name`` imports, anywhere in the file."""
    known = modules()
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if _type_checking_only(node):
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
                base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in known else base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return {target for target in found if target in known and target != name}


@cache
def graph() -> dict[str, set[str]]:
    return {name: _imported_names(name, path) for name, path in modules().items()}


def package_of(module: str) -> str:
    """'marketplace.orders.views' -> 'orders'; 'marketplace.db' -> 'db'; 'marketplace' -> ''."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def layer_of(package: str) -> int:
    for index, layer in enumerate(LAYERS):
        if package in layer:
            return index
    raise AssertionError(f"package {package!r} has no layer: add it to LAYERS and to docs/architecture.md")


def is_view(module: str) -> bool:
    last = module.rsplit(".", 1)[-1]
    return last == "views" or last.endswith("_views")


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one node (Tarjan), each as a sorted list."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, ()):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            connect(node)
    return found


def test_every_package_has_a_layer():
    for module in modules():
        layer_of(package_of(module))


def test_views_import_no_other_views():
    wrong = [f"{m} -> {t}" for m, targets in graph().items() if is_view(m) for t in targets if is_view(t)]
    assert wrong == []


def test_the_kernel_imports_no_domain():
    wrong = [
        f"{m} -> {t}"
        for m, targets in graph().items()
        if package_of(m) in KERNEL
        for t in targets
        if package_of(t) not in KERNEL
    ]
    assert wrong == []


def test_domains_import_only_their_layer_and_those_below():
    wrong = [
        f"{m} -> {t}"
        for m, targets in graph().items()
        for t in targets
        if layer_of(package_of(t)) > layer_of(package_of(m))
    ]
    assert wrong == []


def test_no_import_cycle_between_modules():
    assert cycles(graph()) == []


def test_no_import_cycle_between_packages():
    packages: dict[str, set[str]] = {}
    for module, targets in graph().items():
        source = package_of(module)
        packages.setdefault(source, set()).update(package_of(t) for t in targets if package_of(t) != source)
    assert cycles(packages) == []


def test_only_templating_modules_register_template_helpers():
    wrong = [
        name
        for name, path in modules().items()
        if not name.endswith(".templating")
        and JINJA_REGISTRATION.search(path.read_text(encoding="utf-8"))
    ]
    assert wrong == []


# --- the checks themselves: each fails on the fault it is there to catch --------------------------------


def test_cycles_are_found():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_imports_inside_functions_count_and_type_checking_imports_do_not(tmp_path, monkeypatch):
    source = tmp_path / "probe.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from marketplace.orders.models import Order\n"
        "def f():\n    from marketplace.catalog import views\n    from . import money\n"
    )
    found = _imported_names("marketplace.probe", source)
    assert found == {"marketplace.catalog.views", "marketplace.money"}


@pytest.mark.parametrize(
    ("module", "expected"),
    [("marketplace.orders.cart_views", True), ("marketplace.core.views", True),
     ("marketplace.orders.carts", False), ("marketplace.catalog.reviews", False)],
)  # fmt: skip
def test_view_modules_are_recognised(module, expected):
    assert is_view(module) is expected
