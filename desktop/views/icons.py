"""Icons for the navigation and the main actions: Tabler's outline set (MIT), bundled in resources/icons/tabler/.

The SVGs are drawn with QSvgRenderer into pixmaps here rather than left to Qt's SVG icon-engine plugin, so a frozen
build needs only the QtSvg module (imported below), not a plugin PyInstaller might leave out."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from desktop import paths

# What an icon means -> the Tabler file it is drawn from.
ICONS = {
    # navigation
    "intake": "phone-incoming", "tickets": "clipboard-list", "dispatch": "calendar-event", "my_day": "calendar-time",
    "installations": "tools", "customers": "users", "stock": "packages", "charges": "cash", "claims": "scale",
    "callbacks": "phone-outgoing", "complaints": "message-report", "consultations": "message-question",
    "quality": "alert-triangle", "dashboard": "chart-bar",
    # actions
    "save": "device-floppy", "print": "printer", "refresh": "refresh", "search": "search", "new": "plus",
    "export": "file-export", "import": "file-import", "lock": "lock", "help": "help", "plan": "calendar-plus",
    "agree": "clock-check", "arrival": "map-pin", "result": "clipboard-check", "escalate": "arrow-up-circle",
    "history": "history", "close": "x", "done": "check", "users": "user-cog", "settings": "settings",
    "key": "key", "guide": "book", "clear": "eraser", "resolve_by_phone": "phone-check", "empty": "inbox",
    "sign_out": "logout", "report": "report", "certificate": "file-certificate", "verify": "shield-check",
    "issue": "truck-delivery", "repeat": "repeat", "receive": "building-warehouse", "exchange": "arrows-exchange",
}
SIZES = (16, 20, 24, 32, 48)


def icon_path(name: str) -> Path:
    return paths.resources_dir() / "icons" / "tabler" / f"{ICONS[name]}.svg"


@cache
def icon(name: str) -> QIcon:
    """The icon for `name` (a key of ICONS); an empty icon when the file is missing, never an error."""
    renderer = QSvgRenderer(str(icon_path(name)))
    result = QIcon()
    if not renderer.isValid():
        return result
    ratio = 1.0
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.primaryScreen() is not None:
        ratio = max(1.0, app.primaryScreen().devicePixelRatio())
    for size in SIZES:
        pixels = round(size * ratio)
        pixmap = QPixmap(pixels, pixels)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, pixels, pixels))
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        result.addPixmap(pixmap)
    return result


# Buttons that mean the same everywhere get the same icon, by their Designer name (one place, not every form).
BUTTON_ICONS = {
    "refresh_button": "refresh", "print_button": "print", "new_button": "new", "save_button": "save",
    "result_button": "result", "arrival_button": "arrival", "plan_button": "plan", "agree_button": "agree",
    "escalate_button": "escalate", "history_button": "history", "open_ticket_button": "tickets",
    "resolve_button": "resolve_by_phone", "clear_button": "clear", "complete_button": "done",
    "receive_button": "receive", "issue_button": "issue", "export_button": "export", "import_button": "import",
    "quality_button": "quality", "start_button": "new", "open_button": "callbacks", "pay_button": "charges",
    "find_button": "search", "print_record_button": "print", "words_button": "guide",
}


def decorate_buttons(root: QWidget) -> None:
    """Give every known button under `root` its icon (a button that already has one keeps it)."""
    for button in root.findChildren(QAbstractButton):
        name = BUTTON_ICONS.get(button.objectName())
        if name is not None and button.icon().isNull():
            decorate(button, name)


def decorate(button: QAbstractButton, name: str, size: int = 16) -> None:
    """Put an action's icon on a button (its text stays: icons help recognise, words tell)."""
    button.setIcon(icon(name))
    button.setIconSize(QSize(size, size))
