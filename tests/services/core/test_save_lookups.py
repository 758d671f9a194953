"""What a save reads once instead of many times (issue 18, "Saves from many PCs") still reads what is stored: several
settings in one query, the branch's time zone once per transaction, and a save's audit records chained in one
statement on PostgreSQL with a NOTIFY for every entity it touched."""

from __future__ import annotations

import threading
import time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, select

from desktop.models import AuditHead, AuditLog, Branch, Setting
from desktop.services.core import audit
from desktop.services.core.branch_time import branch_tz
from desktop.services.core.change_feed import ChangeFeedService
from desktop.services.core.settings_store import SETTING_DEFAULTS, load_setting, load_settings
from tests.conftest import actor_for


def test_settings_in_one_query_are_what_each_lookup_gives(db) -> None:  # type: ignore[no-untyped-def]
    keys = ("commitment.first_contact_minutes", "commitment.report_back_minutes", "commitment.onsite_window_minutes",
            "callback.retry_minutes")
    with db.write.begin() as session:
        branch_id = session.scalar(select(Branch.id))
        session.add(Setting(branch_id=branch_id, key="commitment.report_back_minutes", value=45))
        session.add(Setting(branch_id=branch_id, key="commitment.onsite_window_minutes",
                            value={"solar": {"normal": 600}}))
    with db.read.begin() as session:
        together = load_settings(session, branch_id, *keys)
        assert together == {key: load_setting(session, branch_id, key) for key in keys}
        assert together["commitment.report_back_minutes"] == 45
        assert together["commitment.first_contact_minutes"] == SETTING_DEFAULTS["commitment.first_contact_minutes"]
        assert together["commitment.onsite_window_minutes"] == {"solar": {"normal": 600}}
        # A default handed out is a copy: changing it changes no later answer.
        together["callback.retry_minutes"].append(1)
        assert load_settings(session, branch_id, "callback.retry_minutes")["callback.retry_minutes"] == [120, 1440]
        with pytest.raises(KeyError):
            load_settings(session, branch_id, "commitment.first_contact_minutes", "no.such.key")


def test_the_time_zone_is_read_once_per_transaction_and_follows_a_change(db) -> None:  # type: ignore[no-untyped-def]
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith("SELECT branch.timezone"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        with db.write.begin() as session:
            branch = session.scalars(select(Branch)).first()
            assert branch is not None
            first = branch_tz(session, branch.id)
            assert branch_tz(session, branch.id) == first
            assert len(statements) == 1
            branch.timezone = "Asia/Urumqi"
            assert branch_tz(session, branch.id) == ZoneInfo("Asia/Urumqi")
            assert len(statements) == 2
        with db.read.begin() as session:
            # A new transaction reads again (another PC may have changed it meanwhile).
            assert branch_tz(session, branch.id) == ZoneInfo("Asia/Urumqi")
            assert len(statements) == 3
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_a_save_with_many_records_chains_them_in_order(db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(db, "clerk")
    with db.write.begin() as session:
        for i in range(7):
            audit.record(session, clerk, "probe.write", f"probe{i % 3}", i, {"n": i}, {"n": i + 1, "字": "值"})
    with db.read.begin() as session:
        check = audit.verify_chain(session)
        assert check.ok, check
        rows = session.execute(select(AuditLog.entity_id, AuditLog.chain, AuditLog.prev_digest,
                                      AuditLog.digest)
                               .where(AuditLog.action == "probe.write").order_by(AuditLog.id)).all()
        assert [r[0] for r in rows] == list(range(7))
        assert len({r[1] for r in rows}) == 1
        assert all(rows[i + 1][2] == rows[i][3] for i in range(6))
        head = session.scalar(select(AuditHead.last_digest).where(AuditHead.id == rows[0][1]))
        assert head == rows[-1][3]


@pytest.mark.postgres
def test_one_save_notifies_every_entity_it_changed(pg_db) -> None:  # type: ignore[no-untyped-def]
    feed = ChangeFeedService(pg_db)
    payloads: set[str] = set()
    all_seen = threading.Event()

    def on_change(entity: str) -> None:
        payloads.add(entity)
        if {"probe_a", "probe_b", "probe_c"} <= payloads:
            all_seen.set()

    stop = feed.start_listener(on_change)
    assert stop is not None
    try:
        time.sleep(1.5)  # the listener connects and LISTENs
        with pg_db.write.begin() as session:
            for entity in ("probe_b", "probe_a", "probe_c", "probe_a"):
                audit.record(session, None, "probe.write", entity, 1, None, {"x": 1})
        assert all_seen.wait(10), payloads
    finally:
        stop.set()
