"""Pending callbacks, fetched page by page from CallbackService.queue (sorted by due time in SQL)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush

from desktop.clock import to_local
from desktop.rules.phones import format_phone
from desktop.services.core.actor import Actor
from desktop.views.callbacks.labels import kind_names
from desktop.views.look import ALERT
from desktop.views.widgets.paged_table_model import Index, PagedTableModel

if TYPE_CHECKING:
    from desktop.services.callbacks.callback_service import CallbackService


class CallbackTableModel(PagedTableModel):
    def __init__(self, service: CallbackService, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._filters: dict[str, Any] = {"bucket": "all", "kind": None, "clerk_id": None}
        self.counts: Any = None

    def _headers(self) -> list[str]:
        return [self.tr("Due"), self.tr("Type"), self.tr("Customer"), self.tr("Phone"), self.tr("Ticket"),
                self.tr("Attempts"), self.tr("Clerk")]

    def _fetch(self, offset: int, limit: int) -> Any:
        return self._service.queue(self._actor, offset=offset, limit=limit, **self._filters)

    def _first_page_loaded(self, page: Any) -> None:
        self.counts = page.counts

    def set_filters(self, *, bucket: str, kind: str | None, clerk_id: int | None) -> None:
        self._filters = {"bucket": bucket, "kind": kind, "clerk_id": clerk_id}
        self.reload()

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
        if role == Qt.ItemDataRole.ToolTipRole and getattr(row, "reason", None):
            # An ad-hoc callback says why it is made (seed 004 不定期回访).
            return row.reason
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return QBrush(ALERT)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
