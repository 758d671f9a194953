"""Dashboard view with a fake service: six charts drawn from the indicators, loaded off the UI thread."""

from __future__ import annotations

from datetime import date

from desktop.services.core.actor import Actor
from desktop.services.dashboard.dashboard_service import (
    CommitmentRate,
    DashboardIndicators,
    DayStates,
    EngineerLoad,
    WeekSatisfaction,
)
from desktop.views.background import BackgroundRunner
from desktop.views.dashboard.dashboard_view import CHART_KEYS, DashboardView

ACTOR = Actor(1, "admin", "Admin", "supervisor", 1)
TODAY = date(2026, 11, 25)


class FakeDashboard:
    def __init__(self) -> None:
        self.calls: list[tuple[date, date]] = []

    def indicators(self, actor: Actor, start: date, end: date, today: date | None = None) -> DashboardIndicators:
        self.calls.append((start, end))
        return DashboardIndicators(
            start, end,
            (DayStates(date(2026, 11, 24), (("closed", 3), ("new", 1))), DayStates(date(2026, 11, 25), (("new", 2),))),
            (CommitmentRate("first_contact", 8, 10), CommitmentRate("report_back", 0, 0),
             CommitmentRate("on_site", 5, 6), CommitmentRate("callback", 4, 4)),
            7, 9,
            (WeekSatisfaction(date(2026, 11, 16), 10, 9, 10, 12), WeekSatisfaction(date(2026, 11, 23), 0, 0, 0, 3)),
            (("R-WU", 4), ("X-MIS", 1)),
            date(2026, 11, 23),
            (EngineerLoad(1, "张师傅", 6, 12.0), EngineerLoad(2, "吴师傅", 0, 0.0)),
        )


def test_charts_drawn_on_show_and_period_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()
    service = FakeDashboard()
    view = DashboardView(service, runner, ACTOR, today=TODAY)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.indicators_loaded, timeout=10_000):
        view.show()
    assert service.calls == [(date(2026, 10, 27), TODAY)]
    for key in CHART_KEYS:
        chart = view.views[key].chart()
        assert chart is not None and chart.series(), key
    with qtbot.waitSignal(view.indicators_loaded, timeout=10_000):
        view.ui.period_combo.setCurrentIndex(view.ui.period_combo.findData("last_month"))
    assert service.calls[-1] == (date(2026, 10, 1), date(2026, 10, 31))
    runner.wait_for_done(10_000)


def test_refresh_while_loading_runs_once_more(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()
    service = FakeDashboard()
    view = DashboardView(service, runner, ACTOR, today=TODAY)
    qtbot.addWidget(view)
    view.refresh()
    view.refresh()
    view.refresh()
    qtbot.waitUntil(lambda: len(service.calls) == 2 and not view._loading, timeout=10_000)
    runner.wait_for_done(10_000)
    assert len(service.calls) == 2


def test_names_beside_bars_are_never_cut(qtbot) -> None:  # type: ignore[no-untyped-def]
    """At 150 % the engineer-load chart showed "…" for every engineer: names beside horizontal bars are whole."""
    from PySide6.QtCharts import QBarCategoryAxis

    runner = BackgroundRunner()
    view = DashboardView(FakeDashboard(), runner, ACTOR, today=TODAY)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.indicators_loaded, timeout=10_000):
        view.show()
    for key in ("engineer_load", "on_time", "returns_by_rule"):
        names = [a for a in view.views[key].chart().axes() if isinstance(a, QBarCategoryAxis)]
        assert names and not any(a.truncateLabels() for a in names), key
    assert any("张师傅" in a.categories() for a in view.views["engineer_load"].chart().axes()
               if isinstance(a, QBarCategoryAxis))
    runner.wait_for_done(10_000)
