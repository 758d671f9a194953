"""The type check is part of the suite: `python -m pytest` runs mypy over desktop/ with pyproject.toml's settings
(strict for rules, services, errors and composition; no errors anywhere else), so CI and a developer see the
same thing. Its cache lives under build/ (git-ignored): a warm run takes seconds, a cold one well under a minute."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_mypy(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MYPY_FORCE_COLOR": "0", "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "mypy", "--no-pretty", "--no-error-summary", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=600)


def test_desktop_type_checks() -> None:
    result = run_mypy()  # files, strictness and the cache folder come from [tool.mypy] in pyproject.toml
    if result.returncode != 0:
        pytest.fail(f"mypy found problems (run `python -m mypy` to see them):\n{result.stdout}{result.stderr}",
                    pytrace=False)


def test_the_strict_modules_are_strict(tmp_path: Path) -> None:
    """Guard against a configuration that checks nothing: an untyped function in a strict package is reported."""
    # A module named desktop.rules.probe, outside the source tree (a wheel built meanwhile must not pick it up).
    package = tmp_path / "desktop" / "rules"
    package.mkdir(parents=True)
    for folder in (tmp_path / "desktop", package):
        (folder / "__init__.py").write_text("", encoding="utf-8")
    (package / "probe.py").write_text("def untyped(value):\n    return value\n", encoding="utf-8")
    (tmp_path / "desktop" / "loose.py").write_text("def untyped(value):\n    return value\n", encoding="utf-8")
    result = run_mypy("--cache-dir", str(tmp_path / "cache"), str(package / "probe.py"),
                      str(tmp_path / "desktop" / "loose.py"))
    assert "rules/probe.py:1: error: Function is missing a type annotation  [no-untyped-def]" in result.stdout
    assert "loose.py" not in result.stdout  # outside the strict packages an untyped function is allowed
