"""Customers found in the file, page by page from CustomerFileService.search (sorted by name in SQL)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from desktop.services.core.actor import Actor
from desktop.views.widgets.paged_table_model import Index, PagedTableModel

if TYPE_CHECKING:
    from desktop.services.customers.customer_file_service import CustomerFileService


class CustomerTableModel(PagedTableModel):
    def __init__(self, service: CustomerFileService, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._text = ""
        self._key_accounts = False

    @property
    def total(self) -> int:
        return self._total

    def _fetch(self, offset: int, limit: int) -> Any:
        return self._service.search(self._actor, self._text, key_accounts_only=self._key_accounts, offset=offset,
                                    limit=limit)

    def _headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Phone"), self.tr("Address"), self.tr("Units"), self.tr("Open tickets")]

    def set_filter(self, text: str, key_accounts_only: bool) -> None:
        self._text, self._key_accounts = text, key_accounts_only
        self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = row.name + (" ★" if row.is_key_account else "")
            return [name, row.phone, row.address, str(row.units), str(row.open_tickets)][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and row.is_key_account:
            return self.tr("Key account: called weekly, visited monthly")
        return None
