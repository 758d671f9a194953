"""Shared counter PCs: Switch user and Sign out without restarting, unsaved input asked about first, and each role
starting where it works (clerk: intake, dispatcher: board, engineer: My day, supervisor: dashboard)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.app import build_main_window, build_services
from desktop.demo.seed import DEMO_PASSWORD
from desktop.services.admin.auth_service import AuthService
from desktop.views.login_dialog import LoginDialog
from desktop.views.sign_in_session import SignInSession
from tests.conftest import FAST_HASHER, actor_for


@pytest.fixture
def session(qtbot, sqlite_db, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    services = build_services(sqlite_db, AuthService(sqlite_db, hasher=FAST_HASHER))
    windows = []

    def build(actor):  # type: ignore[no-untyped-def]
        window, runner = build_main_window(app, services, actor, "zh_CN", "test.sqlite3")
        qtbot.addWidget(window)
        windows.append(window)
        return window, runner

    controller = SignInSession(app, services.auth, build)
    controller.answers: list[str | None] = []  # type: ignore[attr-defined]

    def run_dialog(dialog: QDialog) -> int:
        # The next person types their name and password; None stands for Cancel.
        username = controller.answers.pop(0)  # type: ignore[attr-defined]
        if username is None or not isinstance(dialog, LoginDialog):
            return QDialog.DialogCode.Rejected
        dialog.ui.username_edit.setText(username)
        dialog.ui.password_edit.setText(DEMO_PASSWORD)
        dialog._on_button_box_accepted()
        return dialog.result()

    monkeypatch.setattr(controller, "run_dialog", run_dialog)
    yield controller
    controller.shutdown()
    for window in windows:
        window.leaving = True
        window.change_watcher.stop()


def _current_key(window) -> str:  # type: ignore[no-untyped-def]
    row = window.ui.navigation_list.currentRow()
    return window.area_keys()[row]


@pytest.mark.parametrize(("username", "start", "absent"), [
    ("clerk", "intake", "my_day"), ("dispatch", "dispatch", "my_day"), ("engineer", "my_day", "intake"),
    ("admin", "dashboard", "my_day")])
def test_each_role_starts_where_it_works(session, sqlite_db, username, start, absent) -> None:  # type: ignore[no-untyped-def]
    window = session.start(actor_for(sqlite_db, username))
    assert _current_key(window) == start
    assert absent not in window.area_keys()


def test_switch_user_rebuilds_the_window_for_the_next_person(session, sqlite_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = session.start(actor_for(sqlite_db, "clerk"))
    assert first.ui.import_action.isVisible()
    session.answers.append("engineer")
    assert first.ui.switch_user_action.shortcut().toString()
    first.ui.switch_user_action.trigger()
    second = session.window
    assert second is not first and second.actor.username == "engineer"
    assert _current_key(second) == "my_day" and "intake" not in second.area_keys()
    assert not second.ui.import_action.isVisible() and not second.ui.admin_menu.menuAction().isVisible()
    qtbot.waitUntil(lambda: not first.isVisible())
    # Cancel in the sign-in dialog leaves everything as it was.
    session.answers.append(None)
    assert not session.switch_user()
    assert session.window is second and second.isVisible()


def test_unsaved_intake_asks_before_anyone_else_signs_in(session, sqlite_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = session.start(actor_for(sqlite_db, "clerk"))
    intake = window.show_area("intake")
    intake.ui.phone_edit.setText("13803720001")
    intake.ui.fault_text_edit.setPlainText("水箱漏水")
    asked: list[str] = []

    def stay(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", stay)
    session.answers.append("dispatch")
    assert not session.switch_user() and asked
    assert session.window is window and intake.ui.fault_text_edit.toPlainText() == "水箱漏水"
    assert session.answers == ["dispatch"]  # the sign-in dialog was never shown
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert session.switch_user()
    assert session.window.actor.username == "dispatch" and _current_key(session.window) == "dispatch"


def test_sign_out_closes_the_window_before_the_next_person_signs_in(session, sqlite_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = session.start(actor_for(sqlite_db, "admin"))
    seen_visible: list[bool] = []
    original = session.run_dialog

    def answer(dialog):  # type: ignore[no-untyped-def]
        seen_visible.append(first.isVisible())
        return original(dialog)

    session.run_dialog = answer
    session.answers.append("clerk")
    first.ui.sign_out_action.trigger()
    assert seen_visible == [False]  # nobody's screen stays up behind the sign-in dialog
    assert session.window.actor.username == "clerk" and _current_key(session.window) == "intake"
    ended: list[bool] = []
    session.ended.connect(lambda: ended.append(True))
    session.answers.append(None)
    assert not session.sign_out()
    assert ended == [True] and session.window is None


def test_a_branch_without_a_signing_key_shows_a_reminder(session, sqlite_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    window = session.start(actor_for(sqlite_db, "admin"))
    qtbot.waitUntil(lambda: window.findChild(QPushButton, "reminder_button") is not None, timeout=10_000)
    assert window.findChild(QPushButton, "reminder_button").isVisible()
