"""Dispatch warnings as a pure function: each code alone, their order, and a property over random slots."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desktop.clock import BRANCH_TZ
from desktop.rules.dispatch_checks import WARNING_ORDER, EngineerProfile, Slot, dispatch_warnings

ENGINEER = EngineerProfile(("文峰区",), ("solar",), "1111100", time(8), time(18))
MONDAY = datetime(2026, 11, 30, 9, 0, tzinfo=BRANCH_TZ)


def check(start: datetime, hours: float = 2, busy=(), district="文峰区", line="solar", deadline=None,  # type: ignore[no-untyped-def]
          engineer: EngineerProfile = ENGINEER) -> list[str]:
    return dispatch_warnings(engineer, Slot(start, start + timedelta(hours=hours)), busy, district=district,
                             product_line=line, deadline=deadline)


def test_a_good_slot_has_no_warning() -> None:
    assert check(MONDAY) == []


def test_each_warning_alone() -> None:
    assert check(MONDAY, busy=[Slot(MONDAY + timedelta(hours=1), MONDAY + timedelta(hours=3))]) == ["overlap"]
    assert check(MONDAY + timedelta(days=5)) == ["day_off"]
    assert check(MONDAY.replace(hour=7)) == ["outside_hours"]
    assert check(MONDAY.replace(hour=17)) == ["outside_hours"]
    assert check(MONDAY, district="殷都区") == ["area_mismatch"]
    assert check(MONDAY, line="purifier") == ["skill_mismatch"]
    assert check(MONDAY, deadline=MONDAY - timedelta(minutes=1)) == ["after_deadline"]
    inactive = EngineerProfile(("文峰区",), ("solar",), "1111100", time(8), time(18), active=False)
    assert check(MONDAY, engineer=inactive) == ["inactive_engineer"]


def test_touching_visits_do_not_overlap_and_unknown_place_is_not_a_mismatch() -> None:
    assert check(MONDAY, busy=[Slot(MONDAY + timedelta(hours=2), MONDAY + timedelta(hours=3))]) == []
    assert check(MONDAY, district=None, line=None) == []


def test_past_midnight_is_outside_hours() -> None:
    assert "outside_hours" in check(MONDAY.replace(hour=23), hours=2)


@given(st.integers(min_value=0, max_value=7 * 24 * 4), st.integers(min_value=1, max_value=12 * 4))
def test_warnings_are_known_codes_in_the_stable_order(quarter: int, length: int) -> None:
    start = MONDAY + timedelta(minutes=15 * quarter)
    found = check(start, hours=length / 4, busy=[Slot(MONDAY, MONDAY + timedelta(hours=30))])
    assert found == [code for code in WARNING_ORDER if code in found]
    assert ("day_off" in found) == (start.weekday() >= 5)


def test_an_engineer_of_towns_matches_an_address_in_one_of_them() -> None:
    towns = EngineerProfile(("吕村镇", "白壁镇"), ("solar",), "1111100", time(8), time(18))

    def town_check(district: str | None, town: str | None) -> list[str]:
        return dispatch_warnings(towns, Slot(MONDAY, MONDAY + timedelta(hours=2)), (), district=district,
                                 town=town, product_line="solar", deadline=None)

    assert town_check("安阳县", "吕村镇") == []
    assert town_check("安阳县", "韩陵镇") == ["area_mismatch"]
    # Town not known: a town engineer is not known to cover it.
    assert town_check("安阳县", "") == ["area_mismatch"]
    # An engineer of the whole county covers each of its towns, and addresses with no town.
    assert check(MONDAY, district="文峰区") == []
    county = dispatch_warnings(ENGINEER, Slot(MONDAY, MONDAY + timedelta(hours=2)), (), district="文峰区",
                               town="东大街街道", product_line="solar", deadline=None)
    assert county == []
