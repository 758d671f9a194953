"""What the times written on a returned sheet must satisfy, for repair visits and installations alike.

Seed 000 上门服务规范 1 has the engineer agree the time with the customer by phone before going: arriving before
that window is a broken promise of another kind (the customer was not expecting anyone), so it needs a reason.
A visit of a few minutes is not a visit: a sheet claiming one is a typing slip or a sheet filled in without going.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.errors import ValidationError

MIN_VISIT_MINUTES = 5


def check_visit_times(arrived_at: datetime, departed_at: datetime, now: datetime) -> None:
    """Refuses a sheet that ends before it starts, lasts under five minutes, or arrives in the future."""
    if arrived_at.tzinfo is None or departed_at.tzinfo is None:
        raise ValidationError("window_invalid", "arrived_at")
    if departed_at < arrived_at:
        raise ValidationError("departure_before_arrival", "departed_at")
    if departed_at - arrived_at < timedelta(minutes=MIN_VISIT_MINUTES):
        raise ValidationError("visit_too_short", "departed_at", minutes=MIN_VISIT_MINUTES)
    if arrived_at > now:
        raise ValidationError("arrival_in_future", "arrived_at")


def sheet_defaults(start: datetime, end: datetime, now: datetime) -> tuple[datetime, datetime]:
    """The arrival and departure a new sheet offers for a visit planned (or agreed) from `start` to `end`: that
    window once it is over; otherwise the engineer has just left, after staying as long as planned. The offer always
    passes check_visit_times: a sheet recorded before its planned hour (the engineer went early, the clerk hears of
    it at once) offered arrival = departure = now, which is always refused."""
    departed = min(end, now.replace(second=0, microsecond=0))
    if departed - start >= timedelta(minutes=MIN_VISIT_MINUTES):
        return start, departed
    return departed - max(end - start, timedelta(minutes=MIN_VISIT_MINUTES)), departed


def arrived_early(arrived_at: datetime, agreed_start: datetime | None) -> bool:
    """Before the window agreed with the customer (to the minute the sheet is written in)."""
    if agreed_start is None:
        return False
    return arrived_at.replace(second=0, microsecond=0) < agreed_start.replace(second=0, microsecond=0)


def check_early_arrival(arrived_at: datetime, agreed_start: datetime | None, reason: str) -> None:
    if arrived_early(arrived_at, agreed_start) and not reason.strip():
        raise ValidationError("early_arrival_reason_required", "early_arrival_reason",
                              agreed_start=agreed_start.isoformat() if agreed_start else "")
