"""Dates where a person looks for them: the dashboard's daily axis shows dates (not "⋮"), the board's day view opens
on today, and a visit in the day view always shows its whole ticket number, however short the visit."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from PySide6.QtCharts import QCategoryAxis
from PySide6.QtGui import QFontMetricsF

from desktop.services.dashboard.dashboard_service import DashboardIndicators, DayStates
from desktop.services.dispatch.dispatch_print_service import DispatchPrintService
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.dispatch.engineer_service import EngineerService
from desktop.services.dispatch.visit_service import VisitService
from desktop.views.background import BackgroundRunner
from desktop.views.dashboard import date_axis
from desktop.views.dashboard.dashboard_view import DashboardView
from desktop.views.dispatch import dispatch_area
from desktop.views.dispatch.board_widget import BLOCK_PADDING
from desktop.views.dispatch.dispatch_area import DispatchArea
from tests.conftest import actor_for
from tests.services.dispatch_factories import engineer_id, make_ticket, next_weekday, set_onsite_window
from tests.views.test_dashboard_view import ACTOR

WEDNESDAY = date(2026, 11, 25)


def test_a_month_of_days_is_labelled_with_dates_that_fit() -> None:
    days = [date(2026, 10, 27) + timedelta(days=i) for i in range(30)]
    ticks = date_axis.date_ticks(days)
    assert [text for _i, text in ticks] == ["10-27", "11-02", "11-09", "11-16", "11-23"]
    assert all(days[i].strftime("%m-%d") == text for i, text in ticks)
    assert len(date_axis.date_ticks(days[:7])) == 7
    quarter = [date(2026, 9, 1) + timedelta(days=i) for i in range(90)]
    ticks = date_axis.date_ticks(quarter)
    assert len(ticks) <= date_axis.MAX_LABELS
    gaps = [b - a for (a, _), (b, _) in itertools.pairwise(ticks)]
    assert min(gaps) >= 7


def test_the_dates_under_the_bars_are_whole(qapp) -> None:  # type: ignore[no-untyped-def]
    """With the legend at the chart's side (English) a week was narrower than Qt's room for a label: "11-…"."""
    days = [date(2026, 10, 27) + timedelta(days=i) for i in range(30)]
    axis = date_axis.date_axis(days)
    assert not axis.truncateLabels()
    assert "11-02" in axis.categoriesLabels()


class MonthOfTickets:
    def indicators(self, actor, start, end, today=None):  # type: ignore[no-untyped-def]
        days = tuple(DayStates(start + timedelta(days=i), (("new", i % 4 + 1), ("closed", 3)))
                     for i in range((end - start).days + 1))
        return DashboardIndicators(start, end, days, (), 0, 0, (), (), start, ())


def test_the_dashboards_daily_axis_shows_dates(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()
    view = DashboardView(MonthOfTickets(), runner, ACTOR, today=WEDNESDAY)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    with qtbot.waitSignal(view.indicators_loaded, timeout=10_000):
        view.show()
    chart_view = view.views["tickets_per_day"]
    [axis] = [a for a in chart_view.chart().axes() if isinstance(a, QCategoryAxis)]
    labels = axis.categoriesLabels()
    assert labels and all(len(text) == 5 and text[2] == "-" for text in labels), labels
    # Each label has room: the distance between two labels is wider than the label.
    plot = chart_view.chart().plotArea()
    per_day = plot.width() / 30
    metrics = QFontMetricsF(axis.labelsFont())
    bounds = sorted(axis.endValue(text) for text in labels)
    widest = max(metrics.horizontalAdvance(text) for text in labels)
    assert min(b - a for a, b in itertools.pairwise(bounds)) * per_day > widest
    runner.wait_for_done(10_000)


@pytest.fixture
def board(qtbot, sqlite_db, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dispatch_area, "local_today", lambda: WEDNESDAY)
    set_onsite_window(sqlite_db, "solar", 30 * 24 * 60)
    runner = BackgroundRunner()
    widget = DispatchArea(DispatchService(sqlite_db), VisitService(sqlite_db), EngineerService(sqlite_db), runner,
                          actor_for(sqlite_db, "dispatch"), DispatchPrintService(sqlite_db))
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitUntil(lambda: widget.board.board is not None)
    yield widget
    runner.wait_for_done(5000)


def _show(qtbot, area, view: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(area.board_loaded, timeout=5000):
        area.ui.view_combo.setCurrentIndex(area.ui.view_combo.findData(view))


def test_the_day_view_opens_on_today(qtbot, board) -> None:  # type: ignore[no-untyped-def]
    assert board.first_day() == WEDNESDAY - timedelta(days=2)  # the week view starts on Monday
    _show(qtbot, board, "day")
    assert board.first_day() == WEDNESDAY and board.board.board.first_day == WEDNESDAY
    assert board.ui.period_label.text() == "2026-11-25"
    # Another week looked at in the week view: the day view opens on that week's Monday, not a weekday of it.
    _show(qtbot, board, "week")
    with qtbot.waitSignal(board.board_loaded, timeout=5000):
        board.ui.next_button.click()
    _show(qtbot, board, "day")
    assert board.first_day() == date(2026, 11, 30)
    with qtbot.waitSignal(board.board_loaded, timeout=5000):
        board.ui.today_button.click()
    assert board.first_day() == WEDNESDAY


def test_a_short_visit_shows_its_whole_ticket_number_in_the_day_view(qtbot, sqlite_db, board) -> None:  # type: ignore[no-untyped-def]
    dispatch = DispatchService(sqlite_db)
    dispatcher = actor_for(sqlite_db, "dispatch")
    zhang = engineer_id(sqlite_db, "张师傅")
    start = next_weekday(1, 9)
    # Three visits back to back: 20 minutes, 30 minutes, an hour.
    for minutes in (20, 30, 60):
        ticket = make_ticket(sqlite_db)
        dispatch.plan_visit(dispatcher, ticket, zhang, start, start + timedelta(minutes=minutes),
                            override_reason="测试", expected_version=1)
        start += timedelta(minutes=minutes)
    _show(qtbot, board, "day")
    board._day = start.date()
    with qtbot.waitSignal(board.board_loaded, timeout=5000):
        board.refresh()
    metrics = QFontMetricsF(board.board.font())
    blocks = [b for b in board.board._blocks if b.visit.engineer_id == zhang]
    assert len(blocks) == 3
    for block in blocks:
        text_width = block.rect.width() - (BLOCK_PADDING - 4)
        assert text_width >= metrics.horizontalAdvance(block.visit.ticket_number), block.visit.ticket_number
    for a in blocks:
        for b in blocks:
            assert a is b or not a.rect.intersects(b.rect)
