"""Regression guard for PySide6 6.12.0 on Python 3.11: model/view calls lost references to None until the
process aborted with "deallocating None". We pin 6.11.x; this test fails if a release brings the bug back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView


class _PagedModel(QAbstractTableModel):
    """A tiny lazy model like the ticket list's: data() returns None for most roles, fetchMore pages in."""

    def __init__(self, total: int, page: int) -> None:
        super().__init__()
        self._total, self._page, self._rows = total, page, 0

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row()}:{index.column()}"
        return None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._rows < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        count = min(self._page, self._total - self._rows)
        self.beginInsertRows(QModelIndex(), self._rows, self._rows + count - 1)
        self._rows += count
        self.endInsertRows()


def test_none_refcount_does_not_fall_during_model_view_calls(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = _PagedModel(total=20_000, page=200)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(400, 300)
    view.show()
    before = sys.getrefcount(None)
    roles = [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole,
             Qt.ItemDataRole.DisplayRole]
    for _ in range(100):
        if model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        for row in range(0, model.rowCount(), 97):
            index = model.index(row, row % 3)
            for role in roles:
                index.data(role)
        view.scrollToBottom()
        qtbot.wait(0)
    after = sys.getrefcount(None)
    assert model.rowCount() == 20_000
    # Immortal None (3.12+) reports a huge constant; on 3.11 a leak of lost references makes it fall.
    assert after >= before - 50, f"references to None fell from {before} to {after}"


def test_installed_pyside6_is_not_the_known_bad_release() -> None:
    import PySide6

    assert not PySide6.__version__.startswith("6.12.0"), "PySide6 6.12.0 aborts with 'deallocating None'"
