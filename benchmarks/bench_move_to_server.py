"""`move-to-server` on the demo branch and on a larger one: the time to copy a SQLite branch onto an empty
PostgreSQL database (one transaction, search index rebuilt, every count and the audit chain checked).

    python benchmarks/bench_move_to_server.py [--tickets 1500 20000] [--rebuild]

The SQLite branches are built once with the demo history generator and cached in benchmarks/out/ (git-ignored);
PostgreSQL is started on loopback as in the tests (or SERVICE_DESK_TEST_PG_URL).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from desktop.database import Database, migrate, open_database, sqlite_url  # noqa: E402
from desktop.models import User  # noqa: E402
from desktop.services.admin import database_move  # noqa: E402
from desktop.services.core.actor import Actor  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
# What a supervisor can wait for at a console, once in a branch's life.
TARGET_SECONDS_20K = 300.0


def build(tickets: int, rebuild: bool) -> Path:
    from argon2 import PasswordHasher

    from desktop.demo.history import generate_history
    from desktop.demo.seed import seed_branch

    path = OUT / f"move-{tickets}.sqlite3"
    if path.exists() and not rebuild:
        return path
    OUT.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    database = open_database(sqlite_url(path))
    migrate(database)
    seed_branch(database, demo=True, hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    started = time.perf_counter()
    generate_history(database, tickets=tickets, seed=2026)
    print(f"built {path.name}: {tickets} tickets in {time.perf_counter() - started:.0f} s")
    database.dispose()
    return path


def admin(database: Database) -> Actor:
    with database.read.begin() as session:
        user = session.scalars(select(User).where(User.username == "admin")).one()
        return Actor(user.id, user.username, user.display_name, user.role, user.branch_id)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, nargs="+", default=[1500, 20000])
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    from tests.pg_server import start_postgres

    server = start_postgres()
    if server is None:
        print("no PostgreSQL server binaries on this machine")
        return 1
    try:
        for tickets in args.tickets:
            source = open_database(sqlite_url(build(tickets, args.rebuild)))
            name = server.create_database()
            target = open_database(server.url(name))
            try:
                started = time.perf_counter()
                database_move.check_source(source)
                database_move.prepare_target(target)
                prepared = time.perf_counter() - started
                result = database_move.move(source, target, admin(source))
                total = time.perf_counter() - started
            finally:
                source.dispose()
                target.dispose()
                server.drop_database(name)
            print(f"{tickets} tickets: {result.rows} rows in {len(result.tables)} tables, "
                  f"{result.audit_records} audit records; checks and schema {prepared:.1f} s, copy+index+verify "
                  f"{result.seconds:.1f} s, total {total:.1f} s ({result.rows / result.seconds:.0f} rows/s)")
            if tickets >= 20000:
                print(f"  target for 20k tickets: {TARGET_SECONDS_20K:.0f} s; ratio {total / TARGET_SECONDS_20K:.2f}")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
