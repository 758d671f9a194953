"""What a visit should cost (收费标准) and which charges differ from it; pure policy, no I/O.

Seed 000: 「保修期过了之后一般是需要收取服务费的」; the printed sheet promises 「工程师须在维修前出示收费标准」.
三包 (docs/domain.md): inside the whole-unit period a performance fault is repaired free, parts and labour included
(R-WU); a consumable is charged even then (X-CONS); after the whole-unit period a main part is still repaired free
(R-MP); a repair guaranteed by an earlier charged repair is free (R-RW); otherwise everything is charged (X-OUT).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# whole_unit, main_parts and out_of_period as rules.warranty decides them, plus repair_warranty (R-RW) and
# unknown (no record gives a start: 三包 needs its proof, so the visit is charged until the proof turns up).
COVERAGES = ("whole_unit", "main_parts", "repair_warranty", "out_of_period", "unknown")
FREE_COVERAGES = ("whole_unit", "repair_warranty")

# The two exceptions the branch must explain (issue #14): money asked where the policy says free, and a part the
# policy charges left free.
CHARGED_IN_WARRANTY = "charged_in_warranty"
PART_WAIVED = "part_waived"
EXCEPTIONS = (CHARGED_IN_WARRANTY, PART_WAIVED)


@dataclass(frozen=True)
class FeeLine:
    """The schedule's fees for one ticket: the product line's call-out fee and the labour of its fault category."""

    call_out_fee_fen: int = 0
    labour_fen: int = 0


@dataclass(frozen=True)
class PartFacts:
    part_id: int
    quantity: int
    price_fen: int
    is_warranty_part: bool
    is_main_part: bool
    is_consumable: bool


@dataclass(frozen=True)
class PartCharge:
    part_id: int
    quantity: int
    unit_price_fen: int
    covered: bool  # free under 三包

    @property
    def amount_fen(self) -> int:
        return 0 if self.covered else self.unit_price_fen * self.quantity


@dataclass(frozen=True)
class ChargeProposal:
    coverage: str
    call_out_fee_fen: int
    labour_fen: int
    call_out_free: bool
    labour_free: bool
    parts: tuple[PartCharge, ...]

    @property
    def total_fen(self) -> int:
        return self.call_out_fee_fen + self.labour_fen + sum(p.amount_fen for p in self.parts)

    def covered(self, part_id: int) -> bool:
        return any(p.covered for p in self.parts if p.part_id == part_id)


@dataclass(frozen=True)
class ChargedPart:
    part_id: int
    quantity: int
    unit_price_fen: int
    charged: bool


@dataclass(frozen=True)
class SubmittedCharges:
    """What the returned sheet says was charged."""

    call_out_fee_fen: int
    labour_fen: int
    parts: tuple[ChargedPart, ...]


def part_covered(coverage: str, part: PartFacts) -> bool:
    if part.is_consumable or not part.is_warranty_part:
        # X-CONS; and 辅材 (seals, pipe kits) are not part of the 三包 promise.
        return False
    if coverage in FREE_COVERAGES:
        return True
    return coverage == "main_parts" and part.is_main_part


def propose(coverage: str, fees: FeeLine, parts: Sequence[PartFacts]) -> ChargeProposal:
    """The charges the schedule and the warranty status give for these parts."""
    if coverage not in COVERAGES:
        raise ValueError(f"unknown coverage {coverage!r}")
    charges = tuple(PartCharge(p.part_id, p.quantity, p.price_fen, part_covered(coverage, p)) for p in parts)
    if coverage in FREE_COVERAGES:
        service_free = True
    elif coverage == "main_parts":
        # R-MP: repairing a main part is a free 三包 repair, the visit and the work with it.
        service_free = any(c.covered for c in charges)
    else:
        service_free = False
    return ChargeProposal(
        coverage=coverage,
        call_out_fee_fen=0 if service_free else fees.call_out_fee_fen,
        labour_fen=0 if service_free else fees.labour_fen,
        call_out_free=service_free,
        labour_free=service_free,
        parts=charges,
    )


def exceptions(proposal: ChargeProposal, submitted: SubmittedCharges) -> tuple[str, ...]:
    """Exception codes (EXCEPTIONS order) for charges that need a written reason; () when they follow the policy."""
    found: set[str] = set()
    if (proposal.call_out_free and submitted.call_out_fee_fen > 0) or (
            proposal.labour_free and submitted.labour_fen > 0):
        found.add(CHARGED_IN_WARRANTY)
    for part in submitted.parts:
        covered = proposal.covered(part.part_id)
        if covered and part.charged and part.unit_price_fen > 0:
            found.add(CHARGED_IN_WARRANTY)
        if not covered and not part.charged and part.unit_price_fen > 0:
            found.add(PART_WAIVED)
    return tuple(code for code in EXCEPTIONS if code in found)
