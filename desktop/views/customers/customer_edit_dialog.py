"""CustomerEditDialog: correct a customer's name, kind and note, add or remove phones, correct, add or remove
addresses; one save against the version the page showed (a second clerk's earlier save is never overwritten)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from desktop.errors import DomainError
from desktop.rules.phones import format_phone, parse_phone
from desktop.services.core.actor import Actor
from desktop.services.core.region import EMPTY_REGION, Region
from desktop.services.customers.customer_file_records import AddressEdit, CustomerEdit, CustomerFile
from desktop.views import window_state
from desktop.views.customers import customer_text  # noqa: F401  (registers the error sentences)
from desktop.views.customers.customer_text import kind_names
from desktop.views.customers.town_delegate import TownDelegate
from desktop.views.intake import intake_messages
from desktop.views.ui.ui_customer_edit_dialog import Ui_CustomerEditDialog

if TYPE_CHECKING:
    from desktop.services.customers.customer_file_service import CustomerFileService

ROLE = 0x0100  # Qt.ItemDataRole.UserRole: the phone's digits, the address row's id
# The address table's columns.
DISTRICT, TOWN, DETAIL = 0, 1, 2


class CustomerEditDialog(QDialog):
    customer_saved = Signal(object)  # CustomerFile

    def __init__(self, service: CustomerFileService, actor: Actor, customer: CustomerFile,
                 parent: QWidget | None = None,
                 region: Region = EMPTY_REGION) -> None:
        super().__init__(parent)
        # The branch's own districts (setup wizard, branch settings) offered for a new address.
        self._region = region
        self.ui = Ui_CustomerEditDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self.setObjectName("customer_edit_dialog")
        self._service, self._actor, self._customer = service, actor, customer
        self.setWindowTitle(self.tr("Edit customer {name}").format(name=customer.name))
        for code, text in kind_names().items():
            self.ui.kind_combo.addItem(text, code)
        self.ui.kind_combo.setCurrentIndex(max(0, self.ui.kind_combo.findData(customer.kind)))
        self.ui.name_edit.setText(customer.name)
        self.ui.note_edit.setPlainText(customer.note)
        for phone in customer.phones:
            self._add_phone_item(phone.display, phone.display)
        table = self.ui.address_table
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("District / county"), self.tr("Town / township"),
                                         self.tr("Address")])
        table.horizontalHeader().setSectionResizeMode(DETAIL, QHeaderView.ResizeMode.Stretch)
        # The town is picked from the row's district's towns, or typed (not wider than the column).
        table.setItemDelegateForColumn(TOWN, TownDelegate(lambda row: self._district_of(row), region, table))
        for address in customer.addresses:
            self.add_address_row(address.district, address.detail, address.id, address.in_use, address.town)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.add_phone_button.clicked.connect(self._on_add_phone_button_clicked)
        self.ui.new_phone_edit.returnPressed.connect(self._on_add_phone_button_clicked)
        self.ui.remove_phone_button.clicked.connect(self._on_remove_phone_button_clicked)
        self.ui.add_address_button.clicked.connect(lambda: self.add_address_row(
            self._region.district_names[0] if self._region.districts else "", "", None, False))
        self.ui.address_table.itemChanged.connect(self._on_address_table_item_changed)
        self.ui.remove_address_button.clicked.connect(self._on_remove_address_button_clicked)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    # ---- phones ------------------------------------------------------------------------------------------------

    def _add_phone_item(self, text: str, value: str) -> None:
        item = QListWidgetItem(text)
        item.setData(ROLE, value)
        self.ui.phone_list.addItem(item)

    def phones(self) -> tuple[str, ...]:
        return tuple(str(self.ui.phone_list.item(i).data(ROLE)) for i in range(self.ui.phone_list.count()))

    def _on_add_phone_button_clicked(self) -> None:
        text = self.ui.new_phone_edit.text()
        try:
            phone = parse_phone(text)
        except DomainError as exc:
            # The number stays in the box to be corrected.
            self.ui.message_label.setText(intake_messages.describe(exc))
            return
        self._add_phone_item(format_phone(phone.number, phone.extension), text)
        self.ui.new_phone_edit.clear()
        self.ui.message_label.clear()

    def _on_remove_phone_button_clicked(self) -> None:
        row = self.ui.phone_list.currentRow()
        if row >= 0:
            self.ui.phone_list.takeItem(row)

    # ---- addresses ---------------------------------------------------------------------------------------------

    def add_address_row(self, district: str, detail: str, address_id: int | None, in_use: bool,
                        town: str = "") -> None:
        table = self.ui.address_table
        row = table.rowCount()
        table.blockSignals(True)
        table.insertRow(row)
        district_item = QTableWidgetItem(district)
        district_item.setData(ROLE, address_id)
        table.setItem(row, DISTRICT, district_item)
        table.setItem(row, TOWN, QTableWidgetItem(town))
        detail_item = QTableWidgetItem(detail)
        detail_item.setData(ROLE, in_use)
        if in_use:
            detail_item.setToolTip(self.tr("A unit or ticket uses this address: it can be corrected, not removed."))
        table.setItem(row, DETAIL, detail_item)
        table.blockSignals(False)
        table.setCurrentCell(row, DETAIL)

    def _district_of(self, row: int) -> str:
        item = self.ui.address_table.item(row, DISTRICT)
        return item.text().strip() if item is not None else ""

    def _on_address_table_item_changed(self, item: QTableWidgetItem) -> None:
        """A district corrected to another drops a town listed under the old one (it is not in the new one); a
        town typed by hand stays."""
        if item.column() != DISTRICT:
            return
        town = self.ui.address_table.item(item.row(), TOWN)
        if town is not None and town.text() in self._region.place_names and \
                town.text() not in self._region.towns_of(item.text().strip()):
            town.setText("")

    def addresses(self) -> tuple[AddressEdit, ...]:
        table = self.ui.address_table
        result = []
        for row in range(table.rowCount()):
            district, town, detail = table.item(row, DISTRICT), table.item(row, TOWN), table.item(row, DETAIL)
            result.append(AddressEdit(district.data(ROLE), district.text(), detail.text() if detail else "",
                                      town=town.text() if town else ""))
        return tuple(result)

    def _on_remove_address_button_clicked(self) -> None:
        row = self.ui.address_table.currentRow()
        if row < 0:
            return
        detail = self.ui.address_table.item(row, DETAIL)
        if detail is not None and detail.data(ROLE):
            self.ui.message_label.setText(self.tr("A unit or ticket uses this address: correct it instead."))
            return
        self.ui.address_table.removeRow(row)

    # ---- saving ------------------------------------------------------------------------------------------------

    def edit(self) -> CustomerEdit:
        return CustomerEdit(name=self.ui.name_edit.text(), phones=self.phones(), addresses=self.addresses(),
                            kind=str(self.ui.kind_combo.currentData()), note=self.ui.note_edit.toPlainText())

    def _on_button_box_accepted(self) -> None:
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)
        try:
            saved = self._service.save_customer(self._actor, self._customer.id, self._customer.version, self.edit())
        except DomainError as exc:
            self.ui.message_label.setText(intake_messages.describe(exc))
            if exc.field == "name":
                self.ui.name_edit.setFocus()
            save.setEnabled(True)
            return
        self.customer_saved.emit(saved)
        self.accept()
