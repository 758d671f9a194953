"""One date/time convention: store UTC, show the branch's local time (Asia/Shanghai by default)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

BRANCH_TZ = ZoneInfo("Asia/Shanghai")


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_local(moment: datetime, tz: ZoneInfo = BRANCH_TZ) -> datetime:
    return moment.astimezone(tz)


def local_today(tz: ZoneInfo = BRANCH_TZ) -> date:
    return datetime.now(tz).date()


def local_date_of(moment: datetime, tz: ZoneInfo = BRANCH_TZ) -> date:
    return moment.astimezone(tz).date()
