"""Tests of the 三包 decision engine: one case per rule of the table (docs/domain.md) and boundary, then properties."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop.errors import ValidationError
from desktop.rules.adjudication import (
    CAUSES,
    EXCLUDED_CAUSES,
    PARTS,
    REMEDIES,
    RULE_IDS,
    ClaimFacts,
    Decision,
    Reason,
    WarrantyPolicy,
    adjudicate,
    remedy_strength,
)
from desktop.rules.rule_catalogue import RULES, rule_info
from desktop.rules.warranty import warranty_status

SOLD = date(2024, 3, 1)
PRICE = Decimal("3000.00")
DEFAULT = WarrantyPolicy.default()


def facts(**overrides) -> ClaimFacts:
    """A solar household claim with an invoice, an inspected quality fault in the controller, 30 days after sale."""
    base = dict(
        product_line="solar",
        usage="household",
        invoice_date=SOLD,
        proof="invoice",
        report_date=SOLD + timedelta(days=30),
        fault_category="performance",
        part="controller",
        cause="quality",
        inspection_on_file=True,
        invoice_price=PRICE,
        same_model_available=True,
    )
    base.update(overrides)
    return ClaimFacts(**base)


def on_day(d: int, **overrides) -> ClaimFacts:
    return facts(report_date=SOLD + timedelta(days=d), **overrides)


def no_reason(d: int, **overrides) -> ClaimFacts:
    base = dict(claim_basis="no_reason", sales_channel="remote", installed=False, intact=True, cause=None)
    base.update(overrides)
    return on_day(d, **base)


def policy(**changes) -> WarrantyPolicy:
    return dataclasses.replace(DEFAULT, **changes)


def codes(decision: Decision) -> set[tuple[str, str]]:
    return {(r.rule_id, r.code) for r in decision.explanation}


ALL3 = frozenset({"refund", "exchange", "repair"})
NONE = frozenset()
REPAIR = frozenset({"repair"})

# (claim facts, policy, outcome, rule_id, allowed, other Decision attributes expected)
CASES = {
    # --- no-reason returns (消保法 art. 25) -----------------------------------------------------------------
    "NR-0 store sale": (
        no_reason(2, sales_channel="store"),
        DEFAULT,
        "refuse",
        "NR-0",
        NONE,
        {"charged_repair_offered": False, "approvals": ("supervisor",)},
    ),
    "NR-3 remote d=8": (no_reason(8), DEFAULT, "refuse", "NR-3", NONE, {"day_index": 8}),
    "NR-1 remote d=7": (
        no_reason(7, requested_remedy="refund"),
        DEFAULT,
        "refund",
        "NR-1",
        frozenset({"refund"}),
        {
            "refund_amount": PRICE,
            "cost_bearer": "customer",
            "approvals": ("supervisor", "hq"),
            "requested_denied": False,
        },
    ),
    "NR-1 counts from receipt": (
        no_reason(11, received_date=SOLD + timedelta(days=4)),
        DEFAULT,
        "refund",
        "NR-1",
        frozenset({"refund"}),
        {"day_index": 7},
    ),
    "NR-2 installed": (no_reason(3, installed=True), DEFAULT, "refuse", "NR-2", NONE, {}),
    "NR-2 not intact": (no_reason(3, intact=False), DEFAULT, "refuse", "NR-2", NONE, {}),
    "NR-2 custom made": (no_reason(3, custom_made=True), DEFAULT, "refuse", "NR-2", NONE, {}),
    # --- document and cause exclusions (inspection on file) ------------------------------------------------
    "X-DOC-ALT": (
        on_day(3, voucher_altered_or_mismatch=True),
        DEFAULT,
        "refuse",
        "X-DOC-ALT",
        NONE,
        {"charged_repair_offered": True, "approvals": ("supervisor",), "cost_bearer": "customer"},
    ),
    "X-DOC-ALT no inspection": (
        on_day(3, voucher_altered_or_mismatch=True, inspection_on_file=False),
        DEFAULT,
        "inspection_required",
        "INSPECT",
        NONE,
        {"approvals": (), "cost_bearer": None},
    ),
    "X-MIS beats R-7": (
        on_day(3, cause="misuse", requested_remedy="refund"),
        DEFAULT,
        "refuse",
        "X-MIS",
        NONE,
        {"requested_denied": True, "refund_amount": None},
    ),
    "X-MIS no inspection": (
        on_day(3, cause="misuse", inspection_on_file=False),
        DEFAULT,
        "inspection_required",
        "INSPECT",
        NONE,
        {"charged_repair_offered": False},
    ),
    "X-DIS": (on_day(100, cause="self_disassembly"), DEFAULT, "refuse", "X-DIS", NONE, {}),
    "X-3P": (on_day(100, cause="third_party", part="tube"), DEFAULT, "refuse", "X-3P", NONE, {}),
    "X-FM": (on_day(100, cause="force_majeure", part="tube"), DEFAULT, "refuse", "X-FM", NONE, {}),
    "X-ENV": (on_day(100, cause="environment"), DEFAULT, "refuse", "X-ENV", NONE, {}),
    "X-CONS filter inside 7 days": (
        on_day(3, product_line="purifier", part="filter", requested_remedy="refund"),
        DEFAULT,
        "refuse",
        "X-CONS",
        NONE,
        {"requested_denied": True},
    ),
    "X-CONS by category": (
        on_day(3, product_line="purifier", part=None, fault_category="consumable"),
        DEFAULT,
        "refuse",
        "X-CONS",
        NONE,
        {},
    ),
    # --- appearance ------------------------------------------------------------------------------------------
    "AP-1 part": (
        on_day(3, fault_category="appearance", found_at_acceptance=True, part="housing"),
        DEFAULT,
        "exchange",
        "AP-1",
        frozenset({"exchange"}),
        {"scope": "part", "approvals": ("supervisor",)},
    ),
    "AP-1 whole unit": (
        on_day(3, fault_category="appearance", found_at_acceptance=True, whole_unit_exchange_needed=True),
        DEFAULT,
        "exchange",
        "AP-1",
        frozenset({"exchange"}),
        {"scope": "unit", "approvals": ("supervisor", "hq")},
    ),
    "AP-2 inside 7 days": (
        on_day(3, fault_category="appearance", requested_remedy="refund"),
        DEFAULT,
        "refuse",
        "AP-2",
        NONE,
        {"requested_denied": True, "charged_repair_offered": True},
    ),
    # --- proof of purchase --------------------------------------------------------------------------------------
    # production 1 Dec 2023 + 90 days = 29 Feb 2024, so the whole unit runs to 28 Feb 2025 (S-2).
    "DOC-3 in period, refund denied": (
        facts(
            proof="none",
            invoice_date=None,
            production_date=date(2023, 12, 1),
            report_date=date(2024, 3, 3),
            requested_remedy="refund",
        ),
        DEFAULT,
        "repair",
        "DOC-3",
        REPAIR,
        {
            "requested_denied": True,
            "start_date": date(2024, 2, 29),
            "whole_unit_end": date(2025, 2, 28),
            "day_index": 3,
            "approvals": (),
        },
    ),
    "DOC-3 last day": (
        facts(proof="none", invoice_date=None, production_date=date(2023, 12, 1), report_date=date(2025, 2, 28)),
        DEFAULT,
        "repair",
        "DOC-3",
        REPAIR,
        {},
    ),
    "DOC-3 day after": (
        facts(proof="none", invoice_date=None, production_date=date(2023, 12, 1), report_date=date(2025, 3, 1)),
        DEFAULT,
        "refuse",
        "X-OUT",
        NONE,
        {},
    ),
    "DOC-3 main part": (
        facts(
            proof="none",
            invoice_date=None,
            production_date=date(2023, 12, 1),
            part="tank",
            report_date=date(2025, 3, 1),
        ),
        DEFAULT,
        "repair",
        "DOC-3",
        REPAIR,
        {"scope": "part"},
    ),
    "DOC-2 card only": (
        on_day(3, proof="card_only", invoice_date=None, card_date=SOLD, requested_remedy="exchange"),
        DEFAULT,
        "repair",
        "DOC-2",
        REPAIR,
        {"requested_denied": True, "start_date": SOLD},
    ),
    "DOC-2 installation record": (
        facts(proof="card_only", invoice_date=None, installation_date=date(2024, 4, 1), report_date=date(2025, 4, 1)),
        DEFAULT,
        "repair",
        "DOC-2",
        REPAIR,
        {"start_date": date(2024, 4, 1)},
    ),
    "DOC-2 out of period": (
        facts(proof="card_only", invoice_date=None, card_date=SOLD, report_date=date(2025, 3, 2)),
        DEFAULT,
        "refuse",
        "X-OUT",
        NONE,
        {},
    ),
    # --- the 7 / 15 day windows (S-0: the start day is not counted) -------------------------------------------
    "R-7 d=7 refund": (
        on_day(7, requested_remedy="refund"),
        DEFAULT,
        "refund",
        "R-7",
        ALL3,
        {
            "refund_amount": PRICE,
            "depreciation": Decimal("0.00"),
            "money_rule_id": None,
            "day_index": 7,
            "approvals": ("supervisor", "hq"),
            "cost_bearer": "maker",
        },
    ),
    "R-7 customer chooses repair": (
        on_day(2, requested_remedy="repair"),
        DEFAULT,
        "repair",
        "R-7",
        ALL3,
        {"requested_denied": False, "approvals": ()},
    ),
    "R-7 nothing requested": (on_day(2), DEFAULT, "refund", "R-7", ALL3, {"requested_denied": False}),
    "R-15 d=8 refund depreciated": (
        on_day(8, requested_remedy="refund", refund_date=SOLD + timedelta(days=8)),
        DEFAULT,
        "refund",
        "R-15",
        ALL3,
        {
            "money_rule_id": "R-DEP",
            "depreciation": Decimal("12.00"),
            "refund_amount": Decimal("2988.00"),
            "depreciation_days": 8,
            "day_index": 8,
        },
    ),
    "R-15 d=15 exchange": (
        on_day(15, requested_remedy="exchange"),
        DEFAULT,
        "exchange",
        "R-15",
        ALL3,
        {"exchange_model": "same", "scope": "unit", "approvals": ("supervisor", "hq")},
    ),
    "d=16 exchange denied": (
        on_day(16, requested_remedy="exchange"),
        DEFAULT,
        "repair",
        "R-WU",
        REPAIR,
        {"requested_denied": True, "day_index": 16},
    ),
    # --- failed repairs and long repairs -------------------------------------------------------------------
    "one failed repair": (
        on_day(100, prior_repairs_same_fault=1, requested_remedy="exchange"),
        DEFAULT,
        "repair",
        "R-WU",
        REPAIR,
        {"requested_denied": True},
    ),
    "R-2X second failed repair": (
        on_day(100, prior_repairs_same_fault=2, requested_remedy="exchange"),
        DEFAULT,
        "exchange",
        "R-2X",
        ALL3,
        {"requested_denied": False},
    ),
    "R-2X policy of three": (
        on_day(100, prior_repairs_same_fault=2),
        policy(failed_repairs_before_exchange=3),
        "repair",
        "R-WU",
        REPAIR,
        {},
    ),
    "R-90 day 91": (
        on_day(200, pending_cause="no_parts", pending_repair_days=91, requested_remedy="exchange"),
        DEFAULT,
        "exchange",
        "R-90",
        ALL3,
        {"cost_bearer": "maker"},
    ),
    "R-90 day 90": (
        on_day(200, pending_cause="no_parts", pending_repair_days=90),
        DEFAULT,
        "repair",
        "R-WU",
        REPAIR,
        {},
    ),
    "R-30 day 31": (
        on_day(200, pending_cause="repairer", pending_repair_days=31, requested_remedy="exchange"),
        DEFAULT,
        "exchange",
        "R-30",
        ALL3,
        {"cost_bearer": "branch"},
    ),
    "R-30 day 30": (
        on_day(200, pending_cause="repairer", pending_repair_days=30),
        DEFAULT,
        "repair",
        "R-WU",
        REPAIR,
        {},
    ),
    "no parts at day 31 is not R-30": (
        on_day(200, pending_cause="no_parts", pending_repair_days=31),
        DEFAULT,
        "repair",
        "R-WU",
        REPAIR,
        {},
    ),
    # --- art. 13: model availability -------------------------------------------------------------------------
    "R-NOSAME full refund": (
        on_day(100, prior_repairs_same_fault=2, same_model_available=False, requested_remedy="refund"),
        DEFAULT,
        "refund",
        "R-2X",
        frozenset({"refund", "repair"}),
        {"money_rule_id": "R-NOSAME", "refund_amount": PRICE, "depreciation": Decimal("0.00")},
    ),
    "R-NOSAME exchange impossible": (
        on_day(10, same_model_available=False, requested_remedy="exchange"),
        DEFAULT,
        "refund",
        "R-15",
        frozenset({"refund", "repair"}),
        {"requested_denied": True, "money_rule_id": "R-NOSAME"},
    ),
    "R-NOSAME other model accepted": (
        on_day(10, same_model_available=False, accepts_other_model=True, requested_remedy="exchange"),
        DEFAULT,
        "exchange",
        "R-15",
        ALL3,
        {"exchange_model": "other"},
    ),
    "availability unknown": (
        on_day(10, same_model_available=None, requested_remedy="refund"),
        DEFAULT,
        "refund",
        "R-15",
        ALL3,
        {"refund_amount": None, "money_rule_id": None},
    ),
    # --- periods ---------------------------------------------------------------------------------------------
    "R-WU": (
        on_day(200),
        DEFAULT,
        "repair",
        "R-WU",
        REPAIR,
        {"approvals": (), "cost_bearer": "maker", "whole_unit_end": date(2025, 3, 1)},
    ),
    "R-WU installer error": (
        on_day(200, cause="installer"),
        DEFAULT,
        "repair",
        "R-WU",
        REPAIR,
        {"cost_bearer": "branch"},
    ),
    "R-WU last day": (facts(report_date=date(2025, 3, 1)), DEFAULT, "repair", "R-WU", REPAIR, {}),
    "whole unit over": (
        facts(report_date=date(2025, 3, 2)),
        DEFAULT,
        "refuse",
        "X-OUT",
        NONE,
        {"charged_repair_offered": True, "cost_bearer": "customer"},
    ),
    "repair days extend": (
        facts(report_date=date(2025, 3, 11), repair_days=10),
        DEFAULT,
        "repair",
        "R-WU",
        REPAIR,
        {"whole_unit_end": date(2025, 3, 11)},
    ),
    "repair days extend, one short": (
        facts(report_date=date(2025, 3, 12), repair_days=10),
        DEFAULT,
        "refuse",
        "X-OUT",
        NONE,
        {},
    ),
    "R-MP main part": (
        facts(report_date=date(2025, 6, 1), part="tank", requested_remedy="exchange"),
        DEFAULT,
        "repair",
        "R-MP",
        REPAIR,
        {"requested_denied": True, "scope": "part", "main_parts_end": date(2027, 3, 1)},
    ),
    "R-MP no exchange after two repairs": (
        facts(report_date=date(2025, 6, 1), part="tube", prior_repairs_same_fault=3),
        DEFAULT,
        "repair",
        "R-MP",
        REPAIR,
        {},
    ),
    "R-MP last day": (facts(report_date=date(2027, 3, 1), part="bracket"), DEFAULT, "repair", "R-MP", REPAIR, {}),
    "main part period over": (
        facts(report_date=date(2027, 3, 2), part="bracket"),
        DEFAULT,
        "refuse",
        "X-OUT",
        NONE,
        {},
    ),
    "non-main part after whole unit": (
        facts(report_date=date(2025, 6, 1), part="pump"),
        DEFAULT,
        "refuse",
        "X-OUT",
        NONE,
        {},
    ),
    "purifier has no main-part period": (
        facts(product_line="purifier", part="pump", report_date=date(2025, 6, 1)),
        DEFAULT,
        "refuse",
        "X-OUT",
        NONE,
        {"main_parts_end": None},
    ),
    "commercial solar 6 months": (
        facts(usage="commercial", report_date=date(2024, 9, 2)),
        DEFAULT,
        "refuse",
        "X-OUT",
        NONE,
        {"whole_unit_end": date(2024, 9, 1)},
    ),
    "commercial solar last day": (
        facts(usage="commercial", report_date=date(2024, 9, 1)),
        DEFAULT,
        "repair",
        "R-WU",
        REPAIR,
        {},
    ),
    "R-RW 90 days": (
        facts(report_date=date(2025, 6, 1), last_paid_repair_date=date(2025, 6, 1) - timedelta(90)),
        DEFAULT,
        "repair",
        "R-RW",
        REPAIR,
        {"approvals": ()},
    ),
    "R-RW day 91": (
        facts(report_date=date(2025, 6, 1), last_paid_repair_date=date(2025, 6, 1) - timedelta(91)),
        DEFAULT,
        "refuse",
        "X-OUT",
        NONE,
        {},
    ),
    "R-RW 30-day policy": (
        facts(report_date=date(2025, 6, 1), last_paid_repair_date=date(2025, 5, 1)),
        policy(repair_warranty_days=30),
        "refuse",
        "X-OUT",
        NONE,
        {},
    ),
    "29 Feb start, 28 Feb end": (
        facts(invoice_date=date(2024, 2, 29), report_date=date(2025, 2, 28)),
        DEFAULT,
        "repair",
        "R-WU",
        REPAIR,
        {"whole_unit_end": date(2025, 2, 28)},
    ),
    "29 Feb start, 1 Mar is out": (
        facts(invoice_date=date(2024, 2, 29), report_date=date(2025, 3, 1)),
        DEFAULT,
        "refuse",
        "X-OUT",
        NONE,
        {},
    ),
    # --- S-1 start date ------------------------------------------------------------------------------------
    "S-1 installation starts the clock": (
        facts(installation_date=date(2024, 3, 10), report_date=date(2024, 3, 17), requested_remedy="refund"),
        DEFAULT,
        "refund",
        "R-7",
        ALL3,
        {"day_index": 7, "start_date": date(2024, 3, 10)},
    ),
    "S-1 invoice rule": (
        facts(installation_date=date(2024, 3, 10), report_date=date(2024, 3, 16), requested_remedy="refund"),
        policy(clock_start="invoice"),
        "refund",
        "R-15",
        ALL3,
        {"day_index": 15, "start_date": SOLD, "money_rule_id": "R-DEP"},
    ),
    "S-1 installation rule, same day": (
        facts(installation_date=date(2024, 3, 10), report_date=date(2024, 3, 16), requested_remedy="refund"),
        DEFAULT,
        "refund",
        "R-7",
        ALL3,
        {"day_index": 6, "refund_amount": PRICE},
    ),
    # --- holiday extension (off by default) ----------------------------------------------------------------
    "holiday extension off": (
        facts(report_date=date(2025, 3, 2)),
        policy(rest_days=frozenset({date(2025, 3, 1), date(2025, 3, 2)})),
        "refuse",
        "X-OUT",
        NONE,
        {},
    ),
    "holiday extension on": (
        facts(report_date=date(2025, 3, 3)),
        policy(holiday_extension=True, rest_days=frozenset({date(2025, 3, 1), date(2025, 3, 2)})),
        "repair",
        "R-WU",
        REPAIR,
        {"whole_unit_end": date(2025, 3, 3)},
    ),
    # --- a free remedy needs an established cause ---------------------------------------------------------------
    "cause unknown in period": (
        on_day(3, cause=None, inspection_on_file=False),
        DEFAULT,
        "inspection_required",
        "INSPECT",
        NONE,
        {"start_date": SOLD},
    ),
    "cause unknown without invoice": (
        facts(proof="card_only", invoice_date=None, card_date=SOLD, cause=None),
        DEFAULT,
        "inspection_required",
        "INSPECT",
        NONE,
        {},
    ),
    "cause unknown out of period": (
        facts(cause=None, report_date=date(2026, 1, 1)),
        DEFAULT,
        "refuse",
        "X-OUT",
        NONE,
        {},
    ),
    # --- approvals follow the policy flags ----------------------------------------------------------------
    "refund without HQ": (
        on_day(3, requested_remedy="refund"),
        policy(hq_confirms_refund=False),
        "refund",
        "R-7",
        ALL3,
        {"approvals": ("supervisor",)},
    ),
    "exchange without HQ": (
        on_day(3, requested_remedy="exchange"),
        policy(hq_confirms_exchange=False),
        "exchange",
        "R-7",
        ALL3,
        {"approvals": ("supervisor",)},
    ),
}


@pytest.mark.parametrize(
    ("claim", "pol", "outcome", "rule_id", "allowed", "expected"), CASES.values(), ids=CASES.keys()
)
def test_rule_table(claim, pol, outcome, rule_id, allowed, expected):
    decision = adjudicate(claim, pol)
    assert (decision.outcome, decision.rule_id, decision.allowed) == (outcome, rule_id, allowed)
    for name, value in expected.items():
        assert getattr(decision, name) == value, name


def test_every_rule_of_the_table_is_exercised():
    decided = {adjudicate(c, p).rule_id for c, p, *_ in CASES.values()}
    money = {adjudicate(c, p).money_rule_id for c, p, *_ in CASES.values()}
    table = set(RULE_IDS) - {"S-0", "S-1", "S-2", "S-3"}
    assert table - decided - money == set()


def test_sold_1_march_reported_8_march_is_day_7_and_9_march_is_day_8():
    # Rule S-0's worked example: sold 1 March, reported 8 March is day 7 (refund); 9 March is day 8.
    on_8th = adjudicate(facts(report_date=date(2024, 3, 8), requested_remedy="refund"))
    on_9th = adjudicate(facts(report_date=date(2024, 3, 9), requested_remedy="refund"))
    assert (on_8th.day_index, on_8th.rule_id, on_8th.refund_amount) == (7, "R-7", PRICE)
    assert (on_9th.day_index, on_9th.rule_id, on_9th.money_rule_id) == (8, "R-15", "R-DEP")
    assert on_9th.refund_amount < PRICE


def test_depreciation_deducts_repair_days_and_counts_from_the_invoice():
    # GIVEN an exchange-eligible claim, installed 9 days after the invoice, refunded 30 days after the invoice,
    # with 10 closed repair days and 4 days of an open repair
    claim = facts(
        installation_date=SOLD + timedelta(days=9),
        report_date=SOLD + timedelta(days=20),
        requested_remedy="refund",
        refund_date=SOLD + timedelta(days=30),
        repair_days=10,
        pending_repair_days=4,
    )
    # WHEN adjudicated
    decision = adjudicate(claim)
    # THEN the rule is R-15 (d = 11 from installation) and depreciation runs 30 - 14 = 16 days at 0.05 %/day
    assert (decision.rule_id, decision.rule_label) == ("R-15", "R-15+R-DEP")
    assert decision.depreciation_days == 16
    assert decision.depreciation == Decimal("24.00")
    assert decision.refund_amount == Decimal("2976.00")
    reason = next(r for r in decision.explanation if r.code == "depreciated_refund")
    assert reason.rule_id == "R-DEP"
    assert reason.params["days"] == 16 and reason.params["repair_days"] == 14


def test_depreciation_rounds_to_the_cent_and_uses_the_policy_rate():
    claim = on_day(10, requested_remedy="refund", refund_date=SOLD + timedelta(days=7), invoice_price=Decimal("999.99"))
    decision = adjudicate(claim, policy(depreciation_rate_per_day=Decimal("0.001")))
    # 999.99 x 0.001 x 7 = 6.99993 -> 7.00
    assert decision.depreciation == Decimal("7.00")
    assert decision.refund_amount == Decimal("992.99")


def test_depreciation_never_exceeds_the_price():
    claim = on_day(100, prior_repairs_same_fault=2, requested_remedy="refund", refund_date=date(2030, 1, 1))
    decision = adjudicate(claim, policy(depreciation_rate_per_day=Decimal("0.01")))
    assert decision.depreciation == PRICE
    assert decision.refund_amount == Decimal("0.00")


def test_refund_date_defaults_to_the_report_date_and_says_so():
    decision = adjudicate(on_day(12, requested_remedy="refund"))
    assert decision.depreciation_days == 12
    assert ("R-DEP", "refund_date_assumed") in codes(decision)


def test_missing_price_leaves_the_refund_unpriced():
    decision = adjudicate(on_day(12, requested_remedy="refund", invoice_price=None))
    assert decision.outcome == "refund" and decision.refund_amount is None
    assert ("R-DEP", "invoice_price_missing") in codes(decision)


@pytest.mark.parametrize("cause", sorted(EXCLUDED_CAUSES))
def test_cause_exclusions_need_an_inspection(cause):
    without = adjudicate(on_day(3, cause=cause, inspection_on_file=False))
    with_inspection = adjudicate(on_day(3, cause=cause, inspection_on_file=True))
    assert without.outcome == "inspection_required"
    assert (EXCLUDED_CAUSES[cause], "inspection_required") in codes(without)
    assert (with_inspection.outcome, with_inspection.rule_id) == ("refuse", EXCLUDED_CAUSES[cause])
    assert (EXCLUDED_CAUSES[cause], "excluded_cause") in codes(with_inspection)


def test_explanation_cites_the_day_count_and_periods():
    decision = adjudicate(on_day(10, requested_remedy="exchange"))
    steps = [(r.rule_id, r.code) for r in decision.explanation]
    assert steps[:4] == [
        ("S-1", "start_date"),
        ("S-0", "day_index"),
        ("S-2", "period_ends"),
        ("R-15", "within_15_days"),
    ]
    assert ("S-3", "clock_restarts_on_exchange") in steps
    assert decision.explanation[1].params["d"] == 10


def test_requested_denied_is_explained():
    decision = adjudicate(on_day(100, requested_remedy="refund"))
    reason = next(r for r in decision.explanation if r.code == "requested_remedy_not_allowed")
    assert (reason.rule_id, dict(reason.params)) == ("R-WU", {"requested": "refund", "outcome": "repair"})


def test_reason_params_are_read_only():
    reason = Reason("R-7", "within_7_days", {"d": 3})
    with pytest.raises(TypeError):
        reason.params["d"] = 4  # type: ignore[index]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"proof": "receipt"}, "proof"),
        ({"cause": "bad_luck"}, "cause"),
        ({"part": "Tank"}, "part"),
        ({"requested_remedy": "money_back"}, "requested_remedy"),
        ({"repair_days": -1}, "repair_days"),
        ({"invoice_price": 3000.0}, "invoice_price"),
        ({"invoice_price": Decimal("-1")}, "invoice_price"),
        ({"invoice_date": None}, "invoice_date"),
        ({"invoice_date": date(2026, 1, 1)}, "invoice_date"),
        ({"refund_date": date(2024, 2, 1)}, "refund_date"),
        ({"product_line": "boiler"}, "product_line"),
        ({"usage": "industrial"}, "usage"),
        ({"proof": "none", "invoice_date": None, "production_date": None}, "production_date"),
    ],
)
def test_unusable_facts_raise_a_validation_error(overrides, field):
    with pytest.raises(ValidationError) as caught:
        adjudicate(facts(**overrides))
    assert caught.value.field == field


def test_an_invalid_policy_is_rejected_before_deciding():
    with pytest.raises(ValidationError) as caught:
        adjudicate(facts(), policy(repair_warranty_days=-5))
    assert caught.value.field == "repair_warranty_days"


def test_every_rule_id_has_a_bilingual_catalogue_entry():
    assert set(RULE_IDS) == set(RULES)
    for rule_id in RULE_IDS:
        info = RULES[rule_id]
        assert info.rule_id == rule_id
        assert info.title_en and info.basis, rule_id
        for zh in (info.title_zh, info.text_zh):
            assert any("\u4e00" <= ch <= "\u9fff" for ch in zh), rule_id
        # English text may quote the term 三包 but nothing else in Chinese.
        for en in (info.title_en, info.text_en):
            assert not any("\u4e00" <= ch <= "\u9fff" for ch in en.replace("三包", "")), rule_id
    assert rule_info("R-15+R-DEP") is RULES["R-15"]


# --- properties -------------------------------------------------------------------------------------------------

DAY0 = date(2022, 1, 1)
days = st.integers(min_value=0, max_value=1500)


@st.composite
def claims(draw) -> ClaimFacts:
    invoice = DAY0 + timedelta(days=draw(days))
    installation = draw(st.none() | st.integers(0, 40).map(lambda n: invoice + timedelta(days=n)))
    production = invoice - timedelta(days=draw(st.integers(0, 500)))
    card = draw(st.none() | st.just(invoice))
    received = draw(st.none() | st.integers(0, 10).map(lambda n: invoice + timedelta(days=n)))
    last_paid = draw(st.none() | st.integers(0, 1500).map(lambda n: invoice + timedelta(days=n)))
    latest = max(d for d in (invoice, card, received, last_paid) if d is not None)
    report = latest + timedelta(days=draw(st.integers(0, 1500)))
    return ClaimFacts(
        product_line=draw(st.sampled_from(["solar", "purifier"])),
        usage=draw(st.sampled_from(["household", "commercial"])),
        invoice_date=invoice,
        installation_date=installation,
        production_date=production,
        report_date=report,
        proof=draw(st.sampled_from(["invoice", "invoice", "card_only", "none"])),
        voucher_altered_or_mismatch=draw(st.booleans()) and draw(st.booleans()),
        fault_category=draw(st.sampled_from(["performance", "performance", "appearance", "consumable"])),
        found_at_acceptance=draw(st.booleans()),
        part=draw(st.none() | st.sampled_from(PARTS)),
        cause=draw(st.none() | st.sampled_from((*CAUSES, "quality", "quality"))),
        prior_repairs_same_fault=draw(st.integers(0, 4)),
        repair_days=draw(st.integers(0, 60)),
        pending_repair_days=draw(st.integers(0, 150)),
        pending_cause=draw(st.none() | st.sampled_from(["no_parts", "repairer"])),
        last_paid_repair_date=last_paid,
        requested_remedy=draw(st.none() | st.sampled_from(REMEDIES)),
        same_model_available=draw(st.none() | st.booleans()),
        accepts_other_model=draw(st.booleans()),
        claim_basis=draw(st.sampled_from(["quality", "quality", "no_reason"])),
        sales_channel=draw(st.sampled_from(["store", "remote"])),
        installed=draw(st.booleans()),
        intact=draw(st.booleans()),
        invoice_price=draw(st.none() | st.decimals(min_value=0, max_value=100000, places=2)),
        refund_date=draw(st.none() | st.integers(0, 2000).map(lambda n: invoice + timedelta(days=n))),
        inspection_on_file=draw(st.booleans()),
        card_date=card,
        received_date=received,
        custom_made=draw(st.booleans()) and draw(st.booleans()),
        whole_unit_exchange_needed=draw(st.booleans()),
    )


policies = st.builds(
    lambda rate, rw, n, start, hq: policy(
        depreciation_rate_per_day=rate,
        repair_warranty_days=rw,
        failed_repairs_before_exchange=n,
        clock_start=start,
        hq_confirms_refund=hq,
        hq_confirms_exchange=hq,
    ),
    st.decimals(min_value=0, max_value=Decimal("0.01"), places=4),
    st.integers(30, 365),
    st.integers(1, 3),
    st.sampled_from(["installation", "invoice"]),
    st.booleans(),
)

PROPERTY_SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY_SETTINGS
@given(claims(), policies, st.integers(1, 1500))
def test_a_later_report_never_gives_a_stronger_remedy(claim, pol, delay):
    earlier = adjudicate(claim, pol)
    later = adjudicate(dataclasses.replace(claim, report_date=claim.report_date + timedelta(days=delay)), pol)
    assert remedy_strength(later.outcome) <= remedy_strength(earlier.outcome), (earlier.rule_id, later.rule_id)
    # Nor a wider choice for the customer.
    assert max(map(remedy_strength, later.allowed), default=0) <= max(map(remedy_strength, earlier.allowed), default=0)


@PROPERTY_SETTINGS
@given(claims(), policies)
def test_refund_is_between_zero_and_the_price(claim, pol):
    decision = adjudicate(claim, pol)
    if decision.refund_amount is not None:
        assert decision.outcome == "refund"
        assert Decimal("0") <= decision.refund_amount <= claim.invoice_price
        assert decision.refund_amount + decision.depreciation == claim.invoice_price
        assert decision.refund_amount == decision.refund_amount.quantize(Decimal("0.01"))
    if decision.outcome != "refund":
        assert decision.refund_amount is None and decision.depreciation is None


@PROPERTY_SETTINGS
@given(claims(), policies)
def test_outcome_is_allowed_or_a_refusal(claim, pol):
    decision = adjudicate(claim, pol)
    if decision.outcome in ("refuse", "inspection_required"):
        assert decision.allowed == frozenset()
    else:
        assert decision.outcome in decision.allowed
        assert decision.allowed <= frozenset(REMEDIES)
    if claim.requested_remedy in decision.allowed:
        assert decision.outcome == claim.requested_remedy and not decision.requested_denied
    if decision.outcome != "inspection_required":
        assert decision.requested_denied == (
            claim.requested_remedy is not None and claim.requested_remedy != decision.outcome
        )


@PROPERTY_SETTINGS
@given(claims(), policies)
def test_decision_invariants(claim, pol):
    decision = adjudicate(claim, pol)
    assert decision.rule_id in RULES
    assert decision.money_rule_id in (None, "R-DEP", "R-NOSAME")
    assert all(r.rule_id in RULES for r in decision.explanation)
    assert decision.outcome == "refuse" or not decision.charged_repair_offered
    # Without an invoice only a no-reason return can ever give money back or a new unit (DOC-2, DOC-3).
    if claim.proof != "invoice" and claim.claim_basis == "quality" and decision.outcome in ("refund", "exchange"):
        assert decision.rule_id == "AP-1"
    # A cause-based refusal is never issued without an inspection on file.
    if decision.rule_id in EXCLUDED_CAUSES.values() or decision.rule_id == "X-DOC-ALT":
        assert claim.inspection_on_file
    # A free remedy for a fault needs its cause established (no-reason returns and AP-1 need none).
    if claim.cause is None and decision.outcome in REMEDIES:
        assert decision.rule_id in ("NR-1", "AP-1")
    if decision.outcome == "repair":
        assert decision.approvals == ()
    if decision.outcome in ("refund", "refuse", "exchange"):
        assert decision.approvals[0] == "supervisor"


@PROPERTY_SETTINGS
@given(claims(), policies)
def test_period_rules_agree_with_the_intake_warranty_status(claim, pol):
    # A plain inspected quality fault with an invoice, past the 15-day window, with no exchange trigger: the
    # engine's period rule must match what intake showed for the same day.
    claim = dataclasses.replace(
        claim,
        claim_basis="quality",
        proof="invoice",
        voucher_altered_or_mismatch=False,
        fault_category="performance",
        cause="quality",
        prior_repairs_same_fault=0,
        pending_repair_days=0,
        last_paid_repair_date=None,
    )
    assume(not pol.is_consumable(claim.product_line, claim.part))
    decision = adjudicate(claim, pol)
    assume(decision.day_index > 15)
    status = warranty_status(
        claim.product_line,
        claim.usage,
        claim.invoice_date,
        claim.installation_date,
        claim.production_date,
        claim.proof,
        claim.report_date,
        pol,
        installed_by_us=claim.installation_date is not None,
        repair_days=claim.repair_days,
    )
    expected = {"whole_unit": "R-WU", "main_parts": "R-MP", "out_of_period": "X-OUT"}[status.coverage]
    if status.coverage == "main_parts" and not pol.is_main_part(claim.product_line, claim.part):
        expected = "X-OUT"
    assert decision.rule_id == expected
    assert decision.whole_unit_end == status.whole_unit_end
