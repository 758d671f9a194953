"""Composition-root wiring added for the engineers menu and the start-up key-account callbacks."""

from __future__ import annotations

import logging
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
