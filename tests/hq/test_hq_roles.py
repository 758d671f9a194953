"""The roles of docs/operations.md ("HQ database"): the loader owns the schema and adds partitions, a reader can
see every figure, also of months partitioned after the grant, and cannot load."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from desktop.hq.hq_connection import connect_hq
from desktop.hq.loader import load_files
from tests.hq.hq_factories import make_export
from tests.pg_server import PostgresServer

pytestmark = pytest.mark.postgres


def test_a_reader_reads_every_month_and_cannot_load(pg_server: PostgresServer, tmp_path: Path) -> None:
    suffix = f"{os.getpid()}_{id(tmp_path) % 10_000}"
    loader_role, reader_role, database = f"hq_loader_{suffix}", f"hq_reader_{suffix}", f"hq_roles_{suffix}"
    admin = make_url(pg_server.base_url)

    def sql(dbname: str, *statements: str) -> None:
        with psycopg.connect(host=admin.host, port=admin.port, user=admin.username, password=admin.password,
                             dbname=dbname, autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)

    sql("postgres", f"CREATE ROLE {loader_role} LOGIN PASSWORD 'load'",
        f"CREATE ROLE {reader_role} LOGIN PASSWORD 'read'",
        f"CREATE DATABASE {database} OWNER {loader_role}")
    try:
        sql(database, f"CREATE SCHEMA hq AUTHORIZATION {loader_role}",
            f"GRANT USAGE ON SCHEMA hq TO {reader_role}",
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {loader_role} IN SCHEMA hq GRANT SELECT ON TABLES TO {reader_role}")
        url = admin.set(database=database)
        as_loader = connect_hq(url.set(username=loader_role).render_as_string(hide_password=False), "load")
        nov = make_export("AY01", tickets=6)
        dec = make_export("AY01", tickets=4, installation_id=nov.installation_id, start=date(2026, 12, 1),
                          end=date(2026, 12, 31), exported_at=datetime(2027, 1, 1))
        results, refused = load_files(as_loader._database, [nov.write(tmp_path / "nov.xlsx")])
        assert refused == 0 and results[0].outcome == "loaded"
        as_reader = connect_hq(url.set(username=reader_role).render_as_string(hide_password=False), "read")
        # December's partitions are made after the reader connected: the default privileges cover them too.
        load_files(as_loader._database, [dec.write(tmp_path / "dec.xlsx")])
        months = as_reader.service.months()
        assert months == (date(2026, 11, 1), date(2026, 12, 1))
        assert as_reader.service.network(months).total["tickets"].count == 10
        assert as_reader.service.tickets(as_reader.service.branches()[0].branch_id, [date(2026, 12, 1)]).total == 4
        outcomes = as_reader.load([str(make_export("ZZ02", tickets=2).write(tmp_path / "zz.xlsx"))])
        assert outcomes[0][0] == "zz.xlsx" and outcomes[0][1].code == "permission_denied"
        assert "permission denied" in outcomes[0][1].params["detail"]
        assert as_loader.service.network(months).total["tickets"].count == 10
        as_reader.dispose()
        as_loader.dispose()
    finally:
        pg_server.drop_database(database)
        sql("postgres", f"DROP ROLE IF EXISTS {loader_role}", f"DROP ROLE IF EXISTS {reader_role}")
