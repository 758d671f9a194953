"""Ticket detail: header, service clocks with time left or overdue, the timeline, and the actions the ticket's
state and the user's role allow (the service checks again on save)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QInputDialog, QPushButton, QTreeWidgetItem, QWidget

from desktop.clock import to_local
from desktop.i18n import catalogue_name
from desktop.services.core.actor import Actor
from desktop.services.tickets.ticket_service import TicketDetail, TicketService
from desktop.views import shortcuts, window_state
from desktop.views.background import BackgroundRunner
from desktop.views.callbacks.labels import attempt_names, line_name, satisfaction_names
from desktop.views.intake import intake_messages
from desktop.views.intake.intake_text import channel_names, priority_names
from desktop.views.intake.tasks import run_task
from desktop.views.printing.report_printer import ReportPrinter
from desktop.views.tickets.ticket_text import (
    clock_state_names,
    commitment_names,
    duration_text,
    event_name,
    status_names,
)
from desktop.views.ui.ui_ticket_detail_dialog import Ui_TicketDetailDialog
from desktop.views.widgets.table_columns import fit_columns

if TYPE_CHECKING:
    from desktop.services.printing.report_print_service import ReportPrintService

TIME_FORMAT = "%Y-%m-%d %H:%M"


class TicketDetailDialog(QDialog):
    ticket_changed = Signal(int)
    loaded = Signal()

    def __init__(self, service: TicketService, runner: BackgroundRunner, actor: Actor, ticket_id: int,
                 parent: QWidget | None = None, *, printing: ReportPrintService | None = None,
                 open_signing_key: Callable[[], None] | None = None,
                 raise_quality: Callable[[int, QWidget], None] | None = None) -> None:
        super().__init__(parent)
        intake_messages.register()
        self.ui = Ui_TicketDetailDialog()
        self.ui.setupUi(self)
        window_state.keep(self)
        # Times and names whole; the note (or the clock's time) takes the rest of the width.
        fit_columns(self.ui.clock_tree, stretch=3)
        fit_columns(self.ui.timeline_tree, stretch=3)
        self._service = service
        self._runner = runner
        self._actor = actor
        self._ticket_id = ticket_id
        self.detail: TicketDetail | None = None
        # Printing is optional so the dialog still works where no print service is wired (older tests, tools).
        self._printing = printing
        self.printer = ReportPrinter(printing, runner, actor, self, open_signing_key) if printing else None
        self.report_buttons: list[QPushButton] = []
        # 反馈 (seed 002 §6.1.1) sits next to "customer contacted": both are the desk's first hour on a ticket.
        self.report_back_button = QPushButton(self.tr("Report back..."), self)
        self.report_back_button.setObjectName("report_back_button")
        self.report_back_button.setToolTip(self.tr("The department's report back to the service centre: responsible "
                                                   "person, emergency measures, resources needed, readiness"))
        self.ui.action_layout.insertWidget(1, self.report_back_button)
        self.report_back_dialog: QDialog | None = None
        for button in (self.ui.contact_button, self.report_back_button, self.ui.resolve_button,
                       self.ui.cancel_ticket_button, self.ui.print_sheet_button, self.ui.priority_button):
            button.setEnabled(False)
        self.ui.print_sheet_button.setVisible(printing is not None)
        # The quality feedback form (contacts area), prefilled from this ticket; hidden where nothing is wired.
        self._raise_quality = raise_quality
        self.ui.quality_button.setVisible(raise_quality is not None)
        shortcuts.install(self, "ticket")
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.ui.contact_button.clicked.connect(self._on_contact_button_clicked)
        self.report_back_button.clicked.connect(self._on_report_back_button_clicked)
        self.ui.resolve_button.clicked.connect(self._on_resolve_button_clicked)
        self.ui.cancel_ticket_button.clicked.connect(self._on_cancel_ticket_button_clicked)
        self.ui.close_button.clicked.connect(self.accept)
        self.ui.print_sheet_button.clicked.connect(self._on_print_sheet_button_clicked)
        self.ui.quality_button.clicked.connect(self._on_quality_button_clicked)
        self.ui.priority_button.clicked.connect(self._on_priority_button_clicked)
        if self.printer is not None:
            self.printer.message_changed.connect(self.ui.message_label.setText)
            self.printer.busy_changed.connect(self._on_printer_busy_changed)
            self.printer.printed.connect(self._on_printer_printed)

    def reload(self) -> None:
        run_task(self._runner, self._service.detail, self._actor, self._ticket_id, on_success=self._show,
                 on_failure=self._on_failed)

    def _show(self, detail: TicketDetail) -> None:
        self.detail = detail
        statuses = status_names()
        self.setWindowTitle(self.tr("Ticket {number}").format(number=detail.number))
        kind = self.tr("Installation") if detail.kind == "installation" else self.tr("Repair")
        lines = [
            self.tr("{number}  {kind}  {status}  opened {opened}  via {channel}, priority {priority}").format(
                kind=kind,
                number=detail.number, status=statuses.get(detail.status, detail.status),
                opened=to_local(detail.opened_at).strftime(TIME_FORMAT),
                channel=channel_names().get(detail.channel, detail.channel),
                priority=priority_names().get(detail.priority, detail.priority)),
            f"{detail.customer_name}  {detail.contact_phone}  {detail.address}",
            f"{catalogue_name(detail.product_line, detail.product_line_en)}  {detail.unit_text}",
            f"{kind if detail.kind == 'installation' else catalogue_name(detail.fault_name, detail.fault_name_en)}: "
            f"{detail.fault_text}",
        ]
        if detail.is_repeat:
            lines.append(self.tr("Repeat repair (返修) of {number}").format(number=detail.repeat_of_number or ""))
        if detail.engineer_name:
            lines.append(self.tr("Engineer: {name}").format(name=detail.engineer_name))
        if detail.cancel_reason:
            lines.append(self.tr("Cancelled: {reason}").format(reason=detail.cancel_reason))
        self.ui.header_label.setText("\n".join(lines))
        self._show_clocks(detail)
        self._show_timeline(detail)
        self.ui.contact_button.setEnabled("record_contact" in detail.actions)
        self.report_back_button.setEnabled("report_back" in detail.actions)
        self.ui.resolve_button.setEnabled("resolve_by_phone" in detail.actions)
        self.ui.cancel_ticket_button.setEnabled("cancel" in detail.actions)
        self.ui.priority_button.setEnabled("edit" in detail.actions)
        self.ui.print_sheet_button.setEnabled(self.printer is not None and detail.status != "cancelled")
        if self.printer is not None and self._printing is not None:
            run_task(self._runner, self._printing.printable_reports, self._actor, self._ticket_id,
                     on_success=self._show_report_buttons, on_failure=self._on_failed)
        else:
            self.loaded.emit()

    def _show_clocks(self, detail: TicketDetail) -> None:
        names, states = commitment_names(), clock_state_names()
        self.ui.clock_tree.clear()
        for clock in detail.clocks:
            if clock.seconds_left is not None:
                time_text = duration_text(clock.seconds_left)
            elif clock.met_at is not None:
                time_text = to_local(clock.met_at).strftime(TIME_FORMAT)
            else:
                time_text = ""
            item = QTreeWidgetItem([names.get(clock.commitment, clock.commitment),
                                    to_local(clock.due_at).strftime(TIME_FORMAT),
                                    states.get(clock.state, clock.state), time_text])
            self.ui.clock_tree.addTopLevelItem(item)

    def _show_timeline(self, detail: TicketDetail) -> None:
        statuses = status_names()
        self.ui.timeline_tree.clear()
        self.ui.timeline_tree.setWordWrap(True)
        self.ui.timeline_tree.setUniformRowHeights(False)
        for entry in detail.timeline:
            what = event_name(entry.kind)
            if entry.to_status:
                what = f"{what}: {statuses.get(entry.from_status or '', entry.from_status or '')} → " \
                       f"{statuses.get(entry.to_status, entry.to_status)}"
            note = self._note(entry)
            item = QTreeWidgetItem([to_local(entry.at).strftime(TIME_FORMAT), what, entry.user_name, note])
            # A long note wraps in its row; the tooltip shows it whole as well.
            item.setToolTip(3, note)
            self.ui.timeline_tree.addTopLevelItem(item)

    def _note(self, entry: Any) -> str:
        data = entry.data if isinstance(entry.data, dict) else {}
        if entry.kind == "report_back" and data.get("responsible"):
            parts = [self.tr("Responsible: {name}").format(name=data["responsible"]),
                     self.tr("Measures: {text}").format(text=data.get("measures", ""))]
            if data.get("resources"):
                parts.append(self.tr("Resources: {text}").format(text=data["resources"]))
            if data.get("readiness"):
                parts.append(self.tr("Readiness: {text}").format(text=data["readiness"]))
            return "; ".join(parts)
        if data.get("early_arrival_reason"):
            return self.tr("Arrived before the agreed time: {reason}").format(reason=data["early_arrival_reason"])
        # Entries written by the callback keep codes (the closing line, the attempt's outcome, the cause of a
        # change); the timeline says them in words.
        if entry.kind == "callback":
            grade = satisfaction_names().get(data.get("satisfaction") or "")
            closing = line_name(entry.note) if entry.note else ""
            return "; ".join(t for t in (grade and self.tr("Satisfaction: {grade}").format(grade=grade), closing)
                             if t)
        if entry.kind == "callback_attempt":
            outcome, _, rest = entry.note.partition(" ")
            name = attempt_names().get(outcome)
            return f"{name} {rest}".strip() if name else entry.note
        if entry.note == "callback" and data.get("callback_id"):
            return self.tr("After the callback")
        return entry.note

    def _run_action(self, fn: Callable[..., object], *args: object) -> None:
        run_task(self._runner, fn, self._actor, *args, on_success=self._on_action_done, on_failure=self._on_failed)

    def _on_action_done(self, _result: object) -> None:
        self.ui.message_label.setText(self.tr("Saved."))
        self.ticket_changed.emit(self._ticket_id)
        self.reload()

    def _on_failed(self, exc: BaseException) -> None:
        self.ui.message_label.setText(intake_messages.describe(exc))

    def _on_contact_button_clicked(self) -> None:
        note, ok = QInputDialog.getText(self, self.tr("Customer contacted"), self.tr("Note (optional):"))
        if ok:
            self._run_action(self._service.record_contact, self._ticket_id, note)

    def _on_report_back_button_clicked(self) -> None:
        if self.detail is None:
            return
        from desktop.views.tickets.report_back_dialog import ReportBackDialog

        dialog = ReportBackDialog(self._service, self._actor, self._ticket_id, self.detail.number, self)
        dialog.reported.connect(self._on_action_done)
        self.report_back_dialog = dialog
        dialog.open()

    def _on_resolve_button_clicked(self) -> None:
        if self.detail is None:
            return
        note, ok = QInputDialog.getText(self, self.tr("Resolved by phone"), self.tr("What was the customer told?"))
        if ok:
            self._run_action(self._service.resolve_by_phone, self._ticket_id, self.detail.version, note)

    def _on_cancel_ticket_button_clicked(self) -> None:
        if self.detail is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Cancel ticket"), self.tr("Reason for cancelling:"))
        if ok:
            self._run_action(self._service.cancel, self._ticket_id, self.detail.version, reason)

    def ask_priority(self, current: str) -> str | None:
        """The new priority, or None when the clerk cancels (replaced in tests: no modal exec)."""
        names = priority_names()
        codes = list(names)
        text, ok = QInputDialog.getItem(self, self.tr("Priority"), self.tr(
            "Priority of this ticket (a more urgent one gets a shorter on-site window):"),
            [names[c] for c in codes], codes.index(current) if current in codes else 0, False)
        return codes[[names[c] for c in codes].index(text)] if ok else None

    def _on_priority_button_clicked(self) -> None:
        if self.detail is None:
            return
        detail = self.detail
        priority = self.ask_priority(detail.priority)
        if priority is not None and priority != detail.priority:
            run_task(self._runner, lambda: self._service.update(self._actor, self._ticket_id, detail.version,
                                                                priority=priority),
                     on_success=self._on_action_done, on_failure=self._on_failed, owner=self)

    def _on_quality_button_clicked(self) -> None:
        if self._raise_quality is not None:
            self._raise_quality(self._ticket_id, self)

    # ---- printing ------------------------------------------------------------------------------------------------

    def _show_report_buttons(self, reports: Any) -> None:
        """One button per visit with a recorded report (a ticket may need several rounds)."""
        for button in self.report_buttons:
            self.ui.print_layout.removeWidget(button)
            button.deleteLater()
        self.report_buttons = []
        for report in reports:
            button = QPushButton(self.tr("Print signed service report (visit {round})...").format(round=report.round),
                                 self)
            button.setObjectName(f"print_report_button_{report.visit_id}")
            button.setToolTip(self.tr("Engineer {name}").format(name=report.engineer_name))
            button.clicked.connect(lambda _checked=False, r=report: self._on_print_report_clicked(r))
            self.ui.print_layout.insertWidget(self.ui.print_layout.count() - 1, button)
            self.report_buttons.append(button)
        self.loaded.emit()

    def _on_print_sheet_button_clicked(self) -> None:
        if self.printer is not None and self.detail is not None:
            self.printer.print_service_sheet(self._ticket_id, self.detail.number)

    def _on_print_report_clicked(self, report: Any) -> None:
        if self.printer is not None and self.detail is not None:
            self.printer.print_signed_report(report.visit_id, self.detail.number, report.round)

    def _on_printer_busy_changed(self, busy: bool) -> None:
        for button in self.report_buttons:
            button.setEnabled(not busy)
        cancelled = self.detail is not None and self.detail.status == "cancelled"
        self.ui.print_sheet_button.setEnabled(not busy and not cancelled)

    def _on_printer_printed(self, _document: str, _record_id: int) -> None:
        # The timeline gains a "Sheet printed" entry.
        self.reload()
