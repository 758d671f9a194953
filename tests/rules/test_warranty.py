"""Tests of the warranty policy, the shared date arithmetic and the intake warranty status."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.errors import ValidationError
from desktop.rules.warranty import (
    PeriodRule,
    WarrantyPolicy,
    add_months,
    clock_start,
    period_end,
    warranty_status,
)

DEFAULT = WarrantyPolicy.default()


def status(today: date, **overrides):
    args = dict(
        product_line="solar",
        usage="household",
        invoice_date=date(2024, 3, 1),
        installation_date=None,
        production_date=None,
        proof="invoice",
        today=today,
        policy=DEFAULT,
    )
    args.update(overrides)
    return warranty_status(**args)


# --- policy ------------------------------------------------------------------------------------------------------


def test_default_policy_is_the_proposed_defaults_of_section_1_3():
    p = DEFAULT
    assert p.period_for("solar", "household") == PeriodRule(12, 36)
    assert p.period_for("solar", "commercial").whole_unit_months == 6
    assert p.period_for("purifier", "household") == PeriodRule(12, 12)
    assert p.main_parts["solar"] == {"tank", "tube", "collector", "bracket"}
    assert p.is_consumable("purifier", "filter") and not p.is_consumable("solar", "filter")
    assert p.depreciation_rate_per_day == Decimal("0.0005")
    assert (p.repair_warranty_days, p.failed_repairs_before_exchange) == (90, 2)
    assert (p.clock_start, p.holiday_extension) == ("installation", False)
    assert p.hq_confirms_exchange and p.hq_confirms_refund
    assert p.validate() is p


def test_policy_survives_a_json_round_trip():
    custom = dataclasses.replace(
        DEFAULT,
        depreciation_rate_per_day=Decimal("0.0010"),
        clock_start="invoice",
        holiday_extension=True,
        rest_days=frozenset({date(2025, 10, 1), date(2025, 10, 2)}),
        periods={**DEFAULT.periods, "solar": {"household": PeriodRule(12, 60)}},
    )
    stored = json.dumps(custom.to_dict())
    restored = WarrantyPolicy.from_dict(json.loads(stored))
    assert restored == custom
    assert restored.period_for("solar", "household").main_parts_months == 60
    assert restored.depreciation_rate_per_day == Decimal("0.0010")


def test_older_stored_policy_gets_defaults_for_missing_keys():
    restored = WarrantyPolicy.from_dict({"version": 1, "repair_warranty_days": 30})
    assert restored.repair_warranty_days == 30
    assert restored.periods == DEFAULT.periods


def test_policy_is_immutable():
    with pytest.raises(TypeError):
        DEFAULT.periods["solar"] = {}  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT.repair_warranty_days = 10  # type: ignore[misc]


def _periods(whole: int, main: int):
    return {**DEFAULT.periods, "solar": {"household": PeriodRule(whole, main)}}


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"periods": _periods(-1, 36)}, "negative_period", "periods.solar.household.whole_unit_months"),
        ({"periods": _periods(12, -3)}, "negative_period", "periods.solar.household.main_parts_months"),
        (
            {"periods": _periods(12, 6)},
            "main_parts_shorter_than_whole_unit",
            "periods.solar.household.main_parts_months",
        ),
        ({"periods": {"solar": {"industrial": PeriodRule(12, 12)}}}, "unknown_usage", "periods.solar.industrial"),
        ({"periods": {}}, "no_product_lines", "periods"),
        ({"main_parts": {"solar": {"tank", "roof"}}}, "unknown_part", "main_parts.solar"),
        ({"main_parts": {"boiler": {"tank"}}}, "unknown_product_line", "main_parts.boiler"),
        ({"consumable_parts": {"solar": {"tank"}}}, "part_both_main_and_consumable", "main_parts.solar"),
        ({"depreciation_rate_per_day": Decimal("-0.0001")}, "rate_out_of_range", "depreciation_rate_per_day"),
        ({"depreciation_rate_per_day": Decimal("1")}, "rate_out_of_range", "depreciation_rate_per_day"),
        ({"depreciation_rate_per_day": 0.0005}, "not_a_decimal", "depreciation_rate_per_day"),
        ({"repair_warranty_days": 29}, "below_statutory_floor", "repair_warranty_days"),
        ({"failed_repairs_before_exchange": 0}, "must_be_positive", "failed_repairs_before_exchange"),
        ({"no_proof_start_offset_days": -1}, "negative_period", "no_proof_start_offset_days"),
        ({"clock_start": "delivery"}, "unknown_clock_start", "clock_start"),
        ({"repair_warranty_days": True}, "not_an_integer", "repair_warranty_days"),
    ],
)
def test_validate_rejects_bad_settings(changes, code, field):
    with pytest.raises(ValidationError) as caught:
        dataclasses.replace(DEFAULT, **changes).validate()
    assert (caught.value.code, caught.value.field) == (code, field)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"version": 2}, "version"),
        ({"periods": {"solar": {"household": {"whole_unit_months": 12}}}}, "periods"),
        ({"main_parts": {"solar": "tank"}}, "main_parts"),
        ({"depreciation_rate_per_day": "a lot"}, "depreciation_rate_per_day"),
        ({"rest_days": ["next monday"]}, "rest_days"),
        ({"hq_confirms_refund": "yes"}, "hq_confirms_refund"),
        ({"repair_warranty_days": "90"}, "repair_warranty_days"),
        (
            {"periods": {"solar": {"household": {"whole_unit_months": -12, "main_parts_months": 36}}}},
            "periods.solar.household.whole_unit_months",
        ),
    ],
)
def test_from_dict_rejects_malformed_data(data, field):
    with pytest.raises(ValidationError) as caught:
        WarrantyPolicy.from_dict(data)
    assert caught.value.field == field


# --- date arithmetic ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (date(2024, 3, 1), 12, date(2025, 3, 1)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2024, 2, 29), 36, date(2027, 2, 28)),
        (date(2024, 8, 31), 6, date(2025, 2, 28)),
        (date(2023, 8, 31), 6, date(2024, 2, 29)),
        (date(2024, 12, 15), 1, date(2025, 1, 15)),
        (date(2024, 1, 31), 0, date(2024, 1, 31)),
    ],
)
def test_add_months(start, months, end):
    assert add_months(start, months) == end


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 120))
def test_add_months_lands_on_the_same_day_or_the_month_end(start, months):
    end = add_months(start, months)
    assert (end.year - start.year) * 12 + end.month - start.month == months
    next_day = end + timedelta(days=1)
    assert end.day == start.day or (end.day < start.day and next_day.day == 1)


def test_period_end_adds_repair_days_then_skips_rest_days():
    holidays = dataclasses.replace(DEFAULT, holiday_extension=True, rest_days=frozenset({date(2025, 3, 11)}))
    assert period_end(date(2024, 3, 1), 12, 10, DEFAULT) == date(2025, 3, 11)
    assert period_end(date(2024, 3, 1), 12, 10, holidays) == date(2025, 3, 12)


@pytest.mark.parametrize(
    ("proof", "kwargs", "expected"),
    [
        ("invoice", {"invoice_date": date(2024, 3, 1)}, (date(2024, 3, 1), "invoice")),
        (
            "invoice",
            {"invoice_date": date(2024, 3, 1), "installation_date": date(2024, 3, 5)},
            (date(2024, 3, 5), "installation"),
        ),
        (
            "invoice",
            {"invoice_date": date(2024, 3, 1), "installation_date": date(2024, 3, 5), "installed_by_us": False},
            (date(2024, 3, 1), "invoice"),
        ),
        # an installation before the invoice (paid later) does not move the clock back
        (
            "invoice",
            {"invoice_date": date(2024, 3, 10), "installation_date": date(2024, 3, 5)},
            (date(2024, 3, 10), "invoice"),
        ),
        ("card_only", {"card_date": date(2024, 3, 2)}, (date(2024, 3, 2), "card")),
        ("card_only", {"installation_date": date(2024, 3, 5)}, (date(2024, 3, 5), "installation")),
        ("card_only", {"production_date": date(2024, 1, 1)}, (date(2024, 3, 31), "production")),
        ("none", {"production_date": date(2023, 12, 1)}, (date(2024, 2, 29), "production")),
        (
            "none",
            {"production_date": date(2023, 12, 1), "installation_date": date(2024, 4, 1)},
            (date(2024, 4, 1), "installation"),
        ),
    ],
)
def test_clock_start(proof, kwargs, expected):
    args = {"invoice_date": None, "installation_date": None, "production_date": None, "installed_by_us": True}
    args.update(kwargs)
    start = clock_start(DEFAULT, proof=proof, **args)
    assert (start.start_date, start.basis) == expected


def test_clock_start_by_invoice_ignores_installation():
    by_invoice = dataclasses.replace(DEFAULT, clock_start="invoice")
    start = clock_start(
        by_invoice,
        proof="invoice",
        invoice_date=date(2024, 3, 1),
        installation_date=date(2024, 3, 9),
        production_date=None,
        installed_by_us=True,
    )
    assert start.start_date == date(2024, 3, 1)


def test_no_start_without_any_date():
    assert (
        clock_start(
            DEFAULT,
            proof="invoice",
            invoice_date=None,
            installation_date=None,
            production_date=None,
            installed_by_us=True,
        )
        is None
    )


# --- intake status -------------------------------------------------------------------------------------------


def test_status_inside_whole_unit_period():
    s = status(date(2024, 12, 31))
    assert s.coverage == "whole_unit"
    assert (s.start_date, s.whole_unit_end, s.main_parts_end) == (date(2024, 3, 1), date(2025, 3, 1), date(2027, 3, 1))
    assert s.days_left_whole_unit == 60
    assert s.days_left_main_parts == (date(2027, 3, 1) - date(2024, 12, 31)).days


@pytest.mark.parametrize(
    ("today", "coverage", "left_whole", "left_main"),
    [
        (date(2025, 3, 1), "whole_unit", 0, 730),
        (date(2025, 3, 2), "main_parts", 0, 729),
        (date(2027, 3, 1), "main_parts", 0, 0),
        (date(2027, 3, 2), "out_of_period", 0, 0),
    ],
)
def test_status_boundaries(today, coverage, left_whole, left_main):
    s = status(today)
    assert (s.coverage, s.days_left_whole_unit, s.days_left_main_parts) == (coverage, left_whole, left_main)


def test_purifier_has_no_main_part_period():
    s = status(date(2025, 3, 2), product_line="purifier")
    assert (s.coverage, s.main_parts_end, s.days_left_main_parts) == ("out_of_period", None, None)


def test_commercial_solar_whole_unit_is_six_months_with_no_main_part_extension():
    # A maker's published policy: a retail unit in commercial use has 6 months, main parts included.
    assert DEFAULT.period_for("solar", "commercial") == PeriodRule(6, 6)
    assert status(date(2024, 9, 1), usage="commercial").coverage == "whole_unit"
    late = status(date(2024, 9, 2), usage="commercial")
    assert (late.coverage, late.main_parts_end, late.days_left_main_parts) == ("out_of_period", None, None)


def test_commercial_use_stays_a_policy_setting_hq_can_change():
    # HQ may keep the main-part promise for commercial users: the policy round-trips and the engine follows it.
    hq = dataclasses.replace(DEFAULT, periods={**DEFAULT.periods, "solar": {**DEFAULT.periods["solar"],
                                                                            "commercial": PeriodRule(6, 36)}})
    stored = WarrantyPolicy.from_dict(hq.to_dict())
    assert stored.period_for("solar", "commercial") == PeriodRule(6, 36)
    s = warranty_status("solar", "commercial", date(2024, 3, 1), None, None, "invoice", date(2024, 9, 2), stored,
                        installed_by_us=False)
    assert s.coverage == "main_parts"


def test_every_product_line_of_the_catalogue_is_covered():
    # Seed 002's vending machines and campus units have a policy by default; a line HQ never set gets one year.
    for line in ("solar", "purifier", "vending", "campus"):
        assert DEFAULT.period_for(line, "household").whole_unit_months == 12
    assert DEFAULT.is_consumable("vending", "filter") and DEFAULT.is_consumable("campus", "membrane")
    old = WarrantyPolicy.from_dict({"periods": {"solar": {"household": {"whole_unit_months": 12,
                                                                        "main_parts_months": 36}}},
                                    "main_parts": {"solar": ["tank"]}, "consumable_parts": {"solar": []}})
    with pytest.raises(ValidationError):
        old.period_for("campus", "household")
    covered = old.covering(["solar", "campus", "kiosk"])
    assert covered.period_for("solar", "household") == PeriodRule(12, 36)  # what HQ set stays
    assert covered.period_for("campus", "commercial") == PeriodRule(12, 12)
    assert covered.period_for("kiosk", "household") == PeriodRule(12, 12) and not covered.main_parts["kiosk"]
    assert covered.validate() is covered
    assert old.covering(["solar"]) is old


def test_status_counts_from_our_installation_only_when_we_installed():
    ours = status(date(2025, 3, 5), installation_date=date(2024, 3, 10))
    theirs = status(date(2025, 3, 5), installation_date=date(2024, 3, 10), installed_by_us=False)
    assert (ours.coverage, ours.start_date) == ("whole_unit", date(2024, 3, 10))
    assert (theirs.coverage, theirs.start_date) == ("main_parts", date(2024, 3, 1))


def test_status_repair_days_extend_the_period():
    assert status(date(2025, 3, 11), repair_days=10).coverage == "whole_unit"
    assert status(date(2025, 3, 12), repair_days=10).coverage == "main_parts"


def test_status_leap_day_start():
    assert status(date(2025, 2, 28), invoice_date=date(2024, 2, 29)).coverage == "whole_unit"
    assert status(date(2025, 3, 1), invoice_date=date(2024, 2, 29)).coverage == "main_parts"


def test_status_without_proof_counts_from_production_plus_90_days():
    s = status(date(2025, 2, 28), proof="none", invoice_date=None, production_date=date(2023, 12, 1))
    assert (s.coverage, s.start_date, s.whole_unit_end) == ("whole_unit", date(2024, 2, 29), date(2025, 2, 28))


@pytest.mark.parametrize(
    "overrides",
    [
        {"product_line": "water_vending"},
        {"usage": "industrial"},
        {"invoice_date": None},
        {"proof": "none", "invoice_date": None},
    ],
)
def test_status_unknown(overrides):
    s = status(date(2024, 6, 1), **overrides)
    assert s.coverage == "unknown"
    assert s.start_date is None and s.days_left_whole_unit is None


def test_status_rejects_bad_input():
    with pytest.raises(ValidationError):
        status(date(2024, 6, 1), proof="receipt")
    with pytest.raises(ValidationError):
        status(date(2024, 6, 1), repair_days=-1)


@given(st.integers(0, 2500), st.integers(1, 2000))
def test_status_coverage_only_shrinks_over_time(offset, delay):
    rank = {"whole_unit": 2, "main_parts": 1, "out_of_period": 0}
    today = date(2024, 3, 1) + timedelta(days=offset)
    earlier = status(today)
    later = status(today + timedelta(days=delay))
    assert rank[later.coverage] <= rank[earlier.coverage]
    assert later.days_left_whole_unit <= earlier.days_left_whole_unit
