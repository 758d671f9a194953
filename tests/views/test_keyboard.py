"""Keyboard first: every window and dialog, in both languages, answers each key (Alt+letter mnemonics, Ctrl
shortcuts) with one thing only; the frequent actions have keys, shown in their tooltips and in Help → Keyboard
shortcuts; the keys really press the buttons (Alt+D records the arrival on the board); Tab follows the form."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import select

from desktop.app import build_main_window
from desktop.composition import build_services
from desktop.database import Database
from desktop.i18n import install_translators
from desktop.models import ServiceReport, Visit
from desktop.services.admin.auth_service import AuthService
from desktop.views import shortcuts
from desktop.views.shortcuts_dialog import ShortcutsDialog
from scripts import ui_catalogue as catalogue
from tests.conftest import FAST_HASHER, actor_for
from tests.views.demo_flow import play
from tests.views.ui_walk import clashes, tab_order_problems

LANGUAGES = ("zh_CN", "en")


@pytest.fixture
def demo(sqlite_db: Database) -> Database:
    play(sqlite_db, build_services(sqlite_db), tickets=200)
    return sqlite_db


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    install_translators(app, request.param)
    yield request.param
    install_translators(app, "en")


@contextmanager
def _main_window(qtbot, db: Database, username: str, language: str) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    services = build_services(db, auth=AuthService(db, hasher=FAST_HASHER))
    window, runner = build_main_window(app, services, actor_for(db, username), language, "sqlite")
    qtbot.addWidget(window)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
        try:
            yield window, runner
        finally:
            window.watcher._timer.stop()
            app.removeEventFilter(window.watcher)
            runner.wait_for_done(10_000)
            window.close()


@contextmanager
def _dialog_windows(db: Database, language: str, users: tuple[str, ...] = catalogue.AREA_USERS,
                    ) -> Iterator[dict[str, catalogue.Env]]:
    """The signed-in windows the catalogue's dialogs open over (one per demo account that opens some)."""
    services = build_services(db, auth=AuthService(db, hasher=FAST_HASHER))
    with catalogue.windows(QApplication.instance(), services, {u: actor_for(db, u) for u in users}, language) as envs:
        yield envs


def _every_area(window: Any, runner: Any) -> Iterator[str]:
    for key in window.area_keys():
        window.show_area(key)
        runner.wait_for_done(10_000)
        QApplication.processEvents()
        yield key


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
@pytest.mark.parametrize("username", ["admin", "engineer"])
def test_no_key_answers_two_things_in_the_main_window(qtbot, demo, language, username) -> None:  # type: ignore[no-untyped-def]
    with _main_window(qtbot, demo, username, language) as (window, runner):
        found = []
        for _key in _every_area(window, runner):
            found += clashes(window)
        assert sorted(set(found)) == []


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_no_key_answers_two_things_in_any_dialog(qtbot, demo, language) -> None:  # type: ignore[no-untyped-def]
    found = []
    with _dialog_windows(demo, language) as envs:
        for entry, dialog in catalogue.open_dialogs(envs):
            found += [f"{entry.name}: {clash}" for clash in clashes(dialog)]
    assert found == []


def test_the_catalogue_opens_every_dialog_of_the_application() -> None:
    # One screenshot file and one test id per name.
    assert len(catalogue.DIALOG_NAMES) == len(catalogue.DIALOGS)
    opened = {entry.dialog for entry in catalogue.DIALOGS}
    missing = catalogue.every_dialog_class() - opened - set(catalogue.NOT_OPENED_DIRECTLY)
    assert missing == set()


FREQUENT = {  # the list: what a clerk, a dispatcher and an engineer do all day
    "new call": ("intake", "clear_button"), "search": ("intake", "phone_edit"),
    "open ticket": ("tickets", "table_view"), "save": ("intake", "open_ticket_button"),
    "plan visit": ("dispatch", "plan_button"), "agree time": ("dispatch", "agree_button"),
    "arrival": ("dispatch", "arrival_button"), "visit result": ("dispatch", "result_button"),
    "complete callback": ("call_card", "complete_button"), "print": ("ticket", "print_sheet_button"),
    "installations": ("installations", "result_button"), "customer file": ("customers", "search_edit"),
    "stock": ("stock", "receive_button"), "charges": ("charges", "pay_button"),
    "consultations": ("consultations", "new_button"), "quality feedback": ("quality", "open_button"),
    "my day": ("my_day", "arrival_button"),
}


def test_every_frequent_action_has_a_key_listed_in_help(qtbot) -> None:  # type: ignore[no-untyped-def]
    bound = {(b.place, b.target): b for b in shortcuts.bindings()}
    assert set(FREQUENT.values()) <= set(bound)
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    rows = {(dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text()) for r in range(dialog.table.rowCount())}
    for binding in shortcuts.bindings():
        assert (shortcuts.key_text(binding.key), binding.action()) in rows
    keys_by_place: dict[str, list[str]] = {}
    for binding in shortcuts.bindings():
        keys_by_place.setdefault(binding.place, []).append(binding.key)
    # Within one place a key does one thing.
    assert all(len(keys) == len(set(keys)) for keys in keys_by_place.values())


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_each_bound_key_is_live_on_its_widget_and_shown_in_its_tooltip(qtbot, demo, language) -> None:  # type: ignore[no-untyped-def]
    places = {"intake": "intake", "tickets": "tickets", "dispatch": "dispatch", "installations": "installations",
              "customers": "customers", "stock": "stock", "charges": "charges", "claims": "claims",
              "callbacks": "callbacks", "complaints": "complaints", "consultations": "consultations",
              "quality": "quality"}
    seen: set[tuple[str, str]] = set()
    with _main_window(qtbot, demo, "admin", language) as (window, runner):
        for key in _every_area(window, runner):
            if key not in places:
                continue
            area = window.ui.area_stack.currentWidget()
            for binding in (b for b in shortcuts.bindings() if b.place == places[key]):
                target = area.findChild(QWidget, binding.target)
                assert target is not None, binding
                assert shortcuts.key_text(binding.key) in target.toolTip(), binding
                seen.add((binding.place, binding.target))
    assert {("dispatch", "arrival_button"), ("intake", "clear_button")} <= seen


def _arrived(db: Database, visit_id: int) -> bool:
    with db.read.begin() as session:
        return session.scalar(select(Visit.status).where(Visit.id == visit_id)) == "on_site" or \
            session.scalar(select(ServiceReport.arrived_at).where(ServiceReport.visit_id == visit_id)) is not None


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
@pytest.mark.parametrize("keys", ["mnemonic", "shortcut"])
def test_the_arrival_key_records_the_arrival_on_the_board(qtbot, demo, language, keys) -> None:  # type: ignore[no-untyped-def]
    with _main_window(qtbot, demo, "dispatch", language) as (window, _runner):
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        area = window.show_area("dispatch")
        qtbot.waitUntil(lambda: area.board.board is not None)
        # The board's week may hold no open visit yet: look at the week that does.
        area.ui.view_combo.setCurrentIndex(0)
        visit = _find_open_visit(qtbot, area)
        area.ask_text = lambda *_a: "路上不堵，提前到了"  # an early arrival asks why
        area.show_error = lambda exc: pytest.fail(f"arrival refused: {exc}")
        if keys == "mnemonic":
            qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        else:
            both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            qtbot.keyClick(window, Qt.Key.Key_A, both)
        qtbot.waitUntil(lambda: _arrived(demo, visit.id), timeout=5000)


def _find_open_visit(qtbot, area) -> Any:  # type: ignore[no-untyped-def]
    for _week in range(8):
        open_visits = [v for v in area.board.board.visits if v.status in ("dispatched", "scheduled")]
        if open_visits:
            area.board.select_visit(open_visits[0].id)
            assert area.ui.arrival_button.isEnabled()
            return open_visits[0]
        with qtbot.waitSignal(area.board_loaded, timeout=5000):
            area.ui.previous_button.click()
    pytest.fail("no open visit on the board in the last eight weeks")


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_tab_follows_the_form_in_every_window_and_dialog(qtbot, demo, language) -> None:  # type: ignore[no-untyped-def]
    problems = []
    with _main_window(qtbot, demo, "admin", language) as (window, runner):
        for key in _every_area(window, runner):
            problems += [f"{key}: {p}" for p in tab_order_problems(window.ui.area_stack.currentWidget())]
    with _dialog_windows(demo, language) as envs:
        for entry, dialog in catalogue.open_dialogs(envs):
            problems += [f"{entry.name}: {p}" for p in tab_order_problems(dialog)]
    assert problems == [], "\n".join(problems)


def test_tab_leaves_a_multi_line_box_for_the_next_field(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    with _dialog_windows(demo, "en", ("admin",)) as envs:
        for _entry, dialog in catalogue.open_dialogs(envs, ["visit_result"]):
            dialog.show()
            dialog.ui.work_edit.setFocus()
            qtbot.waitUntil(dialog.ui.work_edit.hasFocus)
            qtbot.keyClick(dialog.ui.work_edit, Qt.Key.Key_Tab)
            assert "\t" not in dialog.ui.work_edit.toPlainText() and not dialog.ui.work_edit.hasFocus()


@pytest.mark.postgres
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_no_key_answers_two_things_in_the_hq_window(qtbot, pg_server, language) -> None:  # type: ignore[no-untyped-def]
    from desktop.hq.hq_connection import connect_hq
    from desktop.views.background import BackgroundRunner
    from desktop.views.hq.hq_window import HqWindow

    name = pg_server.create_database()
    connection = connect_hq(pg_server.url(name))
    runner = BackgroundRunner()
    try:
        window = HqWindow(connection, runner, language)
        qtbot.addWidget(window)
        assert clashes(window) == []
        assert tab_order_problems(window) == []
    finally:
        runner.wait_for_done(10_000)
        connection.dispose()
        pg_server.drop_database(name)
