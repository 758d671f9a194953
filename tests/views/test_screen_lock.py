"""Screen lock on a shared counter PC: the idle watcher fires after the configured time, the lock dialog is for the
same user, and the open form keeps what was typed. The real window from build_main_window; no real modal exec."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.app import build_main_window, build_services
from desktop.database import Database
from desktop.demo.seed import DEMO_PASSWORD
from desktop.services.admin.auth_service import AuthService
from desktop.services.admin.settings_service import SettingsService
from desktop.views.intake.intake_view import IntakeView
from desktop.views.login_dialog import LoginDialog
from desktop.views.main_window import IdleWatcher
from tests.conftest import FAST_HASHER, actor_for


class FakeLoginExec:
    """Stands in for LoginDialog.exec: records what the lock dialog offers, types passwords in turn, clicks OK."""

    def __init__(self, passwords: list[str], while_first_open: Any = None) -> None:
        self.passwords = list(passwords)
        self.seen: list[dict[str, Any]] = []
        self.while_first_open = while_first_open

    def __call__(self, dialog: LoginDialog) -> int:
        hook, self.while_first_open = self.while_first_open, None
        if hook is not None:
            hook()
        password = self.passwords.pop(0) if self.passwords else DEMO_PASSWORD
        self.seen.append({"username": dialog.ui.username_edit.text(),
                          "read_only": dialog.ui.username_edit.isReadOnly(), "title": dialog.windowTitle(),
                          "password": password})
        dialog.ui.password_edit.setText(password)
        dialog.ui.button_box.accepted.emit()
        self.seen[-1]["message"] = dialog.ui.message_label.text()
        self.seen[-1]["accepted"] = dialog.result() == QDialog.DialogCode.Accepted
        return int(dialog.result())


@pytest.fixture
def window(qtbot, sqlite_db: Database) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    clerk = actor_for(sqlite_db, "clerk")
    SettingsService(sqlite_db).set(actor_for(sqlite_db, "admin"), "security.idle_lock_minutes", 3)
    services = build_services(sqlite_db, auth=AuthService(sqlite_db, hasher=FAST_HASHER))
    win, runner = build_main_window(app, services, clerk, "en", "sqlite")
    qtbot.addWidget(win)
    win.show()
    with pytest.MonkeyPatch.context() as patch:
        # Closing the window with a half-typed intake asks first; the test answers "discard" without a modal.
        patch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
        try:
            yield win
        finally:
            win.watcher._timer.stop()
            app.removeEventFilter(win.watcher)
            runner.wait_for_done(10_000)
            win.close()


def _intake(win: Any) -> IntakeView:
    view = win.findChild(IntakeView)
    assert view is not None
    return view


def test_idle_lock_asks_the_same_user_and_keeps_the_open_form(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    watcher: IdleWatcher = window.watcher
    # The configured minutes reach the timer (3 min set above; the default would be 10).
    assert watcher._timer.interval() == 3 * 60_000 and watcher._timer.isActive()
    # The counter stays idle in front of the lock dialog: the timer fires again, and must not stack a second one.
    fake = FakeLoginExec(["wrong-password", DEMO_PASSWORD], while_first_open=watcher.idle_timeout.emit)
    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: fake(dialog))
    intake = _intake(window)
    qtbot.waitUntil(lambda: intake.ui.product_line_combo.count() == 4, timeout=5000)
    qtbot.keyClicks(intake.ui.phone_edit, "13903720077")
    intake.ui.name_edit.setText("钱八")
    intake.ui.fault_text_edit.setPlainText("夜里水箱溢水")
    # Typing restarted the timer; shorten it so the counter goes idle now.
    watcher._timer.setInterval(150)
    watcher._timer.start()
    qtbot.waitUntil(lambda: len(fake.seen) >= 2, timeout=5000)
    qtbot.wait(100)
    assert len(fake.seen) == 2, fake.seen  # one lock dialog, asked twice (wrong, then right password)
    first, second = fake.seen
    # The lock dialog is for the signed-in user only, and a wrong password does not unlock.
    assert (first["username"], first["read_only"]) == ("clerk", True)
    assert first["title"] == "Screen locked"
    assert first["message"] != "" and not first["accepted"]
    assert second["username"] == "clerk" and second["accepted"]
    # The window, its user and the half-typed intake are all still there.
    assert window.isVisible() and window.actor.username == "clerk"
    assert intake.ui.phone_edit.text() == "13903720077" and intake.ui.name_edit.text() == "钱八"
    assert intake.ui.fault_text_edit.toPlainText() == "夜里水箱溢水" and intake.has_unsaved_input()


def test_input_keeps_the_counter_awake_and_zero_minutes_turns_the_lock_off(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    watcher: IdleWatcher = window.watcher
    fired: list[int] = []
    watcher.idle_timeout.connect(lambda: fired.append(1))
    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    intake = _intake(window)
    # A long interval, so that a busy machine's slow event loop cannot make the lock fire between two presses:
    # what is checked is that each key press (delivered through the application, as real input is) starts the
    # idle time again.
    watcher._timer.setInterval(5000)
    watcher._timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer's remaining time is approximate
    watcher._timer.start()
    app = QApplication.instance()
    for _ in range(4):
        qtbot.wait(150)
        before = watcher._timer.remainingTime()
        app.sendEvent(intake.ui.phone_edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_5,
                                                      Qt.KeyboardModifier.NoModifier, "5"))
        assert watcher._timer.remainingTime() > before
    assert fired == []
    # Left alone, it fires.
    watcher._timer.setInterval(200)
    watcher._timer.start()
    qtbot.waitUntil(lambda: fired == [1], timeout=3000)
    # Zero minutes: no lock at all.
    watcher.set_minutes(0)
    assert not watcher._timer.isActive()
    from PySide6.QtGui import QMouseEvent

    app.sendEvent(intake.ui.phone_edit, QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(2, 2), QPointF(2, 2),
                                                    Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                                                    Qt.KeyboardModifier.NoModifier))
    assert not watcher._timer.isActive(), "input must not restart a lock that is turned off"


def test_while_locked_no_window_shows_customer_data(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.screen_lock import cover_of

    other = QDialog(window)  # a ticket left open beside the main window
    other.setWindowTitle("AY01-20261128-0008")
    qtbot.addWidget(other)
    other.show()
    title = window.windowTitle()
    seen: dict[str, Any] = {}

    def at_the_lock(dialog: LoginDialog) -> int:
        covers = {w: cover_of(w) for w in (window, other)}
        seen["covered"] = all(c is not None and c.isVisible() and c.geometry() == w.rect()
                              for w, c in covers.items())
        seen["titles"] = (window.windowTitle(), other.windowTitle())
        dialog.ui.password_edit.setText(DEMO_PASSWORD)
        dialog.ui.button_box.accepted.emit()
        return int(dialog.result())

    monkeypatch.setattr(LoginDialog, "exec", at_the_lock)
    window.lock_requested.emit()
    # Everything covered, the titles (a ticket number) hidden; afterwards all as it was.
    assert seen["covered"]
    assert "AY01" not in seen["titles"][1] and seen["titles"][0] != title
    qtbot.waitUntil(lambda: cover_of(window) is None and cover_of(other) is None)
    assert window.windowTitle() == title and other.windowTitle() == "AY01-20261128-0008"


def test_the_lock_dialog_signs_out_only_from_its_button(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    lock = window.screen_lock
    asked: list[int] = []
    monkeypatch.setattr(lock, "confirm_sign_out", lambda _parent: asked.append(1) or True)
    answers = iter(["escape", "sign_out"])

    def fake_exec(dialog: LoginDialog) -> int:
        if next(answers) == "sign_out":
            button = dialog.findChild(QPushButton, "sign_out_button")
            assert button is not None and button.text() == "Sign out..."
            button.click()
        else:
            dialog.reject()  # Esc: nobody is signed out, the lock stays
        return int(dialog.result())

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    with qtbot.waitSignal(window.sign_out_requested, timeout=3000):
        window.lock_requested.emit()
    assert asked == [1] and window.leaving
