"""Export periods as typed on the command line or chosen in the dialog: day, ISO week, month, custom range."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desktop.errors import ValidationError
from desktop.services.core.validation import check_day

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$", re.IGNORECASE)


@dataclass(frozen=True)
class Period:
    """Branch-local calendar days, both ends included."""

    start: date
    end: date

    def utc_bounds(self, zone: ZoneInfo) -> tuple[datetime, datetime]:
        """[start, end) as aware UTC instants: local midnight of the first day to local midnight after the last."""
        low = datetime.combine(self.start, time(0), zone).astimezone(UTC)
        high = datetime.combine(self.end + timedelta(days=1), time(0), zone).astimezone(UTC)
        return low, high

    @property
    def label(self) -> str:
        return self.start.isoformat() if self.start == self.end else f"{self.start}..{self.end}"


def day(value: date) -> Period:
    return Period(value, value)


def iso_week(value: date) -> Period:
    monday = value - timedelta(days=value.weekday())
    return Period(monday, monday + timedelta(days=6))


def month(value: date) -> Period:
    first = value.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return Period(first, following - timedelta(days=1))


def parse_period(text: str, today: date) -> Period:
    """"2026-11", "2026-W47", "2026-11-25", "2026-11-01..2026-11-15", or yesterday / last-week / last-month
    (relative forms are for a scheduled task that runs every night, week or month)."""
    text = text.strip()
    relative = {"today": lambda: day(today), "yesterday": lambda: day(today - timedelta(days=1)),
                "last-week": lambda: iso_week(today - timedelta(days=7)),
                "last-month": lambda: month(today.replace(day=1) - timedelta(days=1)),
                "this-month": lambda: month(today)}
    try:
        if text.lower() in relative:
            return relative[text.lower()]()
        if ".." in text:
            first, last = (date.fromisoformat(p.strip()) for p in text.split("..", 1))
            if last < first:
                raise ValidationError("period_reversed", "period", value=text)
            found = Period(first, last)
        elif m := _WEEK.match(text):
            found = iso_week(date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1))
        elif m := _MONTH.match(text):
            found = month(date(int(m.group(1)), int(m.group(2)), 1))
        else:
            found = day(date.fromisoformat(text))
    except (ValueError, OverflowError) as exc:
        raise ValidationError("period_invalid", "period", value=text) from exc
    # Year 1 or 9999 would leave the calendar when the local days become UTC instants.
    check_day(found.start, "period")
    check_day(found.end, "period")
    return found
