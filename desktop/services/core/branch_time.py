"""The branch's own clock: its time zone, its local day, and the end of that day in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, event, select
from sqlalchemy.orm import Session, SessionTransaction, object_session

from desktop.clock import BRANCH_TZ
from desktop.models import Branch

_CACHE = "branch_tz"
_ZONE = select(Branch.timezone).where(Branch.id == bindparam("branch_id"))


def branch_tz(session: Session, branch_id: int) -> ZoneInfo:
    # One save asks several times (a report: the visit's day, the repair warranty, the callback's due time): read
    # once per transaction; setting a branch's time zone forgets it (_zone_changed).
    cache: dict[int, ZoneInfo] = session.info.setdefault(_CACHE, {})
    if branch_id in cache:
        return cache[branch_id]
    name = session.scalar(_ZONE, {"branch_id": branch_id})
    try:
        tz = ZoneInfo(name) if name else BRANCH_TZ
    except (KeyError, ValueError):
        tz = BRANCH_TZ
    cache[branch_id] = tz
    return tz


@event.listens_for(Branch.timezone, "set")
def _zone_changed(target: Branch, _value: object, _old: object, _initiator: object) -> None:
    session = object_session(target)
    if session is not None:
        session.info.pop(_CACHE, None)


@event.listens_for(Session, "after_transaction_end")
def _forget(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the session's own transaction, not a flush's or a savepoint's
        session.info.pop(_CACHE, None)


def end_of_local_day(day: date, tz: ZoneInfo) -> datetime:
    """The last second of the branch's local day, in UTC: "the same day" (seed 002 §八) ends at local midnight."""
    return (datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz) - timedelta(seconds=1)).astimezone(UTC)


def local_day(moment: datetime, tz: ZoneInfo) -> date:
    return moment.astimezone(tz).date()
