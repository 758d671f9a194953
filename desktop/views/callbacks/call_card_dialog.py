"""The call card: who to call, what was done, the script in order with answer fields, and the outcome."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from desktop.clock import to_local
from desktop.i18n import catalogue_name
from desktop.rules import callback_script as script
from desktop.rules.phones import format_phone
from desktop.services.callbacks.callback_service import FollowUpRequest
from desktop.services.core.actor import Actor
from desktop.views import shortcuts, window_state
from desktop.views.callbacks.labels import attempt_names, error_messages, kind_names, line_name, satisfaction_names
from desktop.views.messages import error_message, register_messages
from desktop.views.printing.report_printer import ReportPrinter
from desktop.views.ui.ui_call_card_dialog import Ui_CallCardDialog

if TYPE_CHECKING:
    from desktop.services.callbacks.callback_service import CallbackService
    from desktop.services.callbacks.care_service import CareService
    from desktop.services.printing.report_print_service import ReportPrintService
    from desktop.views.background import BackgroundRunner

register_messages(error_messages)


def _gloss_wanted() -> bool:
    """The English gloss helps a reader of the English window; in the Chinese window it is only clutter."""
    return QLocale().language() != QLocale.Language.Chinese


def _line_html(line: Any) -> str:
    """Chinese as spoken, the English gloss beneath it in grey (the seeds' line ids stay out of sight)."""
    if not _gloss_wanted():
        return f"<b>{escape(line.zh)}</b>"
    return f"<b>{escape(line.zh)}</b><br><span style='color:#666'><i>{escape(line.en)}</i></span>"


class CallCardDialog(QDialog):
    call_saved = Signal(int)

    def __init__(self, service: CallbackService, actor: Actor, callback_id: int, parent: QWidget | None = None, *,
                 printing: ReportPrintService | None = None, runner: BackgroundRunner | None = None,
                 care: CareService | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CallCardDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self._service = service
        self._actor = actor
        self._callback_id = callback_id
        # The care service turns a 保养提醒 into a maintenance visit; without it the button stays hidden.
        self._care = care
        self.card: Any = None
        self.outcome: Any = None
        self.booking: Any = None
        # Only a done call with a ticket has a record to print (ReportPrintService.callback_record).
        self.printer = ReportPrinter(printing, runner, actor, self) if printing is not None else None
        self.ui.print_record_button.setVisible(self.printer is not None)
        self.ui.print_record_button.setEnabled(False)
        self._fill_choices()
        shortcuts.install(self, "call_card")
        self._connect_signals()
        self.load()

    def _fill_choices(self) -> None:
        for combo in (self.ui.q1_satisfied_combo, self.ui.q1_explained_combo, self.ui.q2_combo, self.ui.q3_combo,
                      self.ui.q5_combo):
            combo.addItem(self.tr("— not asked —"), None)
            combo.addItem(self.tr("Yes"), True)
            combo.addItem(self.tr("No"), False)
        self.ui.q1_satisfied_combo.setToolTip(self.tr("Satisfied with the engineer?"))
        self.ui.q1_explained_combo.setToolTip(self.tr("Did the engineer explain how to use the product?"))
        self.ui.q5_combo.setToolTip(self.tr("Did the engineer keep the visiting rules (shoe covers, clean site, "
                                            "the four nots)?"))
        for code in ("no_answer", "busy", "wrong_number"):
            self.ui.not_reached_combo.addItem(attempt_names()[code], code)

    def _fill_grades(self, grades: tuple[str, ...], required: bool) -> None:
        """The grades this branch offers (setting satisfaction.grades); a care reminder may leave it empty."""
        current = self.ui.satisfaction_combo.currentData()
        self.ui.satisfaction_combo.blockSignals(True)
        self.ui.satisfaction_combo.clear()
        self.ui.satisfaction_combo.addItem(self.tr("— choose —") if required else self.tr("— not asked —"), None)
        names = satisfaction_names()
        for code in grades:
            self.ui.satisfaction_combo.addItem(names.get(code, code), code)
        index = self.ui.satisfaction_combo.findData(current)
        self.ui.satisfaction_combo.setCurrentIndex(max(index, 0))
        self.ui.satisfaction_combo.blockSignals(False)

    def _connect_signals(self) -> None:
        for combo in (self.ui.q1_satisfied_combo, self.ui.q3_combo, self.ui.q5_combo, self.ui.satisfaction_combo):
            combo.currentIndexChanged.connect(self._on_answers_changed)
        for edit in (self.ui.service_complaint_edit, self.ui.product_complaint_edit):
            edit.textChanged.connect(self._on_answers_changed)
        self.ui.closing_combo.currentIndexChanged.connect(self._on_closing_combo_changed)
        self.ui.calming_button.toggled.connect(self._on_calming_button_toggled)
        self.ui.complete_button.clicked.connect(self._on_complete_button_clicked)
        self.ui.not_reached_button.clicked.connect(self._on_not_reached_button_clicked)
        self.ui.refused_button.clicked.connect(self._on_refused_button_clicked)
        self.ui.close_button.clicked.connect(self.reject)
        self.ui.print_record_button.clicked.connect(self._on_print_record_button_clicked)
        self.ui.book_maintenance_button.clicked.connect(self._on_book_maintenance_button_clicked)
        if self.printer is not None:
            self.printer.message_changed.connect(self.ui.message_label.setText)

    # ---- showing the card ----------------------------------------------------------------------------------
    def load(self) -> None:
        try:
            self.card = self._service.card(self._actor, self._callback_id)
        except Exception as exc:
            self.ui.message_label.setText(error_message(exc))
            self._set_editable(False)
            return
        card = self.card
        self.setWindowTitle(self.tr("Call card — {customer} ({kind})").format(
            customer=card.customer_name, kind=kind_names().get(card.kind, card.kind)))
        key = self.tr(" — key account") if card.is_key_account else ""
        self.ui.customer_label.setText(self.tr("{name}{key}\nPhones: {phones}\nAddress: {address}").format(
            name=card.customer_name, key=key, phones=", ".join(format_phone(p) for p in card.phones),
            address=card.address))
        installed = card.installation_date.isoformat() if card.installation_date else "—"
        # The model name already starts with the brand (鸿盛 RO反渗透 400G); without a unit, the product says it.
        self.ui.unit_label.setText(self.tr("Unit: {model}  Serial: {serial}  Installed: {installed}\n"
                                           "Ticket: {ticket} {fault}").format(
            model=card.unit_model or card.product or "—", serial=card.unit_serial or "—", installed=installed,
            ticket=card.ticket_number or "—", fault=card.fault_text))
        self._show_care(card)
        self.ui.reason_label.setVisible(bool(card.reason))
        self.ui.reason_label.setText(self.tr("Reason for this callback: {reason}").format(reason=card.reason))
        self._fill_grades(card.grades, card.satisfaction_required)
        last = card.last_service
        if last is None:
            self.ui.last_service_label.setText(self.tr("No service report on record."))
        else:
            self.ui.last_service_label.setText(self.tr(
                "{day} {ticket} — engineer {engineer}\nCause: {cause}\nWork: {work}\nParts: {parts}").format(
                day=last.day.isoformat() if last.day else "", ticket=last.ticket_number, engineer=last.engineer_name,
                cause=last.cause, work=last.work_done,
                parts=", ".join(f"{catalogue_name(zh, en)} ×{qty}" for zh, en, qty in last.part_names) or "—"))
        self.ui.forbidden_label.setText("<br>".join(
            f"<span style='color:#b00020'>✗ {escape(p.zh)}</span>"
            + (f" <i>{escape(p.en)}</i>" if _gloss_wanted() else "")
            for p in card.forbidden_phrases))
        self.ui.calming_label.setText("<br><br>".join(_line_html(line) for line in card.calming_lines))
        self.ui.handlers_label.setText("<br>".join(_line_html(line) for line in card.handlers))
        self._show_script(card)
        self._show_history(card)
        self.ui.closing_combo.blockSignals(True)
        self.ui.closing_combo.clear()
        for code in card.closings:
            self.ui.closing_combo.addItem(line_name(code), code)
        self.ui.closing_combo.blockSignals(False)
        self._set_editable(card.status == "pending")
        self.ui.print_record_button.setEnabled(self.printer is not None and card.status == "done"
                                               and bool(card.ticket_number))
        care_call = card.kind in script.CARE_KINDS
        self.ui.book_maintenance_button.setVisible(care_call and self._care is not None)
        self.ui.book_maintenance_button.setEnabled(care_call and card.status == "pending")
        self._on_answers_changed()

    def _show_care(self, card: Any) -> None:
        """The unit's consumables and when each is next due (rules.care); a reminder marks what is due now."""
        if not card.care:
            self.ui.care_label.setVisible(False)
            return
        due_now = {d.part_id for d in card.care_due}
        rows = [self.tr("{mark}{part}: due {due} (every {months} months, last {last})").format(
            mark="▶ " if d.part_id in due_now else "", part=catalogue_name(d.name_zh, d.name_en),
            due=d.due_on.isoformat(),
            months=d.interval_months, last=d.last_replaced.isoformat() if d.last_replaced else self.tr("never"))
            for d in card.care]
        self.ui.care_label.setText(self.tr("Care:") + "\n" + "\n".join(rows))
        self.ui.care_label.setVisible(True)

    def _show_script(self, card: Any) -> None:
        rows = {"q1_service_satisfied": self.ui.q1_label, "q2_manual_read": self.ui.q2_label,
                "q3_working": self.ui.q3_label, "q5_conduct_kept": self.ui.q5_label,
                "q4_suggestions": self.ui.q4_label}
        widgets: dict[str, list[QWidget]] = {
            "q1_service_satisfied": [self.ui.q1_satisfied_combo, self.ui.q1_explained_combo],
            "q2_manual_read": [self.ui.q2_combo], "q3_working": [self.ui.q3_combo],
            "q5_conduct_kept": [self.ui.q5_combo], "q4_suggestions": [self.ui.q4_edit]}
        openings = [line for line in card.script if not line.answer]
        self.ui.greeting_label.setText("<br>".join(_line_html(line) for line in openings))
        asked = {line.answer: line for line in card.script if line.answer}
        for key, label in rows.items():
            line = asked.get(key)
            label.setVisible(line is not None)
            for widget in widgets[key]:
                widget.setVisible(line is not None)
            if line is not None:
                label.setText(_line_html(line))
        # On a visit V2 asks one combined question; the "explained the use" field belongs to the phone script.
        self.ui.q1_explained_combo.setVisible("q1_service_satisfied" in asked and not card.on_site)

    def _show_history(self, card: Any) -> None:
        lines = [self.tr("Due {due} · attempts {attempts} of {max}").format(
            due=to_local(card.due_at).strftime("%Y-%m-%d %H:%M"), attempts=card.attempts, max=card.max_attempts)]
        for a in card.history:
            lines.append(f"{to_local(a.at):%m-%d %H:%M} {a.by_name}: {attempt_names().get(a.outcome, a.outcome)}"
                         + (f" — {a.note}" if a.note else ""))
        self.ui.history_label.setText("\n".join(lines))

    def _set_editable(self, editable: bool) -> None:
        for widget in (self.ui.complete_button, self.ui.not_reached_button, self.ui.refused_button,
                       self.ui.not_reached_combo, self.ui.book_maintenance_button):
            widget.setEnabled(editable)

    # ---- answers -------------------------------------------------------------------------------------------
    def answers(self) -> dict[str, Any]:
        def value(combo: QComboBox) -> Any:
            return combo.currentData() if combo.isVisibleTo(self) else None

        return {
            "q1_service_satisfied": value(self.ui.q1_satisfied_combo),
            "q1_explained_use": value(self.ui.q1_explained_combo),
            "q2_manual_read": value(self.ui.q2_combo),
            "q3_working": value(self.ui.q3_combo),
            "q5_conduct_kept": value(self.ui.q5_combo),
            "q4_suggestions": self.ui.q4_edit.text(),
            "service_complaint": self.ui.service_complaint_edit.text(),
            "product_complaint": self.ui.product_complaint_edit.text(),
        }

    def _on_answers_changed(self, *_args: object) -> None:
        if self.card is None:
            return
        expected = script.closing_for(self.card.kind, self.answers(), self.ui.satisfaction_combo.currentData())
        index = self.ui.closing_combo.findData(expected)
        if index >= 0:
            self.ui.closing_combo.setCurrentIndex(index)
        self._on_closing_combo_changed()
        needs = script.needs_follow_up(self.answers(), self.ui.satisfaction_combo.currentData())
        self.ui.complaint_check.setChecked(self.ui.complaint_check.isChecked() or (needs and bool(
            self.ui.service_complaint_edit.text() or self.ui.product_complaint_edit.text())))

    def _on_closing_combo_changed(self, *_args: object) -> None:
        if self.card is None:
            return
        code = self.ui.closing_combo.currentData()
        parts = ([_line_html(r) for r in script.visit_responses(self.answers(), self.card.visit_responses)]
                 if self.card.on_site else [])
        if code in self.card.closings:
            parts.append(_line_html(self.card.closings[code]))
        self.ui.closing_label.setText("<br>".join(parts))

    def _on_calming_button_toggled(self, checked: bool) -> None:
        self.ui.calming_label.setVisible(checked)

    # ---- saving --------------------------------------------------------------------------------------------
    def _on_complete_button_clicked(self) -> None:
        follow_up = FollowUpRequest(visit=self.ui.visit_check.isChecked(),
                                    complaint=self.ui.complaint_check.isChecked())
        try:
            self.outcome = self._service.complete(
                self._actor, self.card.callback_id, self.card.version, self.answers(),
                self.ui.satisfaction_combo.currentData(), self.ui.closing_combo.currentData() or "",
                self.ui.notes_edit.toPlainText(), follow_up)
        except Exception as exc:
            # Everything typed stays in the form; only the message changes.
            self.ui.message_label.setText(error_message(exc))
            return
        self._finish(self.tr("Call recorded."))

    def _record_attempt(self, outcome: str) -> None:
        try:
            result = self._service.record_attempt(self._actor, self.card.callback_id, self.card.version, outcome,
                                                  self.ui.notes_edit.toPlainText())
        except Exception as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        if result.status == "pending":
            text = self.tr("Attempt recorded; next try at {due}.").format(
                due=to_local(cast(datetime, result.next_due_at)).strftime("%m-%d %H:%M"))  # set while pending
        elif result.status == "unreachable":
            text = self.tr("Attempt recorded; the customer is now marked unreachable.")
        else:
            text = self.tr("The customer refused the callback.")
        self._finish(text)

    def _finish(self, text: str) -> None:
        self.call_saved.emit(self._callback_id)
        self.load()
        self.ui.message_label.setText(text)

    def _on_not_reached_button_clicked(self) -> None:
        self._record_attempt(self.ui.not_reached_combo.currentData())

    def _on_refused_button_clicked(self) -> None:
        self._record_attempt("refused")

    def _on_book_maintenance_button_clicked(self) -> None:
        """The customer agreed: a maintenance ticket with the due consumables as charged parts (CareService)."""
        if self._care is None or self.card is None:
            return
        try:
            self.booking = self._care.book_maintenance(self._actor, self.card.callback_id, self.card.version,
                                                       (), self.ui.notes_edit.toPlainText())
        except Exception as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        self._finish(self.tr("Maintenance visit booked: ticket {number}. The dispatcher plans it on the board.")
                     .format(number=self.booking.ticket_number))

    def _on_print_record_button_clicked(self) -> None:
        if self.printer is not None and self.card is not None:
            self.printer.print_callback_record(self.card.callback_id, self.card.ticket_number)
