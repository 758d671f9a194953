"""The namesake check of a registration (a similar name already at the same address), on a large branch.

    python benchmarks/bench_namesake.py --sqlite COPY.sqlite3 [--samples 300] [--postgres] [--analyse]

For --samples addresses picked at random from the file, the check runs as `register` runs it (in a write session;
on PostgreSQL a prepared statement) with the stored customer's own name and the address written another way:
full-width digits, spaces around the numbers, 栋 for 号楼. It prints how many of those customers it found (every
one should be) and the time per check; then the same for an address where nobody lives yet (what most
registrations check): wall-clock median and p95, and process CPU, with the load average.

--postgres: the file's branches, customers and addresses are copied into a throwaway PostgreSQL server (migrated
to the head revision, never analysed, as a new branch server is until autovacuum gets to it) and measured there
too; --analyse measures it again after ANALYZE; --upgrade-from REVISION copies into a database at that revision
(the file's own, e.g. 0013_care_index) and prints how long the upgrade to head takes there. The file itself is
only read: pass a copy (it is never migrated).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import sqlalchemy as sa  # noqa: E402
from pg_throwaway import postgres_database, server_cpu_seconds  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from desktop.database import Database, migrate, open_database, run_migrations, sqlite_url  # noqa: E402
from desktop.services.tickets.customer_service import NewAddress, _similar_at_address  # noqa: E402

NEW_STREET = "路"
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def written_otherwise(detail: str) -> str:
    """The same address as a clerk may type it again: full-width digits, spaces between the parts, 栋 for 号楼."""
    spaced = detail.replace("号", " 号 ").replace("号 楼", "栋").replace("单元", " 单元 ")
    return spaced.translate(FULL_WIDTH)


def samples(database: Database, count: int, seed: int) -> list[tuple[int, int, str, str, str]]:
    """(branch, customer, name, district, detail) of `count` addresses picked at random."""
    with database.read.begin() as session:
        top = session.scalar(sa.text("SELECT max(id) FROM customer_address")) or 0
        rng = random.Random(seed)
        ids = sorted(rng.sample(range(1, top + 1), min(count, top)))
        return [tuple(r) for r in session.execute(sa.text(  # type: ignore[misc]
            "SELECT c.branch_id, c.id, c.name, a.district, a.detail FROM customer_address a "
            "JOIN customer c ON c.id = a.customer_id WHERE a.id IN ({})".format(",".join(map(str, ids)))))]


def measure(label: str, database: Database, picked: list[tuple[int, int, str, str, str]],
            server_cpu: Callable[[], float | None] = lambda: None, *, new: bool = False) -> None:
    """`new`: an address where nobody lives yet (a street the branch has never served), as for most new customers."""
    wall: list[float] = []
    found = 0
    cpu0, server0 = time.process_time(), server_cpu()
    for branch_id, customer_id, name, district, detail in picked:
        typed = f"新建{NEW_STREET}{detail}" if new else written_otherwise(detail)
        with database.write() as session:
            session.begin()
            t0 = time.perf_counter()
            hits = _similar_at_address(session, branch_id, name, NewAddress(district, typed))
            wall.append((time.perf_counter() - t0) * 1000)
            session.rollback()
        found += any(h.customer_id == customer_id for h in hits)
    cpu = (time.process_time() - cpu0) * 1000 / len(picked)
    server1 = server_cpu()
    server = ("" if server0 is None or server1 is None
              else f", server CPU {(server1 - server0) * 1000 / len(picked):.2f} ms")
    wall.sort()
    p95 = wall[int(len(wall) * 0.95) - 1]
    print(f"{label:<34} found {found}/{len(picked)}  median {statistics.median(wall):7.2f} ms  p95 {p95:7.2f} ms  "
          f"CPU {cpu:.2f} ms/check{server}  load {os.getloadavg()[0]:.2f}", flush=True)


def show_plan(database: Database, sample: tuple[int, int, str, str, str]) -> None:
    """The plan of the check's statement(s), as the database chose it for these values."""
    from sqlalchemy import event

    caught: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        caught.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", keep)
    try:
        with Session(database.engine) as session:
            _similar_at_address(session, sample[0], sample[2], NewAddress(sample[3], written_otherwise(sample[4])))
    finally:
        event.remove(database.engine, "before_cursor_execute", keep)
    explain = "EXPLAIN QUERY PLAN " if database.is_sqlite else "EXPLAIN "
    with database.engine.connect() as conn:
        for statement, parameters in caught:
            if "customer_address" in statement:
                rows = conn.exec_driver_sql(explain + statement, parameters).all()
                print("   plan: " + " | ".join(str(r[-1]) for r in rows))


def copy_to_postgres(source: Database, target: Database) -> None:
    """Branches, customers and addresses (what the check reads), through COPY, foreign keys unchecked."""
    tables = ("branch", "customer", "customer_address")
    with source.engine.connect() as src, target.engine.begin() as dst:
        dst.exec_driver_sql("SET session_replication_role = replica")
        cursor = dst.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        for table in tables:
            wanted = [c["name"] for c in sa.inspect(dst).get_columns(table)]
            have = {c["name"] for c in sa.inspect(src).get_columns(table)}
            names = [n for n in wanted if n in have]
            extra = [n for n in wanted if n not in have]  # added after the file's revision: derived below
            rows = src.exec_driver_sql(f"SELECT {', '.join(names)} FROM {table}")
            with cursor.copy(f"COPY {table} ({', '.join(names + extra)}) FROM STDIN") as copy:
                for row in rows:
                    values = list(row)
                    if extra:
                        values += _derived(table, dict(zip(names, row, strict=True)), extra)
                    copy.write_row(values)
        for table in tables:
            dst.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                f"(SELECT max(id) FROM {table}))")


def _derived(table: str, row: dict[str, Any], extra: list[str]) -> list[Any]:
    from desktop.rules.addresses import address_key  # type: ignore[import-not-found,unused-ignore]

    if table == "customer_address" and extra == ["detail_key"]:
        return [address_key(row["detail"])]
    raise SystemExit(f"{table}: do not know how to fill {extra}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sqlite", required=True, type=Path, help="a COPY of a large branch file (read only)")
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--analyse", action="store_true")
    parser.add_argument("--upgrade-from", metavar="REVISION",
                        help="PostgreSQL: copy into a database at REVISION, then time its upgrade to head")
    args = parser.parse_args()
    source = open_database(sqlite_url(args.sqlite))
    try:
        picked = samples(source, args.samples, args.seed)
        print(f"{len(picked)} addresses of {args.sqlite.name}, written another way; load {os.getloadavg()}")
        show_plan(source, picked[0])
        measure("SQLite", source, picked)
        measure("SQLite, new address", source, picked, new=True)
        if args.postgres:
            with postgres_database(None, "namesake") as (url, data_dir):
                target = open_database(url)
                try:
                    if args.upgrade_from:
                        run_migrations(target, "upgrade", args.upgrade_from)
                    else:
                        migrate(target)
                    t0 = time.perf_counter()
                    copy_to_postgres(source, target)
                    print(f"copied to PostgreSQL in {time.perf_counter() - t0:.1f} s")
                    if args.upgrade_from:
                        t0, c0, s0 = time.perf_counter(), time.process_time(), server_cpu_seconds(data_dir) or 0.0
                        migrate(target)
                        print(f"upgrade {args.upgrade_from} -> head: {time.perf_counter() - t0:.1f} s "
                              f"({time.process_time() - c0:.1f} s CPU here, "
                              f"{(server_cpu_seconds(data_dir) or 0.0) - s0:.1f} s server CPU; "
                              f"load {os.getloadavg()[0]:.2f})")
                    cpu = lambda: server_cpu_seconds(data_dir)  # noqa: E731
                    show_plan(target, picked[0])
                    measure("PostgreSQL, never analysed", target, picked, cpu)
                    measure("PostgreSQL, never analysed, new", target, picked, cpu, new=True)
                    if args.analyse:
                        with target.engine.connect() as conn:
                            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
                        target.engine.dispose()
                        show_plan(target, picked[0])
                        measure("PostgreSQL, analysed", target, picked, cpu)
                        measure("PostgreSQL, analysed, new address", target, picked, cpu, new=True)
                finally:
                    target.dispose()
    finally:
        source.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
