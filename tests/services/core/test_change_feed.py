"""Other PCs' changes are seen: by polling the audit feed (both databases) and by NOTIFY on PostgreSQL."""

from __future__ import annotations

import threading

import pytest

from desktop.services.admin.settings_service import SettingsService
from desktop.services.core.change_feed import ChangeFeedService
from tests.conftest import actor_for


def test_changes_by_another_user_show_up_in_the_feed(db) -> None:  # type: ignore[no-untyped-def]
    clerk, boss = actor_for(db, "clerk"), actor_for(db, "admin")
    feed = ChangeFeedService(db)
    start = feed.latest(clerk)
    assert feed.since(clerk, start).entities == frozenset()
    SettingsService(db).set(boss, "complaint.answer_hours", 12)
    batch = feed.since(clerk, start)
    assert batch.last_id > start and "setting" in batch.entities and batch.by_others
    # The one who made the change is not told that "someone else" changed it.
    assert not feed.since(boss, start).by_others


@pytest.mark.postgres
def test_postgres_listener_is_woken_by_a_commit(pg_db) -> None:  # type: ignore[no-untyped-def]
    feed = ChangeFeedService(pg_db)
    woken = threading.Event()
    payloads: list[str] = []

    def on_change(entity: str) -> None:
        payloads.append(entity)
        woken.set()

    stop = feed.start_listener(on_change)
    assert stop is not None
    try:
        import time

        time.sleep(0.5)  # let the listener connect before the change
        SettingsService(pg_db).set(actor_for(pg_db, "admin"), "complaint.answer_hours", 6)
        assert woken.wait(10)
        assert "setting" in payloads
    finally:
        stop.set()
