"""Alembic environment of the HQ schema: runs on the connection desktop.hq.hq_database.migrate_hq passes."""

from __future__ import annotations

from alembic import context

from desktop.hq.hq_database import VERSION_TABLE, include_name, include_object
from desktop.hq.schema import SCHEMA, metadata

config = context.config


def run_migrations_online() -> None:
    # Never a URL from Alembic's ConfigParser (a `%` in a password breaks its interpolation): our connection only.
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("HQ migrations run through desktop.hq.hq_database.migrate_hq(), which passes a connection")
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table=VERSION_TABLE,
        version_table_schema=SCHEMA,
        include_schemas=True,
        include_name=include_name,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
