"""Ticket list (lazy paging, SQL sort, filters, search box), ticket detail actions and the clock watch."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import update

from desktop.clock import utc_now
from desktop.database import Database
from desktop.demo.history import generate_history
from desktop.models import ServiceClock
from desktop.services.tickets.ticket_service import TicketFilter, TicketService
from desktop.views.background import BackgroundRunner
from desktop.views.tickets.clock_watch_widget import ClockWatchWidget
from desktop.views.tickets.ticket_detail_dialog import TicketDetailDialog
from desktop.views.tickets.ticket_list_view import TicketListView
from desktop.views.tickets.ticket_table_model import CACHED_PAGES, COLUMNS, TicketTableModel
from tests.conftest import actor_for
from tests.services.intake_factories import open_ticket, register


@pytest.fixture
def history_db(sqlite_db: Database) -> Database:
    generate_history(sqlite_db, tickets=650, seed=3)
    return sqlite_db


def test_model_pages_lazily_and_keeps_few_rows(history_db: Database) -> None:
    clerk = actor_for(history_db, "clerk")
    model = TicketTableModel(TicketService(history_db), clerk, page_size=50)
    model.reload()
    assert (model.rowCount(), model.total) == (50, 650)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 100 and model.loaded_rows() == 50  # revealing reads nothing yet
    model.reveal_all()
    assert model.rowCount() == 650 and not model.canFetchMore(QModelIndex())
    last = model.data(model.index(649, 0))
    assert last and last.startswith("AY01-")
    for row in range(0, 650, 50):
        model.data(model.index(row, 0))
    assert model.loaded_rows() <= CACHED_PAGES * 50
    # Newest first by default; a header click re-queries in SQL.
    newest = model.row_at(0)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == 50 and model.row_at(0) != newest
    assert model.row_at(0).number < model.row_at(1).number  # type: ignore[union-attr]
    model.sort(5, Qt.SortOrder.AscendingOrder)  # the phone column cannot be sorted in SQL: nothing changes
    model.set_filter(TicketFilter(statuses=("cancelled",)))
    assert all(model.row_at(r).status == "cancelled" for r in range(model.rowCount()))  # type: ignore[union-attr]


def test_repeat_repair_is_a_mark_beside_the_number_not_a_word(qtbot, history_db: Database) -> None:  # type: ignore[no-untyped-def]
    # A word after the number widened the column on every page; the mark keeps the number column as wide as a number.
    model = TicketTableModel(TicketService(history_db), actor_for(history_db, "clerk"), page_size=700)
    model.reload()
    rows = [model.row_at(r) for r in range(model.rowCount())]
    repeats = [r for r, row in enumerate(rows) if row is not None and row.is_repeat]
    plain = next(r for r, row in enumerate(rows) if row is not None and not row.is_repeat)
    assert repeats, "the demo history holds repeat repairs"
    number = model.index(repeats[0], 0)
    assert model.data(number) == rows[repeats[0]].number  # type: ignore[union-attr]
    mark = model.data(number, Qt.ItemDataRole.DecorationRole)
    assert mark is not None and not mark.isNull()
    assert "返修" in model.data(number, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(plain, 0), Qt.ItemDataRole.DecorationRole) is None
    assert model.data(model.index(plain, 0), Qt.ItemDataRole.ToolTipRole) is None


@pytest.mark.parametrize(("locale", "line", "fault"), [("en_US", "Solar water heater", "No hot water"),
                                                        ("zh_CN", "太阳能热水器", "不出热水")])
def test_catalogue_names_are_in_the_interface_language(qtbot, history_db: Database, runner: BackgroundRunner,  # type: ignore[no-untyped-def]
                                                       locale: str, line: str, fault: str) -> None:
    """The English window listed 太阳能热水器 and 不出热水, though the catalogue holds their English names."""
    from PySide6.QtCore import QLocale

    from desktop.views.tickets.ticket_table_model import COLUMNS

    previous = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        view = TicketListView(TicketService(history_db), runner, actor_for(history_db, "clerk"))
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: view.ui.product_line_combo.count() > 1, timeout=3000)
        assert view.ui.product_line_combo.findText(line) > 0
        keys = [key for key, _sort in COLUMNS]
        model = view.model
        model.reveal_all()
        lines = {model.data(model.index(r, keys.index("product_line"))) for r in range(model.rowCount())}
        faults = " ".join(model.data(model.index(r, keys.index("fault"))) for r in range(model.rowCount()))
        assert line in lines and fault in faults
    finally:
        QLocale.setDefault(previous)


def test_list_view_search_and_filters(qtbot, history_db: Database, runner: BackgroundRunner) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(history_db, "clerk")
    service = TicketService(history_db)
    view = TicketListView(service, runner, clerk)
    qtbot.addWidget(view)
    assert view.model.total == 650
    view.ui.search_edit.setText("漏水")
    expected = service.list_page(clerk, TicketFilter(search="漏水")).total
    qtbot.waitUntil(lambda: view.model.total == expected, timeout=3000)
    assert 0 < expected < 650
    view.ui.search_edit.clear()
    qtbot.waitUntil(lambda: view.model.total == 650, timeout=3000)
    view.ui.status_combo.setCurrentIndex(view.ui.status_combo.findData("__open__"))
    assert view.current_filter().open_only and view.model.total < 650
    with qtbot.waitSignal(view.ticket_activated) as activated:
        view.ui.table_view.doubleClicked.emit(view.model.index(0, 0))
    assert activated.args[0] == view.model.row_at(0).id  # type: ignore[union-attr]


def test_detail_dialog_shows_timeline_and_clocks_and_records_a_call(  # type: ignore[no-untyped-def]
        qtbot, sqlite_db: Database, runner: BackgroundRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    clerk = actor_for(sqlite_db, "clerk")
    opened = open_ticket(sqlite_db, clerk, register(sqlite_db, clerk))
    dialog = TicketDetailDialog(TicketService(sqlite_db), runner, clerk, opened.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=3000)
    assert dialog.ui.clock_tree.topLevelItemCount() == 3 and dialog.ui.timeline_tree.topLevelItemCount() == 1
    assert dialog.ui.contact_button.isEnabled() and dialog.ui.cancel_ticket_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("已联系客户", True))
    with qtbot.waitSignal(dialog.ticket_changed, timeout=3000):
        qtbot.mouseClick(dialog.ui.contact_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.timeline_tree.topLevelItemCount() == 2, timeout=3000)
    with qtbot.waitSignal(dialog.ticket_changed, timeout=3000):
        qtbot.mouseClick(dialog.ui.cancel_ticket_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.detail is not None and dialog.detail.status == "cancelled", timeout=3000)
    assert not dialog.ui.cancel_ticket_button.isEnabled() and not dialog.ui.contact_button.isEnabled()


def test_engineer_sees_no_desk_actions(qtbot, sqlite_db: Database, runner: BackgroundRunner) -> None:  # type: ignore[no-untyped-def]
    opened = open_ticket(sqlite_db, actor_for(sqlite_db, "clerk"), register(sqlite_db, actor_for(sqlite_db, "clerk")))
    engineer = actor_for(sqlite_db, "engineer")
    # An engineer reads only the tickets of their own work.
    with sqlite_db.write.begin() as session:
        from sqlalchemy import select

        from desktop.models import Engineer, Ticket

        session.get(Ticket, opened.id).engineer_id = session.scalar(
            select(Engineer.id).where(Engineer.user_id == engineer.user_id))
    dialog = TicketDetailDialog(TicketService(sqlite_db), runner, engineer, opened.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=3000)
    assert not any(b.isEnabled() for b in (dialog.ui.contact_button, dialog.ui.resolve_button,
                                           dialog.ui.cancel_ticket_button))


def test_clock_watch_counts_and_lists_overdue_tickets(qtbot, sqlite_db: Database, runner: BackgroundRunner) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    opened = open_ticket(sqlite_db, clerk, register(sqlite_db, clerk))
    with sqlite_db.write.begin() as session:
        session.execute(update(ServiceClock).where(ServiceClock.commitment == "first_contact")
                        .values(started_at=utc_now() - timedelta(minutes=30), due_at=utc_now() - timedelta(minutes=5)))
    widget = ClockWatchWidget(TicketService(sqlite_db), runner, clerk)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.watch is not None, timeout=3000)
    assert widget.watch.count == 1 and "1" in widget.text()  # type: ignore[union-attr]
    menu = widget.build_menu()
    [action] = menu.actions()
    assert opened.number in action.text()
    with qtbot.waitSignal(widget.ticket_requested) as requested:
        action.trigger()
    assert requested.args == [opened.id]


def test_the_english_list_fits_1366_pixels_without_scrolling_sideways(qtbot, history_db: Database,  # type: ignore[no-untyped-def]
                                                                       runner: BackgroundRunner) -> None:
    """It scrolled sideways by about 190 px: Qt kept the sort arrow's room beside every title, and the longest
    English product names and company names took their whole width. Cut text keeps its tooltip."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import install_cjk_font

    previous, font = QLocale(), QApplication.font()
    QLocale.setDefault(QLocale("en_US"))
    install_cjk_font()  # the application's font: widths are measured in it
    try:
        view = TicketListView(TicketService(history_db), runner, actor_for(history_db, "clerk"))
        qtbot.addWidget(view)
        view.show()
        table = view.ui.table_view
        # The list's table is 1100 px wide in a 1366 px window beside the navigation (measured in the demo).
        view.resize(view.width() + 1100 - table.viewport().width(), 600)
        qtbot.waitUntil(lambda: table.viewport().width() == 1100 and view.model.rowCount() > 0, timeout=5000)
        view.model.reload()
        qtbot.wait(50)  # the columns are fitted once the rows are laid out
        header = table.horizontalHeader()
        keys = [key for key, _sort in COLUMNS]
        used = sum(header.sectionSize(c) for c in range(header.count()))
        assert used <= table.viewport().width(), (used, [header.sectionSize(c) for c in range(header.count())])
        assert table.horizontalScrollBar().maximum() == 0
        assert header.sectionSize(keys.index("fault")) >= 120
        model = view.model
        for key in ("customer", "product_line", "fault"):
            index = model.index(0, keys.index(key))
            assert model.data(index, Qt.ItemDataRole.ToolTipRole) == model.data(index)
        opened = model.index(0, keys.index("opened_at"))
        assert model.data(opened, Qt.ItemDataRole.ToolTipRole).startswith("20")  # the year is in the tooltip
    finally:
        QLocale.setDefault(previous)
        QApplication.setFont(font)
