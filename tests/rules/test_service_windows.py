"""On-site windows by product line and priority, and a running clock after a priority change (pure rules)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.errors import ValidationError
from desktop.rules.service_windows import (
    default_windows,
    effective_windows,
    reprioritised_due,
    validate_windows,
    window_minutes,
)

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize("catalogue, expected", [
    (24 * 60, {"normal": 1440, "urgent": 240, "critical": 60}),
    (120, {"normal": 120, "urgent": 120, "critical": 60}),
    (30, {"normal": 30, "urgent": 30, "critical": 30}),
])
def test_a_priority_never_lengthens_the_line_window(catalogue: int, expected: dict) -> None:
    assert dict(default_windows(catalogue)) == expected


def test_the_branch_table_wins_where_it_has_a_row() -> None:
    stored = {"solar": {"normal": 600, "urgent": 120, "critical": 30}}
    assert window_minutes(stored, "solar", "urgent", 1440) == 120
    assert window_minutes(stored, "purifier", "urgent", 1440) == 240
    assert effective_windows(stored, {"solar": 1440, "campus": 30}) == {
        "solar": {"normal": 600, "urgent": 120, "critical": 30},
        "campus": {"normal": 30, "urgent": 30, "critical": 30}}
    with pytest.raises(ValidationError):
        window_minutes(stored, "solar", "whenever", 1440)


def test_validation_keeps_urgent_no_longer_than_normal() -> None:
    ok = {"solar": {"normal": 60, "urgent": 60, "critical": 45}}
    assert validate_windows(ok, ("solar",)) == ok
    with pytest.raises(ValidationError) as err:
        validate_windows({"solar": {"normal": 60, "urgent": 45, "critical": 50}}, ("solar",))
    assert (err.value.code, err.value.field) == ("urgent_window_longer", "onsite_windows.solar.critical")
    with pytest.raises(ValidationError):
        validate_windows({"solar": {"normal": 8 * 24 * 60, "urgent": 60, "critical": 45}}, ("solar",))
    with pytest.raises(ValidationError):
        validate_windows({"solar": {"normal": True, "urgent": 1, "critical": 1}}, ("solar",))


def test_raising_the_priority_brings_the_deadline_closer() -> None:
    due = T0 + timedelta(hours=24)
    assert reprioritised_due(T0, due, 60, T0 + timedelta(minutes=10)) == T0 + timedelta(hours=1)
    # Two hours in, a one-hour window is due now, not in the past.
    now = T0 + timedelta(hours=2)
    assert reprioritised_due(T0, due, 60, now) == now


def test_lowering_gives_time_back_unless_the_deadline_was_missed() -> None:
    due = T0 + timedelta(hours=1)
    assert reprioritised_due(T0, due, 24 * 60, T0 + timedelta(minutes=30)) == T0 + timedelta(hours=24)
    assert reprioritised_due(T0, due, 24 * 60, T0 + timedelta(hours=2)) == due
    # Raising after the deadline passed keeps the missed one too.
    assert reprioritised_due(T0, due, 30, T0 + timedelta(hours=2)) == due
