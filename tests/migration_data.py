"""Rows for a database left at an older revision, written without the ORM (whose models are the newest schema).

A migration test upgrades a branch that already holds data; seeding it through today's models would insert columns
that the old revision does not have yet. `insert(conn, table, **values)` reflects the table as it is at that
revision and fills every required column the caller did not give with a plain value of its type."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, MetaData, Numeric, Table, Time
from sqlalchemy.engine import Connection

_FILLER = datetime(2026, 11, 20, 8, 0)


def _plain(column: Any, index: int) -> Any:
    kind = column.type
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, Integer | Numeric):
        # 1 satisfies the usual "positive" and "non-negative" checks (round, version, quantity).
        return 1
    if isinstance(kind, DateTime):
        return _FILLER
    if isinstance(kind, Date):
        return date(2026, 11, 20)
    if isinstance(kind, Time):
        return time(8, 0)
    if isinstance(kind, JSON) or column.name in ("areas", "skills", "answers", "facts", "checks"):
        return {} if column.name in ("answers", "facts", "checks") else []
    return f"{column.name}-{index}"


def insert(conn: Connection, table_name: str, **values: Any) -> None:
    table = Table(table_name, MetaData(), autoload_with=conn)
    row = dict(values)
    for index, column in enumerate(table.columns):
        if column.name in row or column.nullable or column.server_default is not None or column.autoincrement is True:
            continue
        if column.primary_key and isinstance(column.type, Integer):
            continue
        row[column.name] = _plain(column, index)
    conn.execute(table.insert().values(**row))


def old_branch(conn: Connection) -> None:
    """Branch 1 (AY01) with a supervisor (user 1) and a clerk (user 2), product line 1 (solar) and its model 1."""
    insert(conn, "branch", id=1, code="AY01", name="安阳网点", address="", hotline="", timezone="Asia/Shanghai",
           installation_id="00000000-0000-4000-8000-000000000001")
    insert(conn, "app_user", id=1, branch_id=1, username="admin", display_name="主管", role="supervisor",
           active=True, failed_attempts=0)
    insert(conn, "app_user", id=2, branch_id=1, username="clerk", display_name="客服", role="clerk",
           active=True, failed_attempts=0)
    insert(conn, "product_line", id=1, code="solar", name_zh="太阳能热水器", name_en="Solar water heater",
           onsite_window_minutes=1440)
    insert(conn, "product_model", id=1, product_line_id=1, code="HS-180", name="鸿盛 180L")
