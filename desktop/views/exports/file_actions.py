"""Open a written workbook, or its folder, with the desktop's own programs (Excel/WPS, Explorer/Finder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    # Selecting the file inside the folder needs per-platform commands; opening the folder works everywhere.
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
