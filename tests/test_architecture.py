"""Import rules: views never touch SQLAlchemy; the core never imports Qt; layers only look downwards."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "desktop"
QT_FREE = ["models", "rules", "services", "printing", "exports", "demo"]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def files_under(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", QT_FREE)
def test_core_packages_never_import_qt(package: str) -> None:
    offenders = {
        str(p.relative_to(ROOT)): sorted(m for m in imported_modules(p) if m.split(".")[0] in ("PySide6", "shiboken6"))
        for p in files_under(package)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_views_never_import_sqlalchemy_or_models() -> None:
    offenders = {}
    for path in files_under("views"):
        bad = sorted(m for m in imported_modules(path)
                     if m.split(".")[0] == "sqlalchemy" or m.startswith(("desktop.models", "desktop.database")))
        if bad:
            offenders[str(path.relative_to(ROOT))] = bad
    assert offenders == {}


def test_rules_are_pure() -> None:
    """Rules hold policy only: no database, no files, no services."""
    offenders = {}
    for path in files_under("rules"):
        bad = sorted(m for m in imported_modules(path)
                     if m.split(".")[0] in ("sqlalchemy", "openpyxl", "reportlab")
                     or m.startswith(("desktop.models", "desktop.database", "desktop.views")))
        if bad:
            offenders[str(path.relative_to(ROOT))] = bad
    assert offenders == {}


@pytest.mark.parametrize("package", ["printing", "exports"])
def test_printing_and_exports_do_not_reach_into_the_database(package: str) -> None:
    offenders = {}
    for path in files_under(package):
        bad = sorted(m for m in imported_modules(path)
                     if m.split(".")[0] == "sqlalchemy" or m.startswith(("desktop.models", "desktop.database")))
        if bad:
            offenders[str(path.relative_to(ROOT))] = bad
    assert offenders == {}


def test_the_checker_sees_imports() -> None:
    """Guard against a checker that finds nothing: this file itself imports pytest and ast."""
    assert {"pytest", "ast"} <= imported_modules(Path(__file__))
