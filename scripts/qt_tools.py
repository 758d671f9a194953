"""Qt's own command-line tools (uic, lupdate, lrelease), found inside the installed PySide6 package.

Neither a `pyside6-uic` launcher on PATH (absent unless the virtual environment is activated) nor
`python -m PySide6.scripts.pyside_tool` (its wrapper looks for files the wheels do not ship) can be relied on:
the binaries themselves are always in the wheel, at PySide6/<tool>[.exe] or PySide6/Qt/libexec/<tool>."""

from __future__ import annotations

import os
from pathlib import Path


def pyside_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).resolve().parent


def qt_tool(name: str) -> list[str]:
    """The command line that runs Qt tool `name` (uic, lupdate, lrelease, rcc) of the installed PySide6."""
    exe = f"{name}.exe" if os.name == "nt" else name
    base = pyside_dir()
    for candidate in (base / exe, base / "Qt" / "libexec" / exe, base / "Qt" / "bin" / exe):
        if candidate.is_file():
            return [str(candidate)]
    raise FileNotFoundError(f"Qt tool {name!r} is not in the installed PySide6 package ({base})")


def uic_command() -> list[str]:
    """uic generating Python, exactly as the pyside6-uic launcher runs it."""
    return [*qt_tool("uic"), "-g", "python"]
