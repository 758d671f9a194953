"""Dispatch warnings (issue 4): what a dispatcher must see before sending an engineer; no I/O.

The board warns instead of refusing: a branch short of staff does send an engineer on a day off or outside his
districts, and the dispatcher records why (Visit.override_reason).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time

from desktop.rules.addresses import covers

OVERLAP = "overlap"
DAY_OFF = "day_off"
OUTSIDE_HOURS = "outside_hours"
AREA_MISMATCH = "area_mismatch"
SKILL_MISMATCH = "skill_mismatch"
AFTER_DEADLINE = "after_deadline"
INACTIVE_ENGINEER = "inactive_engineer"

# Stable order, so the dialog lists the warnings the same way every time.
WARNING_ORDER = (INACTIVE_ENGINEER, OVERLAP, DAY_OFF, OUTSIDE_HOURS, AREA_MISMATCH, SKILL_MISMATCH, AFTER_DEADLINE)


@dataclass(frozen=True)
class EngineerProfile:
    areas: tuple[str, ...]
    skills: tuple[str, ...]
    # Monday..Sunday as '1'/'0', as stored on Engineer.working_days.
    working_days: str
    work_start: time
    work_end: time
    active: bool = True


@dataclass(frozen=True)
class Slot:
    """A proposed or existing visit window in the branch's local time (aware datetimes)."""

    start: datetime
    end: datetime

    def overlaps(self, other: Slot) -> bool:
        return self.start < other.end and other.start < self.end


def works_on(engineer: EngineerProfile, day_index: int) -> bool:
    """day_index: Monday = 0, as datetime.weekday()."""
    return len(engineer.working_days) == 7 and engineer.working_days[day_index] == "1"


def dispatch_warnings(engineer: EngineerProfile, slot: Slot, busy: Iterable[Slot], *, district: str | None,
                      product_line: str | None, deadline: datetime | None, town: str | None = None) -> list[str]:
    """Warning codes for sending `engineer` at local `slot`; `busy` holds his other live visits. The address's
    district and town: he is in his area when one of his areas is either (rules.addresses.covers)."""
    found: set[str] = set()
    if not engineer.active:
        found.add(INACTIVE_ENGINEER)
    if any(slot.overlaps(other) for other in busy):
        found.add(OVERLAP)
    if not works_on(engineer, slot.start.weekday()):
        found.add(DAY_OFF)
    if slot.start.timetz().replace(tzinfo=None) < engineer.work_start or _end_after_hours(engineer, slot):
        found.add(OUTSIDE_HOURS)
    if (district or town) and not covers(engineer.areas, district, town):
        found.add(AREA_MISMATCH)
    if product_line and product_line not in engineer.skills:
        found.add(SKILL_MISMATCH)
    # Arriving at the start of the window is what the customer was promised; a later start breaks it.
    if deadline is not None and slot.start > deadline:
        found.add(AFTER_DEADLINE)
    return [code for code in WARNING_ORDER if code in found]


def _end_after_hours(engineer: EngineerProfile, slot: Slot) -> bool:
    if slot.end.date() != slot.start.date():
        # Past midnight is outside anyone's hours, unless the end is exactly midnight and work ends at 24:00.
        return True
    return slot.end.timetz().replace(tzinfo=None) > engineer.work_end
