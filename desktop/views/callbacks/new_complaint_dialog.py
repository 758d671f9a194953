"""A complaint taken by phone or at the counter (seed 004 第五章 一、接单): customer, what it concerns, owner."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from desktop.clock import to_local, utc_now
from desktop.services.core.actor import Actor
from desktop.views import window_state
from desktop.views.callbacks.complaint_phrases import show_phrases
from desktop.views.callbacks.labels import concerns_names, error_messages, source_names
from desktop.views.messages import error_message, register_messages
from desktop.views.ui.ui_new_complaint_dialog import Ui_NewComplaintDialog

if TYPE_CHECKING:
    from desktop.services.admin.settings_service import SettingsService
    from desktop.services.callbacks.complaint_service import ComplaintService
    from desktop.services.tickets.customer_service import CustomerService

register_messages(error_messages)

# A callback opens its own complaints (call card); here only the ways a customer complains directly.
DIRECT_SOURCES = ("phone", "visit")


class NewComplaintDialog(QDialog):
    complaint_opened = Signal(int)

    def __init__(self, complaints: ComplaintService, customers: CustomerService, settings: SettingsService,
                 actor: Actor,
                 owners: Sequence[tuple[int, str]] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewComplaintDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self._complaints = complaints
        self._customers = customers
        self._settings = settings
        self._actor = actor
        names = source_names()
        for code in DIRECT_SOURCES:
            self.ui.source_combo.addItem(names[code], code)
        for code, text in concerns_names().items():
            self.ui.concerns_combo.addItem(text, code)
        # owners: (user id, name) a supervisor may hand the complaint to; the acting user is the default.
        self.ui.owner_combo.addItem(actor.display_name, actor.user_id)
        for user_id, name in owners:
            if user_id != actor.user_id:
                self.ui.owner_combo.addItem(name, user_id)
        self._show_promise()
        show_phrases(self.ui.phrases_browser, complaints, actor)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.phone_edit.returnPressed.connect(self._on_find_button_clicked)
        self.ui.find_button.clicked.connect(self._on_find_button_clicked)
        self.ui.save_button.clicked.connect(self._on_save_button_clicked)
        self.ui.cancel_button.clicked.connect(self.reject)

    def _show_promise(self) -> None:
        # The service sets the real time on save from the same setting; this tells the clerk what to promise.
        try:
            hours = int(self._settings.get(self._actor, "complaint.answer_hours"))
            minutes = int(self._settings.get(self._actor, "complaint.first_contact_minutes"))
        except Exception as exc:
            self.ui.promised_label.setText(error_message(exc))
            return
        now = utc_now()
        due = to_local(now + timedelta(hours=hours))
        call_back = to_local(now + timedelta(minutes=minutes))
        # Seed 003 「几分钟后给您答复」: the customer is told when to expect the call back, then the answer.
        self.ui.promised_label.setText(self.tr(
            "Call back by {call_back} (within {minutes} minutes); answer by {due} (within {hours} hours)").format(
            call_back=call_back.strftime("%H:%M"), minutes=minutes, due=due.strftime("%Y-%m-%d %H:%M"),
            hours=hours))

    def selected_customer_id(self) -> int | None:
        item = self.ui.customer_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

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

    def _on_save_button_clicked(self) -> None:
        customer_id = self.selected_customer_id()
        if customer_id is None:
            self.ui.message_label.setText(self.tr("Find the customer by phone and choose them in the list."))
            return
        try:
            detail = self._complaints.open(
                self._actor, customer_id=customer_id, source=self.ui.source_combo.currentData(),
                concerns=self.ui.concerns_combo.currentData(), description=self.ui.description_edit.toPlainText(),
                concerns_person=self.ui.person_edit.text(), owner_id=self.ui.owner_combo.currentData())
        except Exception as exc:
            # Everything typed stays in the form.
            self.ui.message_label.setText(error_message(exc))
            return
        self.complaint_opened.emit(detail.id)
        self.accept()
