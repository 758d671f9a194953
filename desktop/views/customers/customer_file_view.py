"""CustomerFileView (客户档案): find a customer, then one page with everything about them: units with their warranty,
tickets, visits, returns and exchanges, complaints, callbacks and the documents printed for them. From the page the
record is corrected, a duplicate merged, and a key account named (seed 003 (6): weekly calls, monthly visits)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QTableWidget, QTableWidgetItem, QWidget

from desktop.clock import to_local
from desktop.errors import DomainError
from desktop.i18n import catalogue_name
from desktop.rules.money import yuan_text
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import allowed
from desktop.services.core.region import EMPTY_REGION, Region
from desktop.services.customers.customer_file_records import CustomerFile, FileUnit, KeyAccountResult, MergeResult
from desktop.views import shortcuts
from desktop.views.callbacks.labels import complaint_status_names, satisfaction_names
from desktop.views.callbacks.labels import kind_names as callback_kind_names
from desktop.views.claims.claim_texts import status_names as claim_status_names
from desktop.views.claims.claim_texts import value_names
from desktop.views.customers import customer_text
from desktop.views.customers.customer_edit_dialog import CustomerEditDialog
from desktop.views.customers.customer_table_model import CustomerTableModel
from desktop.views.customers.merge_customers_dialog import MergeCustomersDialog
from desktop.views.customers.unit_edit_dialog import UnitEditDialog
from desktop.views.intake.intake_text import coverage_text, proof_names
from desktop.views.messages import error_message
from desktop.views.tickets.ticket_text import status_names as ticket_status_names
from desktop.views.ui.ui_customer_file_view import Ui_CustomerFileView
from desktop.views.widgets.empty_state import EmptyState, show_when_empty
from desktop.views.widgets.table_columns import fit_columns

if TYPE_CHECKING:
    from desktop.services.customers.customer_file_service import CustomerFileService
    from desktop.services.tickets.customer_service import CustomerService

ROLE = 0x0100
SEARCH_DELAY_MS = 300


def _when(moment: datetime | None) -> str:
    return "" if moment is None else f"{to_local(moment):%Y-%m-%d %H:%M}"


def _day(value: Any) -> str:
    return "" if value is None else f"{value:%Y-%m-%d}"


class CustomerFileView(QWidget):
    ticket_requested = Signal(int)
    customer_changed = Signal(int)

    def __init__(self, service: CustomerFileService, customers: CustomerService, actor: Actor,
                 parent: QWidget | None = None,
                 region: Region = EMPTY_REGION) -> None:
        super().__init__(parent)
        self._region = region
        self.ui = Ui_CustomerFileView()
        self.ui.setupUi(self)
        self.setObjectName("customer_file_view")
        self._service, self._customers, self._actor = service, customers, actor
        self.customer: CustomerFile | None = None
        self.dialog: QDialog | None = None
        self.model = CustomerTableModel(service, actor, self)
        self.ui.customer_table.setModel(self.model)
        fit_columns(self.ui.customer_table, stretch=2)
        self.ui.splitter.setStretchFactor(1, 2)
        # Name, phone and address readable before the file opens beside them (the user may drag it; it is kept).
        self.ui.splitter.setSizes([430, 700])
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._empty_states: list[EmptyState] = []
        self._set_headers()
        shortcuts.install(self, "customers")
        self._connect_signals()
        self.refresh()
        self.show_customer(None)

    def _set_headers(self) -> None:
        headers = {
            self.ui.units_table: (self.tr("Product"), self.tr("Model"), self.tr("Serial no."), self.tr("Invoice"),
                                  self.tr("Installed"), self.tr("Proof"), self.tr("Price (yuan)"),
                                  self.tr("Warranty"), self.tr("Status")),
            self.ui.tickets_table: (self.tr("Ticket"), self.tr("Kind"), self.tr("Status"), self.tr("Opened"),
                                    self.tr("Serial no."), self.tr("Fault")),
            self.ui.visits_table: (self.tr("Ticket"), self.tr("Round"), self.tr("Engineer"), self.tr("Planned"),
                                   self.tr("Arrived"), self.tr("Status"), self.tr("Result")),
            self.ui.claims_table: (self.tr("Claim"), self.tr("Status"), self.tr("Opened"), self.tr("Serial no."),
                                   self.tr("Asked for"), self.tr("Decision")),
            self.ui.complaints_table: (self.tr("Complaint"), self.tr("Status"), self.tr("Received"),
                                       self.tr("Description")),
            self.ui.callbacks_table: (self.tr("Kind"), self.tr("Status"), self.tr("Due"), self.tr("Done"),
                                      self.tr("Ticket"), self.tr("Satisfaction")),
            self.ui.documents_table: (self.tr("Ticket"), self.tr("Document"), self.tr("Printed"),
                                      self.tr("Digitally signed"), self.tr("By")),
        }
        for table, titles in headers.items():
            table.setColumnCount(len(titles))
            table.setHorizontalHeaderLabels(list(titles))
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
            fit_columns(table, stretch=table.columnCount() - 1)
            self._empty_states.append(show_when_empty(table, self._empty_file_text))

    def _connect_signals(self) -> None:
        self.ui.search_edit.textEdited.connect(lambda _text: self._timer.start())
        self._timer.timeout.connect(self.refresh)
        self.ui.key_accounts_check.toggled.connect(self.refresh)
        self.ui.customer_table.selectionModel().currentRowChanged.connect(self._on_customer_row_changed)
        self.ui.edit_customer_button.clicked.connect(self._on_edit_customer_button_clicked)
        self.ui.edit_unit_button.clicked.connect(self._on_edit_unit_button_clicked)
        self.ui.merge_button.clicked.connect(self._on_merge_button_clicked)
        self.ui.key_account_button.clicked.connect(self._on_key_account_button_clicked)
        self.ui.tickets_table.cellDoubleClicked.connect(self._on_ticket_double_clicked)
        self.ui.units_table.itemSelectionChanged.connect(self._update_buttons)

    # ---- search ------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.model.set_filter(self.ui.search_edit.text(), self.ui.key_accounts_check.isChecked())
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        self.ui.count_label.setText(self.tr("{count} customers").format(count=self.model.total))

    def _on_customer_row_changed(self, current: Any, _previous: Any) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is not None:
            self.open_customer(row.id)

    def open_customer(self, customer_id: int) -> None:
        try:
            self.show_customer(self._service.page(self._actor, customer_id))
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))

    # ---- the page ----------------------------------------------------------------------------------------------

    def show_customer(self, customer: CustomerFile | None) -> None:
        self.customer = customer
        self.ui.message_label.clear()
        if customer is None:
            self.ui.header_label.setText(self.tr("Find a customer by name, phone, serial number or address."))
            for table in self._tables():
                table.setRowCount(0)
            self._update_empty_states()
            self._update_buttons()
            return
        kind = customer_text.kind_names().get(customer.kind, customer.kind)
        lines = [f"{customer.name}  ({kind})" + ("  ★ " + self.tr("Key account") if customer.is_key_account else ""),
                 self.tr("Phones: {phones}").format(phones=", ".join(p.display for p in customer.phones)),
                 self.tr("Addresses: {addresses}").format(
                     addresses="; ".join(a.full_text for a in customer.addresses))]
        if customer.note:
            lines.append(self.tr("Note: {note}").format(note=customer.note))
        self.ui.header_label.setText("\n".join(lines))
        self._fill_units(customer.units)
        ticket_states = ticket_status_names()
        kinds = customer_text.ticket_kind_names()
        self._fill(self.ui.tickets_table, [
            ((t.number, kinds.get(t.kind, t.kind), ticket_states.get(t.status, t.status), _when(t.opened_at),
              t.serial, f"{catalogue_name(t.fault_name, t.fault_name_en)} {t.fault_text}".strip()),
             t.id) for t in customer.tickets])
        visit_states, results = customer_text.visit_status_names(), customer_text.visit_result_names()
        self._fill(self.ui.visits_table, [
            ((v.ticket_number, str(v.round), v.engineer_name, _when(v.planned_start), _when(v.arrived_at),
              visit_states.get(v.status, v.status), results.get(v.result or "", "")), None) for v in customer.visits])
        claim_states, values = claim_status_names(), value_names()
        self._fill(self.ui.claims_table, [
            ((c.number, claim_states.get(c.status, c.status), _when(c.created_at), c.serial,
              values.get(c.requested_remedy, c.requested_remedy), values.get(c.outcome or "", "")), c.id)
            for c in customer.claims])
        complaint_states = complaint_status_names()
        self._fill(self.ui.complaints_table, [
            ((c.number, complaint_states.get(c.status, c.status), _when(c.created_at), c.description), c.id)
            for c in customer.complaints])
        callback_kinds, callback_states = callback_kind_names(), customer_text.callback_status_names()
        satisfaction = satisfaction_names()
        self._fill(self.ui.callbacks_table, [
            ((callback_kinds.get(c.kind, c.kind), callback_states.get(c.status, c.status), _when(c.due_at),
              _when(c.done_at), c.ticket_number, satisfaction.get(c.satisfaction or "", "")), c.id)
            for c in customer.callbacks])
        documents = customer_text.document_names()
        self._fill(self.ui.documents_table, [
            ((d.ticket_number, documents.get(d.document, d.document), _when(d.printed_at),
              self.tr("Yes") if d.signed else self.tr("No"), d.user_name), None) for d in customer.documents])
        for table, count, title in (
                (self.ui.units_table, len(customer.units), self.tr("Units ({count})")),
                (self.ui.tickets_table, len(customer.tickets), self.tr("Tickets ({count})")),
                (self.ui.visits_table, len(customer.visits), self.tr("Visits ({count})")),
                (self.ui.claims_table, len(customer.claims), self.tr("Returns and exchanges ({count})")),
                (self.ui.complaints_table, len(customer.complaints), self.tr("Complaints ({count})")),
                (self.ui.callbacks_table, len(customer.callbacks), self.tr("Callbacks ({count})")),
                (self.ui.documents_table, len(customer.documents), self.tr("Printed documents ({count})"))):
            self.ui.page_tabs.setTabText(self.ui.page_tabs.indexOf(table.parentWidget()), title.format(count=count))
        self._update_empty_states()
        self._update_buttons()

    def _tables(self) -> list[QTableWidget]:
        return [self.ui.units_table, self.ui.tickets_table, self.ui.visits_table, self.ui.claims_table,
                self.ui.complaints_table, self.ui.callbacks_table, self.ui.documents_table]

    def _fill_units(self, units: Sequence[FileUnit]) -> None:
        proofs, states = proof_names(), customer_text.unit_status_names()
        self._fill(self.ui.units_table, [
            ((catalogue_name(u.product_line_name, u.product_line_name_en), f"{u.model_code} {u.model_name}",
              u.serial, _day(u.invoice_date), _day(u.installation_date), proofs.get(u.proof, u.proof),
              yuan_text(u.invoice_price_fen), coverage_text(u.warranty), states.get(u.status, u.status)), u.id)
            for u in units])
        if units:
            self.ui.units_table.selectRow(0)

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[Sequence[str], int | None]]) -> None:
        table.setRowCount(len(rows))
        for r, (values, record_id) in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ROLE, record_id)
                table.setItem(r, c, item)

    def _update_empty_states(self) -> None:
        for state in self._empty_states:
            state.update_state()

    def _empty_file_text(self) -> str:
        if self.customer is None:
            return self.tr("Find the customer on the left (name, phone, serial number or address) and pick them: "
                           "their products, tickets, visits and callbacks show here.")
        return self.tr("Nothing of this kind for this customer yet.")

    def selected_unit(self) -> FileUnit | None:
        if self.customer is None:
            return None
        row = self.ui.units_table.currentRow()
        item = self.ui.units_table.item(row, 0) if row >= 0 else None
        return next((u for u in self.customer.units if item is not None and u.id == item.data(ROLE)), None)

    def _update_buttons(self) -> None:
        c = self.customer
        self.ui.edit_customer_button.setEnabled(c is not None and allowed(self._actor, "customer.write"))
        self.ui.edit_unit_button.setEnabled(self.selected_unit() is not None and allowed(self._actor, "unit.write"))
        self.ui.merge_button.setEnabled(c is not None and allowed(self._actor, "customer.merge"))
        self.ui.key_account_button.setEnabled(c is not None and allowed(self._actor, "customer.key_account"))
        self.ui.key_account_button.setText(self.tr("End key account") if c is not None and c.is_key_account
                                           else self.tr("Mark as key account"))

    # ---- actions -----------------------------------------------------------------------------------------------

    def _on_edit_customer_button_clicked(self) -> None:
        if self.customer is None:
            return
        dialog = CustomerEditDialog(self._service, self._actor, self.customer, self, region=self._region)
        dialog.customer_saved.connect(self._on_customer_saved)
        self.dialog = dialog
        dialog.open()

    def _on_customer_saved(self, customer: CustomerFile) -> None:
        self.show_customer(customer)
        self.ui.message_label.setText(self.tr("Customer saved."))
        self.refresh()
        self.customer_changed.emit(customer.id)

    def _on_edit_unit_button_clicked(self) -> None:
        unit = self.selected_unit()
        if unit is None:
            return
        try:
            catalogue = self._customers.catalogue(self._actor)
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        dialog = UnitEditDialog(self._service, self._actor, unit, catalogue, self)
        dialog.unit_saved.connect(self._on_unit_saved)
        self.dialog = dialog
        dialog.open()

    def _on_unit_saved(self, unit: FileUnit) -> None:
        if self.customer is not None:
            self.open_customer(self.customer.id)
            self.customer_changed.emit(self.customer.id)
        self.ui.message_label.setText(self.tr("Unit {serial} saved; warranty: {status}.").format(
            serial=unit.serial, status=coverage_text(unit.warranty)))

    def _on_merge_button_clicked(self) -> None:
        if self.customer is None:
            return
        dialog = MergeCustomersDialog(self._service, self._actor, self.customer, self)
        dialog.merged.connect(self._on_merged)
        self.dialog = dialog
        dialog.open()

    def _on_merged(self, result: MergeResult) -> None:
        self.refresh()
        self.open_customer(result.kept_id)
        self.ui.message_label.setText(self.tr(
            "Merged: {units} units, {tickets} tickets, {callbacks} callbacks and {complaints} complaints moved to "
            "this customer.").format(units=result.units, tickets=result.tickets, callbacks=result.callbacks,
                                     complaints=result.complaints))
        self.customer_changed.emit(result.kept_id)

    def _on_key_account_button_clicked(self) -> None:
        c = self.customer
        if c is None:
            return
        try:
            result: KeyAccountResult = self._service.set_key_account(self._actor, c.id, c.version,
                                                                     not c.is_key_account)
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        self.open_customer(c.id)
        self.refresh()
        if result.is_key_account:
            text = self.tr("Key account: {count} callbacks scheduled (weekly phone call, monthly visit).").format(
                count=result.callbacks_created)
        else:
            text = self.tr("No longer a key account: {count} pending key-account callbacks cancelled.").format(
                count=result.callbacks_cancelled)
        self.ui.message_label.setText(text)
        self.customer_changed.emit(c.id)

    def _on_ticket_double_clicked(self, row: int, _column: int) -> None:
        item = self.ui.tickets_table.item(row, 0)
        if item is not None and item.data(ROLE) is not None:
            self.ticket_requested.emit(int(item.data(ROLE)))
