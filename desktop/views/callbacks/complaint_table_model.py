"""Complaints, page by page from ComplaintService.list_page (sorted by promised answer time in SQL)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.clock import to_local
from desktop.services.actor import Actor
from desktop.views.callbacks.labels import complaint_status_names, concerns_names, source_names

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ComplaintTableModel(QAbstractTableModel):
    def __init__(self, service: Any, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._rows: list[Any] = []
        self._total = 0
        self._status = "open"

    def set_status(self, status: str) -> None:
        self._status = status
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        page = self._service.list_page(self._actor, status=self._status, offset=0, limit=PAGE)
        self._rows, self._total = list(page.rows), page.total
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 8

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        page = self._service.list_page(self._actor, status=self._status, offset=len(self._rows), limit=PAGE)
        if not page.rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Number"), self.tr("Customer"), self.tr("Source"), self.tr("Concerns"),
                    self.tr("Person"), self.tr("Owner"), self.tr("Status"), self.tr("Answer due")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            due = to_local(row.promised_answer_at).strftime("%Y-%m-%d %H:%M")
            return [
                row.number, row.customer_name, source_names().get(row.source, row.source),
                concerns_names().get(row.concerns, row.concerns), row.concerns_person, row.owner_name,
                complaint_status_names().get(row.status, row.status),
                self.tr("{due} (overdue)").format(due=due) if row.overdue else due,
            ][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return QBrush(QColor("#b00020"))
        return None
