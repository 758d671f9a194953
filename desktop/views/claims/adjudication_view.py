"""AdjudicationView (退换货裁定): the facts with their sources, the engineer's inspection, the engine's decision
with its rule and plain explanation, the customer's choice, approval, execution, certificate and quality feedback.

Buttons follow the role for convenience only; every action is checked again by ClaimService."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QTableWidgetItem, QWidget

from desktop.clock import to_local
from desktop.errors import DomainError, StateError
from desktop.printing.certificate import render_certificate
from desktop.rules.adjudication import CAUSES, FAULT_CATEGORIES, PARTS
from desktop.services.claims.claim_facts import CLERK_EDITABLE, FACT_SPECS
from desktop.services.claims.claim_service import ClaimDetail, ClaimService
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import allowed
from desktop.views.claims.claim_texts import (
    fact_names,
    reason_text,
    rule_text,
    rule_title,
    source_text,
    status_names,
    value_names,
    value_text,
)
from desktop.views.messages import error_message
from desktop.views.printing.signed_output import KEY_CODES, UNLOCK, UNSIGNED, ask_when_key_unavailable
from desktop.views.ui.ui_adjudication_view import Ui_AdjudicationView

if TYPE_CHECKING:
    from desktop.services.admin.signing_service import SigningService
    from desktop.views.background import BackgroundRunner

OVERRIDE_OUTCOMES = ("refund", "exchange", "repair", "refuse")


def certificate_pdf(claims: ClaimService, signing: SigningService | None, actor: Actor, claim_id: int,
                    signed: bool = True) -> tuple[str, bytes]:
    """Runs on the background runner: the certificate rendered and signed with the branch key. A locked or missing
    key raises StateError (signing_locked, branch_key_missing), so the user is asked before an unsigned one prints;
    `signed=False` is that explicit choice."""
    header = claims.certificate_header(actor, claim_id)
    data = claims.certificate_data(actor, claim_id, header.language)
    pdf = render_certificate(header, data)
    if signed and signing is not None:
        pdf = signing.sign(actor, pdf, f"退换货凭证 {data.claim_no}")
    return data.claim_no, pdf


class AdjudicationView(QWidget):
    claim_changed = Signal(int)

    def __init__(self, service: ClaimService, actor: Actor, language: str = "zh_CN",
                 runner: BackgroundRunner | None = None,
                 signing: SigningService | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AdjudicationView()
        self.ui.setupUi(self)
        self._service = service
        self._actor = actor
        self._language = language
        self._runner = runner
        self._signing = signing
        self._claim: ClaimDetail | None = None
        self.preview_dialog: QWidget | None = None
        # Set by the claims area: opens the quality feedback form for a claim id (质量问题反馈单).
        self.raise_quality: Callable[[int], None] | None = None
        # Set by the claims area: opens the branch signing key dialog (a locked key at print time).
        self.open_signing_key: Callable[[], None] | None = None
        # Money facts are typed in yuan: the unit stands next to the value, never left to guess (元 or 分).
        self.fact_unit_label = QLabel(self.tr("yuan"), self)
        self.fact_unit_label.setObjectName("fact_unit_label")
        self.ui.fact_edit_layout.insertWidget(2, self.fact_unit_label)
        # Decisions superseded by a later change of the facts stay visible here.
        self.history_label = QLabel(self)
        self.history_label.setObjectName("history_label")
        self.history_label.setWordWrap(True)
        self.ui.decision_layout.addWidget(self.history_label)
        self._fill_choices()
        self._connect_signals()
        self._update_buttons()

    # --- set-up -----------------------------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        names, values = fact_names(), value_names()
        for name in CLERK_EDITABLE:
            self.ui.fact_combo.addItem(names[name], name)
        for code in CAUSES:
            self.ui.cause_combo.addItem(values[code], code)
        self.ui.cause_combo.setCurrentIndex(-1)
        for code in FAULT_CATEGORIES:
            self.ui.fault_category_combo.addItem(values[code], code)
        self.ui.part_combo.addItem(self.tr("(no particular part)"), None)
        for code in PARTS:
            self.ui.part_combo.addItem(values[code], code)
        self._on_fact_combo_changed()

    def _connect_signals(self) -> None:
        self.ui.fact_combo.currentIndexChanged.connect(self._on_fact_combo_changed)
        self.ui.set_fact_button.clicked.connect(self._on_set_fact_button_clicked)
        self.ui.inspect_button.clicked.connect(self._on_inspect_button_clicked)
        self.ui.decide_button.clicked.connect(self._on_decide_button_clicked)
        self.ui.choice_button.clicked.connect(self._on_choice_button_clicked)
        self.ui.approve_button.clicked.connect(self._on_approve_button_clicked)
        self.ui.hq_button.clicked.connect(self._on_hq_button_clicked)
        self.ui.reject_button.clicked.connect(self._on_reject_button_clicked)
        self.ui.override_button.clicked.connect(self._on_override_button_clicked)
        self.ui.execute_button.clicked.connect(self._on_execute_button_clicked)
        self.ui.charged_repair_button.clicked.connect(self._on_charged_repair_button_clicked)
        self.ui.close_claim_button.clicked.connect(self._on_close_claim_button_clicked)
        self.ui.print_button.clicked.connect(self._on_print_button_clicked)
        self.ui.quality_button.clicked.connect(self._on_quality_button_clicked)

    # --- loading and showing ----------------------------------------------------------------------------------------

    @property
    def claim(self) -> ClaimDetail | None:
        return self._claim

    def load(self, claim_id: int) -> None:
        try:
            self.show_claim(self._service.detail(self._actor, claim_id))
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))

    def show_claim(self, claim: ClaimDetail | None) -> None:
        self._claim = claim
        self.ui.message_label.clear()
        self._show_header()
        self._show_facts()
        self._show_inspection()
        self._show_decision()
        self._show_history()
        self._update_buttons()

    def _show_history(self) -> None:
        c = self._claim
        if c is None or not c.history:
            self.history_label.clear()
            return
        values = value_names()
        earlier = [d for d in c.history if c.decision is None or d.id != c.decision.id]
        lines = []
        if c.decide_again:
            lines.append(self.tr("<b>The facts changed after the last decision: decide again.</b>"))
        if earlier:
            lines.append(self.tr("Earlier decisions:"))
            for d in earlier:
                lines.append(self.tr("{at}: {outcome} (rule {rule}), decided by {name}").format(
                    at=_local(d.decided_at), outcome=values.get(d.outcome, d.outcome), rule=d.rule_label,
                    name=d.decided_by))
        self.history_label.setText("<br>".join(lines))

    def _show_header(self) -> None:
        c = self._claim
        if c is None:
            self.ui.header_label.setText(self.tr("No claim selected."))
            return
        self.ui.header_label.setText(
            self.tr("<b>{number}</b> · {status} · {customer} · {model} {serial} · ticket {ticket}").format(
                number=c.number, status=status_names().get(c.status, c.status), customer=c.customer_name,
                model=c.model, serial=c.serial, ticket=c.ticket_number or "—"))

    def _show_facts(self) -> None:
        table = self.ui.facts_table
        facts = self._claim.facts if self._claim else ()
        names = fact_names()
        table.setRowCount(len(facts))
        for r, row in enumerate(facts):
            value = self._line_name(row.value) if row.name == "product_line" else value_text(row.name, row.value)
            for c, text in enumerate((names.get(row.name, row.name), value, source_text(row.source))):
                item = QTableWidgetItem(text)
                item.setData(0x0100, row.name)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        self._on_fact_combo_changed()

    def _show_inspection(self) -> None:
        c = self._claim
        if c is None:
            return
        for combo, name in ((self.ui.cause_combo, "cause"), (self.ui.fault_category_combo, "fault_category"),
                            (self.ui.part_combo, "part")):
            combo.setCurrentIndex(combo.findData(c.fact(name)) if c.fact(name) is not None
                                  else (-1 if name == "cause" else 0))
        for check, name in ((self.ui.voucher_check, "voucher_altered_or_mismatch"),
                            (self.ui.acceptance_check, "found_at_acceptance"), (self.ui.installed_check, "installed"),
                            (self.ui.intact_check, "intact"), (self.ui.whole_unit_check, "whole_unit_exchange_needed")):
            check.setChecked(bool(c.fact(name)))
        self.ui.inspection_note_edit.setPlainText(c.inspection_note)

    def _show_decision(self) -> None:
        ui = self.ui
        d = self._claim.decision if self._claim else None
        ui.reasons_list.clear()
        ui.choice_combo.clear()
        if d is None:
            for label in (ui.outcome_label, ui.rule_id_label, ui.rule_text_label, ui.money_label, ui.approvals_label):
                label.clear()
            return
        values = value_names()
        outcome = self.tr("<b>Decision: {outcome}</b>").format(outcome=values.get(d.outcome, d.outcome))
        if d.requested_denied:
            outcome += " " + self.tr("(the customer's request is not allowed)")
        ui.outcome_label.setText(outcome)
        ui.rule_id_label.setText(self.tr("Rule {rule}: {title}").format(
            rule=d.rule_label, title=rule_title(d.rule_label, self._language)))
        ui.rule_text_label.setText(rule_text(d.rule_label, self._language))
        for reason in d.explanation:
            ui.reasons_list.addItem(f"[{reason.rule_id}] {reason_text(reason.code, reason.params)}")
        ui.money_label.setText(self._money_text())
        ui.approvals_label.setText(self._approvals_text())
        # The choice is the customer's (1995 art. 9/10): nothing is preselected until it is recorded.
        ui.choice_combo.addItem(self.tr("(customer has not chosen)"), None)
        for remedy in d.allowed:
            ui.choice_combo.addItem(values.get(remedy, remedy), remedy)
        if self._claim and self._claim.customer_choice:
            ui.choice_combo.setCurrentIndex(ui.choice_combo.findData(self._claim.customer_choice))

    def _money_text(self) -> str:
        d = self._claim.decision if self._claim else None
        if d is None or d.outcome != "refund":
            return ""
        if d.refund_amount is None:
            return self.tr("Refund: not priced yet.")
        if d.depreciation_days:
            text = self.tr("Refund {refund} yuan = price less depreciation {depreciation} yuan for {days} days.")
            return text.format(refund=d.refund_amount, depreciation=d.depreciation, days=d.depreciation_days)
        return self.tr("Refund {refund} yuan, no depreciation.").format(refund=d.refund_amount)

    def _approvals_text(self) -> str:
        assert self._claim is not None and self._claim.decision is not None
        c, d = self._claim, self._claim.decision
        values = value_names()
        lines = []
        if d.approvals_required:
            lines.append(self.tr("Approval needed: {who}.").format(
                who=", ".join(values.get(a, a) for a in d.approvals_required)))
        else:
            lines.append(self.tr("No approval needed."))
        if d.approved_at:
            lines.append(self.tr("Approved by {name} on {at}.").format(name=d.approved_by, at=_local(d.approved_at)))
        if d.hq_confirmed_at:
            lines.append(self.tr("HQ confirmation: {who} on {at}.").format(who=d.hq_confirmed_by,
                                                                            at=_local(d.hq_confirmed_at)))
        if d.approvals_missing and c.status == "decided":
            lines.append(self.tr("Still missing: {who}.").format(
                who=", ".join(values.get(a, a) for a in d.approvals_missing)))
        if d.overridden:
            lines.append(self.tr("Overridden by the supervisor. Reason: {reason}").format(reason=d.override_reason))
        if c.status == "rejected":
            lines.append(self.tr("Rejected. Reason: {reason}").format(reason=d.rejected_reason))
        if d.executed_at:
            lines.append(self.tr("Executed on {at}.").format(at=_local(d.executed_at)))
        if d.replacement_serial:
            lines.append(self.tr("Replacement unit: {serial} (its warranty period restarts today).").format(
                serial=d.replacement_serial))
        if c.charged_repair_ticket:
            lines.append(self.tr("Charged repair ticket: {ticket}.").format(ticket=c.charged_repair_ticket))
        return "\n".join(lines)

    def _update_buttons(self) -> None:
        ui = self.ui
        c = self._claim
        status = c.status if c else ""
        d = c.decision if c else None
        editable = status in ("claimed", "inspected", "decided")
        can = {p: allowed(self._actor, p) for p in ("claim.create", "claim.inspect", "claim.decide", "claim.approve",
                                                     "claim.override", "claim.execute", "print.documents")}
        ui.set_fact_button.setEnabled(editable and can["claim.create"])
        ui.inspect_button.setEnabled(editable and can["claim.inspect"])
        ui.decide_button.setEnabled(editable and can["claim.decide"])
        decided = status == "decided" and d is not None
        ui.choice_button.setEnabled(decided and len(d.allowed) > 1 and can["claim.decide"])  # type: ignore[union-attr]
        ui.approve_button.setEnabled(decided and d.approved_at is None and can["claim.approve"])  # type: ignore[union-attr]
        ui.hq_button.setEnabled(decided and "hq" in d.approvals_missing and can["claim.approve"])  # type: ignore[union-attr]
        ui.reject_button.setEnabled(decided and can["claim.approve"])
        ui.override_button.setEnabled(status in ("decided", "rejected", "approved") and can["claim.override"])
        ready = status == "approved" or (decided and not d.approvals_required)  # type: ignore[union-attr]
        ui.execute_button.setEnabled(ready and can["claim.execute"])
        ui.new_serial_edit.setEnabled(ready and d is not None and d.outcome == "exchange")
        ui.charged_repair_button.setEnabled(
            d is not None and d.outcome == "refuse" and status in ("approved", "executed", "closed")
            and not (c and c.charged_repair_ticket) and can["claim.execute"])
        ui.close_claim_button.setEnabled(status in ("executed", "rejected") and can["claim.execute"])
        ui.print_button.setEnabled(d is not None and can["print.documents"])
        ui.quality_button.setEnabled(c is not None and self.raise_quality is not None)

    # --- asking the user (overridden in tests: no modal exec) -----------------------------------------------------

    def ask_text(self, title: str, label: str, multiline: bool = False) -> str | None:
        if multiline:
            text, ok = QInputDialog.getMultiLineText(self, title, label)
        else:
            text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None

    def ask_item(self, title: str, label: str, items: list[str]) -> int | None:
        item, ok = QInputDialog.getItem(self, title, label, items, 0, False)
        return items.index(item) if ok else None

    # --- actions ------------------------------------------------------------------------------------------------------

    def _run(self, action: Callable[[], ClaimDetail], done: str) -> bool:
        try:
            claim = action()
        except DomainError as exc:
            # Everything typed stays in the form; only the message changes.
            self.ui.message_label.setText(error_message(exc))
            return False
        self.show_claim(claim)
        self.ui.message_label.setText(done)
        self.claim_changed.emit(claim.id)
        return True

    def _on_fact_combo_changed(self) -> None:
        name = self.ui.fact_combo.currentData()
        combo = self.ui.fact_value_combo
        combo.clear()
        if name is None:
            return
        spec = FACT_SPECS[name]
        self.fact_unit_label.setVisible(spec.kind == "money")
        current = self._claim.fact(name) if self._claim else None
        values = value_names()
        if name == "product_line" and self._claim is not None:
            # A choice among the catalogue's lines by name: the clerk never types or reads a line's code.
            combo.setEditable(False)
            for code in self._claim.line_names:
                combo.addItem(self._line_name(code), code)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        elif spec.kind in ("enum", "bool", "optional_bool"):
            combo.setEditable(False)
            if spec.kind == "enum":
                if spec.optional:
                    combo.addItem(self.tr("(not recorded)"), "")
                for code in spec.values:
                    combo.addItem(values.get(code, code), code)
            else:
                if spec.kind == "optional_bool":
                    combo.addItem(self.tr("(not known)"), "")
                combo.addItem(self.tr("Yes"), "true")
                combo.addItem(self.tr("No"), "false")
            key = "" if current is None else ("true" if current is True else "false" if current is False else current)
            combo.setCurrentIndex(max(0, combo.findData(key)))
        else:
            combo.setEditable(True)
            combo.setEditText("" if current is None else str(current))

    def _line_name(self, code: Any) -> str:
        names = self._claim.line_names.get(code) if self._claim is not None and code else None
        if names is None:
            return value_text("product_line", code)
        return names[1] if self._language == "en" else names[0]

    def fact_input(self) -> str:
        combo = self.ui.fact_value_combo
        return combo.currentText() if combo.isEditable() else (combo.currentData() or "")

    def _on_set_fact_button_clicked(self) -> None:
        c = self._claim
        name = self.ui.fact_combo.currentData()
        if c is None or name is None:
            return
        if self._run(lambda: self._service.update_facts(self._actor, c.id, c.version, {name: self.fact_input()}),
                     self.tr("Fact saved.")):
            self._say_if_superseded(c)

    def _say_if_superseded(self, before: ClaimDetail) -> None:
        """A fact or inspection changed after a decision: the clerk is told that it must be made again."""
        after = self._claim
        if before.decision is not None and after is not None and after.decide_again:
            self.ui.message_label.setText(self.tr(
                "Saved. The facts changed, so the decision ({outcome}, rule {rule}) no longer stands: decide again. "
                "The earlier decision is kept in the history.").format(
                outcome=value_names().get(before.decision.outcome, before.decision.outcome),
                rule=before.decision.rule_label))

    def _on_inspect_button_clicked(self) -> None:
        c = self._claim
        if c is None:
            return
        ui = self.ui
        self._run(lambda: self._service.record_inspection(
            self._actor, c.id, c.version, cause=ui.cause_combo.currentData() or "",
            fault_category=ui.fault_category_combo.currentData(), part=ui.part_combo.currentData(),
            voucher_altered_or_mismatch=ui.voucher_check.isChecked(),
            found_at_acceptance=ui.acceptance_check.isChecked(), installed=ui.installed_check.isChecked(),
            intact=ui.intact_check.isChecked(), whole_unit_exchange_needed=ui.whole_unit_check.isChecked(),
            note=ui.inspection_note_edit.toPlainText()), self.tr("Inspection recorded."))
        self._say_if_superseded(c)

    def _on_decide_button_clicked(self) -> None:
        c = self._claim
        if c is not None:
            self._run(lambda: self._service.decide(self._actor, c.id, c.version), self.tr("Decision stored."))

    def _on_choice_button_clicked(self) -> None:
        c = self._claim
        choice = self.ui.choice_combo.currentData()
        if c is None:
            return
        if not choice:
            self.ui.message_label.setText(self.tr("Choose the remedy the customer wants first."))
            return
        self._run(lambda: self._service.record_choice(self._actor, c.id, c.version, choice),
                  self.tr("The customer's choice is recorded."))

    def _on_approve_button_clicked(self) -> None:
        c = self._claim
        if c is not None:
            self._run(lambda: self._service.approve(self._actor, c.id, c.version), self.tr("Decision approved."))

    def _on_hq_button_clicked(self) -> None:
        c = self._claim
        if c is None:
            return
        who = self.ask_text(self.tr("HQ confirmation"), self.tr("Who at HQ confirmed (name or reference)?"))
        if who is not None:
            self._run(lambda: self._service.confirm_hq(self._actor, c.id, c.version, who),
                      self.tr("HQ confirmation recorded."))

    def _on_reject_button_clicked(self) -> None:
        c = self._claim
        if c is None:
            return
        reason = self.ask_text(self.tr("Reject the decision"), self.tr("Reason:"), multiline=True)
        if reason is not None:
            self._run(lambda: self._service.reject(self._actor, c.id, c.version, reason),
                      self.tr("Decision rejected."))

    def _on_override_button_clicked(self) -> None:
        c = self._claim
        if c is None:
            return
        values = value_names()
        index = self.ask_item(self.tr("Override the decision"), self.tr("New outcome:"),
                              [values[o] for o in OVERRIDE_OUTCOMES])
        if index is None:
            return
        reason = self.ask_text(self.tr("Override the decision"), self.tr("Written reason (required, audited):"),
                               multiline=True)
        if reason is None:
            return
        self._run(lambda: self._service.override(self._actor, c.id, c.version, outcome=OVERRIDE_OUTCOMES[index],
                                                 reason=reason), self.tr("Decision overridden."))

    def _on_execute_button_clicked(self) -> None:
        c = self._claim
        if c is not None:
            self._run(lambda: self._service.execute(self._actor, c.id, c.version,
                                                    new_serial=self.ui.new_serial_edit.text()),
                      self.tr("Decision executed."))

    def _on_charged_repair_button_clicked(self) -> None:
        c = self._claim
        if c is None:
            return
        try:
            number = self._service.open_charged_repair(self._actor, c.id)
        except DomainError as exc:
            self.ui.message_label.setText(error_message(exc))
            return
        self.load(c.id)
        self.ui.message_label.setText(self.tr("Charged repair ticket {ticket} opened.").format(ticket=number))
        self.claim_changed.emit(c.id)

    def _on_close_claim_button_clicked(self) -> None:
        c = self._claim
        if c is not None:
            self._run(lambda: self._service.close(self._actor, c.id, c.version), self.tr("Claim closed."))

    def _on_quality_button_clicked(self) -> None:
        # The quality feedback form (contacts area) prefilled from this claim's unit; it lands in the quality list.
        c = self._claim
        if c is not None and self.raise_quality is not None:
            self.raise_quality(c.id)

    def _on_print_button_clicked(self) -> None:
        self.print_certificate(signed=True)

    def print_certificate(self, *, signed: bool) -> None:
        c = self._claim
        if c is None:
            return
        self.ui.print_button.setEnabled(False)
        self.ui.message_label.setText(self.tr("Preparing the certificate..."))
        if self._runner is None:
            try:
                self._on_certificate_ready(certificate_pdf(self._service, self._signing, self._actor, c.id, signed))
            except Exception as exc:  # the same path as a failed background task
                self._on_certificate_failed(exc)
            return
        task = self._runner.run(certificate_pdf, self._service, self._signing, self._actor, c.id, signed)
        task.succeeded.connect(self._on_certificate_ready)
        task.failed.connect(self._on_certificate_failed)

    def _on_certificate_ready(self, result: tuple[str, bytes]) -> None:
        from desktop.views.printing.pdf_preview_dialog import PdfPreviewDialog

        number, pdf = result
        self._update_buttons()
        self.ui.message_label.clear()
        self.preview_dialog = PdfPreviewDialog(pdf, self.tr("Return/exchange certificate {number}").format(
            number=number), f"{number}.pdf", self)
        self.preview_dialog.open()

    def _on_certificate_failed(self, exc: BaseException) -> None:
        self._update_buttons()
        if isinstance(exc, StateError) and exc.code in KEY_CODES:
            # As for the service report: nothing unsigned goes out without the user saying so.
            self.ui.message_label.clear()
            choice = self.ask_when_key_unavailable(exc.code)
            if choice == UNLOCK and self.open_signing_key is not None:
                self.open_signing_key()
                self.print_certificate(signed=True)
            elif choice == UNSIGNED:
                self.print_certificate(signed=False)
            else:
                self.ui.message_label.setText(error_message(exc))
            return
        self.ui.message_label.setText(error_message(exc))

    def ask_when_key_unavailable(self, code: str) -> str:
        """UNLOCK, UNSIGNED or CANCEL (modal); tests replace this method."""
        return ask_when_key_unavailable(self, code, self.open_signing_key is not None)


def _local(moment: Any) -> str:
    return f"{to_local(moment):%Y-%m-%d %H:%M}"
