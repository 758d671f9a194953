"""Alembic environment: runs on the app's own connection when given one (database.migrate)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

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
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
