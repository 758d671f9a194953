"""A table model that reads its rows page by page from a service (sorting and filtering stay in SQL)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class PagedTableModel(QAbstractTableModel):
    """Subclasses define `_fetch(offset, limit)` returning a page with `.rows` and `.total`, and `_headers()`
    returning the translated column titles (not declared here: Qt's metaclass rules out abc)."""

    _fetch: Any
    _headers: Any

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._total = 0

    def _first_page_loaded(self, page: Any) -> None:
        """Hook for what else a first page carries (e.g. the queue's counts)."""

    def reload(self) -> None:
        self.beginResetModel()
        page = self._fetch(0, PAGE)
        self._rows, self._total = list(page.rows), page.total
        self._first_page_loaded(page)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers())

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = ROOT) -> None:
        page = self._fetch(len(self._rows), PAGE)
        if not page.rows:
            # Rows vanished since the count (another PC): stop asking rather than loop.
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None
