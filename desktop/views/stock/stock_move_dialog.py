"""StockMoveDialog: a receipt into the warehouse, an issue to an engineer's van, or a return from a van."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QWidget

from desktop.errors import DomainError
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import allowed
from desktop.services.stock.stock_records import CataloguePart
from desktop.views import window_state
from desktop.views.messages import error_message
from desktop.views.stock import stock_messages  # noqa: F401  (registers the error texts)
from desktop.views.stock.stock_texts import part_name
from desktop.views.ui.ui_stock_move_dialog import Ui_StockMoveDialog

RECEIPT, ISSUE, VAN_RETURN = "receipt", "issue", "van_return"


class StockMoveDialog(QDialog):
    moved = Signal(object)  # list[MovementRow] or MovementRow

    def __init__(self, stock: Any, actor: Actor, mode: str, parts: Sequence[CataloguePart],
                 engineers: Sequence[Any], language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StockMoveDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self.setObjectName("stock_move_dialog")
        self._stock, self._actor, self._mode = stock, actor, mode
        titles = {RECEIPT: self.tr("Receipt into the warehouse"), ISSUE: self.tr("Issue to an engineer's van"),
                  VAN_RETURN: self.tr("Return from an engineer's van")}
        intros = {RECEIPT: self.tr("Parts delivered by HQ or bought, counted into the warehouse."),
                  ISSUE: self.tr("Parts the engineer takes from the warehouse into the van (领用)."),
                  VAN_RETURN: self.tr("Unused parts the engineer brings back to the warehouse.")}
        self.setWindowTitle(titles[mode])
        self.ui.intro_label.setText(intros[mode])
        for part in parts:
            self.ui.part_combo.addItem(part_name(part.code, part.name_zh, part.name_en), part.id)
        completer = QCompleter([self.ui.part_combo.itemText(i) for i in range(self.ui.part_combo.count())], self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.part_combo.setCompleter(completer)
        for engineer in engineers:
            self.ui.engineer_combo.addItem(engineer.name, engineer.id)
        with_engineer = mode in (ISSUE, VAN_RETURN)
        self.ui.engineer_label.setVisible(with_engineer)
        self.ui.engineer_combo.setVisible(with_engineer)
        self.ui.reference_label.setVisible(mode == RECEIPT)
        self.ui.reference_edit.setVisible(mode == RECEIPT)
        may_override = mode != RECEIPT and allowed(actor, "stock.override_negative")
        self.ui.override_label.setVisible(may_override)
        self.ui.override_edit.setVisible(may_override)
        self._connect_signals()
        self._on_selection_changed()

    def _connect_signals(self) -> None:
        self.ui.part_combo.currentIndexChanged.connect(self._on_selection_changed)
        self.ui.engineer_combo.currentIndexChanged.connect(self._on_selection_changed)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    def select(self, *, part_id: int | None = None, engineer_id: int | None = None) -> None:
        if part_id is not None:
            self.ui.part_combo.setCurrentIndex(self.ui.part_combo.findData(part_id))
        if engineer_id is not None:
            self.ui.engineer_combo.setCurrentIndex(self.ui.engineer_combo.findData(engineer_id))

    def _on_selection_changed(self) -> None:
        """Shows what the source holds, so a short stock is seen before saving."""
        part_id = self.ui.part_combo.currentData()
        if part_id is None:
            self.ui.on_hand_label.setText("")
            return
        kind, engineer = ("warehouse", None) if self._mode == ISSUE else ("van", self.ui.engineer_combo.currentData())
        if self._mode == RECEIPT:
            kind = "warehouse"
        try:
            rows = self._stock.balances(self._actor, kind=kind, engineer_id=engineer, include_empty=True,
                                        text=self.ui.part_combo.currentText().split(" ")[0]).rows
        except DomainError as exc:
            self.ui.on_hand_label.setText(error_message(exc))
            return
        held = sum(r.quantity for r in rows if r.part_id == part_id and (engineer is None or r.engineer_id == engineer))
        where = self.tr("Warehouse") if kind == "warehouse" else self.tr("Van")
        self.ui.on_hand_label.setText(self.tr("{place} holds {quantity}.").format(place=where, quantity=held))

    def _on_button_box_accepted(self) -> None:
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        part_id = self.ui.part_combo.currentData()
        if part_id is None or self.ui.part_combo.findText(self.ui.part_combo.currentText()) < 0:
            self.ui.message_label.setText(self.tr("Choose a part from the catalogue."))
            return
        save.setEnabled(False)
        quantity, note = self.ui.quantity_spin.value(), self.ui.note_edit.text()
        try:
            if self._mode == RECEIPT:
                result: Any = self._stock.receive(self._actor, part_id, quantity,
                                                  reference=self.ui.reference_edit.text(), note=note)
            elif self._mode == ISSUE:
                result = self._stock.issue(self._actor, self.ui.engineer_combo.currentData(), [(part_id, quantity)],
                                           override_reason=self.ui.override_edit.text(), note=note)
            else:
                result = self._stock.return_from_van(self._actor, self.ui.engineer_combo.currentData(), part_id,
                                                     quantity, note=note,
                                                     override_reason=self.ui.override_edit.text())
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            save.setEnabled(True)
            return
        self.moved.emit(result)
        self.accept()
