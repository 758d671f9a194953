"""Product care (保养): when a unit's consumables (filters, membranes …) are due for replacement.

Seed 001 「客户关怀：结合客户情况，提供必要的产品保养提醒」. Each model has a replacement interval in months per
consumable; the clock runs from the last replacement on record, or from the installation (else the sale) when the
consumable has never been replaced. A routine replacement is care, not a repair: it is never a 返修."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

MAX_INTERVAL_MONTHS = 120


@dataclass(frozen=True)
class ConsumableDue:
    part_id: int
    interval_months: int
    last_replaced: date | None  # None: never replaced since the unit was installed
    due_on: date


def add_months(day: date, months: int) -> date:
    """Same day N months later; a day the target month lacks becomes its last day (31 Aug + 6 → 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_schedule(intervals: Iterable[tuple[int, int]], last_replaced: Mapping[int, date],
                 started: date | None) -> tuple[ConsumableDue, ...]:
    """For each (part_id, months): the next due date; parts with no starting point are left out. Soonest first."""
    out = []
    for part_id, months in intervals:
        if months <= 0:
            continue
        last = last_replaced.get(part_id)
        base = last or started
        if base is None:
            continue
        out.append(ConsumableDue(part_id, months, last, add_months(base, months)))
    return tuple(sorted(out, key=lambda d: (d.due_on, d.part_id)))


def due_by(schedule: Iterable[ConsumableDue], day: date) -> tuple[ConsumableDue, ...]:
    return tuple(d for d in schedule if d.due_on <= day)


def reminder_day(due_on: date, lead_days: int, today: date) -> date:
    """The call goes out `lead_days` before the due date, so the visit can be booked in time; never in the past."""
    return max(due_on - timedelta(days=max(0, lead_days)), today)
