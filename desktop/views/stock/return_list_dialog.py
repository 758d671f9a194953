"""ReturnListDialog: old parts from the shelf and good parts from the warehouse sent back on one numbered list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QTableWidgetItem, QWidget

from desktop.errors import DomainError
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import allowed
from desktop.services.stock.stock_records import CataloguePart, ReturnLine, ShelfPart
from desktop.views import window_state
from desktop.views.messages import error_message
from desktop.views.stock import stock_messages  # noqa: F401  (registers the error texts)
from desktop.views.stock.stock_texts import destination_names, part_name
from desktop.views.ui.ui_return_list_dialog import Ui_ReturnListDialog

if TYPE_CHECKING:
    from desktop.services.stock.return_service import ReturnService


class ReturnListDialog(QDialog):
    list_created = Signal(object)  # ReturnListRow

    def __init__(self, service: ReturnService, actor: Actor, shelf: Sequence[ShelfPart], parts: Sequence[CataloguePart],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReturnListDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self.setObjectName("return_list_dialog")
        self._service, self._actor = service, actor
        self._parts = {p.id: p for p in parts}
        self._lines: list[tuple[int, int]] = []
        for code, name in destination_names().items():
            self.ui.destination_combo.addItem(name, code)
        self.ui.destination_combo.setCurrentIndex(self.ui.destination_combo.findData("factory"))
        for item in shelf:
            row = QListWidgetItem(self.tr("{tag}  {part} ×{quantity}  ticket {ticket}  ({engineer})").format(
                tag=item.tag_no, part=part_name(item.part_code, item.part_name_zh, item.part_name_en),
                quantity=item.quantity,
                ticket=item.ticket_number, engineer=item.engineer_name))
            row.setData(Qt.ItemDataRole.UserRole, item.movement_id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            self.ui.shelf_list.addItem(row)
        for part in parts:
            self.ui.part_combo.addItem(part_name(part.code, part.name_zh, part.name_en), part.id)
        self.ui.stock_table.setColumnCount(2)
        self.ui.stock_table.setHorizontalHeaderLabels([self.tr("Part"), self.tr("Qty")])
        self.ui.stock_table.horizontalHeader().setStretchLastSection(True)
        self._may_override = allowed(actor, "stock.override_negative")
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.all_button.clicked.connect(lambda: self._tick(Qt.CheckState.Checked))
        self.ui.none_button.clicked.connect(lambda: self._tick(Qt.CheckState.Unchecked))
        self.ui.add_button.clicked.connect(self._on_add_button_clicked)
        self.ui.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    def _tick(self, state: Qt.CheckState) -> None:
        for index in range(self.ui.shelf_list.count()):
            self.ui.shelf_list.item(index).setCheckState(state)

    def ticked(self) -> list[int]:
        items = (self.ui.shelf_list.item(i) for i in range(self.ui.shelf_list.count()))
        return [int(item.data(Qt.ItemDataRole.UserRole)) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def add_line(self, part_id: int, quantity: int) -> None:
        self._lines.append((part_id, quantity))
        part = self._parts[part_id]
        row = self.ui.stock_table.rowCount()
        self.ui.stock_table.insertRow(row)
        self.ui.stock_table.setItem(row, 0, QTableWidgetItem(part_name(part.code, part.name_zh, part.name_en)))
        self.ui.stock_table.setItem(row, 1, QTableWidgetItem(f"{quantity}{part.unit}"))

    def _on_add_button_clicked(self) -> None:
        if self.ui.part_combo.currentIndex() >= 0:
            self.add_line(int(self.ui.part_combo.currentData()), self.ui.quantity_spin.value())

    def _on_remove_button_clicked(self) -> None:
        row = self.ui.stock_table.currentRow()
        if row >= 0:
            del self._lines[row]
            self.ui.stock_table.removeRow(row)

    def _on_button_box_accepted(self) -> None:
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)
        try:
            created = self._service.create_return_list(
                self._actor, str(self.ui.destination_combo.currentData()), self.ticked(),
                [ReturnLine(p, q) for p, q in self._lines], note=self.ui.note_edit.text())
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            save.setEnabled(True)
            return
        self.list_created.emit(created)
        self.accept()
