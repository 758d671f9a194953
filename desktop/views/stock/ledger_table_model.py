"""LedgerTableModel: the stock ledger (配件台账) page by page from StockService.ledger; sorted and filtered in SQL."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush

from desktop.clock import to_local
from desktop.i18n import catalogue_name
from desktop.services.core.actor import Actor
from desktop.services.stock.stock_records import LedgerFilter
from desktop.views.look import ALERT
from desktop.views.stock.stock_texts import destination_names, kind_names, place_names
from desktop.views.widgets.paged_table_model import Index, PagedTableModel

if TYPE_CHECKING:
    from desktop.services.stock.stock_service import StockService

OVERRIDE = ALERT


class LedgerTableModel(PagedTableModel):
    def __init__(self, service: StockService, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service, self._actor = service, actor
        self._filters = LedgerFilter()
        self._descending = True

    def _headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("No."), self.tr("Movement"), self.tr("Part"), self.tr("Qty"),
                self.tr("From"), self.tr("To"), self.tr("Engineer"), self.tr("Ticket"), self.tr("Tag / document"),
                self.tr("Value"), self.tr("Recorded by"), self.tr("Note")]

    def _fetch(self, offset: int, limit: int) -> Any:
        return self._service.ledger(self._actor, self._filters, offset=offset, limit=limit,
                                    descending=self._descending)

    @property
    def total(self) -> int:
        return self._total

    def set_filters(self, filters: LedgerFilter) -> None:
        self._filters = filters
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # Only the time is sortable: the ledger is read in time order, newest or oldest first.
        if column == 0:
            self._descending = order == Qt.SortOrder.DescendingOrder
            self.reload()

    def _place(self, kind: str | None, engineer: str) -> str:
        if kind is None:
            return ""
        return f"{engineer} {place_names()['van']}" if kind == "van" and engineer else place_names().get(kind, kind)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = catalogue_name(row.part_name_zh, row.part_name_en)
            document = " ".join(x for x in (row.tag_no, row.reference,
                                            destination_names().get(row.destination or "", "")) if x)
            note = " ".join(x for x in (row.override_reason, row.note) if x)
            value = Decimal(row.unit_price_fen * row.quantity) / 100
            return [f"{to_local(row.moved_at):%Y-%m-%d %H:%M}", row.number, kind_names().get(row.kind, row.kind),
                    f"{row.part_code} {name}", f"{row.quantity}{row.unit}", self._place(row.from_kind,
                                                                                       row.engineer_name),
                    self._place(row.to_kind, row.engineer_name), row.engineer_name, row.ticket_number, document,
                    f"¥{value:,.2f}", row.recorded_by, note][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and row.override_reason:
            return QBrush(OVERRIDE)
        if role == Qt.ItemDataRole.ToolTipRole and row.override_reason:
            return self.tr("Stock let go below zero by a supervisor: {reason}").format(reason=row.override_reason)
        return None
