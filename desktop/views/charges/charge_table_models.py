"""The charges area's paged lists: visits with money to collect, and receipts; both read page by page in SQL."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.clock import to_local
from desktop.services.charges.charge_records import PaymentFilter
from desktop.services.core.actor import Actor
from desktop.views.charges.charge_texts import desk, method_names, money, status_names
from desktop.views.look import ALERT
from desktop.views.widgets.paged_table_model import Index, PagedTableModel

if TYPE_CHECKING:
    from desktop.services.charges.payment_service import PaymentService

VOID = QColor("#888888")
OWING = ALERT


class ChargeDueTableModel(PagedTableModel):
    def __init__(self, service: PaymentService, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service, self._actor = service, actor
        self._text, self._unpaid_only = "", True

    def _headers(self) -> list[str]:
        return [self.tr("Visit ended"), self.tr("Ticket"), self.tr("Customer"), self.tr("Engineer"),
                self.tr("Call-out"), self.tr("Labour"), self.tr("Parts"), self.tr("Total"), self.tr("Paid"),
                self.tr("Owed")]

    def _fetch(self, offset: int, limit: int) -> Any:
        return self._service.charges_due(self._actor, text=self._text, unpaid_only=self._unpaid_only, offset=offset,
                                         limit=limit)

    def set_filters(self, *, text: str, unpaid_only: bool) -> None:
        self._text, self._unpaid_only = text, unpaid_only
        self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            ended = f"{to_local(row.departed_at):%Y-%m-%d %H:%M}" if row.departed_at else ""
            return [ended, row.ticket_number, row.customer_name, row.engineer_name, money(row.call_out_fee_fen),
                    money(row.labour_fen), money(row.parts_fen), money(row.total_fen), money(row.paid_fen),
                    money(row.outstanding_fen)][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 9 and row.outstanding_fen:
            return QBrush(OWING)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PaymentTableModel(PagedTableModel):
    def __init__(self, service: Any, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service, self._actor = service, actor
        self._filters = PaymentFilter()

    def _headers(self) -> list[str]:
        return [self.tr("Receipt no."), self.tr("Paid at"), self.tr("Ticket"), self.tr("Paid by"),
                self.tr("Collected by"), self.tr("Method"), self.tr("Amount"), self.tr("Status"),
                self.tr("Recorded by")]

    def _fetch(self, offset: int, limit: int) -> Any:
        return self._service.payments(self._actor, self._filters, offset=offset, limit=limit)

    def set_filters(self, filters: PaymentFilter) -> None:
        self._filters = filters
        self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            status = status_names().get(row.status, row.status)
            if row.status == "void" and row.void_reason:
                status = f"{status}: {row.void_reason}"
            return [row.receipt_no, f"{to_local(row.paid_at):%Y-%m-%d %H:%M}", row.ticket_number, row.payer_name,
                    row.engineer_name or desk(), method_names().get(row.method, row.method), money(row.amount_fen),
                    status, row.recorded_by][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "void":
            return QBrush(VOID)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
