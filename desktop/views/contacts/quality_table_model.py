"""Quality feedback forms page by page from QualityFeedbackService.list_page (filter and search in SQL)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from desktop.clock import to_local
from desktop.services.core.actor import Actor
from desktop.views.contacts.contact_texts import line_name, quality_source_names, quality_status_names
from desktop.views.widgets.paged_table_model import Index, PagedTableModel

if TYPE_CHECKING:
    from desktop.services.contacts.quality_feedback_service import QualityFeedbackService

DAY = "%Y-%m-%d"


class QualityTableModel(PagedTableModel):
    def __init__(self, service: QualityFeedbackService, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._status = "open"
        self._text = ""
        self._line: int | None = None

    def _fetch(self, offset: int, limit: int) -> Any:
        return self._service.list_page(self._actor, status=self._status, text=self._text,
                                       product_line_id=self._line, offset=offset, limit=limit)

    def _headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Raised"), self.tr("Source"), self.tr("Product"), self.tr("Model"),
                self.tr("Units"), self.tr("Serial numbers"), self.tr("Problem"), self.tr("Status"),
                self.tr("Sent to HQ"), self.tr("Raised by")]

    def set_filter(self, status: str, text: str, product_line_id: int | None) -> None:
        self._status, self._text, self._line = status, text, product_line_id
        self.reload()

    @property
    def total(self) -> int:
        return self._total

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            source = quality_source_names().get(row.source, row.source)
            serials = ", ".join(row.serials[:3]) + (" …" if len(row.serials) > 3 else "")
            return [
                row.number, to_local(row.created_at).strftime(DAY), f"{source} {row.source_number}",
                line_name(row.product_line_zh, row.product_line_en), row.model, str(row.cases), serials,
                row.fault.replace("\n", " "), quality_status_names().get(row.status, row.status),
                to_local(row.sent_at).strftime(DAY) if row.sent_at else "", row.raised_by_name,
            ][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 6:
            return "\n".join(row.serials)
        return None
