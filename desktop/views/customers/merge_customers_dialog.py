"""MergeCustomersDialog: two records of one customer become one. Everything of the duplicate (phones, addresses,
units, tickets, callbacks, complaints) moves to the customer kept; the supervisor sees what will move first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from desktop.errors import DomainError
from desktop.services.core.actor import Actor
from desktop.services.customers.customer_file_records import CustomerFile, MergeResult
from desktop.views import window_state
from desktop.views.customers import customer_text  # noqa: F401  (registers the error sentences)
from desktop.views.messages import error_message
from desktop.views.ui.ui_merge_customers_dialog import Ui_MergeCustomersDialog

if TYPE_CHECKING:
    from desktop.services.customers.customer_file_service import CustomerFileService

ROLE = 0x0100
SEARCH_DELAY_MS = 300


class MergeCustomersDialog(QDialog):
    merged = Signal(object)  # MergeResult

    def __init__(self, service: CustomerFileService, actor: Actor, customer: CustomerFile,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MergeCustomersDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self.setObjectName("merge_customers_dialog")
        self._service, self._actor, self._customer = service, actor, customer
        self.other: CustomerFile | None = None
        phones = ", ".join(p.display for p in customer.phones)
        self.ui.keep_label.setText(self.tr("This customer: {name} ({phones}), {units} units, {tickets} tickets.")
                                   .format(name=customer.name, phones=phones, units=len(customer.units),
                                           tickets=len(customer.tickets)))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self._connect_signals()
        self._update()

    def _connect_signals(self) -> None:
        self.ui.search_edit.textEdited.connect(lambda _text: self._timer.start())
        self._timer.timeout.connect(self.search)
        self.ui.candidate_list.currentItemChanged.connect(self._on_candidate_changed)
        self.ui.swap_check.toggled.connect(self._update)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    def search(self) -> None:
        self.ui.candidate_list.clear()
        self.other = None
        text = self.ui.search_edit.text().strip()
        if not text:
            self._update()
            return
        try:
            page = self._service.search(self._actor, text, limit=50)
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        for row in page.rows:
            if row.id == self._customer.id:
                continue
            item = QListWidgetItem(f"{row.name}  {row.phone}  {row.address}")
            item.setData(ROLE, row.id)
            self.ui.candidate_list.addItem(item)
        self._update()

    def _on_candidate_changed(self, item: QListWidgetItem | None, _previous: Any) -> None:
        self.other = None
        if item is not None:
            try:
                self.other = self._service.page(self._actor, int(item.data(ROLE)))
            except DomainError as exc:
                self.ui.message_label.setText(error_message(exc))
        self._update()

    def keep_and_duplicate(self) -> tuple[CustomerFile, CustomerFile] | None:
        if self.other is None:
            return None
        if self.ui.swap_check.isChecked():
            return self.other, self._customer
        return self._customer, self.other

    def _update(self, *_: object) -> None:
        pair = self.keep_and_duplicate()
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(pair is not None)
        if pair is None:
            self.ui.summary_label.setText(self.tr("Find and choose the duplicate record."))
            return
        keep, duplicate = pair
        self.ui.summary_label.setText(self.tr(
            "{duplicate} is merged into {keep}: its {phones} phones, {addresses} addresses, {units} units, "
            "{tickets} tickets, {callbacks} callbacks and {complaints} complaints move over. This cannot be "
            "undone.").format(duplicate=duplicate.name, keep=keep.name, phones=len(duplicate.phones),
                              addresses=len(duplicate.addresses), units=len(duplicate.units),
                              tickets=len(duplicate.tickets), callbacks=len(duplicate.callbacks),
                              complaints=len(duplicate.complaints)))

    def _on_button_box_accepted(self) -> None:
        pair = self.keep_and_duplicate()
        if pair is None:
            return
        keep, duplicate = pair
        try:
            result: MergeResult = self._service.merge(self._actor, keep.id, keep.version, duplicate.id,
                                                      duplicate.version)
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        self.merged.emit(result)
        self.accept()
