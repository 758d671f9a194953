"""Consultations page by page from ConsultationService.list_page (filter, search and order in SQL)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush

from desktop.clock import to_local
from desktop.rules.phones import format_phone
from desktop.services.core.actor import Actor
from desktop.views.contacts.contact_texts import consultation_status_names, line_name, topic_names
from desktop.views.look import ALERT
from desktop.views.widgets.paged_table_model import Index, PagedTableModel

if TYPE_CHECKING:
    from desktop.services.contacts.consultation_service import ConsultationService

TIME = "%m-%d %H:%M"


class ConsultationTableModel(PagedTableModel):
    def __init__(self, service: ConsultationService, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._status = "open"
        self._text = ""

    def _fetch(self, offset: int, limit: int) -> Any:
        return self._service.list_page(self._actor, status=self._status, text=self._text, offset=offset,
                                       limit=limit)

    def _headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Received"), self.tr("Caller"), self.tr("Phone"), self.tr("Product"),
                self.tr("Topic"), self.tr("Question"), self.tr("Status"), self.tr("Reply promised by"),
                self.tr("Ticket")]

    def set_filter(self, status: str, text: str) -> None:
        self._status, self._text = status, text
        self.reload()

    @property
    def total(self) -> int:
        return self._total

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            due = to_local(row.reply_due_at).strftime(TIME) if row.reply_due_at else self.tr("answered at once")
            if row.overdue:
                due = self.tr("{due} (overdue)").format(due=due)
            return [
                row.number, to_local(row.created_at).strftime(TIME), row.caller_name, format_phone(row.phone),
                line_name(row.product_line_zh, row.product_line_en), topic_names().get(row.topic, row.topic),
                row.question.replace("\n", " "), consultation_status_names().get(row.status, row.status), due,
                row.ticket_number,
            ][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return QBrush(ALERT)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 6:
            return row.question
        return None
