"""Dates and times between Python and Qt's date edits, always as the branch's wall clock (安阳 time), whatever
the PC's own time zone: a clerk on a PC set to another zone still types and reads branch time."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime

from desktop.clock import BRANCH_TZ, local_today, to_local


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def today_qdate() -> QDate:
    """The branch's today, not the PC's."""
    return to_qdate(local_today())


def to_qdatetime(moment: datetime) -> QDateTime:
    """The branch-local wall time of an aware moment, to the minute."""
    local = to_local(moment)
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)


def from_qdatetime(value: QDateTime) -> datetime:
    """What the clerk typed, read as branch time."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=BRANCH_TZ)
