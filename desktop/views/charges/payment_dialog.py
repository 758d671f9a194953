"""PaymentDialog: money taken for a visit's charges (amount, method, who collected it); the receipt follows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.clock import BRANCH_TZ, utc_now
from desktop.errors import DomainError
from desktop.printing.receipt import rmb_in_words
from desktop.services.charges.charge_records import ChargeDue
from desktop.services.core.actor import Actor
from desktop.views import shortcuts, window_state
from desktop.views.branch_dates import to_qdatetime
from desktop.views.charges.charge_texts import desk, method_names, money
from desktop.views.messages import error_message
from desktop.views.stock import stock_messages  # noqa: F401  (registers the error texts)
from desktop.views.ui.ui_payment_dialog import Ui_PaymentDialog

if TYPE_CHECKING:
    from desktop.services.charges.payment_service import PaymentService


class PaymentDialog(QDialog):
    payment_recorded = Signal(object)  # PaymentRow

    def __init__(self, service: PaymentService, actor: Actor, due: ChargeDue, engineers: Sequence[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PaymentDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self.setObjectName("payment_dialog")
        self._service, self._actor, self._due = service, actor, due
        self.ui.charges_label.setText(self.tr(
            "Ticket {ticket}, {customer}: call-out {call_out} + labour {labour} + parts {parts} = {total}; paid "
            "{paid}; owed {owed}.").format(ticket=due.ticket_number, customer=due.customer_name,
                                            call_out=money(due.call_out_fee_fen), labour=money(due.labour_fen),
                                            parts=money(due.parts_fen), total=money(due.total_fen),
                                            paid=money(due.paid_fen), owed=money(due.outstanding_fen)))
        for code, name in method_names().items():
            self.ui.method_combo.addItem(name, code)
        self.ui.collector_combo.addItem(self.tr("{engineer} (the visit's engineer)").format(
            engineer=due.engineer_name), due.engineer_id)
        for engineer in engineers:
            if engineer.id != due.engineer_id:
                self.ui.collector_combo.addItem(engineer.name, engineer.id)
        self.ui.collector_combo.addItem(desk(), None)
        self.ui.amount_spin.setValue(due.outstanding_fen / 100)
        self.ui.paid_at_edit.setDateTime(to_qdatetime(utc_now()))
        self.ui.payer_edit.setText(due.customer_name)
        self.ui.amount_spin.valueChanged.connect(self._on_amount_changed)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setObjectName("save_button")
        shortcuts.install(self, "payment")
        self._on_amount_changed()

    def _on_amount_changed(self) -> None:
        amount = Decimal(round(self.ui.amount_spin.value() * 100)) / 100
        self.ui.words_label.setText(self.tr("In words: {words}").format(words=rmb_in_words(amount)))

    def _paid_at(self) -> datetime:
        value = self.ui.paid_at_edit.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=BRANCH_TZ)

    def _on_button_box_accepted(self) -> None:
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)
        try:
            paid = self._service.record_payment(
                self._actor, self._due.report_id, round(self.ui.amount_spin.value() * 100),
                str(self.ui.method_combo.currentData()), paid_at=self._paid_at(), payer_name=self.ui.payer_edit.text(),
                note=self.ui.note_edit.text(), engineer_id=self.ui.collector_combo.currentData())
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            save.setEnabled(True)
            return
        self.payment_recorded.emit(paid)
        self.accept()
