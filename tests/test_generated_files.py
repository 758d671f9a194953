"""Committed generated files match their sources: ui_*.py from forms/*.ui, and the .qm from the .ts."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from scripts.build_forms import FORMS, compile_form, target_for
from scripts.update_translations import QM, TS, tool


@pytest.mark.parametrize("ui_file", sorted(FORMS.glob("*.ui")), ids=lambda p: p.name)
def test_generated_form_matches_its_ui_file(ui_file: Path) -> None:
    target = target_for(ui_file)
    assert target.exists(), f"run scripts/build_forms.py: {target.name} is missing"
    assert target.read_text(encoding="utf-8") == compile_form(ui_file), f"{target.name} is stale"


def test_every_generated_form_has_its_ui_source() -> None:
    generated = {p.name for p in target_for(FORMS / "x.ui").parent.glob("ui_*.py")}
    expected = {target_for(p).name for p in FORMS.glob("*.ui")}
    assert generated == expected


def test_compiled_translation_matches_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "app.qm"
    subprocess.run([*tool("lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run scripts/update_translations.py: the .qm is stale"
