"""Migration 0006 on a database with data (SQLite and PostgreSQL): old part lines keep printing as before (covered
exactly when not charged), old reports keep their signed content version, catalogue parts get a unit and a warranty
flag, and no table that other rows point at is rebuilt (SQLite would refuse to drop it)."""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from desktop.database import Database, alembic_config, migrate, open_database, sqlite_url
from tests.migration_data import insert

NOW = datetime(2026, 1, 2, tzinfo=UTC)
BEFORE = "0005_installations_customer_file"  # the revision 0006 follows
# The three changed tables as they were before 0006 (the models now carry the new columns).
PART = sa.table("part", *(sa.column(c) for c in ("id", "product_line_id", "code", "name_zh", "name_en", "price_fen",
                                                 "is_main_part", "is_consumable", "active")))
REPORT = sa.table("service_report", *(sa.column(c) for c in (
    "id", "visit_id", "cause", "work_done", "result", "labour_charge_fen", "customer_comment", "signature_kind",
    "content_digest", "recorded_at", "recorded_by", "version")))
USAGE = sa.table("part_usage", *(sa.column(c) for c in ("id", "report_id", "part_id", "quantity", "unit_price_fen",
                                                        "charged")))


def _upgrade_with_data(database: Database, tmp_path: Path) -> None:
    """At the revision 0006 follows, rows written by reflecting the tables as they were then (the models now carry
    later columns), then the upgrade to head."""
    cfg = alembic_config(database)
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, BEFORE)
    naive = NOW.replace(tzinfo=None)
    with database.engine.begin() as conn:
        insert(conn, "branch", id=1, code="AY01", name="网点", created_at=naive,
               installation_id="00000000-0000-4000-8000-000000000006")
        insert(conn, "app_user", id=1, branch_id=1, username="clerk", display_name="文员", role="clerk",
               created_at=naive, active=True, failed_attempts=0)
        insert(conn, "product_line", id=1, code="purifier", name_zh="净水器", name_en="Purifier",
               onsite_window_minutes=120)
        insert(conn, "customer", id=1, branch_id=1, name="王先生", kind="person", created_at=naive)
        insert(conn, "engineer", id=1, branch_id=1, name="张师傅", phone="138", working_days="1111100",
               work_start=time(8), work_end=time(18), active=True)
        insert(conn, "ticket", id=1, branch_id=1, number="AY01-20260101-0001", customer_id=1, product_line_id=1,
               contact_phone="138", channel="hotline", status="new", priority="normal", opened_at=naive, opened_by=1)
        insert(conn, "visit", id=1, ticket_id=1, engineer_id=1, planned_start=naive,
               planned_end=naive.replace(hour=2), created_at=naive, created_by=1, status="dispatched")
        conn.execute(sa.insert(PART), [
            {"id": 1, "product_line_id": 1, "code": "PUMP", "name_zh": "增压泵", "name_en": "Pump", "price_fen": 16000,
             "is_main_part": False, "is_consumable": False, "active": True},
            {"id": 2, "product_line_id": 1, "code": "FLT", "name_zh": "滤芯", "name_en": "Filter", "price_fen": 2500,
             "is_main_part": False, "is_consumable": True, "active": True}])
        conn.execute(sa.insert(REPORT).values(id=1, visit_id=1, cause="", work_done="", result="resolved",
                                              labour_charge_fen=0, customer_comment="", signature_kind="none",
                                              content_digest="abc", recorded_at=naive, recorded_by=1, version=1))
        conn.execute(sa.insert(USAGE), [
            {"id": 1, "report_id": 1, "part_id": 1, "quantity": 1, "unit_price_fen": 16000, "charged": False},
            {"id": 2, "report_id": 1, "part_id": 2, "quantity": 1, "unit_price_fen": 2500, "charged": True}])
    migrate(database, backup_dir=tmp_path / "backups")


def _check(database: Database) -> None:
    with database.engine.connect() as conn:
        parts = conn.execute(sa.text("SELECT code, unit, is_warranty_part, reorder_level, version FROM part "
                                     "ORDER BY id")).all()
        assert [tuple(p) for p in parts] == [("PUMP", "个", True, 0, 1), ("FLT", "个", False, 0, 1)]
        usages = conn.execute(sa.text("SELECT id, charged, covered FROM part_usage ORDER BY id")).all()
        assert [tuple(u) for u in usages] == [(1, False, True), (2, True, False)]
        report = conn.execute(sa.text("SELECT content_version, follow_up, call_out_fee_fen, coverage, charge_reason "
                                      "FROM service_report")).one()
        assert tuple(report) == (1, "", 0, "", "")


def test_sqlite_existing_rows_get_values_that_keep_their_meaning(tmp_path: Path) -> None:
    database = open_database(sqlite_url(tmp_path / "old.sqlite3"))
    _upgrade_with_data(database, tmp_path)
    _check(database)
    database.dispose()


@pytest.mark.postgres
def test_postgres_existing_rows_get_values_that_keep_their_meaning(pg_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name = pg_server.create_database()
    database = open_database(pg_server.url(name))
    _upgrade_with_data(database, tmp_path)
    _check(database)
    database.dispose()
    pg_server.drop_database(name)
