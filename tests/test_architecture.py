"""The package's shape, read from its source: layers point one way, no cycles,
Qt only in ui/ and app.py, SQL only in storage/.

The rules are those of the Architecture section of DESIGN.md:
``ui -> exchange, services, storage, domain``; ``exchange -> services, storage,
domain``; ``services -> storage, domain``; ``storage -> domain``; ``domain ->``
the standard library. Every import counts, also one inside a function or under
``if TYPE_CHECKING:``: a cycle that only type checking sees still ties the
modules together for a reader.

The checks run on any source tree, so the tests below can show that each of
them fails when a bad import or an SQL fragment is added.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

PACKAGE = "tandem_desktop"
ROOT = Path(__file__).resolve().parent.parent

# Which layers a layer may import (its own always). "base" are the package's
# __init__ and the two small helpers every layer may use; they import nothing of ours.
ALLOWED: dict[str, set[str]] = {
    "base": set(),
    "domain": {"base"},
    "storage": {"base", "domain"},
    "services": {"base", "domain", "storage"},
    "exchange": {"base", "domain", "storage", "services"},
    "demo": {"base", "domain", "storage", "services"},
    "ui": {"base", "domain", "storage", "services", "exchange", "demo"},
    # The command line and the composition root put everything together.
    "cli": {"base", "domain", "storage", "services", "exchange", "demo", "ui", "app"},
    "app": {"base", "domain", "storage", "services", "exchange", "demo", "ui"},
    "main": {"cli"},
}
BASE_MODULES = {PACKAGE, f"{PACKAGE}.languages", f"{PACKAGE}.resources_path"}
QT_PACKAGES = ("PySide6", "shiboken6")
QT_LAYERS = {"ui", "app"}

# SQL in a string: a statement, a clause, or a condition with a placeholder.
SQL_TEXT = re.compile(
    r"\bSELECT\b.+\bFROM\b|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b"
    r"|\bDELETE\s+FROM\b|\bORDER\s+BY\b|\bGROUP\s+BY\b|\bIS\s+(NOT\s+)?NULL\b"
    r"|\b\w+\s*(=|<|>|<=|>=|<>|!=|\bLIKE|\bMATCH|\bIN)\s*\(?\?",
    re.DOTALL,
)
# Keyword arguments that carried SQL fragments into the repositories.
SQL_KEYWORDS = {"where", "order_by"}


@dataclass
class Source:
    """What one module imports and which SQL-looking texts it holds."""

    name: str
    path: Path
    imports: dict[str, int] = field(default_factory=dict)  # module -> first line
    external: dict[str, int] = field(default_factory=dict)
    sql: list[tuple[int, str]] = field(default_factory=list)


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer(module: str) -> str:
    if module in BASE_MODULES:
        return "base"
    parts = module.split(".")
    if len(parts) == 2 and parts[1] == "__main__":
        return "main"
    return parts[1]


def read_package(root: Path) -> dict[str, Source]:
    paths = sorted((root / PACKAGE).rglob("*.py"))
    sources = {module_name(root, path): Source(module_name(root, path), path) for path in paths}
    for source in sources.values():
        tree = ast.parse(source.path.read_text(encoding="utf-8"), str(source.path))
        is_package = source.path.name == "__init__.py"
        # The literal parts of an f-string are read with the f-string, not alone.
        in_fstring = {
            id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
            for part in node.values
        }
        for node in ast.walk(tree):
            for target in _imported(node, source.name, is_package, sources):
                own = _own_module(target, sources)
                if own is not None:
                    if own != source.name:
                        source.imports.setdefault(own, node.lineno)
                elif not target.startswith(PACKAGE):
                    source.external.setdefault(target.split(".")[0], node.lineno)
            text = None if id(node) in in_fstring else _string_text(node)
            if text and SQL_TEXT.search(text):
                source.sql.append((node.lineno, text.strip()[:60]))
            if isinstance(node, ast.Call) and not _formats_text(node):
                for keyword in node.keywords:
                    if keyword.arg in SQL_KEYWORDS:
                        source.sql.append((node.lineno, f"{keyword.arg}=…"))
    return sources


def _imported(
    node: ast.AST, module: str, is_package: bool, sources: dict[str, Source]
) -> list[str]:
    """The modules an import statement names; ``from a import b`` names a.b if that
    is a module of ours, else a."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:
            parts = module.split(".")
            if not is_package:
                parts.pop()
            parts = parts[: len(parts) - node.level + 1]
            base = ".".join([*parts, base] if base else parts)
        return [
            f"{base}.{alias.name}" if f"{base}.{alias.name}" in sources else base
            for alias in node.names
        ]
    return []


def _own_module(target: str, sources: dict[str, Source]) -> str | None:
    """The module of ours that ``target`` names (a name inside it counts as it)."""
    while target:
        if target in sources:
            return target
        target = target.rpartition(".")[0]
    return None


def _formats_text(call: ast.Call) -> bool:
    """``"… {where} …".format(where=…)``: a message, not a query."""
    return isinstance(call.func, ast.Attribute) and call.func.attr == "format"


def _string_text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            part.value if isinstance(part, ast.Constant) else "x" for part in node.values
        )
    return None


# -- the checks: each returns its findings as lines, empty when all is well ----
def layer_violations(sources: dict[str, Source]) -> list[str]:
    found = []
    for source in sources.values():
        own = layer(source.name)
        for target, line in source.imports.items():
            other = layer(target)
            if other != own and other not in ALLOWED[own]:
                found.append(f"{source.name}:{line} ({own}) imports {target} ({other})")
    return found


def qt_violations(sources: dict[str, Source]) -> list[str]:
    return [
        f"{source.name}:{line} imports {package}"
        for source in sources.values()
        if layer(source.name) not in QT_LAYERS
        for package, line in source.external.items()
        if package in QT_PACKAGES
    ]


def sql_violations(sources: dict[str, Source]) -> list[str]:
    return [
        f"{source.name}:{line}: {text!r}"
        for source in sources.values()
        if layer(source.name) != "storage"
        for line, text in source.sql
    ]


def cycles(sources: dict[str, Source]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0
    for start in sources:
        if start in index:
            continue
        work = [(start, iter(sources[start].imports))]
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
                    work.append((child, iter(sources[child].imports)))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


# -- the package itself ---------------------------------------------------------
# What the package still does against the rules, without line numbers. The list
# only shrinks: a new finding fails, and so does an entry that no longer occurs
# (delete it then).
KNOWN: dict[str, set[str]] = {
    "cycles": set(),
    "layers": set(),
    "qt": set(),
    "sql": set(),
}


def _without_lines(findings: list[str]) -> set[str]:
    return {re.sub(r":\d+", "", finding, count=1) for finding in findings}


def _assert_known(check: str, findings: list[str]) -> None:
    found = _without_lines(findings)
    assert sorted(found - KNOWN[check]) == [], "new findings"
    assert sorted(KNOWN[check] - found) == [], "fixed: delete these from KNOWN"


@pytest.fixture(scope="module")
def package() -> dict[str, Source]:
    return read_package(ROOT)


def test_every_layer_imports_only_the_layers_below_it(package: dict[str, Source]) -> None:
    _assert_known("layers", layer_violations(package))


def test_no_import_cycle(package: dict[str, Source]) -> None:
    _assert_known("cycles", [" <-> ".join(group) for group in cycles(package)])


def test_qt_only_in_ui_and_the_composition_root(package: dict[str, Source]) -> None:
    _assert_known("qt", qt_violations(package))


def test_sql_only_in_storage(package: dict[str, Source]) -> None:
    _assert_known("sql", sql_violations(package))


def test_every_module_has_a_known_layer(package: dict[str, Source]) -> None:
    assert {layer(name) for name in package} <= set(ALLOWED)


# -- the checks fail when the rules are broken --------------------------------
def _tree(tmp_path: Path, files: dict[str, str]) -> dict[str, Source]:
    for relative, text in files.items():
        path = tmp_path / PACKAGE / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for folder in [tmp_path / PACKAGE, *(tmp_path / PACKAGE).rglob("*")]:
        if folder.is_dir() and not (folder / "__init__.py").exists():
            (folder / "__init__.py").write_text("", encoding="utf-8")
    return read_package(tmp_path)


def test_an_import_against_the_direction_is_found(tmp_path: Path) -> None:
    sources = _tree(tmp_path, {
        "domain/goals.py": "from tandem_desktop.storage import goals\n",
        "storage/goals.py": "def load():\n    from tandem_desktop.services.goals import x\n",
        "services/goals.py": "x = 1\n",
    })
    assert layer_violations(sources) == [
        "tandem_desktop.domain.goals:1 (domain) imports tandem_desktop.storage.goals (storage)",
        "tandem_desktop.storage.goals:2 (storage) imports tandem_desktop.services.goals"
        " (services)",
    ]


def test_a_cycle_is_found_also_when_only_type_checking_sees_it(tmp_path: Path) -> None:
    sources = _tree(tmp_path, {
        "storage/store.py": "from tandem_desktop.storage.trust import Questions\n",
        "storage/trust.py": (
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from tandem_desktop.storage.store import Store\n"
        ),
    })
    assert cycles(sources) == [["tandem_desktop.storage.store", "tandem_desktop.storage.trust"]]


def test_qt_outside_ui_is_found(tmp_path: Path) -> None:
    sources = _tree(tmp_path, {
        "exchange/pdf.py": "from PySide6.QtGui import QPdfWriter\n",
        "ui/printing.py": "from PySide6.QtGui import QPdfWriter\n",
    })
    assert qt_violations(sources) == ["tandem_desktop.exchange.pdf:1 imports PySide6"]


@pytest.mark.parametrize("code", [
    'rows = store.rules.list("review_on <= ?", [day])\n',
    'rows = store.tasks.for_tandem(tandem, order_by="due_on")\n',
    'rows = db.query(f"SELECT * FROM {table} WHERE id = ?")\n',
    'condition = "deleted_at IS NULL"\n',
])
def test_sql_outside_storage_is_found(tmp_path: Path, code: str) -> None:
    sources = _tree(tmp_path, {"ui/tasks.py": code, "storage/tasks.py": code})
    found = sql_violations(sources)
    assert len(found) == 1
    assert found[0].startswith("tandem_desktop.ui.tasks:1")


def test_words_that_only_look_like_sql_are_not_found(tmp_path: Path) -> None:
    sources = _tree(tmp_path, {"ui/help.py": (
        'a = "Select the tasks you want to move"\n'
        'b = "Is this decision mine? Ask before you order by phone."\n'
        'c = "It lies {where}.".format(where="in a synced folder")\n'
    )})
    assert sql_violations(sources) == []


def report(root: Path = ROOT) -> int:
    """Print the layers' import graph and every finding; exit status 1 if any."""
    sources = read_package(root)
    edges: dict[tuple[str, str], int] = {}
    for source in sources.values():
        for target in source.imports:
            pair = (layer(source.name), layer(target))
            if pair[0] != pair[1]:
                edges[pair] = edges.get(pair, 0) + 1
    print(f"{len(sources)} modules; imports between layers (count):")
    for (low, high), count in sorted(edges.items()):
        print(f"  {low:9} -> {high:9} {count}")
    findings = {
        "cycles": [" <-> ".join(group) for group in cycles(sources)],
        "against the direction": layer_violations(sources),
        "Qt outside ui/ and app.py": qt_violations(sources),
        "SQL outside storage/": sql_violations(sources),
    }
    for title, lines in findings.items():
        print(f"{title}: {len(lines) or 'none'}")
        for line in lines:
            print(f"  {line}")
    return 1 if any(findings.values()) else 0


if __name__ == "__main__":
    raise SystemExit(report())
