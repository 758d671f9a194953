"""An ad-hoc callback (seed 004 「不定期的进行电话或人员回访」): any customer or unit, phone or visit, with a reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from desktop.clock import local_today
from desktop.i18n import catalogue_name
from desktop.services.core.actor import Actor
from desktop.views import window_state
from desktop.views.callbacks.labels import error_messages
from desktop.views.messages import error_message, register_messages
from desktop.views.ui.ui_ad_hoc_callback_dialog import Ui_AdHocCallbackDialog

register_messages(error_messages)


class AdHocCallbackDialog(QDialog):
    callback_created = Signal(int)

    def __init__(self, callbacks: Any, customers: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AdHocCallbackDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self._callbacks = callbacks
        self._customers = customers
        self._actor = actor
        self.created: Any = None
        self.ui.channel_combo.addItem(self.tr("By phone"), False)
        self.ui.channel_combo.addItem(self.tr("In person (visit)"), True)
        today = local_today()
        self.ui.due_edit.setMinimumDate(QDate(today.year, today.month, today.day))
        self.ui.due_edit.setDate(QDate(today.year, today.month, today.day))
        self._fill_units(None)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.phone_edit.returnPressed.connect(self._on_find_button_clicked)
        self.ui.find_button.clicked.connect(self._on_find_button_clicked)
        self.ui.customer_list.currentItemChanged.connect(self._on_customer_list_current_item_changed)
        self.ui.save_button.clicked.connect(self._on_save_button_clicked)
        self.ui.cancel_button.clicked.connect(self.reject)

    def selected_customer_id(self) -> int | None:
        item = self.ui.customer_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _fill_units(self, detail: Any) -> None:
        self.ui.unit_combo.clear()
        self.ui.unit_combo.addItem(self.tr("— the customer, no particular unit —"), None)
        for unit in (detail.units if detail is not None else ()):
            line = catalogue_name(unit.product_line_name, unit.product_line_name_en)
            self.ui.unit_combo.addItem(f"{line} {unit.model_name}  {unit.serial}", unit.id)

    def _on_find_button_clicked(self) -> None:
        self.ui.customer_list.clear()
        try:
            matches = self._customers.find_by_phone(self._actor, self.ui.phone_edit.text())
        except Exception as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        for match in matches:
            item = QListWidgetItem(f"{match.name}  {match.display_phone}  {match.address}")
            item.setData(Qt.ItemDataRole.UserRole, match.customer_id)
            self.ui.customer_list.addItem(item)
        if matches:
            self.ui.customer_list.setCurrentRow(0)
            self.ui.message_label.clear()
        else:
            self.ui.message_label.setText(self.tr(
                "No customer with this phone number. Register the customer through Intake first."))

    def _on_customer_list_current_item_changed(self, *_args: object) -> None:
        customer_id = self.selected_customer_id()
        if customer_id is None:
            self._fill_units(None)
            return
        try:
            self._fill_units(self._customers.detail(self._actor, customer_id))
        except Exception as exc:
            self.ui.message_label.setText(error_message(exc))

    def _on_save_button_clicked(self) -> None:
        customer_id = self.selected_customer_id()
        if customer_id is None:
            self.ui.message_label.setText(self.tr("Find the customer by phone and choose them in the list."))
            return
        due = self.ui.due_edit.date()
        try:
            self.created = self._callbacks.create_ad_hoc(
                self._actor, customer_id, self.ui.reason_edit.toPlainText(), unit_id=self.ui.unit_combo.currentData(),
                on_site=bool(self.ui.channel_combo.currentData()), due_on=due.toPython())
        except Exception as exc:
            # Everything typed stays in the form.
            self.ui.message_label.setText(error_message(exc))
            return
        self.callback_created.emit(self.created.id)
        self.accept()
