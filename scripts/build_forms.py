"""Compile every forms/*.ui into desktop/views/ui/ui_*.py with pyside6-uic (generated files are committed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `scripts.qt_tools` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.qt_tools import uic_command

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
OUT = ROOT / "desktop" / "views" / "ui"
HEADER = "# Generated from forms/{name} by scripts/build_forms.py (pyside6-uic); do not edit.\n"


def compile_form(ui_file: Path) -> str:
    result = subprocess.run([*uic_command(), "--no-autoconnection", str(ui_file)], check=True,
                            capture_output=True, text=True, encoding="utf-8")
    body = "\n".join(line for line in result.stdout.splitlines() if not line.startswith("## Created by:"))
    return HEADER.format(name=ui_file.name) + body.rstrip() + "\n"


def target_for(ui_file: Path) -> Path:
    return OUT / f"ui_{ui_file.stem}.py"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for ui_file in sorted(FORMS.glob("*.ui")):
        target_for(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.name} -> {target_for(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
