"""PySide6's check of each newly imported module answers as before but leaves no source text in memory."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

from desktop.views import pyside_source_check


def _import_from(folder: Path, name: str, text: str):  # type: ignore[no-untyped-def]
    (folder / f"{name}.py").write_text(text, encoding="utf-8")
    sys.path.insert(0, str(folder))
    try:
        return __import__(name)  # the way an import statement goes, through the hook PySide6 puts there
    finally:
        sys.path.remove(str(folder))
        sys.modules.pop(name, None)


def test_an_imported_module_leaves_no_source_in_linecache(tmp_path: Path) -> None:
    assert pyside_source_check.install()
    linecache.clearcache()
    module = _import_from(tmp_path, "bsd_uses_qt", "from PySide6.QtCore import QObject\n" + "# padding\n" * 50)
    assert module.__file__ is not None
    assert module.__file__ not in linecache.cache
    feature = sys.modules["shibokensupport.feature"]
    # PySide6 registered the module as one that uses it (0), like its own check would.
    assert feature.pyside_feature_dict.get("bsd_uses_qt") == 0


@pytest.mark.parametrize(("text", "expected"), [
    ("import PySide6.QtCore\n", True),
    ("# 网点 PySide6 in a comment counts too, as in PySide6's own text search\n", True),
    ("import json\n", False),
])
def test_the_answer_is_the_original_checks(tmp_path: Path, text: str, expected: bool) -> None:
    pyside_source_check.install()
    feature = sys.modules["shibokensupport.feature"]
    module = _import_from(tmp_path, f"bsd_check_{abs(hash(text))}", text)
    assert feature._mod_uses_pyside(module) is expected


def test_modules_without_source_do_not_use_pyside() -> None:
    pyside_source_check.install()
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside(sys) is False  # built in
    import _sqlite3  # an extension module: its binary file mentions no source

    assert feature._mod_uses_pyside(_sqlite3) is False
