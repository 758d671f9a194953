"""On-site windows per product line and ticket priority (docs/domain.md), and what a priority change does
to a running on-site clock.

The catalogue gives each product line its own window (seed 002 §4.5: 2 hours for vending machines, 30 minutes for
campus units; seed 000's 24-hour service for the rest). A more urgent ticket gets a shorter one: seed 003 asks the
engineer to respond on site within 1 hour when the phone cannot solve it, which is the default for a critical
ticket; "urgent" halves the gap to 4 hours [P]. A priority never lengthens a line's own window. The branch edits the
whole table in Settings; lines it has not edited take these defaults from their catalogue window.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from datetime import datetime, timedelta
from types import MappingProxyType

from desktop.errors import ValidationError

# The ticket priorities, least urgent first (as desktop.models.ticket.PRIORITIES; rules import no models).
PRIORITIES = ("normal", "urgent", "critical")
# [P] no seed gives a figure between the line's window and seed 003's hour.
URGENT_CAP_MINUTES = 4 * 60
# Seed 003 电话服务规范 (一)(3): 「要求技服工程师做到1小时之内做到现场响应」.
CRITICAL_CAP_MINUTES = 60
# A week: anything longer is a typing error, not a service promise.
MAX_WINDOW_MINUTES = 7 * 24 * 60

Windows = Mapping[str, Mapping[str, int]]


def default_windows(catalogue_minutes: int) -> Mapping[str, int]:
    """The three windows of a product line whose branch table has no row yet."""
    normal = max(1, int(catalogue_minutes))
    return MappingProxyType({"normal": normal, "urgent": min(normal, URGENT_CAP_MINUTES),
                             "critical": min(normal, CRITICAL_CAP_MINUTES)})


def effective_windows(stored: Windows | None, catalogue: Mapping[str, int]) -> dict[str, dict[str, int]]:
    """Every catalogue line with its three windows: the branch's row where it has one, else the defaults."""
    stored = stored or {}
    out: dict[str, dict[str, int]] = {}
    for line, minutes in catalogue.items():
        row = dict(default_windows(minutes))
        row.update({p: int(v) for p, v in (stored.get(line) or {}).items() if p in PRIORITIES})
        out[line] = row
    return out


def window_minutes(stored: Windows | None, line: str, priority: str, catalogue_minutes: int) -> int:
    if priority not in PRIORITIES:
        raise ValidationError("unknown_value", "priority", value=priority)
    row = (stored or {}).get(line) or {}
    value = row.get(priority)
    return int(value) if value is not None else default_windows(catalogue_minutes)[priority]


def validate_windows(windows: Windows, lines: tuple[str, ...] | frozenset[str]) -> dict[str, dict[str, int]]:
    """The table as the settings store keeps it; refuses unknown lines or priorities, non-positive or week-long
    windows, and a more urgent priority with a longer window than a less urgent one."""
    clean: dict[str, dict[str, int]] = {}
    for line, row in windows.items():
        if line not in lines:
            raise ValidationError("unknown_product_line", "onsite_windows", value=line)
        if set(row) != set(PRIORITIES):
            raise ValidationError("malformed", f"onsite_windows.{line}")
        values: dict[str, int] = {}
        for priority in PRIORITIES:
            minutes = row[priority]
            if not isinstance(minutes, int) or isinstance(minutes, bool):
                raise ValidationError("not_an_integer", f"onsite_windows.{line}.{priority}")
            if not 1 <= minutes <= MAX_WINDOW_MINUTES:
                raise ValidationError("window_out_of_range", f"onsite_windows.{line}.{priority}", value=minutes,
                                      maximum=MAX_WINDOW_MINUTES)
            values[priority] = minutes
        for less, more in itertools.pairwise(PRIORITIES):
            if values[more] > values[less]:
                raise ValidationError("urgent_window_longer", f"onsite_windows.{line}.{more}", line=line,
                                      priority=more)
        clean[line] = values
    return clean


def reprioritised_due(started_at: datetime, due_at: datetime, minutes: int, now: datetime) -> datetime:
    """The on-site clock's new deadline after a priority change: the new window counted from the clock's start.
    A raised priority moves the deadline closer (never before now: the engineer cannot have been late already
    because of a change made now). A lowered priority gives time back, except on a deadline already missed."""
    target = started_at + timedelta(minutes=minutes)
    if target < due_at:
        return max(target, now) if due_at > now else due_at
    return due_at if due_at < now else target
