"""One branch: its figures month by month, returns by rule, satisfaction grades and quality feedback, and its
tickets of a month paged from the HQ database (sorted and searched in SQL)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from desktop.views.background import BackgroundRunner
from desktop.views.hq.hq_models import (
    GradesModel,
    HqTicketsModel,
    MonthFiguresModel,
    QualityModel,
    ReturnsModel,
)
from desktop.views.hq.hq_text import local_time
from desktop.views.messages import error_message
from desktop.views.ui.ui_hq_branch_view import Ui_HqBranchView

if TYPE_CHECKING:
    from desktop.hq.hq_service import HqService


class HqBranchView(QWidget):
    back_requested = Signal()

    def __init__(self, service: HqService, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HqBranchView()
        self.ui.setupUi(self)
        self._service, self._runner = service, runner
        self.branch_id: int | None = None
        self._months: list[date] = []
        self._sized = False
        self.months_model = MonthFiguresModel(self)
        self.returns_model = ReturnsModel(self)
        self.grades_model = GradesModel(self)
        self.quality_model = QualityModel(self)
        self.tickets_model = HqTicketsModel(service.tickets, self)
        for table, model in ((self.ui.months_table, self.months_model), (self.ui.returns_table, self.returns_model),
                             (self.ui.grades_table, self.grades_model), (self.ui.quality_table, self.quality_model),
                             (self.ui.tickets_table, self.tickets_model)):
            table.setModel(model)
            table.verticalHeader().setVisible(False)
            table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.ui.months_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.months_table.setWordWrap(True)
        self.ui.tickets_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Typing pauses before the search runs, so each key does not query the server.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self._show_tickets)
        self.ui.search_edit.textChanged.connect(self._search_timer.start)
        self.ui.month_combo.activated.connect(self._on_month_changed)
        self.ui.back_button.clicked.connect(self.back_requested)

    def show_branch(self, branch_id: int, months: list[date], all_months: list[date]) -> None:
        """Open a branch: the chosen months for the breakdowns, every month for the month-by-month table."""
        self.branch_id, self._months = branch_id, list(months)
        self.ui.title_label.setText(self.tr("Loading..."))
        self.ui.month_combo.clear()
        for m in reversed(all_months):
            # ISO text as item data: a date would come back from Qt as another type that findData cannot match.
            self.ui.month_combo.addItem(f"{m:%Y-%m}", m.isoformat())
        if months:
            self.ui.month_combo.setCurrentIndex(max(0, self.ui.month_combo.findData(months[-1].isoformat())))
        self.ui.search_edit.blockSignals(True)
        self.ui.search_edit.clear()
        self.ui.search_edit.blockSignals(False)
        task = self._runner.run(self._load, branch_id, months, all_months)
        task.succeeded.connect(self._on_loaded)
        task.failed.connect(self._on_failed)
        self._show_tickets()

    def _load(self, branch_id: int, months: list[date], all_months: list[date]) -> dict[str, Any]:
        s = self._service
        return {"info": s.branch(branch_id), "trend": s.trend(all_months, branch_id),
                "returns": s.breakdown(months, "returns", branch_id),
                "grades": s.breakdown(months, "satisfaction_grade", branch_id),
                "quality": s.quality(months, branch_id)}

    def _on_loaded(self, found: dict[str, Any]) -> None:
        info = found["info"]
        self.ui.title_label.setText(f"<b>{info.code}</b> {info.name}")
        self.ui.info_label.setText(self.tr("First loaded {first}, last {last}").format(
            first=local_time(info.first_loaded_at), last=local_time(info.last_loaded_at)))
        self.months_model.set_rows(found["trend"])
        self.ui.months_table.resizeRowsToContents()
        self.returns_model.set_rows(found["returns"])
        self.grades_model.set_rows(found["grades"])
        self.quality_model.set_rows(found["quality"])

    def _on_failed(self, exc: object) -> None:
        self.ui.title_label.setText(error_message(exc))  # type: ignore[arg-type]

    def _on_month_changed(self, _index: int) -> None:
        self._show_tickets()

    def selected_month(self) -> date | None:
        value = self.ui.month_combo.currentData()
        return date.fromisoformat(value) if value else None

    def _show_tickets(self) -> None:
        month = self.selected_month()
        if self.branch_id is None or month is None:
            return
        try:
            self.tickets_model.show(self.branch_id, [month], self.ui.search_edit.text())
        except Exception as exc:  # a server gone away: say so in place of the list, keep what was typed
            self.ui.tickets_count_label.setText(error_message(exc))
            return
        self.ui.tickets_count_label.setText(self.tr("{count} tickets").format(count=self.tickets_model.total()))
        if not self._sized:
            self.ui.tickets_table.resizeColumnsToContents()
            self._sized = True
