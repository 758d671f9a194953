"""The network: every branch's figures side by side for the chosen months, ranked on one figure, with the
network's trend month by month. Queries run off the UI thread; a double-click opens the branch."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QModelIndex, QPointF, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop.views.background import BackgroundRunner, Task
from desktop.views.hq.hq_models import SORT_ROLE, BranchFiguresModel
from desktop.views.hq.hq_text import figure_names
from desktop.views.messages import error_message
from desktop.views.ui.ui_hq_network_view import Ui_HqNetworkView

if TYPE_CHECKING:
    from desktop.hq.hq_service import HqService

RANKED = ("satisfaction", "contact", "report_back", "on_site", "callback", "first_visit_fix", "repeat_repair",
          "complaints_answered", "complaints_overdue")


class HqNetworkView(QWidget):
    branch_opened = Signal(int, object)  # branch id, the months shown
    loaded = Signal()

    def __init__(self, service: HqService, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HqNetworkView()
        self.ui.setupUi(self)
        self._service, self._runner = service, runner
        self._months: list[date] = []
        self._busy = self._again = False
        self.network: Any = None
        self.model = BranchFiguresModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        table = self.ui.branches_table
        table.setModel(self.proxy)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(True)
        names = figure_names()
        for code in RANKED:
            self.ui.rank_combo.addItem(names[code], code)
        self.chart_view = QChartView(self)
        self.chart_view.setObjectName("trend_chart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(170)
        self.ui.trend_layout.addWidget(self.chart_view)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.first_month_combo.activated.connect(self._on_months_changed)
        self.ui.last_month_combo.activated.connect(self._on_months_changed)
        self.ui.rank_combo.activated.connect(self._on_rank_changed)
        table.doubleClicked.connect(self._on_branch_double_clicked)
        table.installEventFilter(self)

    # --- months -------------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Ask which months there are, then show the latest one."""
        self.ui.status_label.setText(self.tr("Loading..."))
        task = self._runner.run(self._service.months)
        task.succeeded.connect(self._on_months_loaded)
        task.failed.connect(self._on_failed)

    def _on_months_loaded(self, months: Any) -> None:
        self._months = list(months)
        for combo in (self.ui.first_month_combo, self.ui.last_month_combo):
            combo.clear()
            for m in self._months:
                combo.addItem(f"{m:%Y-%m}", m.isoformat())
        if not self._months:
            self.ui.status_label.setText(self.tr("No workbook has been loaded yet: use File → Load branch "
                                                 "workbooks, or service-desk-cli hq-load."))
            self.model.set_rows([])
            return
        self.ui.first_month_combo.setCurrentIndex(len(self._months) - 1)
        self.ui.last_month_combo.setCurrentIndex(len(self._months) - 1)
        self.refresh()

    def all_months(self) -> list[date]:
        return list(self._months)

    def chosen_months(self) -> list[date]:
        first_text, last_text = self.ui.first_month_combo.currentData(), self.ui.last_month_combo.currentData()
        if not first_text or not last_text:
            return []
        first, last = date.fromisoformat(first_text), date.fromisoformat(last_text)
        if last < first:
            first, last = last, first
        return [m for m in self._months if first <= m <= last]

    def _on_months_changed(self, _index: int) -> None:
        self.refresh()

    def _on_rank_changed(self, _index: int) -> None:
        self._rank()
        self._trend()

    # --- figures ------------------------------------------------------------------------------------------------

    def refresh(self, *_args: object) -> None:
        months = self.chosen_months()
        if not months:
            return
        if self._busy:
            self._again = True  # asked again while loading: run once more with the newest choice
            return
        self._busy, self._again = True, False
        self.ui.status_label.setText(self.tr("Loading..."))
        task: Task = self._runner.run(self._service.network, months)
        task.succeeded.connect(self._on_network_loaded)
        task.failed.connect(self._on_failed)
        self._rank()
        self._trend()

    def _on_network_loaded(self, network: Any) -> None:
        self._busy = False
        self.network = network
        self.model.set_rows(network.branches)
        self.ui.branches_table.resizeRowsToContents()
        months = network.months
        span = f"{months[0]:%Y-%m}" if len(months) == 1 else f"{months[0]:%Y-%m} – {months[-1]:%Y-%m}"
        self.ui.status_label.setText(self.tr("{span}: {count} branches").format(span=span,
                                                                                count=len(network.branches)))
        self.ui.totals_label.setText(self._totals_text(network.total))
        self.loaded.emit()
        if self._again:
            self.refresh()

    def _totals_text(self, total: Any) -> str:
        names = figure_names()
        parts = [self.tr("Network: {tickets} tickets").format(tickets=total.get("tickets").count
                                                              if "tickets" in total else 0)]
        for code in RANKED:
            f = total.get(code)
            if f is not None and f.base:
                parts.append(f"{names[code]} {f.count / f.base * 100:.1f}% ({f.count}/{f.base})")
        return " · ".join(parts)

    def _rank(self) -> None:
        months, figure = self.chosen_months(), self.ui.rank_combo.currentData()
        if not months or figure is None:
            return
        task = self._runner.run(self._service.ranking, months, figure)
        task.succeeded.connect(self._on_ranking_loaded)
        task.failed.connect(self._on_failed)

    def _on_ranking_loaded(self, ranking: Any) -> None:
        self.model.set_ranks({r.branch_id: r.rank for r in ranking})
        self.ui.branches_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.branches_table.resizeRowsToContents()

    def _trend(self) -> None:
        if not self._months:
            return
        task = self._runner.run(self._service.trend, self._months)
        task.succeeded.connect(self._on_trend_loaded)
        task.failed.connect(self._on_failed)

    def _on_trend_loaded(self, trend: Any) -> None:
        code = self.ui.rank_combo.currentData() or "satisfaction"
        chart = QChart()
        chart.setTitle(self.tr("Network, month by month: {figure}").format(figure=figure_names()[code]))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setVisible(False)
        series = QLineSeries()
        series.setPointsVisible(True)
        labels = []
        for index, month in enumerate(trend):
            labels.append(f"{month.period:%Y-%m}")
            rate = month.get(code).rate
            if rate is not None:
                series.append(QPointF(index, round(rate * 100, 1)))
        chart.addSeries(series)
        months_axis, share_axis = QBarCategoryAxis(), QValueAxis()
        months_axis.append(labels or [""])
        share_axis.setRange(0, 100)
        share_axis.setLabelFormat("%.0f%%")
        chart.addAxis(months_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(share_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(months_axis)
        series.attachAxis(share_axis)
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _on_failed(self, exc: object) -> None:
        self._busy = False
        self.ui.status_label.setText(error_message(exc))  # type: ignore[arg-type]

    # --- drill-down ---------------------------------------------------------------------------------------------

    def _on_branch_double_clicked(self, index: QModelIndex) -> None:
        self.open_row(index.row())

    def open_row(self, view_row: int) -> None:
        source = self.proxy.mapToSource(self.proxy.index(view_row, 0))
        branch = self.model.row_at(source.row())
        if branch is not None:
            self.branch_opened.emit(branch.branch_id, self.chosen_months())

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (watched is self.ui.branches_table and isinstance(event, QKeyEvent)
                and event.type() == QKeyEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            current = self.ui.branches_table.currentIndex()
            if current.isValid():
                self.open_row(current.row())
                return True
        return super().eventFilter(watched, event)
