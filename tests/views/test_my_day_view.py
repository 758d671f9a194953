"""My day: the engineer's own visits for today and tomorrow with address, phone and agreed time; arrival recorded
from the list; the desk's visits of other engineers never appear."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services.dispatch.dispatch_print_service import DispatchPrintService
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.dispatch.my_day_service import MyDayService
from desktop.services.dispatch.visit_service import VisitService
from desktop.views.dispatch.my_day_view import MyDayView
from tests.conftest import actor_for
from tests.services.dispatch.test_own_work import two_visits  # noqa: F401 - fixture


@pytest.fixture
def db(sqlite_db):  # type: ignore[no-untyped-def]
    return sqlite_db


def test_my_day_lists_own_visits_and_records_the_arrival(qtbot, db, runner, two_visits) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    *_, visit_mine, _visit_theirs = two_visits
    engineer = actor_for(db, "engineer")
    view = MyDayView(MyDayService(db), VisitService(db), DispatchService(db), DispatchPrintService(db), runner,
                     engineer)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.day is not None)
    table = view.ui.visits_table
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == "甲客户" and table.item(0, 2).text() == "138 0372 0101"
    assert table.item(0, 3).text() and "09:00" in table.item(0, 0).text()
    assert not view.ui.arrival_button.isEnabled()
    table.selectRow(0)
    assert view.ui.arrival_button.isEnabled() and view.ui.result_button.isEnabled()
    with qtbot.waitSignal(view.visit_saved, timeout=10_000):
        qtbot.mouseClick(view.ui.arrival_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.day is not None and view.day.visits[0].status == "on_site", timeout=10_000)
    assert view.day.visits[0].id == visit_mine.id


@pytest.mark.parametrize(("locale", "line"), [("en_US", "Solar water heater"), ("zh_CN", "太阳能热水器")])
def test_my_day_names_the_product_line_in_the_interface_language(qtbot, db, runner, two_visits,  # noqa: F811  # type: ignore[no-untyped-def]
                                                                 locale: str, line: str) -> None:
    """The English window's My day showed 太阳能热水器 though the catalogue holds the line's English name."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        view = MyDayView(MyDayService(db), VisitService(db), DispatchService(db), DispatchPrintService(db), runner,
                         actor_for(db, "engineer"))
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: view.day is not None)
        assert view.ui.visits_table.item(0, 4).text().startswith(line)
    finally:
        QLocale.setDefault(previous)
