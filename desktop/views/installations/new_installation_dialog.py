"""NewInstallationDialog: an installation order opened from a sale (seed 000 售后流程说明 1: the sale hands the
installation to the service department): the customer (found by phone or new), the unit sold with its invoice date
and price, the day the customer wants it installed, who sold it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from desktop.errors import DomainError, ValidationError
from desktop.i18n import catalogue_name
from desktop.rules.money import parse_yuan
from desktop.services.core.actor import Actor
from desktop.services.core.region import EMPTY_REGION, Region
from desktop.services.installations.installation_records import NewInstallation, OpenedInstallation
from desktop.services.tickets.customer_service import CustomerMatch, NewAddress, NewUnit, ProductLineRow
from desktop.views import window_state
from desktop.views.branch_dates import today_qdate
from desktop.views.installations import installation_text  # noqa: F401  (registers the error sentences)
from desktop.views.intake import intake_messages
from desktop.views.intake.intake_text import usage_names
from desktop.views.ui.ui_new_installation_dialog import Ui_NewInstallationDialog
from desktop.views.widgets.town_choice import TownChoice

ROLE = 0x0100  # Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 250


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class NewInstallationDialog(QDialog):
    installation_opened = Signal(object)  # OpenedInstallation

    def __init__(self, customers: Any, installations: Any, actor: Actor, parent: QWidget | None = None,
                 region: Region = EMPTY_REGION) -> None:
        super().__init__(parent)
        self.ui = Ui_NewInstallationDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self.setObjectName("new_installation_dialog")
        self._customers, self._installations, self._actor = customers, installations, actor
        self._catalogue: list[ProductLineRow] = customers.catalogue(actor)
        self._customer_id: int | None = None
        self._customer_phone = ""
        # Registration and order are two saves: a retry after the second failed must not register twice.
        self._registered: tuple[int, int, int | None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        for line in self._catalogue:
            if line.models:
                self.ui.product_line_combo.addItem(catalogue_name(line.name_zh, line.name_en), line.id)
        for code, text in usage_names().items():
            self.ui.usage_combo.addItem(text, code)
        # The branch's own districts; without a list the clerk types the district.
        self.ui.district_combo.addItems(list(region.district_names))
        self.ui.district_combo.setEditable(not region.districts)
        self._towns = TownChoice(self.ui.district_combo, self.ui.town_combo, region)
        today = today_qdate()
        self.ui.invoice_date_edit.setDate(today)
        self.ui.invoice_date_edit.setMaximumDate(today)
        self.ui.requested_date_edit.setDate(today.addDays(1))
        self.ui.requested_date_edit.setMinimumDate(today)
        self._connect_signals()
        self._on_product_line_changed()

    def _connect_signals(self) -> None:
        self.ui.phone_edit.textEdited.connect(lambda _text: self._timer.start())
        self._timer.timeout.connect(self.search)
        self.ui.customer_list.currentItemChanged.connect(self._on_customer_list_current_item_changed)
        self.ui.new_customer_group.toggled.connect(self._on_new_customer_group_toggled)
        self.ui.product_line_combo.currentIndexChanged.connect(self._on_product_line_changed)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    # ---- the customer ------------------------------------------------------------------------------------------

    def search(self) -> None:
        try:
            matches: list[CustomerMatch] = self._customers.find_by_phone(self._actor, self.ui.phone_edit.text())
        except DomainError as exc:
            self.ui.message_label.setText(intake_messages.describe(exc))
            return
        self.ui.customer_list.clear()
        for match in matches:
            item = QListWidgetItem(f"{match.name}  {match.display_phone}  {match.address}")
            item.setData(ROLE, match.customer_id)
            item.setData(ROLE + 1, match.number)
            self.ui.customer_list.addItem(item)
        digits = "".join(ch for ch in self.ui.phone_edit.text() if ch.isdigit())
        if not matches and len(digits) >= 7:
            self.ui.customer_label.setText(self.tr("No customer with this phone: register a new customer."))
            self.ui.new_customer_group.setChecked(True)
        elif len(matches) == 1 and matches[0].number == digits:
            self.ui.customer_list.setCurrentRow(0)

    def _on_customer_list_current_item_changed(self, item: QListWidgetItem | None, _previous: Any) -> None:
        if item is None:
            return
        self._customer_id = int(item.data(ROLE))
        self._customer_phone = str(item.data(ROLE + 1))
        self.ui.new_customer_group.setChecked(False)
        self.ui.customer_label.setText(self.tr("The unit is registered to {customer}.").format(customer=item.text()))

    def _on_new_customer_group_toggled(self, checked: bool) -> None:
        if checked:
            self._customer_id = None
            self.ui.customer_list.setCurrentItem(None)
            self.ui.customer_label.clear()

    def _on_product_line_changed(self, *_: object) -> None:
        line = next((x for x in self._catalogue if x.id == self.ui.product_line_combo.currentData()), None)
        self.ui.model_combo.clear()
        for model in line.models if line else ():
            self.ui.model_combo.addItem(f"{model.code} {model.name}", model.id)

    # ---- saving ------------------------------------------------------------------------------------------------

    def new_unit(self) -> NewUnit:
        return NewUnit(model_id=self.ui.model_combo.currentData() or 0, serial=self.ui.serial_edit.text(),
                       invoice_date=_date(self.ui.invoice_date_edit.date()), installation_date=None,
                       proof="invoice", usage=self.ui.usage_combo.currentData(),
                       invoice_price_fen=parse_yuan(self.ui.invoice_price_edit.text(), "invoice_price"))

    def _register(self) -> tuple[int, int, int | None]:
        """Customer (if new) and unit, once: (customer id, unit id, address id)."""
        if self._registered is not None:
            return self._registered
        unit = self.new_unit()
        if self._customer_id is None:
            registration = self._customers.register(
                self._actor, name=self.ui.name_edit.text(), phone=self.ui.phone_edit.text(),
                address=NewAddress(self.ui.district_combo.currentText(), self.ui.address_edit.text(),
                                   town=self._towns.town()), unit=unit)
            self._registered = (registration.customer_id, int(registration.unit_id or 0), registration.address_id)
        else:
            unit_id = self._customers.add_unit(self._actor, self._customer_id, unit)
            self._registered = (self._customer_id, unit_id, None)
        return self._registered

    def _on_button_box_accepted(self) -> None:
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)
        try:
            if self._customer_id is None and not self.ui.new_customer_group.isChecked():
                # The phone may well be typed: what is missing is whose unit this is.
                raise ValidationError("customer_not_chosen", "phone")
            customer_id, unit_id, address_id = self._register()
            phone = self.ui.phone_edit.text()
            if self._customer_id is not None and len([c for c in phone if c.isdigit()]) < 7:
                # Found by a fragment of the number: the order's contact phone is the number that matched.
                phone = self._customer_phone
            opened: OpenedInstallation = self._installations.open_installation(self._actor, NewInstallation(
                customer_id=customer_id, unit_id=unit_id, contact_phone=phone,
                requested_date=_date(self.ui.requested_date_edit.date()), address_id=address_id,
                sold_by=self.ui.sold_by_edit.text(), note=self.ui.note_edit.toPlainText()))
        except DomainError as exc:
            self.ui.message_label.setText(intake_messages.describe(exc))
            widget = {"phone": self.ui.phone_edit, "contact_phone": self.ui.phone_edit, "name": self.ui.name_edit,
                      "address": self.ui.address_edit, "serial": self.ui.serial_edit, "town": self.ui.town_combo,
                      "invoice_price": self.ui.invoice_price_edit, "invoice_date": self.ui.invoice_date_edit,
                      "requested_date": self.ui.requested_date_edit}.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            save.setEnabled(True)
            return
        self.installation_opened.emit(opened)
        self.accept()
