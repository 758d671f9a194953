"""Dashboard view with a fake service: six charts drawn from the indicators, loaded off the UI thread."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.i18n import install_cjk_font
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
from desktop.views.look import apply_look

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


SIX = ("陈师傅", "杨师傅", "张师傅", "周师傅", "吴师傅", "刘师傅")
ALL_STATES = ("new", "triage", "resolved_by_phone", "dispatched", "scheduled", "on_site", "completed", "unresolved",
              "escalated", "closed", "cancelled")


class CrowdedDashboard(FakeDashboard):
    """The demo's six engineers and a month with tickets in all eleven states."""

    def indicators(self, actor: Actor, start: date, end: date, today: date | None = None) -> DashboardIndicators:
        d = super().indicators(actor, start, end, today)
        days = tuple(DayStates(date(2026, 11, day), tuple((s, 1 + (day + i) % 3) for i, s in enumerate(ALL_STATES)))
                     for day in range(1, 26))
        load = tuple(EngineerLoad(i, name, 5 + i, 10.0 + i) for i, name in enumerate(SIX))
        return DashboardIndicators(d.start, d.end, days, d.on_time, 135, 149, d.satisfaction_by_week,
                                   d.returns_by_rule, d.week_start, load)


def _shown_texts(view) -> set[str]:  # type: ignore[no-untyped-def]
    """The texts Qt Charts shows in a chart view (it hides axis labels that would overlap). Its label items come
    back as plain graphics items; their graphics object is the text item."""
    from PySide6.QtWidgets import QGraphicsTextItem

    items = [item.toGraphicsObject() for item in view.scene().items() if item.isVisible()]
    return {item.toPlainText() for item in items if isinstance(item, QGraphicsTextItem)}


@pytest.fixture
def app_look(qapp):  # type: ignore[no-untyped-def]
    """The application's own font and look, as at start (their line height is what crowded the names out)."""
    font, palette = qapp.font(), qapp.palette()
    install_cjk_font()
    apply_look(qapp)
    yield
    qapp.setStyleSheet("")
    qapp.setStyle("Fusion")
    qapp.setPalette(palette)
    qapp.setFont(font)


def test_every_engineer_and_every_legend_entry_is_whole_in_a_cramped_window(qtbot, app_look) -> None:  # type: ignore[no-untyped-def]
    """At 150 % (1280×720 logical: the dashboard gets about 1040×560) three of six engineers' names showed, the
    eleven states' legend was cut at the bottom and the first-visit legend read "Fixed on the first…"."""
    from desktop.views.tickets.ticket_text import status_names

    runner = BackgroundRunner()
    view = DashboardView(CrowdedDashboard(), runner, ACTOR, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1040, 560)
    with qtbot.waitSignal(view.indicators_loaded, timeout=10_000):
        view.show()
    qtbot.wait(50)
    assert set(SIX) <= _shown_texts(view.views["engineer_load"]), _shown_texts(view.views["engineer_load"])
    names = status_names()
    expected = {
        "tickets_per_day": sorted(names[s] for s in ALL_STATES),
        "first_visit_fix": ["Fixed on the first visit (135)", "Needed another visit (14)"],
        "engineer_load": ["Visits", "Hours"],
    }
    for key, entries in expected.items():
        legend = view.legends[key]
        assert sorted(legend.names) == sorted(entries), key
        # Shown, inside the dashboard, and tall enough for all its lines at its width.
        assert legend.isVisible() and view.rect().contains(legend.geometry()), key
        assert legend.heightForWidth(legend.width()) <= legend.height(), key
        # Qt Charts' own legend, which cut and elided, is not drawn.
        assert not view.views[key].chart().legend().isVisible(), key
    runner.wait_for_done(10_000)


@pytest.mark.parametrize("width", [220, 300, 330, 420])
def test_a_legend_never_breaks_inside_a_name(qtbot, width) -> None:  # type: ignore[no-untyped-def]
    """Qt's rich text breaks Chinese between any two characters (it once showed 受 / 理 on two lines): every legend
    line starts with an entry's colour chip, never inside a state's name."""
    from PySide6.QtGui import QColor, QTextDocument

    from desktop.i18n import install_cjk_font
    from desktop.views.dashboard.chart_legend import ChartLegend

    install_cjk_font()
    names = ["已取消", "已归档", "已完成", "已派单", "已升级", "受理", "上门服务中", "电话解决", "已预约", "分析中",
             "未解决", "Resolved by phone"]
    legend = ChartLegend()
    qtbot.addWidget(legend)
    legend.set_entries([(QColor("#c62828"), name) for name in names])
    document = QTextDocument()
    document.setDefaultFont(legend.font())
    document.setHtml(legend.text())
    document.setTextWidth(width)
    document.documentLayout().documentSize()  # lays the text out
    text = document.toPlainText()
    block = document.begin()
    starts = []
    while block.isValid():
        layout = block.layout()
        starts += [block.position() + layout.lineAt(i).textStart() for i in range(layout.lineCount())]
        block = block.next()
    assert len(starts) > 1  # narrow enough to wrap
    for start in starts:
        assert text[start:].lstrip(" \u00a0").startswith("■"), repr(text[start:start + 8])


FOURTEEN = tuple(f"{surname}师傅" for surname in "赵钱孙李周吴郑王冯陈褚卫蒋沈")


class BigBranchDashboard(FakeDashboard):
    """Fourteen engineers: more than a chart cell on a 1366×768 screen has rows for."""

    def indicators(self, actor: Actor, start: date, end: date, today: date | None = None) -> DashboardIndicators:
        d = super().indicators(actor, start, end, today)
        load = tuple(EngineerLoad(i, name, i % 5, float((i * 7) % 13)) for i, name in enumerate(FOURTEEN))
        return DashboardIndicators(d.start, d.end, d.tickets_per_day, d.on_time, d.first_visit_fixed,
                                   d.first_visit_total, d.satisfaction_by_week, d.returns_by_rule, d.week_start, load)


def _engineer_categories(view) -> list[str]:  # type: ignore[no-untyped-def]
    return next(list(a.categories()) for a in view.views["engineer_load"].chart().axes()
                if hasattr(a, "categories"))


def test_a_big_branch_shows_its_busiest_engineers_whole_and_lists_everyone_in_the_tooltip(qtbot, app_look) -> None:  # type: ignore[no-untyped-def]
    """Fourteen engineers in a cramped dashboard: Qt Charts hid most names (labels that would overlap are not
    drawn). The chart keeps the rows it can show whole, the busiest, and says so in its title."""
    runner = BackgroundRunner()
    service = BigBranchDashboard()
    view = DashboardView(service, runner, ACTOR, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1040, 560)
    with qtbot.waitSignal(view.indicators_loaded, timeout=10_000):
        view.show()
    qtbot.wait(50)
    load = view.indicators.engineer_load
    shown = _engineer_categories(view)
    assert 3 <= len(shown) < len(FOURTEEN)
    # Every category name the chart holds is drawn: none hidden for overlapping.
    assert set(shown) <= _shown_texts(view.views["engineer_load"]), (shown, _shown_texts(view.views["engineer_load"]))
    # The busiest ones: nobody left out works more hours than somebody shown.
    hours = {e.name: e.hours for e in load}
    assert min(hours[n] for n in shown) >= max(hours[n] for n in hours if n not in shown)
    title = view.views["engineer_load"].chart().title()
    assert f"busiest {len(shown)} of 14" in title
    tip = view.views["engineer_load"].toolTip()
    assert all(name in tip for name in FOURTEEN)
    # A taller window shows more of them, and all of them once there is room.
    view.resize(1040, 2400)
    qtbot.wait(50)
    assert len(_engineer_categories(view)) == len(FOURTEEN)
    assert "busiest" not in view.views["engineer_load"].chart().title()
    assert set(FOURTEEN) <= _shown_texts(view.views["engineer_load"])
    runner.wait_for_done(10_000)


def test_a_commitment_with_nothing_due_yet_has_no_zero_bar(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Report back has no clock kept or overdue in the period (0 of 0): its bar read "0%", a failure nobody
    committed. It leaves the bars and is named under the chart's title."""
    from desktop.views.dashboard.dashboard_view import commitment_names

    runner = BackgroundRunner()
    view = DashboardView(FakeDashboard(), runner, ACTOR, today=TODAY)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.indicators_loaded, timeout=10_000):
        view.show()
    chart = view.views["on_time"].chart()
    names = commitment_names()
    categories = next(axis for axis in chart.axes() if hasattr(axis, "categories")).categories()
    assert names["report_back"] not in categories and names["on_site"] in categories
    assert names["report_back"] in chart.title()
    [series] = chart.series()
    assert 0 not in [series.barSets()[0].at(i) for i in range(series.barSets()[0].count())]
    runner.wait_for_done(10_000)
