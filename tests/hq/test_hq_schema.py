"""The HQ schema: its own Alembic history reaches head on an empty PostgreSQL database without drift, and every
table is ready to be distributed by branch (Citus): each carries branch_id, each key starts with it."""

from __future__ import annotations

from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from desktop.database import Database
from desktop.errors import ValidationError
from desktop.hq.hq_database import (
    hq_current_revision,
    hq_head_revision,
    include_name,
    include_object,
    migrate_hq,
    open_hq_database,
)
from desktop.hq.partitions import ensure_partitions, months_between, partition_name
from desktop.hq.schema import PARTITIONED, SCHEMA, metadata

pytestmark = pytest.mark.postgres


def test_the_hq_history_reaches_head_without_drift_and_upgrading_twice_is_harmless(hq_db: Database) -> None:
    assert hq_current_revision(hq_db) == hq_head_revision() == "hq_0001"
    ensure_partitions(hq_db.engine, [date(2026, 11, 1)])  # partitions exist only in the database
    with hq_db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "include_object": include_object, "include_name": include_name, "include_schemas": True,
            "compare_type": True, "version_table_schema": SCHEMA})
        assert compare_metadata(context, metadata) == []
        # The branch database's own version table is not there: the HQ history keeps its own, inside schema hq.
        assert conn.execute(text("SELECT to_regclass('public.alembic_version')")).scalar() is None
    migrate_hq(hq_db)
    assert hq_current_revision(hq_db) == "hq_0001"


def test_every_table_carries_the_branch_id_first_in_its_key(hq_db: Database) -> None:
    inspector = inspect(hq_db.engine)
    tables = [t for t in inspector.get_table_names(schema=SCHEMA) if t != "alembic_version"]
    assert set(tables) >= {t.name for t in metadata.sorted_tables}
    for table in metadata.sorted_tables:
        assert "branch_id" in table.c, table.name
        key = inspector.get_pk_constraint(table.name, schema=SCHEMA)["constrained_columns"]
        assert key[0] == "branch_id", table.name
        for unique in inspector.get_unique_constraints(table.name, schema=SCHEMA):
            # Only the branch registry (a reference table) may have a unique key without the branch id.
            assert table.name == "branch" or "branch_id" in unique["column_names"], (table.name, unique)


def test_tables_are_partitioned_by_month_and_partitions_are_made_once(hq_db: Database) -> None:
    with hq_db.engine.connect() as conn:
        partitioned = set(conn.execute(text(
            "SELECT c.relname FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'hq'")).scalars())
    assert partitioned == {t.name for t in PARTITIONED}
    months = months_between(date(2026, 11, 15), date(2027, 1, 3))
    assert months == [date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1)]
    made = ensure_partitions(hq_db.engine, months)
    assert len(made) == len(months) * len(PARTITIONED)
    assert ensure_partitions(hq_db.engine, months) == []
    with hq_db.engine.begin() as conn:
        bounds = conn.execute(text(
            "SELECT pg_get_expr(c.relpartbound, c.oid) FROM pg_class c WHERE c.relname = :name"),
            {"name": partition_name("tickets", date(2026, 12, 1))}).scalar_one()
    assert bounds == "FOR VALUES FROM ('2026-12-01') TO ('2027-01-01')"


def test_the_hq_database_must_be_postgresql(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as refused:
        open_hq_database(str(tmp_path / "hq.sqlite3"))
    assert refused.value.code == "hq_needs_postgresql"
