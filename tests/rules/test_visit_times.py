"""The times a new visit sheet offers (rules/visit_times.sheet_defaults) always pass the sheet's own checks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.rules.visit_times import MIN_VISIT_MINUTES, check_visit_times, sheet_defaults

NOW = datetime(2026, 11, 29, 6, 30, 42, tzinfo=UTC)


def test_a_window_that_is_over_is_offered_as_it_was_planned() -> None:
    start, end = NOW - timedelta(hours=5), NOW - timedelta(hours=3)
    assert sheet_defaults(start, end, NOW) == (start, end)


def test_a_window_under_way_ends_now() -> None:
    start, end = NOW - timedelta(hours=1), NOW + timedelta(hours=1)
    assert sheet_defaults(start, end, NOW) == (start, NOW.replace(second=0))


@pytest.mark.parametrize("starts_in", [timedelta(hours=20), timedelta(minutes=1), timedelta(minutes=-2)])
def test_a_sheet_recorded_before_its_window_offers_a_visit_as_long_as_planned(starts_in: timedelta) -> None:
    """Dispatched for tomorrow, the engineer went today: arrival = departure = now was always refused."""
    start = NOW + starts_in
    end = start + timedelta(hours=2)
    arrived, departed = sheet_defaults(start, end, NOW)
    assert departed == NOW.replace(second=0) and departed - arrived == timedelta(hours=2)
    check_visit_times(arrived, departed, NOW)


@pytest.mark.parametrize("minutes", [0, 3, MIN_VISIT_MINUTES, 90])
def test_every_offer_passes_the_sheet_checks(minutes: int) -> None:
    for offset in (timedelta(hours=-30), timedelta(minutes=-4), timedelta(0), timedelta(hours=30)):
        start = NOW + offset
        arrived, departed = sheet_defaults(start, start + timedelta(minutes=minutes), NOW)
        check_visit_times(arrived, departed, NOW)
