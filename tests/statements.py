"""The SQL a piece of code sends, caught at the engine: tests count round trips and read what was asked for."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from desktop.database import Database


@contextmanager
def caught_statements(database: Database, keep: Callable[[str], bool] = lambda _statement: True
                      ) -> Iterator[list[tuple[str, Any]]]:
    """(statement, parameters) of every statement `keep` accepts, sent on `database` inside the block."""
    caught: list[tuple[str, Any]] = []

    def catch(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if keep(statement):
            caught.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", catch)
    try:
        yield caught
    finally:
        event.remove(database.engine, "before_cursor_execute", catch)
