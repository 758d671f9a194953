"""An empty list, queue or board says why it is empty and what to do, in the middle of where the rows would be.

`show_when_empty(view, message)` lays a label over the view's viewport while its model has no rows; `message` is a
callable so the words can follow the filters ("nothing matches this search: clear it") and the language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget
from shiboken6 import isValid

from desktop.views.look import EMPTY_STATE_STYLE


class EmptyState(QLabel):
    def __init__(self, host: QWidget, message: Callable[[], str], is_empty: Callable[[], bool]) -> None:
        super().__init__(host)
        self.setObjectName("empty_state")
        self.setProperty("role", "empty_state")
        self.setStyleSheet(EMPTY_STATE_STYLE)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._message, self._is_empty = message, is_empty
        host.installEventFilter(self)
        self.update_state()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place()
        return False

    def _place(self) -> None:
        host = self.parentWidget()
        if host is not None:
            margin = 24
            self.setGeometry(margin, margin, max(0, host.width() - 2 * margin), max(0, host.height() - 2 * margin))

    def update_state(self, *_args: object) -> None:
        if not isValid(self):  # the model's last signals while the view is being destroyed
            return
        empty = self._is_empty()
        if empty:
            self.setText(self._message())
            self._place()
        self.setVisible(empty)


def show_when_empty(view: QAbstractItemView, message: Callable[[], str]) -> EmptyState:
    """Overlay `view` with the message while its model has no rows (call after the view has its model)."""
    def is_empty() -> bool:
        model = view.model()
        return model is None or model.rowCount() == 0

    state = EmptyState(view.viewport(), message, is_empty)
    model = view.model()
    if model is not None:
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(state.update_state)
    return state
