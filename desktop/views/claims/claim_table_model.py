"""ClaimTableModel: the claim list, fetched page by page from ClaimService; sorting and filters re-query in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.clock import to_local
from desktop.services.claims.claim_service import ClaimRow, ClaimService
from desktop.services.core.actor import Actor
from desktop.views.claims.claim_texts import status_names, value_names

PAGE_SIZE = 200
# Columns and the service's sort key for each (None: not sortable in SQL).
COLUMNS = ("number", "created_at", "status", "customer", "unit", "ticket", "requested", "outcome", "rule")
SORT_KEYS = {0: "number", 1: "created_at", 2: "status"}

_Index = QModelIndex | QPersistentModelIndex


class ClaimTableModel(QAbstractTableModel):
    def __init__(self, service: ClaimService, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._rows: list[ClaimRow] = []
        self._total = 0
        self._status: str | None = None
        self._text = ""
        self._sort = "created_at"
        self._descending = True

    def headers(self) -> list[str]:
        return [self.tr("Claim no."), self.tr("Started"), self.tr("Status"), self.tr("Customer"),
                self.tr("Unit"), self.tr("Ticket"), self.tr("Asked for"), self.tr("Decision"), self.tr("Rule")]

    def set_filter(self, status: str | None, text: str) -> None:
        self._status, self._text = status or None, text
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        page = self._service.list_page(self._actor, offset=0, limit=PAGE_SIZE, status=self._status, text=self._text,
                                       sort=self._sort, descending=self._descending)
        self._rows = list(page.rows)
        self._total = page.total
        self.endResetModel()

    def row_at(self, row: int) -> ClaimRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        page = self._service.list_page(self._actor, offset=len(self._rows), limit=PAGE_SIZE, status=self._status,
                                       text=self._text, sort=self._sort, descending=self._descending)
        if not page.rows:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self._total = page.total
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        self._sort, self._descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        values = value_names()
        column = COLUMNS[index.column()]
        if column == "number":
            return row.number
        if column == "created_at":
            return f"{to_local(row.created_at):%Y-%m-%d %H:%M}"
        if column == "status":
            return status_names().get(row.status, row.status)
        if column == "customer":
            return row.customer_name
        if column == "unit":
            return f"{row.model} {row.serial}"
        if column == "ticket":
            return row.ticket_number
        if column == "requested":
            return values.get(row.requested_remedy, row.requested_remedy)
        if column == "outcome":
            return values.get(row.outcome, row.outcome) if row.outcome else ""
        return row.rule_label
