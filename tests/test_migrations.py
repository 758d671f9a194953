"""Migrations reach head on empty SQLite and PostgreSQL, and the models match the migrated schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from desktop.database import current_revision, head_revision, include_object, migrate, open_database, sqlite_url
from desktop.models import Base


def _assert_no_model_drift(database) -> None:  # type: ignore[no-untyped-def]
    with database.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_sqlite_empty_database_upgrades_to_head_without_drift(tmp_path: Path) -> None:
    database = open_database(sqlite_url(tmp_path / "fresh.sqlite3"))
    migrate(database)
    assert current_revision(database) == head_revision(database) is not None
    assert {"ticket", "visit", "audit_log", "return_claim"} <= set(inspect(database.engine).get_table_names())
    _assert_no_model_drift(database)
    database.dispose()


@pytest.mark.postgres
def test_postgres_empty_database_upgrades_to_head_without_drift(pg_server) -> None:  # type: ignore[no-untyped-def]
    name = pg_server.create_database()
    database = open_database(pg_server.url(name))
    migrate(database)
    assert current_revision(database) == head_revision(database)
    _assert_no_model_drift(database)
    database.dispose()
    pg_server.drop_database(name)


def test_sqlite_migration_backs_up_an_existing_database_first(tmp_path: Path) -> None:
    from alembic import command

    from desktop.database import alembic_config

    path = tmp_path / "old.sqlite3"
    database = open_database(sqlite_url(path))
    cfg = alembic_config(database)
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    backups = tmp_path / "backups"
    migrate(database, backup_dir=backups)
    if current_revision(database) == "0001":
        pytest.skip("only one revision so far: nothing to upgrade, nothing to back up")
    assert list(backups.glob("*.sqlite3"))
