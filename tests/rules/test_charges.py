"""Proposed charges from the warranty status and the fee schedule, and the exceptions that need a reason."""

from __future__ import annotations

import pytest

from desktop.rules.charges import (
    CHARGED_IN_WARRANTY,
    PART_WAIVED,
    ChargedPart,
    FeeLine,
    PartFacts,
    SubmittedCharges,
    exceptions,
    propose,
)

FEES = FeeLine(call_out_fee_fen=3000, labour_fen=5000)
CONTROLLER = PartFacts(1, 1, 18000, is_warranty_part=True, is_main_part=False, is_consumable=False)
TUBE = PartFacts(2, 2, 4500, is_warranty_part=True, is_main_part=True, is_consumable=False)
SEAL = PartFacts(3, 4, 300, is_warranty_part=False, is_main_part=False, is_consumable=False)
FILTER = PartFacts(4, 1, 2500, is_warranty_part=False, is_main_part=False, is_consumable=True)


def _covered(proposal) -> dict[int, bool]:  # type: ignore[no-untyped-def]
    return {p.part_id: p.covered for p in proposal.parts}


def test_in_warranty_the_visit_labour_and_warranty_parts_are_free_but_consumables_and_sundries_are_not() -> None:
    proposal = propose("whole_unit", FEES, [CONTROLLER, SEAL, FILTER])
    assert (proposal.call_out_fee_fen, proposal.labour_fen) == (0, 0)
    assert _covered(proposal) == {1: True, 3: False, 4: False}
    assert proposal.total_fen == 4 * 300 + 2500


def test_out_of_warranty_and_unknown_units_pay_the_schedule_and_every_part() -> None:
    for coverage in ("out_of_period", "unknown"):
        proposal = propose(coverage, FEES, [CONTROLLER, TUBE])
        assert (proposal.call_out_fee_fen, proposal.labour_fen) == (3000, 5000)
        assert _covered(proposal) == {1: False, 2: False}
        assert proposal.total_fen == 3000 + 5000 + 18000 + 2 * 4500


def test_in_the_main_part_period_a_main_part_repair_is_free_and_other_parts_are_charged() -> None:
    with_main = propose("main_parts", FEES, [TUBE, CONTROLLER])
    assert _covered(with_main) == {2: True, 1: False}
    assert (with_main.call_out_fee_fen, with_main.labour_fen) == (0, 0)
    without = propose("main_parts", FEES, [CONTROLLER])
    assert (without.call_out_fee_fen, without.labour_fen) == (3000, 5000)


def test_a_guaranteed_earlier_repair_makes_the_visit_free() -> None:
    proposal = propose("repair_warranty", FEES, [CONTROLLER])
    assert proposal.total_fen == 0


def test_an_unknown_coverage_code_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        propose("lifetime", FEES, [])


def test_charging_an_in_warranty_unit_is_an_exception_following_the_proposal_is_not() -> None:
    proposal = propose("whole_unit", FEES, [CONTROLLER])
    # Issue #14: 180 + 50 yuan on an in-warranty unit passed without a word.
    charged = SubmittedCharges(0, 5000, (ChargedPart(1, 1, 18000, charged=True),))
    assert exceptions(proposal, charged) == (CHARGED_IN_WARRANTY,)
    assert exceptions(proposal, SubmittedCharges(3000, 0, (ChargedPart(1, 1, 18000, charged=False),))) == (
        CHARGED_IN_WARRANTY,)
    assert exceptions(proposal, SubmittedCharges(0, 0, (ChargedPart(1, 1, 18000, charged=False),))) == ()


def test_leaving_an_out_of_warranty_part_uncharged_is_an_exception_waiving_labour_is_not() -> None:
    proposal = propose("out_of_period", FEES, [CONTROLLER, SEAL])
    waived = SubmittedCharges(3000, 5000, (ChargedPart(1, 1, 18000, charged=False),
                                           ChargedPart(3, 4, 300, charged=True)))
    assert exceptions(proposal, waived) == (PART_WAIVED,)
    goodwill_labour = SubmittedCharges(0, 0, (ChargedPart(1, 1, 18000, charged=True),
                                              ChargedPart(3, 4, 300, charged=True)))
    assert exceptions(proposal, goodwill_labour) == ()
    # A part the catalogue prices at 0 cannot be waived.
    free_part = PartFacts(9, 1, 0, False, False, False)
    assert exceptions(propose("out_of_period", FEES, [free_part]),
                      SubmittedCharges(3000, 5000, (ChargedPart(9, 1, 0, charged=False),))) == ()


def test_both_exceptions_at_once_are_reported_in_a_fixed_order() -> None:
    proposal = propose("main_parts", FEES, [TUBE, CONTROLLER])
    submitted = SubmittedCharges(3000, 0, (ChargedPart(2, 2, 4500, charged=False),
                                           ChargedPart(1, 1, 18000, charged=False)))
    assert exceptions(proposal, submitted) == (CHARGED_IN_WARRANTY, PART_WAIVED)
