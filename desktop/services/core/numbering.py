"""Allocates the next gapless number inside the caller's transaction (row lock on the counter)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desktop.models import NumberCounter
from desktop.rules.numbering import day_key, format_number


def next_number(session: Session, branch_id: int, branch_code: str, series: str, day: date) -> str:
    key = day_key(day)
    # An upsert is atomic on both databases: the counter row stays locked until the caller commits, so a
    # second clerk waits and then gets the next number; a rollback releases the number with the row.
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    upsert = insert(NumberCounter).values(branch_id=branch_id, series=series, day=key, last_seq=1)
    stmt = upsert.on_conflict_do_update(
        index_elements=[NumberCounter.branch_id, NumberCounter.series, NumberCounter.day],
        set_={"last_seq": NumberCounter.last_seq + 1},
    ).returning(NumberCounter.last_seq)
    seq = session.execute(stmt).scalar_one()
    return format_number(branch_code, series, day, seq)

