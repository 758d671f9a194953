"""One complaint: steps, the on-site inspection, liability (only after the inspection), answer and close."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QWidget

from desktop.clock import to_local
from desktop.services.core.actor import Actor
from desktop.views import window_state
from desktop.views.callbacks.complaint_phrases import show_phrases
from desktop.views.callbacks.labels import (
    complaint_status_names,
    concerns_names,
    error_messages,
    liability_names,
    source_names,
)
from desktop.views.messages import error_message, register_messages
from desktop.views.ui.ui_complaint_dialog import Ui_ComplaintDialog

if TYPE_CHECKING:
    from desktop.services.callbacks.complaint_service import ComplaintService

register_messages(error_messages)


class ComplaintDialog(QDialog):
    complaint_saved = Signal(int)

    def __init__(self, service: ComplaintService, actor: Actor, complaint_id: int, parent: QWidget | None = None,
                 raise_quality: Callable[[int, QWidget], None] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ComplaintDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self._service = service
        self._actor = actor
        self._complaint_id = complaint_id
        self.detail: Any = None
        for code, text in liability_names().items():
            self.ui.liability_combo.addItem(text, code)
        # The quality feedback form (contacts area) for a product complaint; hidden where nothing is wired.
        self._raise_quality = raise_quality
        self.ui.quality_button.setVisible(raise_quality is not None)
        self._connect_signals()
        self.load()
        show_phrases(self.ui.phrases_browser, service, actor, complaint_id)

    def _connect_signals(self) -> None:
        self.ui.add_step_button.clicked.connect(self._on_add_step_button_clicked)
        self.ui.first_contact_button.clicked.connect(self._on_first_contact_button_clicked)
        self.ui.quality_button.clicked.connect(self._on_quality_button_clicked)
        self.ui.inspection_button.clicked.connect(self._on_inspection_button_clicked)
        self.ui.liability_button.clicked.connect(self._on_liability_button_clicked)
        self.ui.answer_button.clicked.connect(self._on_answer_button_clicked)
        self.ui.close_button.clicked.connect(self.reject)

    def load(self) -> None:
        try:
            self.show_detail(self._service.detail(self._actor, self._complaint_id))
        except Exception as exc:
            self.ui.message_label.setText(error_message(exc))

    def show_detail(self, d: Any) -> None:
        self.detail = d
        self.setWindowTitle(self.tr("Complaint {number}").format(number=d.number))
        due = to_local(d.promised_answer_at).strftime("%Y-%m-%d %H:%M")
        overdue = self.tr(" — OVERDUE") if d.overdue else ""
        self.ui.header_label.setText(self.tr(
            "{number} · {customer} · ticket {ticket}\nSource: {source} · concerns: {concerns} {person} · "
            "owner: {owner} · status: {status}\nAnswer promised by {due}{overdue}").format(
            number=d.number, customer=d.customer_name, ticket=d.ticket_number or "—",
            source=source_names().get(d.source, d.source), concerns=concerns_names().get(d.concerns, d.concerns),
            person=d.concerns_person, owner=d.owner_name, status=complaint_status_names().get(d.status, d.status),
            due=due, overdue=overdue) + "\n" + first_contact_text(d))
        self.ui.header_label.setStyleSheet(
            "color: #b00020;" if d.first_contact_overdue or d.overdue else "")
        self.ui.description_label.setText(d.description)
        self.ui.steps_list.clear()
        for step in d.steps:
            self.ui.steps_list.addItem(f"{to_local(step.at):%m-%d %H:%M} {step.by_name}: {step.note}")
        if d.inspected_at is not None:
            self.ui.inspected_label.setText(self.tr("Inspected {at}").format(
                at=to_local(d.inspected_at).strftime("%Y-%m-%d %H:%M")))
            self.ui.inspection_note_edit.setPlainText(d.inspection_note)
        else:
            self.ui.inspected_label.setText(self.tr("Not inspected yet: liability cannot be stated."))
        if d.liability:
            self.ui.liability_combo.setCurrentIndex(self.ui.liability_combo.findData(d.liability))
        if d.answer:
            self.ui.answer_edit.setPlainText(d.answer)
        open_ = d.status != "closed"
        # Seed 004: no statement of liability before the on-site inspection (the service refuses it as well).
        self.ui.liability_combo.setEnabled(open_ and d.can_state_liability)
        self.ui.liability_button.setEnabled(open_ and d.can_state_liability)
        for widget in (self.ui.add_step_button, self.ui.step_edit, self.ui.inspection_button,
                       self.ui.inspection_note_edit, self.ui.answer_button, self.ui.answer_edit,
                       self.ui.accepted_check):
            widget.setEnabled(open_)
        self.ui.first_contact_button.setEnabled(open_ and d.first_contact_at is None)

    def _save(self, call: Any, *args: Any, **kwargs: Any) -> bool:
        try:
            detail = call(self._actor, self.detail.id, self.detail.version, *args, **kwargs)
        except Exception as exc:
            self.ui.message_label.setText(error_message(exc))
            return False
        self.show_detail(detail)
        self.ui.message_label.setText(self.tr("Saved."))
        self.complaint_saved.emit(detail.id)
        return True

    def _on_add_step_button_clicked(self) -> None:
        if self._save(self._service.add_step, self.ui.step_edit.text()):
            self.ui.step_edit.clear()

    def _on_first_contact_button_clicked(self) -> None:
        note = self.ui.step_edit.text().strip() or self.tr("Called the customer back.")
        if self._save(self._service.record_first_contact, note):
            self.ui.step_edit.clear()

    def _on_quality_button_clicked(self) -> None:
        if self._raise_quality is not None and self.detail is not None:
            self._raise_quality(self.detail.id, self)

    def _on_inspection_button_clicked(self) -> None:
        self._save(self._service.record_inspection, self.ui.inspection_note_edit.toPlainText())

    def _on_liability_button_clicked(self) -> None:
        self._save(self._service.set_liability, self.ui.liability_combo.currentData())

    def _on_answer_button_clicked(self) -> None:
        self._save(self._service.answer, self.ui.answer_edit.toPlainText(),
                   customer_accepted=self.ui.accepted_check.isChecked())


def first_contact_text(d: Any) -> str:
    """The complainant's first-contact clock in words (seed 003 「几分钟后给您答复」)."""
    if d.first_contact_due_at is None:
        return ""
    due = to_local(d.first_contact_due_at).strftime("%H:%M")
    if d.first_contact_at is not None:
        kept = (QCoreApplication.translate("ComplaintDialog", "on time") if d.first_contact_at <= d.first_contact_due_at
                else QCoreApplication.translate("ComplaintDialog", "late"))
        return QCoreApplication.translate("ComplaintDialog", "Customer called back {at} (due {due}, {kept})").format(
            at=to_local(d.first_contact_at).strftime("%m-%d %H:%M"), due=due, kept=kept)
    if d.first_contact_overdue:
        return QCoreApplication.translate("ComplaintDialog", "Call the customer back: it was due at {due}!").format(
            due=due)
    return QCoreApplication.translate("ComplaintDialog", "Call the customer back by {due}").format(due=due)
