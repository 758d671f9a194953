"""DispatchArea: the board (week or day), the waiting-tickets panel, filters and the visit actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QScrollArea, QWidget

from desktop.clock import local_today, to_local, utc_now
from desktop.errors import DomainError, ValidationError
from desktop.i18n import catalogue_name
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import allowed
from desktop.services.dispatch.dispatch_print_service import DispatchPrintService
from desktop.services.dispatch.dispatch_records import Board, BoardVisit, PanelTicket, ReportRow
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.dispatch.engineer_service import EngineerService
from desktop.services.dispatch.visit_service import VisitService
from desktop.views import shortcuts
from desktop.views.background import BackgroundRunner
from desktop.views.dispatch import dispatch_messages
from desktop.views.dispatch.agree_time_dialog import AgreeTimeDialog
from desktop.views.dispatch.board_legend import BoardLegend
from desktop.views.dispatch.board_widget import DispatchBoardWidget
from desktop.views.dispatch.escalation_dialog import EscalationDialog
from desktop.views.dispatch.override_dialog import OverrideDialog
from desktop.views.dispatch.plan_visit_dialog import PlanVisitDialog
from desktop.views.dispatch.ticket_panel import TicketPanelTableModel, TicketPanelView
from desktop.views.dispatch.visit_result_dialog import VisitResultDialog
from desktop.views.icons import decorate
from desktop.views.messages import error_message
from desktop.views.ui.ui_dispatch_area import Ui_DispatchArea
from desktop.views.widgets.empty_state import EmptyState, show_when_empty
from desktop.views.widgets.table_columns import fit_columns
from desktop.views.widgets.task_progress import TaskProgressDialog

WEEK, DAY = "week", "day"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


if TYPE_CHECKING:
    from desktop.services.dispatch.dispatch_records import VisitRow


class DispatchArea(QWidget):
    scroll: QScrollArea  # type: ignore[assignment]  # the board's scroll area, shadowing QWidget.scroll()
    board_loaded = Signal()
    visit_saved = Signal(int)
    # A quality problem seen on the selected visit: the contacts area raises the feedback form.
    quality_requested = Signal(int)

    def __init__(self, dispatch: DispatchService, visits: VisitService, engineers: EngineerService,
                 runner: BackgroundRunner, actor: Actor, printing: DispatchPrintService | None = None,
                 parent: QWidget | None = None, region_places: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        dispatch_messages.install()
        self.ui = Ui_DispatchArea()
        self.ui.setupUi(self)
        self.setObjectName("dispatch_area")
        self._dispatch, self._visits, self._engineers = dispatch, visits, engineers
        self._printing, self._runner, self._actor = printing, runner, actor
        self._day = local_today()
        self._region_places = region_places
        self._loading = False
        self._reload_pending = False
        self._loaded_once = False
        # Set by the installations area: the acceptance dialog an installation visit opens instead of the
        # service report (a function of the visit id and the parent, returning the dialog).
        self.installation_result_dialog: Callable[[int, QWidget], QDialog] | None = None

        self.board = DispatchBoardWidget(self)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("board_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.board)
        self.ui.board_layout.addWidget(self.scroll)
        self.legend = BoardLegend(self)
        self.ui.board_layout.addWidget(self.legend)
        self.board_empty = EmptyState(self.scroll.viewport(), lambda: self.tr(
            "No engineers on the board. A supervisor adds them under Administration → Engineers; check also the "
            "area and product filters above."), lambda: self._loaded_once and not self.board.engineers())
        self.panel_model = TicketPanelTableModel(self)
        self.panel = TicketPanelView(self)
        self.panel.setModel(self.panel_model)
        fit_columns(self.panel, stretch=2)
        self.panel_empty_state = show_when_empty(self.panel, lambda: self.tr(
            "No ticket is waiting for an engineer. New tickets from Intake appear here to be dragged onto the "
            "board."))
        self.ui.panel_layout.addWidget(self.panel)
        self.ui.splitter.setStretchFactor(1, 3)
        # The panel and the board are made after the form: Tab goes filters → waiting tickets → board → actions.
        QWidget.setTabOrder(self.ui.refresh_button, self.panel)
        QWidget.setTabOrder(self.panel, self.board)
        QWidget.setTabOrder(self.board, self.ui.plan_button)
        # Due time and the whole ticket number in sight before the board takes the rest (the user's split is kept).
        self.ui.splitter.setSizes([330, 950])

        # Only what the role may do is offered: an engineer sees their own lane, records arrival and result.
        self._can_plan = allowed(actor, "dispatch.plan")
        self._can_agree = allowed(actor, "dispatch.agree_time")
        self._can_escalate = allowed(actor, "visit.escalate")
        self.board.movable = self._can_plan
        self.board.setAcceptDrops(self._can_plan)
        self.ui.panel_box.setVisible(self._can_plan)
        self.ui.plan_button.setVisible(self._can_plan)
        self.ui.agree_button.setVisible(self._can_agree)
        self.ui.escalate_button.setVisible(self._can_escalate)
        self.ui.view_combo.addItem(self.tr("Week"), WEEK)
        self.ui.view_combo.addItem(self.tr("Day by hour"), DAY)
        self._fill_filters()
        shortcuts.install(self, "dispatch")
        for button, name in ((self.ui.plan_button, "plan"), (self.ui.agree_button, "agree"),
                             (self.ui.arrival_button, "arrival"), (self.ui.result_button, "result"),
                             (self.ui.escalate_button, "escalate"), (self.ui.history_button, "history"),
                             (self.ui.print_button, "print"), (self.ui.refresh_button, "refresh")):
            decorate(button, name)
        self._connect_signals()
        self._update_actions()
        self.refresh()

    def _fill_filters(self) -> None:
        self.ui.area_combo.addItem(self.tr("All areas"), None)
        self.ui.product_line_combo.addItem(self.tr("All products"), None)
        try:
            for area in self._areas():
                self.ui.area_combo.addItem(area, area)
            for code, zh, en in self._dispatch.product_lines(self._actor):
                self.ui.product_line_combo.addItem(catalogue_name(zh, en), code)
        except DomainError as exc:
            self.ui.status_label.setText(error_message(exc))

    def _areas(self) -> list[str]:
        """The branch's districts (its region), then any other place an engineer covers."""
        places = list(self._region_places)
        places += [a for a in self._engineers.known_areas(self._actor) if a not in places]
        return places

    def _connect_signals(self) -> None:
        self.ui.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.ui.next_button.clicked.connect(self._on_next_button_clicked)
        self.ui.today_button.clicked.connect(self._on_today_button_clicked)
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.view_combo.currentIndexChanged.connect(self._on_view_combo_current_index_changed)
        self.ui.area_combo.currentIndexChanged.connect(self.refresh)
        self.ui.product_line_combo.currentIndexChanged.connect(self.refresh)
        self.ui.plan_button.clicked.connect(self._on_plan_button_clicked)
        self.ui.agree_button.clicked.connect(self._on_agree_button_clicked)
        self.ui.arrival_button.clicked.connect(self._on_arrival_button_clicked)
        self.ui.result_button.clicked.connect(self._on_result_button_clicked)
        self.ui.escalate_button.clicked.connect(self._on_escalate_button_clicked)
        self.ui.history_button.clicked.connect(self._on_history_button_clicked)
        self.ui.quality_button.clicked.connect(self._on_quality_button_clicked)
        self.ui.print_button.clicked.connect(self._on_print_button_clicked)
        self.board.ticket_dropped.connect(self._on_board_ticket_dropped)
        self.board.visit_dropped.connect(self._on_board_visit_dropped)
        self.board.visit_selected.connect(self._update_actions)
        self.board.visit_activated.connect(self._on_board_visit_activated)
        self.panel.activated.connect(self._on_plan_button_clicked)

    # ---- loading -------------------------------------------------------------------------------------------------

    def day_view(self) -> bool:
        return self.ui.view_combo.currentData() == DAY

    def first_day(self) -> date:
        return self._day if self.day_view() else monday_of(self._day)

    def refresh(self) -> None:
        """Board and panel in one background call; a refresh asked for while one runs follows it."""
        if self._loading:
            self._reload_pending = True
            return
        self._loading = True
        area, line = self.ui.area_combo.currentData(), self.ui.product_line_combo.currentData()
        first, days = self.first_day(), 1 if self.day_view() else 7
        task = self._runner.run(self._load, first, days, area, line)
        task.succeeded.connect(self._on_load_succeeded)
        task.failed.connect(self._on_load_failed)

    def _load(self, first: date, days: int, area: str | None, line: str | None) -> tuple[Board, list[PanelTicket]]:
        board = self._dispatch.board(self._actor, first, days, area=area, product_line=line)
        return board, self._dispatch.waiting_tickets(self._actor, area=area, product_line=line)

    def _on_load_succeeded(self, result: tuple[Board, list[PanelTicket]]) -> None:
        board, panel = result
        self._loading = False
        # The board keeps the selected visit's id across reloads, so a just-saved visit stays selected.
        self.board.set_board(board, day_view=self.day_view())
        self.panel_model.set_rows(panel)
        self._update_period_label()
        self._update_actions()
        self._loaded_once = True
        self.board_empty.update_state()
        self.board_loaded.emit()
        if self._reload_pending:
            self._reload_pending = False
            self.refresh()

    def _on_load_failed(self, exc: Exception) -> None:
        self._loading = False
        self.ui.status_label.setText(error_message(exc))

    def _update_period_label(self) -> None:
        first = self.first_day()
        if self.day_view():
            self.ui.period_label.setText(f"{first:%Y-%m-%d}")
        else:
            self.ui.period_label.setText(f"{first:%Y-%m-%d} – {first + timedelta(days=6):%m-%d}")

    def _step(self, sign: int) -> None:
        self._day += timedelta(days=sign * (1 if self.day_view() else 7))
        self.refresh()

    def _on_previous_button_clicked(self) -> None:
        self._step(-1)

    def _on_next_button_clicked(self) -> None:
        self._step(1)

    def _on_view_combo_current_index_changed(self, _index: int) -> None:
        # The day view opens on today when the week shown holds today, else on that week's Monday: never on a day
        # the dispatcher did not look at.
        if self.day_view():
            today = local_today()
            self._day = today if monday_of(self._day) == monday_of(today) else monday_of(self._day)
        self.refresh()

    def _on_today_button_clicked(self) -> None:
        self._day = local_today()
        self.refresh()

    # ---- planning and moving -------------------------------------------------------------------------------------

    def _on_board_ticket_dropped(self, ticket_id: int, version: int, engineer_id: int, start: datetime,
                                 end: datetime) -> None:
        self.plan(ticket_id, version, engineer_id, start, end)

    def _on_board_visit_dropped(self, visit_id: int, version: int, engineer_id: int, start: datetime,
                                end: datetime) -> None:
        self.move(visit_id, version, engineer_id, start, end)

    def plan(self, ticket_id: int, version: int, engineer_id: int, start: datetime, end: datetime) -> bool:
        def call(reason: str | None) -> int:
            return self._dispatch.plan_visit(self._actor, ticket_id, engineer_id, start, end, override_reason=reason,
                                             expected_version=version).id
        return self._save_with_override(call)

    def move(  # type: ignore[override]  # shadows QWidget.move(); the board calls it by this name
            self, visit_id: int, version: int, engineer_id: int, start: datetime, end: datetime) -> bool:
        def call(reason: str | None) -> int:
            row = self._dispatch.move_visit(self._actor, visit_id, engineer_id, start, end, override_reason=reason,
                                            expected_version=version)
            self.board.apply_visit(row)
            return row.id
        return self._save_with_override(call)

    def _save_with_override(self, call: Callable[[str | None], int]) -> bool:
        """One short write on the GUI thread: the dispatcher must see the warnings before anything else happens,
        and the override prompt needs the answer at once."""
        reason: str | None = None
        while True:
            try:
                visit_id = call(reason)
            except ValidationError as exc:
                if exc.code != "dispatch_warnings" or reason is not None:
                    self.show_error(exc)
                    return False
                reason = self.ask_override(list(exc.params.get("warnings", [])))
                if not reason:
                    return False
                continue
            except DomainError as exc:
                # A stale board (another dispatcher moved it first) reloads; nothing of theirs is overwritten.
                self.show_error(exc)
                self.refresh()
                return False
            self.visit_saved.emit(visit_id)
            self.board.select_visit(visit_id)
            self.refresh()
            return True

    def ask_override(self, warnings: list[str]) -> str | None:
        dialog = OverrideDialog(warnings, self)
        return dialog.reason() if self.run_dialog(dialog) == QDialog.DialogCode.Accepted else None

    def show_error(self, exc: BaseException) -> None:
        self.ui.status_label.setText(error_message(exc))
        QMessageBox.warning(self, self.tr("Dispatch"), error_message(exc))

    def run_dialog(self, dialog: QDialog) -> int:
        """Every modal dialog goes through here, so a test can answer it without a nested event loop."""
        return dialog.exec()

    # ---- actions on the selection --------------------------------------------------------------------------------

    def _selected_visit(self) -> BoardVisit | None:
        return self.board.selected_visit()

    def _update_actions(self, *_: object) -> None:
        visit = self._selected_visit()
        status = visit.status if visit else None
        self.ui.agree_button.setEnabled(self._can_agree and status in ("dispatched", "scheduled"))
        self.ui.arrival_button.setEnabled(status in ("dispatched", "scheduled"))
        self.ui.result_button.setEnabled(status in ("dispatched", "scheduled", "on_site"))
        self.ui.escalate_button.setEnabled(self._can_escalate and status == "unresolved")
        self.ui.history_button.setEnabled(visit is not None)
        self.ui.quality_button.setEnabled(visit is not None and status != "cancelled")
        self.ui.print_button.setEnabled(visit is not None and self._printing is not None)

    def _on_plan_button_clicked(self, *_: object) -> None:
        ticket = self.panel.selected_ticket()
        if ticket is None:
            self.ui.status_label.setText(self.tr("Select a waiting ticket first."))
            return
        dialog = PlanVisitDialog(ticket, self.board.engineers(), max(self._day, local_today()), self)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            start, end = dialog.window()
            self.plan(ticket.id, ticket.version, dialog.engineer_id(), start, end)

    def _visit_row(self) -> VisitRow | None:
        visit = self._selected_visit()
        if visit is None:
            return None
        try:
            return self._dispatch.visit(self._actor, visit.id)
        except DomainError as exc:
            self.show_error(exc)
            return None

    def _on_agree_button_clicked(self) -> None:
        row = self._visit_row()
        if row is not None:
            dialog = AgreeTimeDialog(self._dispatch, self._actor, row, self)
            dialog.time_agreed.connect(self.visit_saved)
            if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
                self.refresh()

    def _on_arrival_button_clicked(self) -> None:
        visit = self._selected_visit()
        if visit is None:
            return
        reason = ""
        while True:
            try:
                self._visits.record_arrival(self._actor, visit.id, utc_now(), version=visit.version,
                                            early_reason=reason)
            except ValidationError as exc:
                if exc.code == "early_arrival_reason_required" and not reason:
                    answer = self.ask_text(self.tr("Arrived early"),
                                           self.tr("The engineer arrived before the time agreed with the customer. "
                                                   "Why?"))
                    if answer and answer.strip():
                        reason = answer
                        continue
                self.show_error(exc)
            except DomainError as exc:
                self.show_error(exc)
            break
        self.refresh()

    def ask_text(self, title: str, label: str) -> str | None:
        """A line of text from the user (modal); tests replace this method."""
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None

    def _on_result_button_clicked(self) -> None:
        visit = self._selected_visit()
        if visit is not None and visit.kind == "installation" and self.installation_result_dialog is not None:
            dialog = self.installation_result_dialog(visit.id, self)
            dialog.finished.connect(lambda _code: self.refresh())
            self.run_dialog(dialog)
            return
        row = self._visit_row()
        if row is None or visit is None:
            return
        dialog = VisitResultDialog(self._visits, self._actor, row, visit.product_line, self)
        dialog.result_saved.connect(self._on_result_saved)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.refresh()

    def _on_result_saved(self, report: ReportRow) -> None:
        self.visit_saved.emit(report.visit_id)
        text = (self.tr("Resolved: the ticket is completed and its callback is due today.")
                if report.result == "resolved" else
                self.tr("Not resolved: escalate the ticket to plan the next round."))
        if report.receipt_no:
            text += " " + self.tr("Payment recorded, receipt {number}.").format(number=report.receipt_no)
        self.ui.status_label.setText(text)

    def _on_escalate_button_clicked(self) -> None:
        row = self._visit_row()
        if row is None:
            return
        dialog = EscalationDialog(self._visits, self._actor, row.ticket_id, row.ticket_number, row.ticket_version,
                                  self)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.refresh()

    def _on_board_visit_activated(self, visit_id: int) -> None:
        visit = self._selected_visit()
        if visit is None:
            return
        if visit.status in ("dispatched", "scheduled") and self._can_agree:
            self._on_agree_button_clicked()
        elif visit.status == "on_site":
            self._on_result_button_clicked()
        elif visit.status == "unresolved" and self._can_escalate:
            self._on_escalate_button_clicked()

    def _on_quality_button_clicked(self) -> None:
        visit = self._selected_visit()
        if visit is not None:
            self.quality_requested.emit(visit.id)

    def _on_history_button_clicked(self) -> None:
        visit = self._selected_visit()
        if visit is None:
            return
        try:
            rounds = self._visits.history(self._actor, visit.ticket_id)
        except DomainError as exc:
            self.show_error(exc)
            return
        results = {"resolved": self.tr("resolved"), "unresolved": self.tr("not resolved"), None: self.tr("open")}
        lines = []
        for r in rounds:
            lines.append(self.tr("Round {round}: {engineer}, {start}, {result}").format(
                round=r.round, engineer=r.engineer_name, start=f"{to_local(r.planned_start):%Y-%m-%d %H:%M}",
                result=results.get(r.result, r.result)))
            if r.escalation_analysis:
                lines.append(self.tr("    escalated: {analysis}").format(analysis=r.escalation_analysis))
        QMessageBox.information(self, self.tr("Ticket {number}").format(number=visit.ticket_number), "\n".join(lines))

    # ---- printing ------------------------------------------------------------------------------------------------

    def _on_print_button_clicked(self) -> None:
        visit = self._selected_visit()
        if visit is None or self._printing is None:
            return
        self.print_day(visit.engineer_id, to_local(visit.start).date())

    def print_day(self, engineer_id: int, day: date) -> None:
        """Slip and sheets rendered off the GUI thread with a cancellable progress dialog, then previewed."""
        assert self._printing is not None
        task = self._runner.run(self._printing.render_engineer_day, self._actor, engineer_id, day,
                                with_progress=True)
        progress = TaskProgressDialog(task, self.tr("Preparing the engineer's day..."), self.tr("Cancel"), self)
        progress.setObjectName("print_progress")
        task.succeeded.connect(self._on_day_rendered)
        task.failed.connect(self._on_render_failed)
        self._print_progress = progress

    def _on_render_failed(self, exc: Exception) -> None:
        self.ui.status_label.setText(error_message(exc))

    def _on_day_rendered(self, result: tuple[bytes, tuple[int, ...]]) -> None:
        pdf, visit_ids = result
        if not visit_ids:
            self.ui.status_label.setText(self.tr("This engineer has no open visits that day."))
        from desktop.views.printing.pdf_preview_dialog import PdfPreviewDialog

        dialog = PdfPreviewDialog(pdf, self.tr("Engineer's day"), self.tr("engineers-day.pdf"), self,
                                  hand_filled=True)
        dialog.printed.connect(lambda: self._mark_printed(visit_ids))
        self.run_dialog(dialog)

    def _mark_printed(self, visit_ids: tuple[int, ...]) -> None:
        if self._printing is None or not visit_ids:
            return
        task = self._runner.run(self._printing.mark_printed, self._actor, visit_ids)
        task.succeeded.connect(lambda _: self.refresh())
