"""The import rules each folder's name stands for, read from every module's imports, so the layering cannot rot.

domain/ imports only domain/; reading/ only domain/ and reading/; neither imports Flask or peewee.
writing/ reaches no store, service, web or CLI code; services/ no web or CLI code; web/ and cli/
reach the store only through services/; desktop/ (install, the native host) reaches none of them.
And no module imports one that imports it back.
"""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

import companion

PACKAGE = Path(companion.__file__).parent
LAYERS = ("domain", "reading", "writing", "store", "services", "web", "cli", "desktop")
FRAMEWORKS = ("flask", "werkzeug", "peewee", "playhouse")

# For each layer: the companion layers it may import (None: any), the layers it must not, the
# third-party frameworks it must not.
ONLY = {"domain": {"domain"}, "reading": {"domain", "reading"}}
NEVER = {
    "writing": {"web", "store", "services", "cli"},
    "services": {"web", "cli"},
    "web": {"store"},
    "cli": {"store"},
    "desktop": {"store", "services", "web", "cli"},  # runs beside the companion: files, processes, no data
}
NO_FRAMEWORKS = {"domain", "reading"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_names(path: Path) -> list[str]:
    """Every name `path` imports, anywhere in it (functions and TYPE_CHECKING blocks too), in full:
    `from companion.store import db` is `companion.store.db`; relative imports are resolved."""
    module = module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            names += [f"{base}.{alias.name}" for alias in node.names]
    return names


def layer_of(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "companion" and parts[1] in LAYERS else None


def broken_rules(module: str, layer: str, imports: list[str]) -> list[str]:
    problems = []
    for name in imports:
        target = layer_of(name)
        inside = name == "companion" or name.startswith("companion.")
        if layer in ONLY and inside and target not in ONLY[layer]:
            problems.append(f"{module} imports {name}: {layer}/ may import only {', '.join(sorted(ONLY[layer]))}/")
        elif target in NEVER.get(layer, ()):
            problems.append(f"{module} imports {name}: {layer}/ must not import {target}/")
        elif layer in NO_FRAMEWORKS and name.split(".")[0] in FRAMEWORKS:
            problems.append(f"{module} imports {name}: {layer}/ stays pure, without {name.split('.')[0]}")
    return problems


def modules() -> list[tuple[str, str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = module_name(path)
        layer = layer_of(module)
        if layer is not None:
            found.append((module, layer, path))
    return found


def test_every_layer_is_checked():
    assert {layer for _, layer, _ in modules()} == set(LAYERS)


@pytest.mark.parametrize("layer", LAYERS)
def test_the_layer_keeps_its_import_rules(layer):
    problems = [problem for module, in_layer, path in modules() if in_layer == layer
                for problem in broken_rules(module, layer, imported_names(path))]
    assert not problems, "\n".join(problems)


def test_no_modules_import_each_other():
    """Such a pair (planning and user_settings were one) works only by the accident of import order."""
    paths = {module: path for module, _, path in modules()}
    graph = {}
    for module, path in paths.items():
        graph[module] = set()
        for name in imported_names(path):
            while name and name not in paths:  # companion.services.planning.replan -> the module
                name = name.rpartition(".")[0]
            if name and name != module:
                graph[module].add(name)
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as cycle:
        pytest.fail(f"modules import each other: {' -> '.join(cycle.args[1])}")


@pytest.mark.parametrize(("layer", "source", "expected"), [
    ("domain", "from companion.store.models import Application",
     "companion.domain.example imports companion.store.models.Application: domain/ may import only domain/"),
    ("domain", "from companion import config",
     "companion.domain.example imports companion.config: domain/ may import only domain/"),
    ("reading", "def later():\n    from companion.services import planning",
     "companion.reading.example imports companion.services.planning: reading/ may import only domain, reading/"),
    ("reading", "import flask", "companion.reading.example imports flask: reading/ stays pure, without flask"),
    ("writing", "from companion.services.serialize import iso",
     "companion.writing.example imports companion.services.serialize.iso: writing/ must not import services/"),
    ("services", "from companion.web.errors import ApiError",
     "companion.services.example imports companion.web.errors.ApiError: services/ must not import web/"),
    ("services", "from ..cli import output",
     "companion.services.example imports companion.cli.output: services/ must not import cli/"),
    ("web", "from companion.store.models import MAX_ROW_ID",
     "companion.web.example imports companion.store.models.MAX_ROW_ID: web/ must not import store/"),
    ("cli", "from companion.store import db",
     "companion.cli.example imports companion.store.db: cli/ must not import store/"),
])
def test_a_forbidden_import_fails_naming_the_module_and_the_import(tmp_path, monkeypatch, layer, source, expected):
    monkeypatch.setattr(f"{__name__}.PACKAGE", tmp_path / "companion")
    path = tmp_path / "companion" / layer / "example.py"
    path.parent.mkdir(parents=True)
    path.write_text(source)
    assert broken_rules(module_name(path), layer, imported_names(path)) == [expected]


@pytest.mark.parametrize(("layer", "source"), [
    ("domain", "from companion.domain import rules"),
    ("reading", "from companion.domain.facts import Snapshot\nfrom . import urls"),
    ("services", "from companion.store.models import Application"),
    ("web", "from companion.services import listings"),
    ("cli", "from companion.web.schema import parse_date"),
])
def test_allowed_imports_pass(tmp_path, monkeypatch, layer, source):
    monkeypatch.setattr(f"{__name__}.PACKAGE", tmp_path / "companion")
    path = tmp_path / "companion" / layer / "example.py"
    path.parent.mkdir(parents=True)
    path.write_text(source)
    assert broken_rules(module_name(path), layer, imported_names(path)) == []
