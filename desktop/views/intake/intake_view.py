"""Intake (受理): phone first, the customer card with warranty status, new customer/unit, fault, then either
"Resolved by phone" or "Open ticket". Every service call runs on the background runner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QWidget

from desktop.errors import DomainError, ValidationError
from desktop.i18n import catalogue_name
from desktop.rules.money import parse_yuan
from desktop.services.contacts.consultation_records import NewConsultation
from desktop.services.core.actor import Actor
from desktop.services.core.region import EMPTY_REGION, Region
from desktop.services.setup.record_import_service import PastServiceRow
from desktop.services.tickets.customer_service import (
    CustomerDetail,
    CustomerMatch,
    CustomerService,
    NewAddress,
    NewUnit,
    ProductLineRow,
    Registration,
    UnitRow,
)
from desktop.services.tickets.ticket_service import NewTicket, OpenedTicket, TicketService
from desktop.views import phone_examples, shortcuts
from desktop.views.background import BackgroundRunner
from desktop.views.branch_dates import today_qdate
from desktop.views.customers import customer_text  # noqa: F401  (the price field's error sentences)
from desktop.views.intake import intake_messages
from desktop.views.intake.intake_text import channel_names, coverage_text, priority_names, proof_names, usage_names
from desktop.views.intake.tasks import run_task
from desktop.views.tickets.ticket_text import status_names
from desktop.views.ui.ui_intake_view import Ui_IntakeView
from desktop.views.widgets.empty_state import show_when_empty
from desktop.views.widgets.town_choice import TownChoice

SEARCH_DELAY_MS = 250
ROLE = 0x0100  # Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class IntakeRequest:
    """Everything typed, captured on the GUI thread and handed to the worker as one value."""

    phone: str
    customer_id: int | None
    name: str
    district: str
    address: str
    new_unit: NewUnit | None
    unit_id: int | None
    address_id: int | None
    product_line_id: int | None
    fault_category_id: int | None
    fault_text: str
    channel: str
    priority: str
    phone_note: str | None
    confirm_similar: bool
    town: str = ""


class IntakeView(QWidget):
    ticket_opened = Signal(int)
    customer_found = Signal(int)
    # The caller's call is a question (咨询): the contacts area opens a consultation with what was typed here.
    question_requested = Signal(object)  # NewConsultation

    def __init__(self, customers: CustomerService, tickets: TicketService, runner: BackgroundRunner, actor: Actor,
                 parent: QWidget | None = None, region: Region = EMPTY_REGION,
                 past_services: Callable[[Actor, int], list[PastServiceRow]] | None = None) -> None:
        super().__init__(parent)
        intake_messages.register()
        self.ui = Ui_IntakeView()
        self.ui.setupUi(self)
        self._customers = customers
        self._tickets = tickets
        self._runner = runner
        self._actor = actor
        # The branch's own districts (setup wizard, branch settings); a new address gets its province and city.
        self._region = region
        # The service records the branch kept before this application (File → Import), shown on the card.
        self._past_services = past_services
        self._catalogue: list[ProductLineRow] = []
        self._detail: CustomerDetail | None = None
        self._search_serial = 0
        # After the registration half of a save succeeded, a retry must not register again.
        self._registered: Registration | None = None
        self._saving = False
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        # The example is in the branch's own area code, known once the window has read the branch's hotline.
        self._show_phone_example()
        phone_examples.notifier().changed.connect(self._show_phone_example)
        show_when_empty(self.ui.customer_list, lambda: self.tr(
            "Type the caller's phone number above: the customer and their products show here.")
            if not self.ui.phone_edit.text().strip() else self.tr(
            "No customer has this number yet: tick New customer and fill in the form on the right."))
        show_when_empty(self.ui.unit_list, lambda: self.tr(
            "The customer's products, with their warranty, show here once the customer is found."))
        self._fill_choices()
        shortcuts.install(self, "intake")
        self._connect_signals()
        run_task(runner, self._customers.catalogue, actor, on_success=self._on_catalogue_loaded)

    def _fill_choices(self) -> None:
        for code, text in channel_names().items():
            self.ui.channel_combo.addItem(text, code)
        for code, text in priority_names().items():
            self.ui.priority_combo.addItem(text, code)
        for code, text in proof_names().items():
            self.ui.proof_combo.addItem(text, code)
        for code, text in usage_names().items():
            self.ui.usage_combo.addItem(text, code)
        self.ui.district_combo.addItems(list(self._region.district_names))
        # Without a list the clerk types the district.
        self.ui.district_combo.setEditable(not self._region.districts)
        # The town is offered from the district's towns, and may be typed (a town the region does not list yet)
        # up to the address column's width, or left empty.
        self._towns = TownChoice(self.ui.district_combo, self.ui.town_combo, self._region)
        today = today_qdate()
        for edit in (self.ui.invoice_date_edit, self.ui.installation_date_edit):
            edit.setDate(today)
            edit.setMaximumDate(today.addDays(365))

    def _connect_signals(self) -> None:
        self.ui.phone_edit.textEdited.connect(self._on_phone_edit_text_edited)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.ui.customer_list.currentItemChanged.connect(self._on_customer_list_current_item_changed)
        self.ui.unit_list.currentItemChanged.connect(self._on_unit_list_current_item_changed)
        self.ui.product_line_combo.currentIndexChanged.connect(self._on_product_line_combo_current_index_changed)
        self.ui.new_unit_group.toggled.connect(self._on_new_unit_group_toggled)
        self.ui.open_ticket_button.clicked.connect(self._on_open_ticket_button_clicked)
        self.ui.resolve_button.clicked.connect(self._on_resolve_button_clicked)
        self.ui.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.ui.question_button.clicked.connect(self._on_question_button_clicked)

    def _show_phone_example(self) -> None:
        self.ui.phone_edit.setPlaceholderText(self.tr("Mobile or landline with area code, e.g. {example}").format(
            example=phone_examples.landline_example()))

    # --- catalogue and choices --------------------------------------------------------------------------


    def _on_catalogue_loaded(self, lines: list[ProductLineRow]) -> None:
        self._catalogue = lines
        self.ui.product_line_combo.clear()
        for line in lines:
            self.ui.product_line_combo.addItem(catalogue_name(line.name_zh, line.name_en), line.id)

    def _line(self, line_id: int | None) -> ProductLineRow | None:
        return next((line for line in self._catalogue if line.id == line_id), None)

    def _show_faults(self, line_id: int | None) -> None:
        current = self.ui.fault_category_combo.currentData()
        self.ui.fault_category_combo.clear()
        line = self._line(line_id)
        if line is None:
            return
        for fault in line.faults:
            self.ui.fault_category_combo.addItem(catalogue_name(fault.name_zh, fault.name_en), fault.id)
        index = self.ui.fault_category_combo.findData(current)
        if index >= 0:
            self.ui.fault_category_combo.setCurrentIndex(index)

    def _on_product_line_combo_current_index_changed(self, _index: int) -> None:
        line = self._line(self.ui.product_line_combo.currentData())
        self.ui.model_combo.clear()
        if line is not None:
            for model in line.models:
                self.ui.model_combo.addItem(f"{model.code} {model.name}", model.id)
        if self.ui.new_unit_group.isChecked():
            self._show_faults(self.ui.product_line_combo.currentData())

    def _on_new_unit_group_toggled(self, checked: bool) -> None:
        if checked:
            self.ui.unit_list.setCurrentItem(None)
            self._show_faults(self.ui.product_line_combo.currentData())

    # --- phone search -----------------------------------------------------------------------------------

    def _on_phone_edit_text_edited(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        text = self.ui.phone_edit.text()
        self._search_serial += 1
        serial = self._search_serial
        run_task(self._runner, self._customers.find_by_phone, self._actor, text,
                 on_success=lambda matches: self._on_matches(serial, matches), on_failure=self._on_failed, owner=self)

    def _on_matches(self, serial: int, matches: list[CustomerMatch]) -> None:
        if serial != self._search_serial:
            return  # the clerk typed on; an older answer must not overwrite a newer one
        self.ui.customer_list.clear()
        for match in matches:
            text = self.tr("{name}  {phone}  {address}  (open tickets: {open})").format(
                name=match.name, phone=match.display_phone, address=match.address, open=match.open_tickets)
            item = QListWidgetItem(text)
            item.setData(ROLE, match.customer_id)
            self.ui.customer_list.addItem(item)
        digits = "".join(ch for ch in self.ui.phone_edit.text() if ch.isdigit())
        if not matches and len(digits) >= 7:
            self.ui.phone_message_label.setText(self.tr("No customer with this phone: register a new customer."))
            self._set_customer(None)
            self.ui.new_customer_group.setChecked(True)
            self.ui.new_unit_group.setChecked(True)
        else:
            self.ui.phone_message_label.setText("")
        if len(matches) == 1 and matches[0].number == digits:
            self.ui.customer_list.setCurrentRow(0)

    def _on_customer_list_current_item_changed(self, item: QListWidgetItem | None, _previous: Any) -> None:
        if item is None:
            return
        customer_id = int(item.data(ROLE))
        run_task(self._runner, self._customers.detail, self._actor, customer_id,
                 on_success=self._set_customer, on_failure=self._on_failed)

    def _set_customer(self, detail: CustomerDetail | None) -> None:
        self._detail = detail
        self.ui.unit_list.clear()
        if detail is None:
            self.ui.customer_label.setText("")
            self.ui.tickets_label.setText("")
            return
        self.ui.new_customer_group.setChecked(False)
        phones = ", ".join(p.display for p in detail.phones)
        address = detail.addresses[0].text if detail.addresses else ""
        self.ui.customer_label.setText(f"{detail.name}\n{phones}\n{address}")
        for unit in detail.units:
            care = unit.next_care
            care_line = "" if care is None else "\n    " + self.tr("Next care: {part} due {due}").format(
                part=catalogue_name(care.name_zh, care.name_en), due=care.due_on.isoformat())
            line = catalogue_name(unit.product_line_name, unit.product_line_name_en)
            item = QListWidgetItem(f"{line} {unit.model_name}  {unit.serial}\n"
                                   f"    {coverage_text(unit.warranty)}{care_line}")
            item.setData(ROLE, unit.id)
            self.ui.unit_list.addItem(item)
        states = status_names()
        lines = [self.tr("Open: {number} {status} {fault}").format(number=t.number,
                                                                   status=states.get(t.status, t.status),
                                                                   fault=catalogue_name(t.fault_name, t.fault_name_en))
                 for t in detail.open_tickets]
        lines.append(self.tr("History: {count} earlier tickets").format(count=len(detail.history)))
        self.ui.tickets_label.setText("\n".join(lines))
        if self._past_services is not None:
            run_task(self._runner, self._past_services, self._actor, detail.id,
                     on_success=lambda rows: self._show_past_services(detail.id, rows), owner=self)
        if detail.units:
            self.ui.new_unit_group.setChecked(False)
            self.ui.unit_list.setCurrentRow(0)
        self.customer_found.emit(detail.id)

    def _show_past_services(self, customer_id: int, rows: list[PastServiceRow]) -> None:
        if not rows or self._detail is None or self._detail.id != customer_id:
            return
        latest = rows[0]
        self.ui.tickets_label.setText(self.ui.tickets_label.text() + "\n" + self.tr(
            "Earlier service records (imported): {count}; latest {day} {fault}").format(
            count=len(rows), day=f"{latest.served_on:%Y-%m-%d}", fault=latest.fault_text[:30]))

    def _selected_unit(self) -> UnitRow | None:
        item = self.ui.unit_list.currentItem()
        if item is None or self._detail is None:
            return None
        return next((u for u in self._detail.units if u.id == item.data(ROLE)), None)

    def _on_unit_list_current_item_changed(self, item: QListWidgetItem | None, _previous: Any) -> None:
        unit = self._selected_unit()
        if unit is not None:
            self.ui.new_unit_group.setChecked(False)
            self._show_faults(unit.product_line_id)

    # --- saving -----------------------------------------------------------------------------------------

    def _request(self, phone_note: str | None, confirm_similar: bool = False) -> IntakeRequest:
        new_unit = None
        unit = self._selected_unit()
        line_id = unit.product_line_id if unit else None
        if self.ui.new_unit_group.isChecked():
            unit = None
            line_id = self.ui.product_line_combo.currentData()
            new_unit = NewUnit(
                model_id=self.ui.model_combo.currentData() or 0, serial=self.ui.serial_edit.text(),
                invoice_date=_date(self.ui.invoice_date_edit.date()),
                installation_date=_date(self.ui.installation_date_edit.date()),
                proof=self.ui.proof_combo.currentData(), usage=self.ui.usage_combo.currentData(),
                # The 7-day refund and the depreciation (R-DEP) are computed from this price.
                invoice_price_fen=parse_yuan(self.ui.invoice_price_edit.text(), "invoice_price"))
        new_customer = self.ui.new_customer_group.isChecked() or self._detail is None
        phone = self.ui.phone_edit.text()
        if self._detail is not None and not new_customer and len([c for c in phone if c.isdigit()]) < 7:
            # Found by a fragment: the ticket's contact phone is the customer's first number.
            phone = self._detail.phones[0].number if self._detail.phones else phone
        return IntakeRequest(
            phone=phone,
            customer_id=None if new_customer or self._detail is None else self._detail.id,
            name=self.ui.name_edit.text(), district=self.ui.district_combo.currentText(),
            town=self._towns.town(),
            address=self.ui.address_edit.text(), new_unit=new_unit, unit_id=unit.id if unit else None,
            address_id=unit.address_id if unit else None, product_line_id=line_id,
            fault_category_id=self.ui.fault_category_combo.currentData(),
            fault_text=self.ui.fault_text_edit.toPlainText(), channel=self.ui.channel_combo.currentData(),
            priority=self.ui.priority_combo.currentData(), phone_note=phone_note, confirm_similar=confirm_similar)

    def _save(self, request: IntakeRequest) -> OpenedTicket:
        """Runs on the worker: register what is new (once, even if the ticket half fails), then open the ticket."""
        customer_id, unit_id, address_id = request.customer_id, request.unit_id, request.address_id
        if customer_id is None:
            if self._registered is None:
                self._registered = self._customers.register(
                    self._actor, name=request.name, phone=request.phone,
                    address=self._new_address(request), unit=request.new_unit,
                    confirm_similar=request.confirm_similar)
            customer_id = self._registered.customer_id
            unit_id, address_id = self._registered.unit_id, self._registered.address_id
        elif request.new_unit is not None:
            if self._registered is None:
                new_id = self._customers.add_unit(self._actor, customer_id, request.new_unit)
                self._registered = Registration(customer_id, None, new_id, True)
            unit_id = self._registered.unit_id
        new = NewTicket(customer_id=customer_id, contact_phone=request.phone, channel=request.channel,
                        fault_category_id=request.fault_category_id, fault_text=request.fault_text,
                        unit_id=unit_id, address_id=address_id,
                        product_line_id=None if unit_id else request.product_line_id, priority=request.priority)
        return self._tickets.open_ticket(self._actor, new, resolved_by_phone_note=request.phone_note)

    def _new_address(self, request: IntakeRequest) -> NewAddress:
        if self._region.province and self._region.city:
            return NewAddress(request.district, request.address, self._region.province, self._region.city,
                              request.town)
        return NewAddress(request.district, request.address, town=request.town)

    def _start_save(self, request: IntakeRequest) -> None:
        if self._saving:
            return
        self._saving = True
        self._set_busy(True)
        self.ui.message_label.setText(self.tr("Saving..."))
        run_task(self._runner, self._save, request, on_success=self._on_saved,
                 on_failure=lambda exc: self._on_save_failed(request, exc), owner=self)

    def _on_open_ticket_button_clicked(self) -> None:
        self._start_from_form(None)

    def _on_question_button_clicked(self) -> None:
        request = self._request(None)
        known = self._detail if request.customer_id is not None else None
        self.question_requested.emit(NewConsultation(
            phone=request.phone, question=request.fault_text,
            caller_name=known.name if known is not None else request.name,
            customer_id=request.customer_id, product_line_id=request.product_line_id, channel=request.channel))

    def question_recorded(self) -> None:
        """The question typed here was saved as a consultation: the form is ready for the next call and says so
        (left filled, it looked unsaved and asked "discard?" on the next switch)."""
        self._clear()
        self.ui.message_label.setText(self.tr("The question was recorded as a consultation."))

    def _on_resolve_button_clicked(self) -> None:
        self._start_from_form(self.ui.phone_note_edit.text())

    def _start_from_form(self, phone_note: str | None) -> None:
        try:
            request = self._request(phone_note)
        except ValidationError as exc:
            # A price the form cannot read (e.g. "2千"): said at once, next to the field, nothing else touched.
            self.ui.message_label.setText(intake_messages.describe(exc))
            self._focus_field(exc.field)
            return
        self._start_save(request)

    def _on_saved(self, opened: OpenedTicket) -> None:
        self._saving = False
        self._set_busy(False)
        self._clear()
        if opened.status == "resolved_by_phone":
            text = self.tr("Ticket {number} recorded as resolved by phone.")
        else:
            text = self.tr("Ticket {number} opened; contact the customer within the service commitment.")
        if opened.is_repeat:
            text += " " + self.tr("Repeat repair (返修) of {number}.").format(number=opened.repeat_of_number)
        self.ui.message_label.setText(text.format(number=opened.number))
        self.ticket_opened.emit(opened.id)

    def _on_save_failed(self, request: IntakeRequest, exc: BaseException) -> None:
        self._saving = False
        self._set_busy(False)
        # The form keeps everything typed; only the message changes.
        if isinstance(exc, ValidationError) and exc.code == "similar_customer":
            answer = QMessageBox.question(
                self, self.tr("Similar customer"),
                self.tr("{name} at {address} looks like the same customer. Register a new customer anyway?")
                .format(name=exc.params.get("name", ""), address=exc.params.get("address", "")))
            if answer == QMessageBox.StandardButton.Yes:
                self._start_save(IntakeRequest(**{**request.__dict__, "confirm_similar": True}))
                return
        self.ui.message_label.setText(intake_messages.describe(exc))
        if isinstance(exc, DomainError):
            self._focus_field(exc.field)

    def _focus_field(self, field: str | None) -> None:
        widgets = {"phone": self.ui.phone_edit, "contact_phone": self.ui.phone_edit, "name": self.ui.name_edit,
                   "address": self.ui.address_edit, "serial": self.ui.serial_edit, "town": self.ui.town_combo,
                   "district": self.ui.district_combo,
                   "invoice_date": self.ui.invoice_date_edit, "installation_date": self.ui.installation_date_edit,
                   "fault_text": self.ui.fault_text_edit, "fault_category": self.ui.fault_category_combo,
                   "invoice_price": self.ui.invoice_price_edit,
                   "note": self.ui.phone_note_edit}
        widget = widgets.get(field or "")
        if widget is not None:
            widget.setFocus()

    def _on_failed(self, exc: BaseException) -> None:
        self.ui.message_label.setText(intake_messages.describe(exc))

    def _set_busy(self, busy: bool) -> None:
        self.ui.open_ticket_button.setEnabled(not busy)
        self.ui.resolve_button.setEnabled(not busy)

    def _on_clear_button_clicked(self) -> None:
        if self.confirm_close():
            self._clear()

    def _clear(self) -> None:
        self._registered = None
        self._detail = None
        for edit in (self.ui.phone_edit, self.ui.name_edit, self.ui.address_edit, self.ui.serial_edit,
                     self.ui.phone_note_edit, self.ui.invoice_price_edit):
            edit.clear()
        self.ui.fault_text_edit.clear()
        self._towns.clear()
        self.ui.customer_list.clear()
        self._set_customer(None)
        self.ui.phone_message_label.clear()
        self.ui.new_customer_group.setChecked(False)
        self.ui.new_unit_group.setChecked(False)
        # The next caller's new unit starts from today, not from the dates of the unit registered before.
        for edit in (self.ui.invoice_date_edit, self.ui.installation_date_edit):
            edit.setDate(today_qdate())

    def has_unsaved_input(self) -> bool:
        return any((self.ui.phone_edit.text().strip(), self.ui.fault_text_edit.toPlainText().strip(),
                    self.ui.name_edit.text().strip(), self.ui.serial_edit.text().strip(),
                    self.ui.phone_note_edit.text().strip(), self.ui.invoice_price_edit.text().strip()))

    def confirm_close(self) -> bool:
        """Asked by the main window before closing (and by Clear): unsaved input is never dropped silently."""
        if not self.has_unsaved_input():
            return True
        answer = QMessageBox.question(self, self.tr("Unsaved intake"),
                                      self.tr("The intake form has unsaved input. Discard it?"))
        return answer == QMessageBox.StandardButton.Yes


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
