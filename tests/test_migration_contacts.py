"""Migration 0008_consultations_quality on a branch that already has data, on SQLite and PostgreSQL: the old quality
feedback rows become numbered claim-sourced forms in state "raised", complaints get their first-contact clock, and
the SQLite table rebuilds keep every reference (foreign keys checked at the end)."""

from __future__ import annotations

from datetime import datetime

import pytest
from alembic import command
from sqlalchemy import text

from desktop.database import (
    Database,
    _references_checked_at_the_end,
    alembic_config,
    current_revision,
    head_revision,
    migrate,
    open_database,
    sqlite_url,
)
from tests.migration_data import old_branch

CREATED = datetime(2026, 11, 20, 16, 30)  # UTC: 21 November, 00:30 in Anyang


def _at_0003_with_data(database: Database) -> None:
    cfg = alembic_config(database)
    with database.engine.connect() as conn, _references_checked_at_the_end(conn), conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003_branch_identity")
    with database.engine.begin() as conn:
        old_branch(conn)
    rows = [
        ("INSERT INTO customer (id, branch_id, name, kind, is_key_account, note, created_at, version) "
         "VALUES (1, 1, '刘女士', 'person', false, '', :at, 1)"),
        ("INSERT INTO unit (id, customer_id, model_id, serial, proof, usage, installed_by_us, status, created_at,"
         " version) VALUES (1, 1, 1, 'SN-OLD-1', 'invoice', 'household', true, 'active', :at, 1)"),
        ("INSERT INTO return_claim (id, number, unit_id, status, requested_remedy, facts, inspection_note,"
         " created_at, created_by, version) VALUES (1, 'AY01-R20261121-0001', 1, 'claimed', 'exchange', '{}', '',"
         " :at, 2, 1)"),
        ("INSERT INTO quality_feedback (id, claim_id, model_id, serials, description, status, created_at,"
         " created_by) VALUES (1, 1, 1, '[\"SN-OLD-1\"]', '内胆焊缝渗漏', 'open', :at, 2)"),
        ("INSERT INTO complaint (id, branch_id, number, customer_id, source, concerns, concerns_person,"
         " description, owner_id, status, promised_answer_at, inspection_note, answer, created_at, version)"
         " VALUES (1, 1, 'AY01-C20261121-0001', 1, 'phone', 'product', '', '漏水', 1, 'open', :at, '', '', :at, 1)"),
        "INSERT INTO complaint_step (id, complaint_id, at, by, note) VALUES (1, 1, :later, 1, '已回电')",
        ("INSERT INTO callback (id, branch_id, customer_id, kind, status, due_at, first_due_at, attempts, answers,"
         " closing_line, notes, complaint_id, created_at, version)"
         " VALUES (1, 1, 1, 'after_service', 'done', :at, :at, 1, '{}', 'E1', '', 1, :at, 1)"),
    ]
    with database.engine.begin() as conn:
        for statement in rows:
            conn.execute(text(statement), {"at": CREATED, "later": datetime(2026, 11, 20, 16, 50)})


def _as_datetime(value: str | datetime) -> datetime:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _check_upgraded(database: Database) -> None:
    migrate(database)
    assert current_revision(database) == head_revision(database)
    with database.engine.connect() as conn:
        feedback = conn.execute(text(
            "SELECT number, source, status, branch_id, product_line_id, fault, cases, version FROM quality_feedback"
        )).one()
        assert tuple(feedback) == ("AY01-Q20261121-0001", "claim", "raised", 1, 1, "内胆焊缝渗漏", 1, 1)
        # New forms of that day follow the migrated one.
        assert conn.execute(text("SELECT last_seq FROM number_counter WHERE series = 'quality'")).scalar() == 1
        due, contacted = conn.execute(text("SELECT first_contact_due_at, first_contact_at FROM complaint")).one()
        assert _as_datetime(due) == datetime(2026, 11, 20, 17, 0)
        assert _as_datetime(contacted) == datetime(2026, 11, 20, 16, 50)
        # The complaint the callback points at is still the same row.
        assert conn.execute(text("SELECT complaint_id FROM callback")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM consultation")).scalar() == 0
        if database.engine.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_sqlite_branch_with_data_upgrades(tmp_path) -> None:  # type: ignore[no-untyped-def]
    database = open_database(sqlite_url(tmp_path / "old.sqlite3"))
    try:
        _at_0003_with_data(database)
        _check_upgraded(database)
    finally:
        database.dispose()


@pytest.mark.postgres
def test_postgres_branch_with_data_upgrades(pg_server) -> None:  # type: ignore[no-untyped-def]
    name = pg_server.create_database()
    database = open_database(pg_server.url(name))
    try:
        _at_0003_with_data(database)
        _check_upgraded(database)
    finally:
        database.dispose()
        pg_server.drop_database(name)
