"""The change watcher tells the views when another user changed something."""

from __future__ import annotations

from desktop.services.admin.settings_service import SettingsService
from desktop.services.core.change_feed import ChangeFeedService
from desktop.views.background import BackgroundRunner
from desktop.views.change_watcher import ChangeWatcher
from tests.conftest import actor_for


def test_watcher_emits_after_another_user_saves(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()
    clerk = actor_for(sqlite_db, "clerk")
    watcher = ChangeWatcher(ChangeFeedService(sqlite_db), runner, clerk, interval_ms=100)
    SettingsService(sqlite_db).set(actor_for(sqlite_db, "admin"), "complaint.answer_hours", 8)
    with qtbot.waitSignal(watcher.changed, timeout=5000) as blocker:
        pass
    assert "setting" in blocker.args[0]
    watcher.stop()
    runner.wait_for_done()
