"""BalanceTableModel: quantity on hand per place and part, page by page from StockService.balances."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush

from desktop.i18n import catalogue_name
from desktop.services.core.actor import Actor
from desktop.views.look import ALERT
from desktop.views.stock.stock_texts import place_names, van_of
from desktop.views.widgets.paged_table_model import Index, PagedTableModel

if TYPE_CHECKING:
    from desktop.services.stock.stock_service import StockService

LOW = ALERT


class BalanceTableModel(PagedTableModel):
    def __init__(self, service: StockService, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service, self._actor = service, actor
        self._filters: dict[str, Any] = {"kind": None, "engineer_id": None, "text": "", "low_only": False}

    def _headers(self) -> list[str]:
        return [self.tr("Place"), self.tr("Part code"), self.tr("Part"), self.tr("Unit"), self.tr("On hand"),
                self.tr("Minimum")]

    def _fetch(self, offset: int, limit: int) -> Any:
        return self._service.balances(self._actor, offset=offset, limit=limit, **self._filters)

    def set_filters(self, *, kind: str | None, engineer_id: int | None, text: str, low_only: bool) -> None:
        self._filters = {"kind": kind, "engineer_id": engineer_id, "text": text, "low_only": low_only}
        self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            place = van_of(row.engineer_name) if row.location_kind == "van" else \
                place_names().get(row.location_kind, row.location_kind)
            name = catalogue_name(row.part_name_zh, row.part_name_en)
            return [place, row.part_code, name, row.unit, str(row.quantity),
                    str(row.reorder_level) if row.location_kind == "warehouse" and row.reorder_level else ""
                    ][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and (row.low or row.quantity < 0):
            return QBrush(LOW)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
