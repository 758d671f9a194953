"""Wrapped text that keeps all its lines where the layout around it does not ask for them.

A wizard page (and a form inside a row of columns) lays a word-wrapped label out at the height Qt guesses for it,
not at the height its actual width needs: made narrow (a saved window size, the other language's longer wording, a
clerk dragging the window smaller), the label shows two of its four lines and cuts the rest. Here the label claims
the height its current width needs as its minimum, so the layout, and the window with it, makes room."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel


class _KeepLines(QObject):
    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self._label = label
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._label and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.claim()
        return False

    def claim(self) -> None:
        label = self._label
        needed = label.heightForWidth(label.width()) if label.text() else 0
        # Only a change is set: the same value would ask the layout to run again for nothing.
        if needed >= 0 and needed != label.minimumHeight():
            label.setMinimumHeight(needed)


def keep_all_lines(*labels: QLabel) -> None:
    """Each word-wrapped label keeps every line of its text at whatever width its layout gives it."""
    for label in labels:
        if label.wordWrap():
            _KeepLines(label)
