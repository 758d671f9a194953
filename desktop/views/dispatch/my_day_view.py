"""My day (engineer): their own visits for today and tomorrow, with the customer's address and phone and the
agreed time; "I have arrived", the visit's result, and printing the day's sheets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from desktop.clock import local_today, to_local, utc_now
from desktop.errors import DomainError
from desktop.i18n import catalogue_name
from desktop.services.core.actor import Actor
from desktop.services.dispatch.dispatch_print_service import DispatchPrintService
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.dispatch.my_day_service import MyDay, MyDayService, MyVisit
from desktop.services.dispatch.visit_service import VisitService
from desktop.views import shortcuts
from desktop.views.background import BackgroundRunner
from desktop.views.dispatch import dispatch_messages
from desktop.views.dispatch.visit_result_dialog import VisitResultDialog
from desktop.views.messages import error_message
from desktop.views.setup import setup_messages
from desktop.views.ui.ui_my_day_view import Ui_MyDayView
from desktop.views.widgets.empty_state import show_when_empty
from desktop.views.widgets.task_progress import TaskProgressDialog

OPEN = ("dispatched", "scheduled")


class MyDayView(QWidget):
    loaded = Signal()
    visit_saved = Signal(int)

    def __init__(self, my_day: MyDayService, visits: VisitService, dispatch: DispatchService,
                 printing: DispatchPrintService, runner: BackgroundRunner, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        dispatch_messages.install()
        setup_messages.register()
        self.ui = Ui_MyDayView()
        self.ui.setupUi(self)
        self.setObjectName("my_day_view")
        self._my_day, self._visits, self._dispatch, self._printing = my_day, visits, dispatch, printing
        self._runner, self._actor = runner, actor
        self.day: MyDay | None = None
        header = self.ui.visits_table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        shortcuts.install(self, "my_day")
        show_when_empty(self.ui.visits_table, lambda: self.tr(
            "No visits for you today or tomorrow. The dispatcher plans them on the board; they appear here as "
            "soon as they are planned."))
        self._connect_signals()
        self._update_actions()
        self.refresh()

    def _connect_signals(self) -> None:
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.visits_table.itemSelectionChanged.connect(self._update_actions)
        self.ui.arrival_button.clicked.connect(self._on_arrival_button_clicked)
        self.ui.result_button.clicked.connect(self._on_result_button_clicked)
        self.ui.print_button.clicked.connect(self._on_print_button_clicked)

    def status_names(self) -> dict[str, str]:
        return {"dispatched": self.tr("to agree a time"), "scheduled": self.tr("time agreed"),
                "on_site": self.tr("on site"), "resolved": self.tr("resolved"), "unresolved": self.tr("not resolved")}

    # ---- loading -------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        task = self._runner.run(self._my_day.visits, self._actor, local_today())
        task.succeeded.connect(self._on_loaded)
        task.failed.connect(self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        self.ui.status_label.setText(error_message(exc))

    def _on_loaded(self, day: MyDay) -> None:
        self.day = day
        tomorrow = day.first_day.toordinal() + 1
        self.ui.title_label.setText(self.tr("{name}: today and tomorrow").format(name=day.engineer_name))
        table = self.ui.visits_table
        table.setRowCount(len(day.visits))
        names = self.status_names()
        for row, visit in enumerate(day.visits):
            start = to_local(visit.agreed_start or visit.planned_start)
            end = to_local(visit.agreed_end or visit.planned_end)
            when = self.tr("Tomorrow") if start.date().toordinal() == tomorrow else self.tr("Today")
            agreed = "" if visit.agreed_start else self.tr(" (planned, not yet agreed)")
            line = catalogue_name(visit.product_line_name_zh, visit.product_line_name_en)
            product = " ".join(p for p in (line, visit.model, visit.serial) if p)
            for column, value in enumerate((f"{when} {start:%H:%M}–{end:%H:%M}{agreed}", visit.customer_name,
                                            visit.phone, visit.address, product, visit.fault,
                                            names.get(visit.status, visit.status))):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeRowsToContents()
        if not day.visits:
            self.ui.status_label.setText(self.tr("No visits for today or tomorrow."))
        self._update_actions()
        self.loaded.emit()

    def selected(self) -> MyVisit | None:
        row = self.ui.visits_table.currentRow()
        if self.day is None or not 0 <= row < len(self.day.visits):
            return None
        return self.day.visits[row]

    def _update_actions(self) -> None:
        visit = self.selected()
        status = visit.status if visit else None
        self.ui.arrival_button.setEnabled(status in OPEN)
        self.ui.result_button.setEnabled(status in (*OPEN, "on_site"))
        self.ui.print_button.setEnabled(visit is not None)

    # ---- actions -------------------------------------------------------------------------------------------

    def _on_arrival_button_clicked(self) -> None:
        visit = self.selected()
        if visit is None:
            return
        task = self._runner.run(self._visits.record_arrival, self._actor, visit.id, utc_now(), version=visit.version)
        task.succeeded.connect(lambda _: (self.visit_saved.emit(visit.id), self.refresh(),
                                          self.ui.status_label.setText(self.tr("Arrival recorded."))))
        task.failed.connect(self._on_failed)

    def run_dialog(self, dialog: QDialog) -> int:
        """Every modal dialog goes through here, so a test can answer it without a nested event loop."""
        return dialog.exec()

    def _on_result_button_clicked(self) -> None:
        visit = self.selected()
        if visit is None:
            return
        try:
            row = self._dispatch.visit(self._actor, visit.id)
        except DomainError as exc:
            self._on_failed(exc)
            return
        dialog = VisitResultDialog(self._visits, self._actor, row, visit.product_line, self)
        dialog.result_saved.connect(lambda report: self.visit_saved.emit(report.visit_id))
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.refresh()

    def _on_print_button_clicked(self) -> None:
        visit = self.selected()
        if visit is None or self.day is None:
            return
        self.print_day(to_local(visit.planned_start).date())

    def print_day(self, day: date) -> None:
        assert self.day is not None
        task = self._runner.run(self._printing.render_engineer_day, self._actor, self.day.engineer_id, day,
                                with_progress=True)
        self._progress = TaskProgressDialog(task, self.tr("Preparing your sheets..."), self.tr("Cancel"), self)
        task.succeeded.connect(self._on_day_rendered)
        task.failed.connect(self._on_failed)

    def _on_day_rendered(self, result: tuple[bytes, tuple[int, ...]]) -> None:
        pdf, visit_ids = result
        if not visit_ids:
            QMessageBox.information(self, self.tr("My day"), self.tr("No open visits that day."))
            return
        from desktop.views.printing.pdf_preview_dialog import PdfPreviewDialog

        dialog = PdfPreviewDialog(pdf, self.tr("My day"), self.tr("my-day.pdf"), self, hand_filled=True)
        dialog.printed.connect(lambda: self._runner.run(self._printing.mark_printed, self._actor, visit_ids))
        self.run_dialog(dialog)
