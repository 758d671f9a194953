"""VisitResultDialog: the returned service sheet (客户服务报告) typed in: the work and what the customer still has to
do, parts and charges proposed from the fee schedule and the warranty status, and both signatures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
)

from desktop.clock import utc_now
from desktop.errors import DomainError
from desktop.i18n import catalogue_name
from desktop.printing.signature import signature_to_json
from desktop.rules.charges import (
    CHARGED_IN_WARRANTY,
    ChargedPart,
    ChargeProposal,
    FeeLine,
    PartFacts,
    SubmittedCharges,
    exceptions,
    part_covered,
    propose,
)
from desktop.rules.visit_times import arrived_early, sheet_defaults
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import allowed
from desktop.services.dispatch.dispatch_records import PartRow, PartUse, ReportRow, VisitResult, VisitRow
from desktop.services.dispatch.visit_service import VisitService
from desktop.views import file_dialogs, shortcuts, window_state
from desktop.views.branch_dates import from_qdatetime, to_qdatetime
from desktop.views.charges.charge_texts import method_names
from desktop.views.dispatch.conduct_names import conduct_names
from desktop.views.dispatch.dispatch_messages import dispatch_messages
from desktop.views.messages import error_message, register_messages
from desktop.views.printing import printing_messages  # noqa: F401  (a scanned signature's error sentences)
from desktop.views.stock import stock_messages  # noqa: F401  (van stock and charge-reason sentences)
from desktop.views.ui.ui_visit_result_dialog import Ui_VisitResultDialog
from desktop.views.widgets.scroll_body import scroll_tabs
from desktop.views.widgets.signature_pad import SignaturePad
from desktop.views.widgets.table_columns import fit_columns

WORK_TAB, CHARGES_TAB = 0, 1


def yuan(fen: int) -> str:
    return f"{Decimal(fen) / 100:.2f}"


def _facts(part: PartRow, quantity: int) -> PartFacts:
    return PartFacts(part.id, quantity, part.price_fen, part.is_warranty_part, part.is_main_part, part.is_consumable)


# The sheet is opened from the board, My day and the ticket: its refusals are worded whichever was opened first.
register_messages(dispatch_messages)

class VisitResultDialog(QDialog):
    result_saved = Signal(object)  # ReportRow

    def __init__(self, service: VisitService, actor: Actor, visit: VisitRow, product_line: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VisitResultDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        self.setObjectName("visit_result_dialog")
        self._service, self._actor, self._visit = service, actor, visit
        self._parts: list[PartRow] = service.parts(actor, product_line)
        self._used: list[tuple[PartRow, int, bool]] = []
        self._scan: bytes | None = None
        form = service.sheet_form(actor, visit.id)
        # The fees follow the schedule until the clerk types their own; then only the button re-applies it.
        self._fees_follow_schedule = True
        self._coverage, self._fees = "unknown", FeeLine()
        try:
            basis = service.charge_basis(actor, visit.id)
            self._coverage, self._fees = basis.coverage, basis.fees
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
        self.ui.ticket_label.setText(self.tr("{number}, round {round}, engineer {engineer}").format(
            number=visit.ticket_number, round=visit.round, engineer=visit.engineer_name))
        # Arriving before the window agreed with the customer needs a reason (the service refuses it without one).
        self.early_reason_edit = QLineEdit(self)
        self.early_reason_edit.setObjectName("early_reason_edit")
        self.early_reason_edit.setMaxLength(500)
        self.early_reason_edit.setPlaceholderText(self.tr("Why the engineer came before the agreed time"))
        self.ui.form_layout.insertRow(1, self.tr("Reason for arriving early"), self.early_reason_edit)
        QWidget.setTabOrder(self.ui.arrived_edit, self.early_reason_edit)  # its row's place, not the chain's end
        arrived, end = sheet_defaults(visit.agreed_start or visit.planned_start,
                                      visit.agreed_end or visit.planned_end, utc_now())
        self.ui.arrived_edit.setDateTime(to_qdatetime(arrived))
        self.ui.departed_edit.setDateTime(to_qdatetime(end))
        self.ui.result_combo.addItem(self.tr("Resolved"), "resolved")
        self.ui.result_combo.addItem(self.tr("Not resolved"), "unresolved")
        self.ui.satisfaction_combo.addItem(self.tr("(not given)"), None)
        grade_names = {"very_satisfied": self.tr("Very satisfied"), "satisfied": self.tr("Satisfied"),
                       "neutral": self.tr("Neutral"), "dissatisfied": self.tr("Dissatisfied"),
                       "very_dissatisfied": self.tr("Very dissatisfied")}
        for code in form.grades:
            self.ui.satisfaction_combo.addItem(grade_names.get(code, code), code)
        # 上门服务规范: ticked when the engineer kept the item; the group left unchecked records nothing.
        self.conduct_checks: dict[str, QCheckBox] = {}
        for code, text in conduct_names().items():
            check = QCheckBox(text, self.ui.conduct_box)
            check.setObjectName(f"conduct_{code}_check")
            self.ui.conduct_layout.addWidget(check)
            self.conduct_checks[code] = check
        for part in self._parts:
            name = catalogue_name(part.name_zh, part.name_en)
            self.ui.part_combo.addItem(f"{part.code} {name} ¥{yuan(part.price_fen)}", part.id)
        if not self._parts:
            # A new branch starts with an empty catalogue: an empty list would not say where parts come from.
            self.ui.part_combo.setPlaceholderText(self.tr(
                "No parts in the catalogue yet: a supervisor adds them under Parts stock → Catalogue."))
            for widget in (self.ui.part_combo, self.ui.quantity_spin, self.ui.charged_check,
                           self.ui.add_part_button):
                widget.setEnabled(False)
        self.ui.parts_table.setColumnCount(6)
        self.ui.parts_table.setHorizontalHeaderLabels(
            [self.tr("Part"), self.tr("Qty"), self.tr("Unit price"), self.tr("Warranty"), self.tr("Charged"),
             self.tr("Amount")])
        fit_columns(self.ui.parts_table, stretch=0)
        # Room for five parts before the table scrolls (the page itself scrolls on a small screen).
        self.ui.parts_table.setMinimumHeight(self.ui.parts_table.verticalHeader().defaultSectionSize() * 5
                                             + self.ui.parts_table.horizontalHeader().sizeHint().height() + 4)
        self.signature_pad = SignaturePad(self)
        self.signature_pad.setObjectName("customer_signature_pad")
        self.ui.signature_layout.insertWidget(0, self.signature_pad)
        self.engineer_pad = SignaturePad(self)
        self.engineer_pad.setObjectName("engineer_signature_pad")
        self.ui.engineer_signature_layout.addWidget(self.engineer_pad)
        # Only a supervisor may let a van's stock go below zero; the others see no such field.
        may_override = allowed(actor, "stock.override_negative")
        self.ui.stock_override_label.setVisible(may_override)
        self.ui.stock_override_edit.setVisible(may_override)
        self.ui.warranty_label.setText(self._warranty_text())
        # Money the engineer brought back with the sheet: saved with it as a payment with its receipt number.
        self.ui.paid_method_combo.addItem(self.tr("Not collected (paid later at the desk)"), None)
        for code, name in method_names().items():
            self.ui.paid_method_combo.addItem(name, code)
        self._paid_follows_total = True
        may_take_money = allowed(actor, "payment.record")
        for widget in (self.ui.paid_label, self.ui.paid_method_combo, self.ui.paid_amount_spin,
                       self.ui.paid_hint_label):
            widget.setVisible(may_take_money)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setObjectName("save_button")
        shortcuts.install(self, "visit_result")
        self._connect_signals()
        # A maintenance visit starts from the consumables its care reminder booked, charged (X-CONS).
        known = {p.id for p in self._parts}
        for use in form.planned_parts:
            if use.part_id in known:
                self.add_part(use.part_id, use.quantity, use.charged)
        self._on_part_combo_changed()
        self._apply_schedule()
        self._update_early_reason()
        scroll_tabs(self.ui.tabs)

    def _connect_signals(self) -> None:
        self.ui.add_part_button.clicked.connect(self._on_add_part_button_clicked)
        self.ui.remove_part_button.clicked.connect(self._on_remove_part_button_clicked)
        self.ui.part_combo.currentIndexChanged.connect(self._on_part_combo_changed)
        self.ui.labour_spin.valueChanged.connect(self._update_total)
        self.ui.call_out_spin.valueChanged.connect(self._update_total)
        self.ui.labour_spin.editingFinished.connect(self._on_fee_edited)
        self.ui.call_out_spin.editingFinished.connect(self._on_fee_edited)
        self.ui.schedule_button.clicked.connect(self._on_schedule_button_clicked)
        self.ui.attach_scan_button.clicked.connect(self._on_attach_scan_button_clicked)
        self.ui.arrived_edit.dateTimeChanged.connect(self._update_early_reason)
        self.ui.paid_method_combo.currentIndexChanged.connect(self._update_paid)
        self.ui.paid_amount_spin.editingFinished.connect(self._on_paid_amount_edited)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    # ---- the proposal ------------------------------------------------------------------------------------------

    def _warranty_text(self) -> str:
        status = {
            "whole_unit": self.tr("In warranty: the visit, labour and warranty parts are free."),
            "main_parts": self.tr("Main-part warranty: main parts (and the visit to fit them) are free, other "
                                  "parts and labour are charged."),
            "repair_warranty": self.tr("Guaranteed by an earlier charged repair of the same fault: free."),
            "out_of_period": self.tr("Out of warranty: charged by the fee schedule."),
            "unknown": self.tr("Warranty not known (no dates on file): charged by the fee schedule until the "
                               "customer shows the warranty card or invoice."),
        }.get(self._coverage, self._coverage)
        return self.tr("{status} Schedule: call-out ¥{call_out}, labour ¥{labour}. Show the customer the price list "
                       "before the work.").format(status=status, call_out=yuan(self._fees.call_out_fee_fen),
                                                  labour=yuan(self._fees.labour_fen))

    def proposal(self) -> ChargeProposal:
        return propose(self._coverage, self._fees, [_facts(p, q) for p, q, _ in self._used])

    def _apply_schedule(self) -> None:
        proposal = self.proposal()
        for spin, fen in ((self.ui.call_out_spin, proposal.call_out_fee_fen), (self.ui.labour_spin,
                                                                               proposal.labour_fen)):
            spin.blockSignals(True)
            spin.setValue(fen / 100)
            spin.blockSignals(False)
        self._update_total()

    def _on_schedule_button_clicked(self) -> None:
        self._fees_follow_schedule = True
        self._apply_schedule()

    def _on_fee_edited(self) -> None:
        proposal = self.proposal()
        if (self._fen(self.ui.call_out_spin.value()), self._fen(self.ui.labour_spin.value())) != (
                proposal.call_out_fee_fen, proposal.labour_fen):
            self._fees_follow_schedule = False

    def _on_part_combo_changed(self) -> None:
        part = self._current_part()
        if part is not None:
            # The proposal's answer for this part; the clerk may still change it (and then gives a reason).
            self.ui.charged_check.setChecked(not part_covered(self._coverage, _facts(part, 1)))

    def _current_part(self) -> PartRow | None:
        part_id = self.ui.part_combo.currentData()
        return next((p for p in self._parts if p.id == part_id), None)

    # ---- parts ---------------------------------------------------------------------------------------------------

    def add_part(self, part_id: int, quantity: int, charged: bool) -> None:
        part = next(p for p in self._parts if p.id == part_id)
        self._used.append((part, quantity, charged))
        self._refresh_parts()

    def _refresh_parts(self) -> None:
        table = self.ui.parts_table
        table.setRowCount(0)
        for part, quantity, charged in self._used:
            row = table.rowCount()
            table.insertRow(row)
            covered = part_covered(self._coverage, _facts(part, quantity))
            amount = part.price_fen * quantity if charged else 0
            for column, text in enumerate((f"{part.code} {catalogue_name(part.name_zh, part.name_en)}", str(quantity),
                                           yuan(part.price_fen),
                                           self.tr("Yes") if covered else self.tr("No"),
                                           self.tr("Yes") if charged else self.tr("No"), yuan(amount))):
                table.setItem(row, column, QTableWidgetItem(text))
        if self._fees_follow_schedule:
            # A main part fitted under the main-part warranty makes the visit free: the fees follow.
            self._apply_schedule()
        else:
            self._update_total()

    def _on_add_part_button_clicked(self) -> None:
        if self.ui.part_combo.currentIndex() >= 0:
            self.add_part(int(self.ui.part_combo.currentData()), self.ui.quantity_spin.value(),
                          self.ui.charged_check.isChecked())

    def _on_remove_part_button_clicked(self) -> None:
        row = self.ui.parts_table.currentRow()
        if row >= 0:
            del self._used[row]
            self._refresh_parts()

    @staticmethod
    def _fen(value: float) -> int:
        return round(value * 100)

    def arrived_early(self) -> bool:
        return arrived_early(from_qdatetime(self.ui.arrived_edit.dateTime()), self._visit.agreed_start)

    def _update_early_reason(self, *_: object) -> None:
        self.ui.form_layout.setRowVisible(self.early_reason_edit, self.arrived_early())

    def total_fen(self) -> int:
        parts = sum(p.price_fen * q for p, q, charged in self._used if charged)
        return parts + self._fen(self.ui.labour_spin.value()) + self._fen(self.ui.call_out_spin.value())

    def charge_exceptions(self) -> tuple[str, ...]:
        return exceptions(self.proposal(), SubmittedCharges(
            self._fen(self.ui.call_out_spin.value()), self._fen(self.ui.labour_spin.value()),
            tuple(ChargedPart(p.id, q, p.price_fen, charged) for p, q, charged in self._used)))

    def _update_total(self) -> None:
        self.ui.total_label.setText(self.tr("¥{amount}").format(amount=yuan(self.total_fen())))
        found = self.charge_exceptions()
        texts = {
            CHARGED_IN_WARRANTY: self.tr("Money is asked for something the warranty makes free."),
            "part_waived": self.tr("A part the warranty does not cover is left uncharged."),
        }
        self.ui.exception_label.setText(
            " ".join(texts[c] for c in found) + (" " + self.tr("Write the reason above; it is printed on the "
                                                               "report and kept in the audit log.") if found else ""))
        self.ui.charge_reason_label.setEnabled(bool(found))
        self.ui.charge_reason_edit.setEnabled(bool(found))
        self._update_paid()

    # ---- money collected on site ---------------------------------------------------------------------------------

    def _update_paid(self, *_: object) -> None:
        """No more than the sheet charges; the whole total until the clerk types a part payment."""
        collected = self.ui.paid_method_combo.currentData() is not None
        total = self.total_fen() / 100
        spin = self.ui.paid_amount_spin
        spin.setEnabled(collected)
        spin.blockSignals(True)
        spin.setMaximum(total)
        if not collected:
            spin.setValue(0)
        elif self._paid_follows_total or spin.value() == 0:
            spin.setValue(total)
        spin.blockSignals(False)
        self.ui.paid_hint_label.setText(
            self.tr("The receipt number is given when the sheet is saved; print the receipt in Charges.")
            if collected else "")

    def _on_paid_amount_edited(self) -> None:
        self._paid_follows_total = self._fen(self.ui.paid_amount_spin.value()) == self.total_fen()

    def paid_on_site(self) -> tuple[int, str]:
        method = self.ui.paid_method_combo.currentData()
        if method is None:
            return 0, ""
        return self._fen(self.ui.paid_amount_spin.value()), str(method)

    # ---- signature -----------------------------------------------------------------------------------------------

    def attach_scan(self, data: bytes, name: str) -> None:
        self._scan = data
        self.ui.scan_label.setText(self.tr("Scan attached: {name}").format(name=name))

    def _on_attach_scan_button_clicked(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Scanned signature"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.attach_scan(Path(path).read_bytes(), Path(path).name)

    # ---- saving --------------------------------------------------------------------------------------------------

    def visit_result(self) -> VisitResult:
        strokes = None
        if self._scan is None and not self.signature_pad.is_empty():
            strokes = signature_to_json(self.signature_pad.strokes())
        engineer = None if self.engineer_pad.is_empty() else signature_to_json(self.engineer_pad.strokes())
        paid_fen, paid_method = self.paid_on_site()
        return VisitResult(
            arrived_at=from_qdatetime(self.ui.arrived_edit.dateTime()),
            departed_at=from_qdatetime(self.ui.departed_edit.dateTime()),
            result=str(self.ui.result_combo.currentData()),
            cause=self.ui.cause_edit.toPlainText(),
            work_done=self.ui.work_edit.toPlainText(),
            parts=tuple(PartUse(p.id, q, charged) for p, q, charged in self._used),
            labour_charge_fen=self._fen(self.ui.labour_spin.value()),
            customer_comment=self.ui.comment_edit.text(),
            satisfaction=self.ui.satisfaction_combo.currentData(),
            signature_strokes_json=strokes,
            signature_scan=self._scan,
            early_arrival_reason=self.early_reason_edit.text() if self.arrived_early() else "",
            conduct=self.conduct(),
            follow_up=self.ui.follow_up_edit.toPlainText(),
            call_out_fee_fen=self._fen(self.ui.call_out_spin.value()),
            charge_reason=self.ui.charge_reason_edit.text() if self.charge_exceptions() else "",
            stock_override_reason=self.ui.stock_override_edit.text(),
            engineer_signature_strokes_json=engineer,
            paid_on_site_fen=paid_fen,
            paid_method=paid_method,
        )

    def conduct(self) -> dict[str, bool]:
        if not self.ui.conduct_box.isChecked():
            return {}
        return {code: check.isChecked() for code, check in self.conduct_checks.items()}

    def _on_button_box_accepted(self) -> None:
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)
        try:
            report: ReportRow = self._service.record_result(self._actor, self._visit.id, self.visit_result(),
                                                            version=self._visit.version)
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            if exc.field == "early_arrival_reason":
                self.ui.tabs.setCurrentIndex(WORK_TAB)
                self.early_reason_edit.setFocus()
            elif exc.field in ("charge_reason", "parts", "quantity", "labour_charge", "call_out_fee", "amount",
                               "paid_method"):
                self.ui.tabs.setCurrentIndex(CHARGES_TAB)
                if exc.field == "charge_reason":
                    self.ui.charge_reason_edit.setFocus()
                elif exc.field == "amount":
                    self.ui.paid_amount_spin.setFocus()
            save.setEnabled(True)
            return
        self.result_saved.emit(report)
        self.accept()
