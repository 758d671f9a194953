"""An empty, migrated HQ database per test on the real PostgreSQL server (tests/conftest.py's pg_server)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.database import Database
from desktop.hq.hq_database import migrate_hq, open_hq_database
from tests.pg_server import PostgresServer

pytestmark = pytest.mark.postgres


@pytest.fixture
def hq_url(pg_server: PostgresServer) -> Iterator[str]:
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def hq_db(hq_url: str) -> Iterator[Database]:
    database = open_hq_database(hq_url)
    migrate_hq(database)
    yield database
    database.dispose()
