"""Installation orders, page by page from InstallationService.list_page (newest first, filtered in SQL)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from desktop.clock import to_local
from desktop.services.core.actor import Actor
from desktop.views.tickets.ticket_text import status_names
from desktop.views.widgets.paged_table_model import Index, PagedTableModel

if TYPE_CHECKING:
    from desktop.services.installations.installation_service import InstallationService


class InstallationTableModel(PagedTableModel):
    def __init__(self, service: InstallationService, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._open_only = True
        self._text = ""

    def _fetch(self, offset: int, limit: int) -> Any:
        return self._service.list_page(self._actor, open_only=self._open_only, text=self._text, offset=offset,
                                       limit=limit)

    def _headers(self) -> list[str]:
        return [self.tr("Ticket"), self.tr("Status"), self.tr("Customer"), self.tr("Phone"), self.tr("Address"),
                self.tr("Model"), self.tr("Serial no."), self.tr("Requested"), self.tr("Sold by"),
                self.tr("Engineer"), self.tr("Installed on")]

    def set_filter(self, open_only: bool, text: str) -> None:
        self._open_only, self._text = open_only, text
        self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                row.ticket_number, status_names().get(row.ticket_status, row.ticket_status), row.customer_name,
                row.phone, row.address, row.model, row.serial, f"{row.requested_date:%Y-%m-%d}", row.sold_by,
                row.engineer_name, "" if row.installed_on is None else f"{row.installed_on:%Y-%m-%d}",
            ][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Opened {at}").format(at=f"{to_local(row.opened_at):%Y-%m-%d %H:%M}")
        return None
