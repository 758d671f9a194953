"""Composition-root wiring added for the engineers menu and the start-up key-account callbacks."""

from __future__ import annotations

import logging
import time
from types import SimpleNamespace

from desktop.clock import local_today
from desktop.errors import DatabaseUnavailableError
from desktop.views.background import BackgroundRunner
from desktop.views.callbacks.area import schedule_key_account_callbacks as _schedule_key_account_callbacks
from desktop.views.main_window import MainWindow
from tests.conftest import actor_for


class FakeCallbacks:
    def __init__(self, result: int | Exception) -> None:
        self.calls: list[tuple[object, object]] = []
        self._result = result

    def schedule_key_accounts(self, actor, today):  # type: ignore[no-untyped-def]
        self.calls.append((actor, today))
        if isinstance(self._result, Exception):
            raise self._result
        return self._result


class FakeQueue:
    def __init__(self) -> None:
        self.refreshed = 0

    def refresh(self) -> None:
        self.refreshed += 1


def test_key_account_callbacks_are_scheduled_once_in_the_background(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    runner, callbacks, queue = BackgroundRunner(), FakeCallbacks(2), FakeQueue()
    clerk = actor_for(sqlite_db, "clerk")
    _schedule_key_account_callbacks(SimpleNamespace(callbacks=callbacks), clerk, runner, queue)
    qtbot.waitUntil(lambda: queue.refreshed == 1)
    assert callbacks.calls == [(clerk, local_today())]


def test_without_callback_work_nothing_is_scheduled(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    runner, callbacks, queue = BackgroundRunner(), FakeCallbacks(0), FakeQueue()
    _schedule_key_account_callbacks(SimpleNamespace(callbacks=callbacks), actor_for(sqlite_db, "engineer"),
                                    runner, queue)
    assert runner.wait_for_done(5_000)
    assert callbacks.calls == []


def test_a_failed_schedule_is_logged_not_shown(qtbot, sqlite_db, caplog) -> None:  # type: ignore[no-untyped-def]
    runner, queue = BackgroundRunner(), FakeQueue()
    callbacks = FakeCallbacks(DatabaseUnavailableError("database_unreachable"))
    with caplog.at_level(logging.WARNING, logger="desktop.views.callbacks.area"):
        _schedule_key_account_callbacks(SimpleNamespace(callbacks=callbacks), actor_for(sqlite_db, "clerk"),
                                        runner, queue)
        qtbot.waitUntil(lambda: "key-account callbacks not scheduled" in caplog.text)
    assert queue.refreshed == 0


def test_the_administration_menu_offers_engineers(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(actor_for(sqlite_db, "admin"), "安阳网点", "sqlite", "zh_CN")
    qtbot.addWidget(window)
    assert window.ui.engineers_action in window.ui.admin_menu.actions()
    with qtbot.waitSignal(window.engineers_requested):
        window.ui.engineers_action.trigger()


def test_the_first_sign_in_loads_the_window_modules_while_the_helper_hashes(qapp, sqlite_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """OK pressed before the start loaded the window's modules: they load while the helper process hashes, and a
    wrong password leaves nothing behind but those imports (no window, no sign-in recorded)."""
    import pytest
    from argon2 import PasswordHasher
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select, update

    from desktop import app as app_module
    from desktop.demo.seed import DEMO_PASSWORD
    from desktop.errors import AuthenticationError
    from desktop.models import AuditLog, User

    ran: list[int] = []

    def step(number: int) -> None:
        time.sleep(0.005)  # 1000 steps: 5 s, far longer than a hash
        ran.append(number)

    def steps(_modules=()):  # type: ignore[no-untyped-def]
        for number in range(1000):
            yield lambda number=number: step(number)

    monkeypatch.setattr(app_module, "_window_module_steps", steps)
    # The app's own hash cost for this account (the seeded ones are cheap): a cheap hash can be answered before
    # the first step starts, and nothing would be left to see.
    with sqlite_db.write.begin() as session:
        session.execute(update(User).where(User.username == "clerk")
                        .values(password_hash=PasswordHasher().hash(DEMO_PASSWORD)))
    path = sqlite_db.sqlite_path
    sqlite_db.dispose()
    start = app_module._Start(qapp, app_module.parse_args(["--database", str(path)]), None)
    try:
        assert start.ready_for_sign_in()
        assert start.hasher is not None and start.hasher.pid is not None

        def sign_ins() -> int:
            assert start.database is not None
            with start.database.read.begin() as session:
                return int(session.scalar(select(func.count()).select_from(AuditLog)
                                          .where(AuditLog.action == "user.login")) or 0)

        def windows() -> set[int]:
            return {id(w) for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"}

        before, windows_before = sign_ins(), windows()
        with pytest.raises(AuthenticationError):
            start.login("clerk", "not-the-password1")
        # The steps ran in the time the hash took; the answer stopped them (a hash is not 1000 steps long).
        assert 0 < len(ran) < 1000
        assert sign_ins() == before
        assert windows() == windows_before
        wrong = len(ran)
        actor = start.login("clerk", DEMO_PASSWORD)
        assert actor.role == "clerk" and sign_ins() == before + 1
        # The same steps went on from where the wrong password left them, and were handed over only once.
        assert ran == list(range(len(ran))) and len(ran) > wrong
    finally:
        start.dispose()


def test_the_application_wide_filters_go_in_once_the_window_is_drawn(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    """The idle lock's and Tab's filters are not called for every event of building the window: installed at its
    first paint, Tab then also reaches the multi-line boxes drawn before (the intake's fault description)."""
    from PySide6.QtWidgets import QApplication

    from desktop.app import build_main_window
    from desktop.composition import build_services
    from desktop.services.admin.auth_service import AuthService
    from desktop.views.intake.intake_view import IntakeView
    from desktop.views.shortcuts import TabMovesFocus
    from tests.conftest import FAST_HASHER

    app = QApplication.instance()
    for old in app.findChildren(TabMovesFocus):  # one per application: this test needs the first install
        app.removeEventFilter(old)
        old.setParent(None)
    services = build_services(sqlite_db, auth=AuthService(sqlite_db, hasher=FAST_HASHER))
    window, runner = build_main_window(app, services, actor_for(sqlite_db, "clerk"), "en", "sqlite")
    qtbot.addWidget(window)
    try:
        intake = window.findChild(IntakeView)
        assert intake is not None
        assert not app.findChildren(TabMovesFocus) and not intake.ui.fault_text_edit.tabChangesFocus()
        window.show()
        qtbot.waitUntil(lambda: bool(app.findChildren(TabMovesFocus)), timeout=5000)
        assert intake.ui.fault_text_edit.tabChangesFocus()
        # Input restarts the idle time from then on (the filter is in).
        window.watcher._timer.setInterval(60_000)
        window.watcher._timer.stop()
        qtbot.keyClick(intake.ui.phone_edit, "1")
        assert window.watcher._timer.isActive()
    finally:
        window.watcher._timer.stop()
        app.removeEventFilter(window.watcher)
        runner.wait_for_done(10_000)
        window.leaving = True
        window.close()
