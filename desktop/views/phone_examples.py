"""The landline shown as an example in hints and phone messages, with the branch's own area code.

A clerk in 新乡 (0373) was told "e.g. 0372-2108187", 安阳's code: an example in another city's code suggests the
wrong thing to type. The code comes from the branch's hotline once the window is up (SettingsService.area_code);
until then, or for a branch whose hotline is a mobile, the example is neutral."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal


class _Examples(QObject):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.area_code = ""


_examples: _Examples | None = None


def notifier() -> _Examples:
    """Emits `changed` when the branch's area code becomes known: a hint already on screen shows it."""
    global _examples
    if _examples is None:
        _examples = _Examples()
    return _examples


def set_area_code(code: str) -> None:
    examples = notifier()
    if code != examples.area_code:
        examples.area_code = code
        examples.changed.emit()


def landline_example() -> str:
    """0373-2108187 for a branch in 0373; a three-digit code (010, 021…) goes with eight-digit numbers."""
    code = notifier().area_code
    if not code:
        return QCoreApplication.translate("PhoneExamples", "0XXX-XXXXXXX")
    return f"{code}-{'2108187' if len(code) == 4 else '21081870'}"
