"""The branch's own clock: its time zone, its local day, and the end of that day in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.clock import BRANCH_TZ
from desktop.models import Branch


def branch_tz(session: Session, branch_id: int) -> ZoneInfo:
    name = session.scalar(select(Branch.timezone).where(Branch.id == branch_id))
    try:
        return ZoneInfo(name) if name else BRANCH_TZ
    except (KeyError, ValueError):
        return BRANCH_TZ


def end_of_local_day(day: date, tz: ZoneInfo) -> datetime:
    """The last second of the branch's local day, in UTC: "the same day" (seed 002 §八) ends at local midnight."""
    return (datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz) - timedelta(seconds=1)).astimezone(UTC)


def local_day(moment: datetime, tz: ZoneInfo) -> date:
    return moment.astimezone(tz).date()
