"""Pending callbacks, fetched page by page from CallbackService.queue (sorted by due time in SQL)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.clock import to_local
from desktop.rules.phones import format_phone
from desktop.services.actor import Actor
from desktop.views.callbacks.labels import kind_names

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class CallbackTableModel(QAbstractTableModel):
    def __init__(self, service: Any, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._rows: list[Any] = []
        self._total = 0
        self._filters: dict[str, Any] = {"bucket": "all", "kind": None, "clerk_id": None}
        self.counts: Any = None

    def _headers(self) -> list[str]:
        return [self.tr("Due"), self.tr("Type"), self.tr("Customer"), self.tr("Phone"), self.tr("Ticket"),
                self.tr("Attempts"), self.tr("Clerk")]

    def set_filters(self, *, bucket: str, kind: str | None, clerk_id: int | None) -> None:
        self._filters = {"bucket": bucket, "kind": kind, "clerk_id": clerk_id}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        page = self._service.queue(self._actor, offset=0, limit=PAGE, **self._filters)
        self._rows = list(page.rows)
        self._total = page.total
        self.counts = page.counts
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 7

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        page = self._service.queue(self._actor, offset=len(self._rows), limit=PAGE, **self._filters)
        if not page.rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                to_local(row.due_at).strftime("%Y-%m-%d %H:%M"),
                kind_names().get(row.kind, row.kind),
                row.customer_name,
                format_phone(row.phone),
                row.ticket_number,
                str(row.attempts),
                row.assigned_name,
            ][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
