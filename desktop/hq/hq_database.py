"""Opening and upgrading the HQ database: PostgreSQL only, schema `hq`, its own Alembic history.

As for the branch database (desktop.database.migrate), Alembic runs on our own connection: no URL ever goes into
Alembic's ConfigParser, where `%` is interpolation syntax and a password with `%` or `@` breaks it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, OperationalError

from desktop import paths
from desktop.database import Database, as_url, display_url, open_database, revisions_named_in
from desktop.errors import DatabaseUnavailableError, ValidationError
from desktop.hq.schema import SCHEMA

VERSION_TABLE = "alembic_version"
# Monthly partitions (tickets_y2026m11) exist only in the database, never in the metadata.
PARTITION_NAME = re.compile(r"^[a-z_]+_y\d{4}m\d{2}$")


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """What Alembic compares: the hq schema's own tables, not partitions nor the version table."""
    if type_ == "table":
        schema = getattr(obj, "schema", None)
        if schema != SCHEMA or (name and (PARTITION_NAME.match(name) or name == VERSION_TABLE)):
            return False
    return True


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    if type_ == "schema":
        return name == SCHEMA
    if type_ == "table":
        return not (name and PARTITION_NAME.match(name))
    return True


def hq_migrations_dir() -> Path:
    return paths.resource_root() / "desktop" / "hq" / "migrations"


def hq_alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(hq_migrations_dir()).replace("%", "%%"))
    return cfg


def hq_known_revisions() -> frozenset[str]:
    """Every HQ revision this program's HQ migration files name (read as text, as for the branch database)."""
    return revisions_named_in(hq_migrations_dir() / "versions")


def refuse_newer_hq(database: Database, current: str | None) -> None:
    """Stop before anything is written when a newer program has upgraded the HQ schema (HQ's loading PC or an
    analyst already runs the new version): this one cannot know its tables, and Alembic could not downgrade it."""
    if current is not None and current not in hq_known_revisions():
        from desktop import __version__

        raise DatabaseUnavailableError("hq_database_newer", path=display_url(database.engine.url),
                                       version=__version__)


def open_hq_database(url: str | URL) -> Database:
    """The HQ database: a PostgreSQL URL (ValidationError hq_needs_postgresql for anything else)."""
    parsed = as_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise ValidationError("hq_needs_postgresql", "database", url=parsed.get_backend_name())
    return open_database(parsed)


def hq_current_revision(database: Database) -> str | None:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"version_table_schema": SCHEMA})
        return context.get_current_revision()


def hq_head_revision() -> str | None:
    return ScriptDirectory.from_config(hq_alembic_config()).get_current_head()


def migrate_hq(database: Database) -> None:
    """Create the hq schema if needed and upgrade it to head (DatabaseUnavailableError if unreachable)."""
    try:
        current = hq_current_revision(database)
        if current == hq_head_revision():
            return
        # Before the schema is created and before Alembic: a newer HQ schema is neither upgraded nor touched.
        refuse_newer_hq(database, current)
        cfg = hq_alembic_config()
        with database.engine.begin() as connection:
            connection.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
    except (OperationalError, DatabaseError) as exc:
        raise DatabaseUnavailableError("database_unreachable", detail=str(exc.orig)) from exc
