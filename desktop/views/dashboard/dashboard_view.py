"""Dashboard: the branch's six indicators as charts, computed in SQL by DashboardService and fetched off the UI
thread whenever the view is shown, the period changes, or another PC changes the data."""

from __future__ import annotations

import math
from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.clock import local_today
from desktop.services.core.actor import Actor
from desktop.services.exports.export_period import month
from desktop.views.background import BackgroundRunner, Task
from desktop.views.dashboard.chart_legend import ChartLegend, legend_entries
from desktop.views.dashboard.date_axis import date_axis
from desktop.views.look import LABEL_COLOUR, LIGHT_BAR, series_colour, status_colour
from desktop.views.messages import error_message
from desktop.views.tickets.ticket_text import commitment_names, status_names
from desktop.views.ui.ui_dashboard_view import Ui_DashboardView
from desktop.views.widgets.empty_state import EmptyState

if TYPE_CHECKING:
    from desktop.services.dashboard.dashboard_service import DashboardService

CHART_KEYS = ("tickets_per_day", "on_time", "first_visit_fix", "satisfaction", "returns_by_rule", "engineer_load")


def _room_for_labels(top: float) -> int:
    """A whole-number count axis a little longer than the longest bar, so the figure written after it stays
    inside the chart."""
    return max(int(top) + 1, math.ceil(top * 1.15), 2)


class DashboardView(QWidget):
    indicators_loaded = Signal(object)  # DashboardIndicators

    def __init__(self, service: DashboardService, runner: BackgroundRunner, actor: Actor, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DashboardView()
        self.ui.setupUi(self)
        self._service = service
        self._runner = runner
        self._actor = actor
        self._today = today
        self._loading = False
        self._again = False
        self.indicators: Any = None
        self._engineer_rows_shown = 0
        for key, text in (("7", self.tr("Last 7 days")), ("30", self.tr("Last 30 days")),
                          ("month", self.tr("This month")), ("last_month", self.tr("Last month")),
                          ("90", self.tr("Last 90 days"))):
            self.ui.period_combo.addItem(text, key)
        self.ui.period_combo.setCurrentIndex(1)
        self.views: dict[str, QChartView] = {}
        self.legends: dict[str, ChartLegend] = {}
        self.empty_states: dict[str, EmptyState] = {}
        self._empty: set[str] = set()
        for index, key in enumerate(CHART_KEYS):
            view = QChartView(self)
            view.setObjectName(f"{key}_chart")
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(300, 180)
            self.views[key] = view
            # The legend under the chart, outside it: it takes the lines it needs instead of being cut.
            legend = ChartLegend(self)
            legend.setVisible(False)
            self.legends[key] = legend
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(view, 1)
            cell.addWidget(legend)
            self.ui.chart_grid.addLayout(cell, index // 3, index % 3)
            # An empty chart says so (and why) instead of showing a bare axis.
            self.empty_states[key] = EmptyState(view.viewport(), partial(self._empty_text, key),
                                                partial(self._is_empty, key))
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.period_combo.currentIndexChanged.connect(self._on_period_combo_current_index_changed)
        self.ui.refresh_button.clicked.connect(self.refresh)

    def period(self) -> tuple[date, date]:
        today = self._today or local_today()
        key = self.ui.period_combo.currentData()
        if key == "month":
            return month(today).start, today
        if key == "last_month":
            last = month(today.replace(day=1) - timedelta(days=1))
            return last.start, last.end
        return today - timedelta(days=int(key) - 1), today

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _on_period_combo_current_index_changed(self, _index: int) -> None:
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Ask for fresh indicators; a request while one is running is remembered and runs after it."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._again = False
        self.ui.status_label.setText(self.tr("Loading..."))
        start, end = self.period()
        self._connect_task(self._runner.run(self._service.indicators, self._actor, start, end, self._today))

    def _connect_task(self, task: Task) -> None:
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)

    def _finish(self) -> None:
        self._loading = False
        if self._again:
            self.refresh()

    def _on_task_succeeded(self, indicators: Any) -> None:
        self.indicators = indicators
        self.ui.status_label.setText(self.tr("{start} to {end}").format(start=indicators.start, end=indicators.end))
        self._draw(indicators)
        self.indicators_loaded.emit(indicators)
        self._finish()

    def _on_task_failed(self, exc: object) -> None:
        self.ui.status_label.setText(error_message(exc))  # type: ignore[arg-type]
        self._finish()

    # --- charts ----------------------------------------------------------------------------------------------------

    def _draw(self, d: Any) -> None:
        self._set_chart("tickets_per_day", self._tickets_per_day(d),
                        empty=not any(n for day in d.tickets_per_day for _, n in day.counts))
        on_time_rates = [c.rate for c in d.on_time]
        if d.contacts is not None:
            on_time_rates += [d.contacts.reply_on_time_rate, d.contacts.complaint_contact_rate]
        self._set_chart("on_time", self._on_time(d), empty=all(rate is None for rate in on_time_rates))
        self._set_chart("first_visit_fix", self._first_visit_fix(d), empty=not d.first_visit_total)
        self._set_chart("satisfaction", self._satisfaction(d),
                        empty=all(week.rate is None for week in d.satisfaction_by_week))
        self._set_chart("returns_by_rule", self._returns_by_rule(d), empty=not d.returns_by_rule)
        self._set_chart("engineer_load", self._engineer_load(d),
                        empty=not any(e.visits or e.hours for e in d.engineer_load))
        self.ui.contacts_label.setText(self._contacts_text(d.contacts))

    def _contacts_text(self, c: Any) -> str:
        """Consultations (咨询), complaint call-backs and quality feedback, each rate with what it counts."""
        if c is None:
            return ""

        def rate(part: int, whole: int) -> str:
            return self.tr("{rate} ({part} of {whole})").format(
                rate="–" if not whole else f"{part / whole * 100:.0f}%", part=part, whole=whole)

        return self.tr(
            "Consultations: {count} (answered at once {at_once}, became tickets {tickets}); promised replies on "
            "time {replies}; awaiting a reply now {awaiting}, overdue {overdue}.   Complainants called back in "
            "time {complaints}.   Quality feedback raised {quality}, not closed {quality_open}.").format(
            count=c.consultations, at_once=c.answered_at_once, tickets=c.turned_into_tickets,
            replies=rate(c.replies_on_time, c.replies_decided), awaiting=c.awaiting_now, overdue=c.overdue_now,
            complaints=rate(c.complaints_contacted_on_time, c.complaints_contact_decided), quality=c.quality_raised,
            quality_open=c.quality_open_now)

    def _empty_text(self, key: str) -> str:
        return self._empty_texts().get(key, "")

    def _is_empty(self, key: str) -> bool:
        return key in self._empty

    def _empty_texts(self) -> dict[str, str]:
        return {
            "tickets_per_day": self.tr("No tickets were opened in this period. Choose a longer period above."),
            "on_time": self.tr("No service commitment came due in this period, so there is no on-time rate yet."),
            "first_visit_fix": self.tr("No repair was finished in this period, so there is no first-visit fix "
                                       "rate yet."),
            "satisfaction": self.tr("No callback recorded a satisfaction grade in this period."),
            "returns_by_rule": self.tr("No return or exchange was decided in this period."),
            "engineer_load": self.tr("No visits are planned for the engineers this week."),
        }

    def _set_chart(self, key: str, chart: QChart, empty: bool = False) -> None:
        """Show `chart`; an empty one keeps only its title, with the reason written over it."""
        if empty:
            self._empty.add(key)
            for axis in chart.axes():
                chart.removeAxis(axis)
            chart.removeAllSeries()
            chart.legend().setVisible(False)
        else:
            self._empty.discard(key)
        legend = chart.legend()
        self.legends[key].set_entries(legend_entries(chart) if legend.isVisible() else [])
        legend.setVisible(False)
        self.empty_states[key].update_state()
        view = self.views[key]
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()

    @staticmethod
    def _chart(title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    @staticmethod
    def _axes(chart: QChart, series: Any, categories: list[str], maximum: float | None = None,
              horizontal: bool = False, percent: bool = False, upright: bool = False,
              days: list[date] | None = None, whole: bool = False) -> None:
        cats: QBarCategoryAxis | QCategoryAxis
        if days is not None:
            cats = date_axis(days)
        else:
            cats = QBarCategoryAxis()
            cats.append(categories or [""])
        small = QFont(cats.labelsFont())
        small.setPointSizeF(max(6.0, small.pointSizeF() - 1))
        cats.setLabelsFont(small)
        if upright:
            cats.setLabelsAngle(-90)
        if horizontal or whole:
            # Each name has a row of its own; Qt Charts still cut them to "…" on a narrow chart (150 %: every
            # engineer's name and every commitment's); five week dates under the satisfaction line read "11-…".
            cats.setTruncateLabels(False)
        values = QValueAxis()
        values.setRange(0, maximum if maximum is not None else 1)
        values.setLabelFormat("%.0f%%" if percent else "%d")
        if not percent:
            # Whole numbers on count axes (no "3.5 tickets").
            values.applyNiceNumbers()
            top = max(int(values.max()), 1)
            steps = next(k for k in range(min(top, 5), 0, -1) if top % k == 0)
            values.setTickCount(steps + 1)
        chart.addAxis(cats, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        for s in series if isinstance(series, list) else [series]:
            s.attachAxis(cats)
            s.attachAxis(values)

    def _tickets_per_day(self, d: Any) -> QChart:
        chart = self._chart(self.tr("Tickets opened per day, by current state"))
        names = status_names()
        states = sorted({s for day in d.tickets_per_day for s, _ in day.counts})
        series = QStackedBarSeries()
        for index, state in enumerate(states):
            bar = QBarSet(names.get(state, state))
            # Each state its own colour, the same in every period (a repeated colour made two states one).
            bar.setColor(status_colour(state, index))
            bar.setBorderColor(status_colour(state, index))
            for day in d.tickets_per_day:
                bar.append(dict(day.counts).get(state, 0))
            series.append(bar)
        chart.addSeries(series)
        top = max((sum(n for _, n in day.counts) for day in d.tickets_per_day), default=1)
        # Dates where they fit (every day, or Mondays): thirty labels under a third of the window only elide.
        self._axes(chart, series, [], max(top, 1), days=[day.day for day in d.tickets_per_day])
        return chart

    def _on_time(self, d: Any) -> QChart:
        names = commitment_names()
        rates = [(names.get(c.commitment, c.commitment), c.rate) for c in d.on_time]
        if d.contacts is not None:
            # The clocks kept outside tickets: replies promised to callers, complainants called back.
            rates += [(self.tr("Reply to questions"), d.contacts.reply_on_time_rate),
                      (self.tr("Complaint call-back"), d.contacts.complaint_contact_rate)]
        # A commitment none of whose clocks is kept or overdue yet (a call-back due later today) has no rate: a bar
        # would read "0%", a failure nobody committed. It is named under the title instead.
        waiting = [name for name, value in rates if value is None]
        rates = [(name, value) for name, value in rates if value is not None]
        title = self.tr("On-time rate per commitment")
        if waiting:
            # Rich text is laid out from the left: centred as the plain titles are.
            title = "<center>" + title + "<br><small>" + self.tr("Nothing kept or overdue yet: {names}").format(
                names=self.tr(", ").join(waiting)) + "</small></center>"
        chart = self._chart(title)
        bar = QBarSet(self.tr("On time"))
        bar.setColor(LIGHT_BAR)
        bar.setLabelColor(LABEL_COLOUR)
        for _name, value in rates:
            bar.append(round(value * 100))
        # Across, so each commitment's name has a whole line to itself; the rate is written on its bar.
        series = QHorizontalBarSeries()
        series.append(bar)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%")
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsInsideEnd)
        chart.addSeries(series)
        chart.legend().setVisible(False)
        self._axes(chart, series, [name for name, _value in rates], 100, percent=True, horizontal=True)
        return chart

    def _first_visit_fix(self, d: Any) -> QChart:
        rate = d.first_visit_fix_rate
        title = self.tr("First-visit fix rate: {rate}").format(
            rate="–" if rate is None else f"{rate * 100:.1f}%")
        chart = self._chart(title)
        series = QPieSeries()
        again = d.first_visit_total - d.first_visit_fixed
        fixed_slice = series.append(self.tr("Fixed on the first visit ({count})").format(count=d.first_visit_fixed),
                                    d.first_visit_fixed)
        again_slice = series.append(self.tr("Needed another visit ({count})").format(count=again), again)
        fixed_slice.setColor(series_colour(2))
        again_slice.setColor(series_colour(1))
        series.setHoleSize(0.45)
        chart.addSeries(series)
        return chart

    def _satisfaction(self, d: Any) -> QChart:
        chart = self._chart(self.tr("Satisfaction per week (very satisfied + satisfied)"))
        series = QLineSeries()
        series.setName(self.tr("Satisfaction"))
        series.setPointsVisible(True)
        series.setColor(series_colour(0))
        series.setPointLabelsVisible(True)
        series.setPointLabelsFormat("@yPoint%")
        series.setPointLabelsClipping(False)
        for index, week in enumerate(d.satisfaction_by_week):
            if week.rate is not None:
                series.append(QPointF(index, round(week.rate * 100, 1)))
        chart.addSeries(series)
        chart.legend().setVisible(False)
        self._axes(chart, series, [w.week_start.strftime("%m-%d") for w in d.satisfaction_by_week], 100,
                   percent=True, whole=True)
        return chart

    def _returns_by_rule(self, d: Any) -> QChart:
        chart = self._chart(self.tr("Return decisions by rule"))
        bar = QBarSet(self.tr("Decisions"))
        bar.setColor(series_colour(0))
        bar.setLabelColor(LABEL_COLOUR)
        for _rule, n in d.returns_by_rule:
            bar.append(n)
        series = QHorizontalBarSeries()
        series.append(bar)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        chart.legend().setVisible(False)
        top = max((n for _, n in d.returns_by_rule), default=1)
        self._axes(chart, series, [rule for rule, _ in d.returns_by_rule], _room_for_labels(top), horizontal=True)
        return chart

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The engineer chart shows as many engineers as its height holds; a resize may change that.
        if self.indicators is not None and self._engineer_rows_shown != self._engineer_rows(
                len(self.indicators.engineer_load)):
            self._set_chart("engineer_load", self._engineer_load(self.indicators),
                            empty=not any(e.visits or e.hours for e in self.indicators.engineer_load))

    def _engineer_rows(self, total: int) -> int:
        """How many engineers' rows the chart can show with every name whole: Qt Charts hides a category label
        that would overlap the next one, so a branch with 14 engineers lost most names in a 280 px chart."""
        view = self.views["engineer_load"]
        line = QFontMetrics(view.font()).height()
        # The title, the value axis under the plot and the chart's margins take about seven lines; Qt keeps a name
        # when its row is a quarter taller than the text (measured at 100 % and 150 %).
        fits = max(3, int((view.height() - 7 * line) / (line * 1.25)))
        return min(total, fits)

    def _engineer_load(self, d: Any) -> QChart:
        everyone = list(d.engineer_load)
        rows = self._engineer_rows(len(everyone))
        self._engineer_rows_shown = rows
        week = d.week_start
        if rows < len(everyone):
            # The busiest engineers, still in name order; the tooltip lists everyone.
            busiest = sorted(everyone, key=lambda e: (-e.hours, -e.visits))[:rows]
            shown = [e for e in everyone if e in busiest]
            title = self.tr("Engineer workload, week of {week} (busiest {shown} of {total})").format(
                week=week, shown=rows, total=len(everyone))
        else:
            shown, title = everyone, self.tr("Engineer workload, week of {week}").format(week=week)
        self.views["engineer_load"].setToolTip("\n".join(
            self.tr("{name}: {visits} visits, {hours} hours").format(name=e.name, visits=e.visits, hours=e.hours)
            for e in everyone) if rows < len(everyone) else "")
        chart = self._chart(title)
        visits, hours = QBarSet(self.tr("Visits")), QBarSet(self.tr("Hours"))
        for index, bar in enumerate((visits, hours)):
            bar.setColor(series_colour(index))
            bar.setLabelColor(LABEL_COLOUR)
        for e in shown:
            visits.append(e.visits)
            hours.append(e.hours)
        # Across, so every engineer's name is whole; the figures are written at the end of each bar.
        series = QHorizontalBarSeries()
        series.append(visits)
        series.append(hours)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        top = max([e.hours for e in shown] + [e.visits for e in shown] + [1])
        self._axes(chart, series, [e.name for e in shown], _room_for_labels(top), horizontal=True)
        return chart
