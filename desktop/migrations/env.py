"""Alembic environment: runs on the app's own connection when given one (database.migrate)."""

from __future__ import annotations

from alembic import context

import desktop.models  # noqa: F401  (registers every table)
from desktop.database import include_object
from desktop.models.base import Base

config = context.config
target_metadata = Base.metadata

def _configure(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
        compare_type=True,
    )


def run_migrations_online() -> None:
    # Only ever run by desktop.database.migrate with its own connection: a URL string in Alembic's config
    # would go through ConfigParser interpolation, which a `%` in a folder name or password breaks.
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("migrations run through desktop.database.migrate(), which passes a connection")
    _configure(connection)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
