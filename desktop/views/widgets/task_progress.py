"""A progress dialog bound to one background Task: shows its progress, Cancel cancels it, closes when done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.views.background import Task


class TaskProgressDialog(QProgressDialog):
    def __init__(self, task: Task, label: str, cancel_text: str, parent: QWidget | None = None,
                 title: str = "") -> None:
        # 0..0 is Qt's "busy" bar until the first progress report gives a total.
        super().__init__(label, cancel_text, 0, 0, parent)
        if title:
            self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        # Quick tasks finish before the dialog would flash on screen.
        self.setMinimumDuration(300)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self._task = task
        self.canceled.connect(task.token.cancel)
        task.progressed.connect(self._on_task_progressed)
        task.finished.connect(self._on_task_finished)

    def _on_task_progressed(self, done: int, total: int) -> None:
        total = max(total, 1)
        self.setMaximum(total)
        self.setValue(min(done, total))

    def _on_task_finished(self) -> None:
        self.canceled.disconnect(self._task.token.cancel)
        self.close()
        self.deleteLater()
