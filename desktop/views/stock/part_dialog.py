"""PartDialog: a catalogue part created or edited by the supervisor (unit, price, warranty and main part flags)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.errors import DomainError
from desktop.services.core.actor import Actor
from desktop.services.stock.stock_records import CataloguePart, PartInput
from desktop.views import window_state
from desktop.views.messages import error_message
from desktop.views.stock import stock_messages  # noqa: F401  (registers the error texts)
from desktop.views.ui.ui_part_dialog import Ui_PartDialog

if TYPE_CHECKING:
    from desktop.services.stock.part_service import PartService


class PartDialog(QDialog):
    part_saved = Signal(object)  # CataloguePart

    def __init__(self, service: PartService, actor: Actor, lines: Sequence[tuple[str, str]],
                 part: CataloguePart | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PartDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self.setObjectName("part_dialog")
        self._service, self._actor, self._part = service, actor, part
        self.ui.line_combo.addItem(self.tr("(every product line)"), "")
        for code, name in lines:
            self.ui.line_combo.addItem(name, code)
        self.ui.unit_edit.setText("个")
        if part is not None:
            self.ui.line_combo.setCurrentIndex(max(0, self.ui.line_combo.findData(part.product_line)))
            self.ui.code_edit.setText(part.code)
            self.ui.name_zh_edit.setText(part.name_zh)
            self.ui.name_en_edit.setText(part.name_en)
            self.ui.unit_edit.setText(part.unit)
            self.ui.price_spin.setValue(part.price_fen / 100)
            self.ui.reorder_spin.setValue(part.reorder_level)
            self.ui.warranty_check.setChecked(part.is_warranty_part)
            self.ui.main_check.setChecked(part.is_main_part)
            self.ui.consumable_check.setChecked(part.is_consumable)
            self.ui.active_check.setChecked(part.active)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    def part_input(self) -> PartInput:
        return PartInput(
            product_line=str(self.ui.line_combo.currentData() or ""), code=self.ui.code_edit.text(),
            name_zh=self.ui.name_zh_edit.text(), name_en=self.ui.name_en_edit.text(), unit=self.ui.unit_edit.text(),
            price_fen=round(self.ui.price_spin.value() * 100), is_warranty_part=self.ui.warranty_check.isChecked(),
            is_main_part=self.ui.main_check.isChecked(), is_consumable=self.ui.consumable_check.isChecked(),
            reorder_level=self.ui.reorder_spin.value(), active=self.ui.active_check.isChecked())

    def _on_button_box_accepted(self) -> None:
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)
        try:
            saved = self._service.save_part(self._actor, self._part.id if self._part else None, self.part_input(),
                                            version=self._part.version if self._part else None)
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            save.setEnabled(True)
            return
        self.part_saved.emit(saved)
        self.accept()
