"""Migration 0007 on a branch with history: 基本满意 answers become 一般, signed reports keep theirs, brands are
filled from the model names and 更换滤芯 becomes care. Run down and up again on SQLite and PostgreSQL."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.database import (
    Database,
    current_revision,
    head_revision,
    migrate,
    open_database,
    run_migrations,
    sqlite_url,
)
from desktop.demo.history import generate_history
from desktop.demo.seed import seed_branch
from desktop.models import Callback, FaultCategory, ProductLine, ServiceReport
from tests.conftest import FAST_HASHER

BEFORE = "0006_parts_stock_charges"  # the revision 0007 follows


def _grades(database: Database, column) -> Counter[str | None]:  # type: ignore[no-untyped-def]
    with database.engine.connect() as conn:
        return Counter(conn.execute(select(column)).scalars())


def _check(database: Database) -> None:
    # GIVEN a branch with months of history graded on the new scale
    migrate(database)
    seed_branch(database, demo=True, hasher=FAST_HASHER)
    generate_history(database, tickets=120, seed=7)
    callbacks_before = _grades(database, Callback.satisfaction)
    reports_before = _grades(database, ServiceReport.satisfaction)
    assert callbacks_before["neutral"] and reports_before["neutral"]

    # WHEN it is taken back to the three-grade scale (满意 / 基本满意 / 不满意) ...
    run_migrations(database, "downgrade", BEFORE)
    old = _grades(database, Callback.__table__.c.satisfaction)
    assert old["basically_satisfied"] == callbacks_before["neutral"]
    assert old["satisfied"] == callbacks_before["satisfied"] + callbacks_before["very_satisfied"]
    assert "neutral" not in old and "very_satisfied" not in old

    # ... and migrated forward again
    run_migrations(database, "upgrade", "head")
    after = _grades(database, Callback.satisfaction)
    # THEN every old 基本满意 answer is 一般, which the satisfaction rate does not count
    assert "basically_satisfied" not in after
    assert after["neutral"] == callbacks_before["neutral"]
    # a report the customer signed keeps the grade they ticked (its digest covers it)
    reports = _grades(database, ServiceReport.satisfaction)
    assert reports["basically_satisfied"] == reports_before["neutral"] and "neutral" not in reports
    with database.read.begin() as session:
        brands = dict(session.execute(select(ProductLine.code, ProductLine.brand)).all())
        care = set(session.scalars(select(FaultCategory.code).where(FaultCategory.maintenance.is_(True))))
    assert brands == {"solar": "龙田", "purifier": "鸿盛", "vending": "鸿盛", "campus": "鸿盛"}
    assert care == {"filter_change"}


def test_sqlite_grades_migrate_down_and_up(tmp_path: Path) -> None:
    database = open_database(sqlite_url(tmp_path / "branch.sqlite3"))
    try:
        _check(database)
    finally:
        database.dispose()


@pytest.mark.postgres
def test_postgres_grades_migrate_down_and_up(pg_server) -> None:  # type: ignore[no-untyped-def]
    name = pg_server.create_database()
    database = open_database(pg_server.url(name))
    try:
        _check(database)
    finally:
        database.dispose()
        pg_server.drop_database(name)


def test_a_sqlite_branch_with_data_upgrades_through_table_rebuilds(tmp_path: Path) -> None:
    """Batch mode rebuilds referenced tables (branch in 0003, callback in 0007): rows pointing at them survive."""
    database = open_database(sqlite_url(tmp_path / "old.sqlite3"))
    try:
        run_migrations(database, "upgrade", "0002_ticket_search")
        with database.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO branch (id, code, name, address, hotline, timezone, created_at, "
                                 "version) VALUES (1, 'AY01', '网点', '', '', 'Asia/Shanghai', '2026-01-01', 1)")
            conn.exec_driver_sql("INSERT INTO app_user (id, branch_id, username, display_name, role, active, "
                                 "failed_attempts, created_at, version) VALUES (1, 1, 'a', '甲', 'clerk', 1, 0, "
                                 "'2026-01-01', 1)")
        migrate(database, backup_dir=tmp_path / "backups")
        assert current_revision(database) == head_revision(database)
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("SELECT branch_id FROM app_user").scalar() == 1
    finally:
        database.dispose()
