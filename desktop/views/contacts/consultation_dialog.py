"""One consultation: the question, its promised reply time (the clock), the reply, the close, and turning it into a
ticket when the question turns out to be a fault."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from desktop.clock import to_local
from desktop.rules.phones import format_phone
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import allowed
from desktop.views import shortcuts, window_state
from desktop.views.contacts.contact_texts import (
    consultation_status_names,
    describe,
    line_name,
    register,
    topic_names,
)
from desktop.views.intake.intake_text import channel_names, priority_names
from desktop.views.look import alert_style
from desktop.views.ui.ui_consultation_dialog import Ui_ConsultationDialog

TIME = "%Y-%m-%d %H:%M"


class ConsultationDialog(QDialog):
    consultation_saved = Signal(int)
    ticket_opened = Signal(int)

    def __init__(self, consultations: Any, customers: Any, actor: Actor, consultation_id: int,
                 parent: QWidget | None = None, open_ticket: Callable[[int], None] | None = None) -> None:
        super().__init__(parent)
        register()
        self.ui = Ui_ConsultationDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self._consultations = consultations
        self._customers = customers
        self._actor = actor
        self._id = consultation_id
        self._open_ticket = open_ticket
        self._catalogue: list[Any] = []
        self.detail: Any = None
        for code, text in priority_names().items():
            self.ui.priority_combo.addItem(text, code)
        shortcuts.install(self, "consultation")
        self._connect_signals()
        self.load()

    def _connect_signals(self) -> None:
        self.ui.reply_button.clicked.connect(self._on_reply_button_clicked)
        self.ui.close_consultation_button.clicked.connect(self._on_close_consultation_button_clicked)
        self.ui.ticket_customer_combo.currentIndexChanged.connect(self._on_ticket_customer_changed)
        self.ui.unit_combo.currentIndexChanged.connect(self._on_unit_changed)
        self.ui.ticket_line_combo.currentIndexChanged.connect(self._on_ticket_line_changed)
        self.ui.ticket_button.clicked.connect(self._on_ticket_button_clicked)
        self.ui.open_ticket_button.clicked.connect(self._on_open_ticket_button_clicked)
        self.ui.done_button.clicked.connect(self.accept)

    def load(self) -> None:
        try:
            detail = self._consultations.detail(self._actor, self._id)
            self._catalogue = list(self._customers.catalogue(self._actor))
        except Exception as exc:
            self.ui.message_label.setText(describe(exc))
            return
        self.show_detail(detail)
        if detail.ticket_id is None:
            self._fill_ticket_choices(detail)

    def show_detail(self, d: Any) -> None:
        self.detail = d
        self.setWindowTitle(self.tr("Consultation {number}").format(number=d.number))
        self.ui.header_label.setText(self.tr(
            "{number} · {status} · received {received} by {taker} ({channel})\n"
            "Caller: {caller}  {phone} · product: {product} · topic: {topic}").format(
            number=d.number, status=consultation_status_names().get(d.status, d.status),
            received=to_local(d.created_at).strftime(TIME), taker=d.created_by_name,
            channel=channel_names().get(d.channel, d.channel), caller=d.caller_name or "—",
            phone=format_phone(d.phone), product=line_name(d.product_line_zh, d.product_line_en) or "—",
            topic=topic_names().get(d.topic, d.topic)))
        self.ui.clock_label.setText(self._clock_text(d))
        self.ui.clock_label.setStyleSheet(alert_style(d.overdue))
        self.ui.question_text_label.setText(d.question)
        if d.answer:
            self.ui.answer_edit.setPlainText(d.answer)
        can = allowed(self._actor, "consultation.work")
        awaiting = d.status == "awaiting_reply"
        self.ui.answer_edit.setReadOnly(not awaiting)
        self.ui.reply_button.setEnabled(can and awaiting)
        self.ui.close_consultation_button.setEnabled(can and d.status == "answered")
        self.ui.ticket_group.setVisible(d.ticket_id is None and can and allowed(self._actor, "ticket.create"))
        self.ui.open_ticket_button.setVisible(d.ticket_id is not None and self._open_ticket is not None)

    def _clock_text(self, d: Any) -> str:
        if d.ticket_number:
            return self.tr("Turned into ticket {ticket}.").format(ticket=d.ticket_number)
        if d.answered_at_once:
            return self.tr("Answered at once ({at}).").format(at=to_local(d.replied_at).strftime(TIME))
        due = to_local(d.reply_due_at).strftime(TIME)
        if d.replied_at is not None:
            kept = self.tr("on time") if d.reply_on_time else self.tr("late")
            return self.tr("Reply promised by {due}; replied {at} by {who}, {kept}.").format(
                due=due, at=to_local(d.replied_at).strftime(TIME), who=d.replied_by_name, kept=kept)
        if d.overdue:
            return self.tr("Reply promised by {due}: OVERDUE, call the customer back now.").format(due=due)
        return self.tr("Reply promised by {due}.").format(due=due)

    # --- reply and close -------------------------------------------------------------------------------------------

    def _save(self, call: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
        try:
            detail = call(self._actor, self.detail.id, self.detail.version, *args, **kwargs)
        except Exception as exc:
            self.ui.message_label.setText(describe(exc))
            return False
        self.show_detail(detail)
        self.ui.message_label.setText(self.tr("Saved."))
        self.consultation_saved.emit(detail.id)
        return True

    def _on_reply_button_clicked(self) -> None:
        if self.detail is not None:
            self._save(self._consultations.record_reply, self.ui.answer_edit.toPlainText())

    def _on_close_consultation_button_clicked(self) -> None:
        if self.detail is not None:
            self._save(self._consultations.close)

    # --- into a ticket --------------------------------------------------------------------------------------------

    def _fill_ticket_choices(self, d: Any) -> None:
        combo = self.ui.ticket_customer_combo
        combo.blockSignals(True)
        combo.clear()
        try:
            matches = self._customers.find_by_phone(self._actor, d.phone)
        except Exception as exc:
            self.ui.message_label.setText(describe(exc))
            matches = []
        for match in matches:
            combo.addItem(f"{match.name}  {match.display_phone}", match.customer_id)
        if combo.count() == 0:
            combo.addItem(self.tr("(no customer with this phone: register the caller in Intake)"), None)
        index = combo.findData(d.customer_id)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self.ui.ticket_line_combo.blockSignals(True)
        self.ui.ticket_line_combo.clear()
        for line in self._catalogue:
            self.ui.ticket_line_combo.addItem(line_name(line.name_zh, line.name_en), line.id)
        index = self.ui.ticket_line_combo.findData(d.product_line_id)
        self.ui.ticket_line_combo.setCurrentIndex(max(index, 0))
        self.ui.ticket_line_combo.blockSignals(False)
        self._on_ticket_customer_changed()

    def _on_ticket_customer_changed(self, *_args: object) -> None:
        self.ui.unit_combo.blockSignals(True)
        self.ui.unit_combo.clear()
        self.ui.unit_combo.addItem(self.tr("(no particular unit)"), None)
        customer_id = self.ui.ticket_customer_combo.currentData()
        if customer_id is not None:
            try:
                units = self._customers.detail(self._actor, customer_id).units
            except Exception as exc:
                self.ui.message_label.setText(describe(exc))
                units = ()
            for unit in units:
                if unit.status == "active":
                    self.ui.unit_combo.addItem(f"{unit.model_code} {unit.serial}", (unit.id, unit.product_line_id))
            if self.ui.unit_combo.count() > 1:
                self.ui.unit_combo.setCurrentIndex(1)
        self.ui.unit_combo.blockSignals(False)
        self._on_unit_changed()

    def _on_unit_changed(self, *_args: object) -> None:
        unit = self.ui.unit_combo.currentData()
        if unit is not None:
            # The unit decides the product line (the ticket service takes it from the unit as well).
            index = self.ui.ticket_line_combo.findData(unit[1])
            if index >= 0:
                self.ui.ticket_line_combo.setCurrentIndex(index)
        self.ui.ticket_line_combo.setEnabled(unit is None)
        self._on_ticket_line_changed()

    def _on_ticket_line_changed(self, *_args: object) -> None:
        line_id = self.ui.ticket_line_combo.currentData()
        self.ui.fault_combo.clear()
        line = next((item for item in self._catalogue if item.id == line_id), None)
        for fault in (line.faults if line else ()):
            self.ui.fault_combo.addItem(line_name(fault.name_zh, fault.name_en), fault.id)

    def _on_ticket_button_clicked(self) -> None:
        unit = self.ui.unit_combo.currentData()
        fault_id = self.ui.fault_combo.currentData()
        if fault_id is None:
            self.ui.message_label.setText(self.tr("Choose the fault category of the ticket."))
            return
        if self._save(self._consultations.to_ticket, fault_category_id=fault_id,
                      customer_id=self.ui.ticket_customer_combo.currentData(),
                      unit_id=unit[0] if unit else None, product_line_id=self.ui.ticket_line_combo.currentData(),
                      priority=self.ui.priority_combo.currentData()):
            self.ui.message_label.setText(self.tr("Ticket {ticket} opened; its own service clocks have started.")
                                          .format(ticket=self.detail.ticket_number))
            self.ticket_opened.emit(self.detail.ticket_id)

    def _on_open_ticket_button_clicked(self) -> None:
        if self.detail is not None and self.detail.ticket_id is not None and self._open_ticket is not None:
            self._open_ticket(self.detail.ticket_id)
