"""The real main window builds an area when it is first shown: a start builds only the role's start area, badges are
counted without building their areas, and the work a start may postpone (clock watch, scheduling, counts, backup)
begins after the first paint."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.app import build_main_window, build_services
from desktop.database import Database
from desktop.services.admin.auth_service import AuthService
from desktop.views.callbacks.callback_queue_view import CallbackQueueView
from desktop.views.dispatch.dispatch_area import DispatchArea
from desktop.views.installations.installation_list_view import InstallationListView
from desktop.views.intake.intake_view import IntakeView
from desktop.views.tickets.clock_watch_widget import ClockWatchWidget
from desktop.views.tickets.ticket_list_view import TicketListView
from tests.conftest import FAST_HASHER, actor_for
from tests.services.callback_factories import make_completed_ticket


@pytest.fixture
def start(qtbot, sqlite_db: Database) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """build_main_window for a user, not yet shown; the window is closed and its work waited for afterwards."""
    app = QApplication.instance()
    made: list[tuple[Any, Any]] = []

    def build(username: str) -> Any:
        services = build_services(sqlite_db, auth=AuthService(sqlite_db, hasher=FAST_HASHER))
        win, runner = build_main_window(app, services, actor_for(sqlite_db, username), "en", "sqlite")
        qtbot.addWidget(win)
        made.append((win, runner))
        return win

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
        yield build
        for win, runner in made:
            win.watcher._timer.stop()
            app.removeEventFilter(win.watcher)
            runner.wait_for_done(10_000)
            win.change_watcher.stop()
            win.close()


def _built(win: Any) -> list[str]:
    return [key for key in win.area_keys() if win.area_widget(key) is not None]


def test_a_start_builds_only_the_start_area(start) -> None:  # type: ignore[no-untyped-def]
    win = start("clerk")
    # Every area is in the navigation, but only intake (the clerk's start) exists as a widget.
    assert {"intake", "tickets", "dispatch", "stock", "charges", "callbacks", "quality"} <= set(win.area_keys())
    assert _built(win) == ["intake"]
    assert win.findChild(IntakeView) is not None and win.findChild(TicketListView) is None
    # Shown once, built once; the stack follows the navigation row.
    tickets = win.show_area("tickets")
    assert isinstance(tickets, TicketListView) and win.ui.area_stack.currentWidget() is tickets
    assert win.ui.area_stack.currentIndex() == win.area_keys().index("tickets")
    assert win.show_area("intake") is win.findChild(IntakeView)
    assert win.show_area("tickets") is tickets and len(win.findChildren(TicketListView)) == 1
    assert _built(win) == ["intake", "tickets"]
    # Clicking in the navigation builds an area the same way.
    win.ui.navigation_list.setCurrentRow(win.area_keys().index("stock"))
    assert win.area_widget("stock") is win.ui.area_stack.currentWidget()


def test_badges_are_counted_without_building_their_areas(start, qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    for _ in range(2):
        make_completed_ticket(sqlite_db, clerk)
    win = start("clerk")
    row = win.area_keys().index("callbacks")
    # Nothing is counted before the window is on screen.
    assert win.ui.navigation_list.item(row).text() == "Callbacks"
    win.show()
    qtbot.waitUntil(lambda: win.ui.navigation_list.item(row).text() == "Callbacks (2)", timeout=5000)
    assert win.area_widget("callbacks") is None and win.findChild(CallbackQueueView) is None
    # Built, the queue keeps the same count itself.
    queue = win.show_area("callbacks")
    assert queue.model.counts.due_now == 2
    assert win.ui.navigation_list.item(row).text() == "Callbacks (2)"


def test_the_clock_watch_starts_after_the_first_paint(start, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = start("clerk")
    clock = win.findChild(ClockWatchWidget)
    assert clock is not None
    QApplication.processEvents()
    # Built with the window but not yet asked: the first query waits for the first picture.
    assert clock.watch is None and not clock._timer.isActive()
    with qtbot.waitSignal(clock.refreshed, timeout=5000):
        win.show()
    assert clock.watch is not None and clock._timer.isActive()


def test_the_board_opens_an_installation_acceptance_without_showing_the_installations(start) -> None:  # type: ignore[no-untyped-def]
    win = start("dispatch")
    board = win.area_widget("dispatch")
    assert isinstance(board, DispatchArea) and win.area_widget("installations") is None
    # The board's hook builds the installations list only when an installation visit is opened from the board.
    assert board.installation_result_dialog is not None
    assert win.findChild(InstallationListView) is None


def test_a_damaged_daily_backup_is_reported_after_the_first_paint(start, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.errors import DatabaseUnavailableError
    from desktop.services.admin.maintenance_service import MaintenanceService

    calls: list[object] = []

    def damaged(self, actor, now=None):  # type: ignore[no-untyped-def]
        calls.append(actor)
        raise DatabaseUnavailableError("backup_check_failed", path="x.sqlite3", detail="page 7: bad")

    monkeypatch.setattr(MaintenanceService, "daily_backup_if_due", damaged)
    win = start("clerk")
    QApplication.processEvents()
    assert calls == []  # not before the window is on screen
    win.show()
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "daily_backup_problem") is not None, timeout=5000)
    box = win.findChild(QMessageBox, "daily_backup_problem")
    # The clerk reads the backup_check_failed message in words (never the code or the detail).
    assert box.isVisible() and "failed its check" in box.text() and len(calls) == 1
    assert "backup_check_failed" not in box.text() and "page 7" not in box.text()
    box.close()


def test_a_damaged_live_database_found_by_the_daily_check_says_stop_and_restore(
        start, qtbot, sqlite_db, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop import database as database_module
    from desktop import paths
    from desktop.database import check_sqlite_file
    from tests.test_database import _damage_a_late_page

    # A backups folder of its own: the session's holds earlier tests' daily backups (one a day is enough).
    monkeypatch.setattr(paths, "backups_dir", lambda: tmp_path / "backups")
    path = sqlite_db.sqlite_path
    sqlite_db.dispose()
    _damage_a_late_page(path)
    # A large file (the threshold lowered to stand for one): the start reads only its header and schema...
    monkeypatch.setattr(database_module, "QUICK_CHECK_MAX_BYTES", 4096)
    check_sqlite_file(path)
    # ...so the day's backup, after the first paint, is the check that finds the damage, in the live file itself.
    win = start("clerk")
    win.show()
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "daily_backup_problem") is not None, timeout=15_000)
    box = win.findChild(QMessageBox, "daily_backup_problem")
    words = box.text()
    assert box.icon() == QMessageBox.Icon.Critical and box.windowTitle() == "Database problem"
    assert "database" in words and "itself may be damaged" in words and str(path) in words
    assert "Stop working on this PC" in words and "call the supervisor" in words
    assert "File → Restore from backup" in words and str(tmp_path / "backups") in words
    assert "try again" not in words and "live_database_damaged" not in words and "malformed" not in words
    assert not list((tmp_path / "backups").glob("*.sqlite3*"))
    box.close()


def test_a_built_area_reloads_when_shown_again_or_when_its_tables_change(start) -> None:  # type: ignore[no-untyped-def]
    """AreaContext.reload_when_needed (the charges and stock areas): another PC's change to a watched table reloads
    the area; a change to another table does not; showing it again reloads it."""
    from desktop.views.area_context import AreaContext

    win = start("clerk")
    stock = win.show_area("stock")
    ctx = AreaContext(QApplication.instance(), win, None, win.actor, None, "en")  # type: ignore[arg-type]
    reloads: list[int] = []
    ctx.reload_when_needed(stock, lambda: reloads.append(1), {"part"})
    win.change_watcher.changed.emit(frozenset({"ticket"}))
    assert reloads == []
    win.change_watcher.changed.emit(frozenset({"part", "ticket"}))
    assert reloads == [1]
    win.show_area("intake")
    assert reloads == [1]
    win.show_area("stock")
    assert reloads == [1, 1]
