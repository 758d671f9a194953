"""Monthly partitions of the HQ tables, created as months arrive.

Created in a short transaction of their own, before a workbook's load transaction starts: creating a partition
locks its parent table against every reader, and a load holding that lock for its whole length would stall the
dashboard. A load killed afterwards leaves at most empty partitions, which the next load of that month uses."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Engine, text

from desktop.hq.schema import PARTITIONED, SCHEMA

# Any fixed number: serialises partition creation between loaders running side by side.
_LOCK_KEY = 0x4851_5041  # "HQPA"


def month_of(day: date) -> date:
    return day.replace(day=1)


def next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def months_between(start: date, end: date) -> list[date]:
    months, month = [], month_of(start)
    while month <= end:
        months.append(month)
        month = next_month(month)
    return months


def partition_name(table: str, month: date) -> str:
    return f"{table}_y{month.year:04d}m{month.month:02d}"


def existing_partitions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(text(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = :schema"), {"schema": SCHEMA}).scalars())


def ensure_partitions(engine: Engine, months: Iterable[date]) -> list[str]:
    """Create the missing partitions of every partitioned HQ table for these months; returns the names made."""
    wanted = sorted({month_of(m) for m in months})
    have = existing_partitions(engine)
    missing = [(t.name, m) for m in wanted for t in PARTITIONED if partition_name(t.name, m) not in have]
    if not missing:
        return []
    made = []
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        for table, month in missing:
            name = partition_name(table, month)
            # Names and bounds are ours (table names from the schema, dates formatted here), never user text.
            conn.exec_driver_sql(
                f'CREATE TABLE IF NOT EXISTS {SCHEMA}."{name}" PARTITION OF {SCHEMA}."{table}" '
                f"FOR VALUES FROM ('{month.isoformat()}') TO ('{next_month(month).isoformat()}')")
            made.append(name)
    return made
