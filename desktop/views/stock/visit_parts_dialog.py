"""VisitPartsDialog: the parts an engineer is to take on a visit (配件需求); the dispatch slip lists them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidgetItem, QWidget

from desktop.clock import to_local
from desktop.errors import DomainError
from desktop.i18n import catalogue_name
from desktop.services.core.actor import Actor
from desktop.services.stock.stock_records import CataloguePart, VisitNeedRow
from desktop.views import window_state
from desktop.views.messages import error_message
from desktop.views.stock import stock_messages  # noqa: F401  (registers the error texts)
from desktop.views.stock.stock_texts import part_name
from desktop.views.ui.ui_visit_parts_dialog import Ui_VisitPartsDialog

if TYPE_CHECKING:
    from desktop.services.stock.stock_service import StockService


class VisitPartsDialog(QDialog):
    parts_saved = Signal(int)  # visit id

    def __init__(self, service: StockService, actor: Actor, visit: VisitNeedRow, parts: Sequence[CataloguePart],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VisitPartsDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self.setObjectName("visit_parts_dialog")
        self._service, self._actor, self._visit = service, actor, visit
        self._parts = {p.id: p for p in parts}
        self._lines: list[tuple[int, int]] = []
        self.ui.visit_label.setText(self.tr("{ticket}: {engineer}, {start:%Y-%m-%d %H:%M}; {product}, {fault}").format(
            ticket=visit.ticket_number, engineer=visit.engineer_name, start=to_local(visit.start),
            product=catalogue_name(visit.product_line, visit.product_line_en),
            fault=catalogue_name(visit.fault, visit.fault_en)))
        for part in parts:
            self.ui.part_combo.addItem(part_name(part.code, part.name_zh, part.name_en), part.id)
        self.ui.parts_table.setColumnCount(3)
        self.ui.parts_table.setHorizontalHeaderLabels([self.tr("Part"), self.tr("Qty"), self.tr("Issued")])
        self.ui.parts_table.horizontalHeader().setStretchLastSection(True)
        issued = {n.part_id: n.issued for n in visit.needs}
        self._issued = issued
        for need in visit.needs:
            if need.part_id in self._parts:
                self.add_line(need.part_id, need.quantity)
        self.ui.add_button.clicked.connect(self._on_add_button_clicked)
        self.ui.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    def add_line(self, part_id: int, quantity: int) -> None:
        for index, (existing, count) in enumerate(self._lines):
            if existing == part_id:
                self._lines[index] = (part_id, count + quantity)
                self._refresh()
                return
        self._lines.append((part_id, quantity))
        self._refresh()

    def _refresh(self) -> None:
        table = self.ui.parts_table
        table.setRowCount(0)
        for part_id, quantity in self._lines:
            part = self._parts[part_id]
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, QTableWidgetItem(part_name(part.code, part.name_zh, part.name_en)))
            table.setItem(row, 1, QTableWidgetItem(f"{quantity}{part.unit}"))
            table.setItem(row, 2, QTableWidgetItem(str(self._issued.get(part_id, 0))))

    def _on_add_button_clicked(self) -> None:
        if self.ui.part_combo.currentIndex() >= 0:
            self.add_line(int(self.ui.part_combo.currentData()), self.ui.quantity_spin.value())

    def _on_remove_button_clicked(self) -> None:
        row = self.ui.parts_table.currentRow()
        if row >= 0:
            del self._lines[row]
            self._refresh()

    def _on_button_box_accepted(self) -> None:
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)
        try:
            self._service.set_visit_parts(self._actor, self._visit.visit_id, list(self._lines))
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            save.setEnabled(True)
            return
        self.parts_saved.emit(self._visit.visit_id)
        self.accept()
