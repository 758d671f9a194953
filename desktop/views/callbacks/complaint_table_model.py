"""Complaints, page by page from ComplaintService.list_page (sorted by promised answer time in SQL)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush

from desktop.clock import to_local
from desktop.services.core.actor import Actor
from desktop.views.callbacks.labels import complaint_status_names, concerns_names, source_names
from desktop.views.look import ALERT
from desktop.views.widgets.paged_table_model import Index, PagedTableModel

if TYPE_CHECKING:
    from desktop.services.callbacks.complaint_service import ComplaintService


class ComplaintTableModel(PagedTableModel):
    def __init__(self, service: ComplaintService, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._status = "open"

    def _fetch(self, offset: int, limit: int) -> Any:
        return self._service.list_page(self._actor, status=self._status, offset=offset, limit=limit)

    def _headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Customer"), self.tr("Source"), self.tr("Concerns"),
                self.tr("Person"), self.tr("Owner"), self.tr("Status"), self.tr("Call back by"),
                self.tr("Answer due")]

    def set_status(self, status: str) -> None:
        self._status = status
        self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            due = to_local(row.promised_answer_at).strftime("%Y-%m-%d %H:%M")
            return [
                row.number, row.customer_name, source_names().get(row.source, row.source),
                concerns_names().get(row.concerns, row.concerns), row.concerns_person, row.owner_name,
                complaint_status_names().get(row.status, row.status), self._call_back(row),
                self.tr("{due} (overdue)").format(due=due) if row.overdue else due,
            ][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and (row.overdue or row.first_contact_overdue):
            return QBrush(ALERT)
        return None

    def _call_back(self, row: Any) -> str:
        if row.first_contact_at is not None:
            return self.tr("called {at}").format(at=to_local(row.first_contact_at).strftime("%m-%d %H:%M"))
        if row.first_contact_due_at is None:
            return ""
        due = to_local(row.first_contact_due_at).strftime("%m-%d %H:%M")
        return self.tr("{due} (overdue)").format(due=due) if row.first_contact_overdue else due
