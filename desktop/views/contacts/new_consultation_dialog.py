"""A caller's question (咨询): answered now, or a reply time promised (seed 000 3.2.4, 002 §4.3), which is the
consultation's service clock. Opened from the consultations list or from intake with what was typed there."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from desktop.clock import utc_now
from desktop.services.contacts.consultation_records import NewConsultation
from desktop.services.core.actor import Actor
from desktop.views import shortcuts, window_state
from desktop.views.branch_dates import from_qdatetime, to_qdatetime
from desktop.views.contacts.contact_texts import describe, line_name, register, topic_names
from desktop.views.intake.intake_text import channel_names
from desktop.views.ui.ui_new_consultation_dialog import Ui_NewConsultationDialog


class NewConsultationDialog(QDialog):
    consultation_opened = Signal(int)

    def __init__(self, consultations: Any, customers: Any, actor: Actor, draft: NewConsultation | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        register()
        self.ui = Ui_NewConsultationDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self._consultations = consultations
        self._customers = customers
        self._actor = actor
        self.opened: Any = None
        for code, text in topic_names().items():
            self.ui.topic_combo.addItem(text, code)
        for code, text in channel_names().items():
            self.ui.channel_combo.addItem(text, code)
        self.ui.customer_combo.addItem(self.tr("(not a customer yet)"), None)
        self.ui.product_line_combo.addItem(self.tr("(not about one product)"), None)
        # Seed 003 (电话服务规范 H4): what to say when the answer needs an engineer.
        self.ui.promise_hint_label.setText(self.tr(
            "Say: 对不起，请您稍等，我让工程师给您解答，好吗？ — and tell the caller when you will call back."))
        self._load_choices()
        self._fill(draft)
        shortcuts.install(self, "new_consultation")
        self._connect_signals()
        self._on_mode_toggled()

    def _load_choices(self) -> None:
        try:
            for line in self._customers.catalogue(self._actor):
                self.ui.product_line_combo.addItem(line_name(line.name_zh, line.name_en), line.id)
            minutes = self._consultations.reply_due_default(self._actor)
        except Exception as exc:
            self.ui.message_label.setText(describe(exc))
            minutes = 60
        self.ui.reply_due_edit.setDateTime(to_qdatetime(utc_now() + timedelta(minutes=minutes)))
        self.ui.reply_due_edit.setMinimumDateTime(to_qdatetime(utc_now()))

    def _fill(self, draft: NewConsultation | None) -> None:
        if draft is None:
            return
        self.ui.phone_edit.setText(draft.phone)
        self.ui.caller_edit.setText(draft.caller_name)
        self.ui.question_edit.setPlainText(draft.question)
        index = self.ui.product_line_combo.findData(draft.product_line_id)
        if index >= 0:
            self.ui.product_line_combo.setCurrentIndex(index)
        if draft.phone.strip():
            self._on_find_button_clicked()
        if draft.customer_id is not None:
            index = self.ui.customer_combo.findData(draft.customer_id)
            if index >= 0:
                self.ui.customer_combo.setCurrentIndex(index)

    def _connect_signals(self) -> None:
        self.ui.find_button.clicked.connect(self._on_find_button_clicked)
        self.ui.phone_edit.returnPressed.connect(self._on_find_button_clicked)
        self.ui.customer_combo.currentIndexChanged.connect(self._on_customer_combo_changed)
        self.ui.answer_now_radio.toggled.connect(self._on_mode_toggled)
        self.ui.save_button.clicked.connect(self._on_save_button_clicked)
        self.ui.cancel_button.clicked.connect(self.reject)

    def _on_mode_toggled(self, *_args: object) -> None:
        now = self.ui.answer_now_radio.isChecked()
        self.ui.answer_edit.setEnabled(now)
        self.ui.reply_due_edit.setEnabled(not now)
        self.ui.promise_hint_label.setVisible(not now)

    def _on_find_button_clicked(self) -> None:
        keep = self.ui.customer_combo.currentData()
        self.ui.customer_combo.blockSignals(True)
        while self.ui.customer_combo.count() > 1:
            self.ui.customer_combo.removeItem(1)
        try:
            matches = self._customers.find_by_phone(self._actor, self.ui.phone_edit.text())
        except Exception as exc:
            self.ui.message_label.setText(describe(exc))
            matches = []
        for match in matches:
            self.ui.customer_combo.addItem(f"{match.name}  {match.display_phone}  {match.address}", match.customer_id)
        self.ui.customer_combo.blockSignals(False)
        index = self.ui.customer_combo.findData(keep)
        self.ui.customer_combo.setCurrentIndex(index if keep is not None and index >= 0 else (1 if matches else 0))
        self._on_customer_combo_changed()

    def _on_customer_combo_changed(self, *_args: object) -> None:
        if self.ui.customer_combo.currentData() is not None and not self.ui.caller_edit.text().strip():
            self.ui.caller_edit.setText(self.ui.customer_combo.currentText().split("  ")[0])

    def request(self) -> NewConsultation:
        answered = self.ui.answer_now_radio.isChecked()
        return NewConsultation(
            phone=self.ui.phone_edit.text(), question=self.ui.question_edit.toPlainText(),
            caller_name=self.ui.caller_edit.text(), customer_id=self.ui.customer_combo.currentData(),
            product_line_id=self.ui.product_line_combo.currentData(), channel=self.ui.channel_combo.currentData(),
            topic=self.ui.topic_combo.currentData(), answer=self.ui.answer_edit.toPlainText() if answered else "",
            reply_due_at=None if answered else from_qdatetime(self.ui.reply_due_edit.dateTime()))

    def _on_save_button_clicked(self) -> None:
        request = self.request()
        if self.ui.answer_now_radio.isChecked() and not request.answer.strip():
            # Answered now needs the answer; otherwise the caller is owed a reply time.
            self.ui.message_label.setText(self.tr("Write down the answer given, or promise a reply time."))
            self.ui.answer_edit.setFocus()
            return
        try:
            self.opened = self._consultations.open(self._actor, request)
        except Exception as exc:
            # Everything typed stays in the form.
            self.ui.message_label.setText(describe(exc))
            return
        self.consultation_opened.emit(self.opened.id)
        self.accept()
