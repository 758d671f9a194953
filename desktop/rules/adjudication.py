"""The pure 三包 decision engine: facts + policy -> Decision, by the ordered rule table (docs/domain.md, 三包).

Conventions the rest of the app relies on:

* ``Decision.rule_id`` is always exactly one id of the table: the rule that decided. A refund priced under 1995 art. 13
  keeps its trigger as ``rule_id`` ("R-15", "R-2X", "R-90", "R-30") and names the pricing rule in
  ``Decision.money_rule_id`` ("R-DEP" for a depreciated refund, "R-NOSAME" for a full refund because no unit of
  the same model exists). ``Decision.rule_label`` joins them for display ("R-15+R-DEP").
* ``outcome == "inspection_required"`` (rule_id "INSPECT") means the engine refuses to decide: a cause-based or
  document-based refusal (X-DOC-ALT, X-MIS, X-DIS, X-3P, X-FM, X-ENV) needs an engineer's inspection on file, and
  a free remedy for a performance fault needs an established cause. The pending rule is in ``explanation``.
* ``allowed`` is empty for "refuse" and "inspection_required"; otherwise the outcome is always in ``allowed``.
* ``explanation`` holds ``Reason(rule_id, code, params)``: stable codes and plain values (ISO dates, Decimal
  strings), never UI text; views translate the code and read ``rule_catalogue`` for the rule's wording.
* Rights are fixed on ``report_date``. ``repair_days`` counts closed repairs; the open repair's
  ``pending_repair_days`` are counted on top, both for the period extension and the depreciation deduction.
* ``same_model_available is None`` means nobody has checked yet: exchange stays allowed, but a refund is left
  unpriced (``refund_amount is None``) because art. 13 prices it differently depending on the answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from types import MappingProxyType
from typing import Any

from desktop.errors import ValidationError
from desktop.rules.warranty import (
    PARTS,
    PROOFS,
    USAGES,
    ClockStart,
    PeriodEnds,
    PeriodRule,
    WarrantyPolicy,
    clock_start,
    period_ends,
    window_end,
)

__all__ = [
    "CAUSES",
    "CLAIM_BASES",
    "EXCLUDED_CAUSES",
    "FAULT_CATEGORIES",
    "OUTCOMES",
    "PARTS",
    "PENDING_CAUSES",
    "PROOFS",
    "REMEDIES",
    "RULE_IDS",
    "SALES_CHANNELS",
    "USAGES",
    "ClaimFacts",
    "Decision",
    "PeriodRule",
    "Reason",
    "WarrantyPolicy",
    "adjudicate",
    "remedy_strength",
]

FAULT_CATEGORIES = ("performance", "appearance", "consumable")
CAUSES = ("quality", "installer", "misuse", "self_disassembly", "third_party", "force_majeure", "environment")
PENDING_CAUSES = ("no_parts", "repairer")
REMEDIES = ("refund", "exchange", "repair")
CLAIM_BASES = ("quality", "no_reason")
SALES_CHANNELS = ("store", "remote")
OUTCOMES = ("refund", "exchange", "repair", "refuse", "inspection_required")

# Cause-based exclusions (rows 6-10 of the table), in table order.
EXCLUDED_CAUSES: Mapping[str, str] = MappingProxyType(
    {
        "misuse": "X-MIS",
        "self_disassembly": "X-DIS",
        "third_party": "X-3P",
        "force_majeure": "X-FM",
        "environment": "X-ENV",
    }
)

# Every id the engine can put in rule_id, money_rule_id or a Reason, in table order (then INSPECT and the
# day-counting rules S-0 to S-3).
RULE_IDS = (
    "NR-0",
    "NR-3",
    "NR-2",
    "NR-1",
    "X-DOC-ALT",
    "X-MIS",
    "X-DIS",
    "X-3P",
    "X-FM",
    "X-ENV",
    "X-CONS",
    "AP-1",
    "AP-2",
    "DOC-3",
    "DOC-2",
    "R-7",
    "R-15",
    "R-2X",
    "R-90",
    "R-30",
    "R-DEP",
    "R-NOSAME",
    "R-WU",
    "R-MP",
    "R-RW",
    "X-OUT",
    "INSPECT",
    "S-0",
    "S-1",
    "S-2",
    "S-3",
)

_STRENGTH = {"refund": 3, "exchange": 2, "repair": 1, "refuse": 0, "inspection_required": 0}
_CENT = Decimal("0.01")
_NO_REASON_WINDOW_DAYS = 7  # 消保法 art. 25
_FULL_REFUND_DAYS = 7  # 1995 art. 9
_EXCHANGE_DAYS = 15  # 1995 art. 10
_NO_PARTS_LIMIT_DAYS = 90  # 1995 art. 12
_REPAIRER_LIMIT_DAYS = 30  # 1995 art. 12


def remedy_strength(outcome: str) -> int:
    """refund > exchange > repair > refuse = inspection_required (the table's remedy selection)."""
    return _STRENGTH[outcome]


@dataclass(frozen=True, kw_only=True)
class ClaimFacts:
    """The facts recorded on a ReturnClaim; values are lowercase codes."""

    product_line: str
    usage: str = "household"
    invoice_date: date | None = None
    installation_date: date | None = None  # set only when we installed the unit (S-1)
    production_date: date | None = None
    report_date: date
    proof: str = "none"
    voucher_altered_or_mismatch: bool = False
    fault_category: str = "performance"
    found_at_acceptance: bool = False
    part: str | None = None
    cause: str | None = None  # None until an engineer has established it
    prior_repairs_same_fault: int = 0
    repair_days: int = 0
    pending_repair_days: int = 0
    pending_cause: str | None = None
    last_paid_repair_date: date | None = None
    requested_remedy: str | None = None
    same_model_available: bool | None = None
    accepts_other_model: bool = False
    claim_basis: str = "quality"
    sales_channel: str = "store"
    installed: bool = False
    intact: bool = False  # not confirmed intact counts as not intact for a no-reason return (NR-2)
    invoice_price: Decimal | None = None
    refund_date: date | None = None
    # Further facts the rules need; all default to "not recorded".
    inspection_on_file: bool = False
    card_date: date | None = None  # sale date stamped on the 三包凭证 (DOC-2)
    received_date: date | None = None  # day a remote sale was received (消保法 art. 25); defaults to invoice_date
    custom_made: bool = False  # 定作 goods are excluded from no-reason returns (art. 25)
    whole_unit_exchange_needed: bool = False  # AP-1: the defective part cannot be exchanged on its own


@dataclass(frozen=True)
class Reason:
    """One step of the explanation: the rule that produced it, a stable code and plain-value params."""

    rule_id: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))


@dataclass(frozen=True)
class Decision:
    """The engine's answer; see the module docstring for the rule_id / money_rule_id convention."""

    outcome: str
    rule_id: str
    allowed: frozenset[str]
    requested_remedy: str | None
    requested_denied: bool
    money_rule_id: str | None = None
    refund_amount: Decimal | None = None
    depreciation: Decimal | None = None
    depreciation_days: int | None = None
    approvals: tuple[str, ...] = ()
    explanation: tuple[Reason, ...] = ()
    cost_bearer: str | None = None  # "maker", "branch" (R-30, installer error) or "customer" (charged, NR-1 freight)
    charged_repair_offered: bool = False
    scope: str | None = None  # "unit" or "part" for exchange/repair (AP-1, R-MP)
    exchange_model: str | None = None  # "same" or "other" (R-NOSAME accepted other model); None if unknown
    day_index: int | None = None  # S-0 d
    start_date: date | None = None
    whole_unit_end: date | None = None
    main_parts_end: date | None = None

    @property
    def rule_label(self) -> str:
        return f"{self.rule_id}+{self.money_rule_id}" if self.money_rule_id else self.rule_id


def adjudicate(facts: ClaimFacts, policy: WarrantyPolicy | None = None) -> Decision:
    """Evaluate the table top-down; the first matching rule decides. Raises ValidationError for unusable facts."""
    policy = (policy or WarrantyPolicy.default()).validate()
    _check_facts(facts, policy)
    return _Engine(facts, policy).decide()


def _check_facts(f: ClaimFacts, policy: WarrantyPolicy) -> None:
    policy.period_for(f.product_line, f.usage)
    if not isinstance(f.report_date, date):
        raise ValidationError("missing_fact", "report_date")
    for name, values, optional in (
        ("proof", PROOFS, False),
        ("fault_category", FAULT_CATEGORIES, False),
        ("claim_basis", CLAIM_BASES, False),
        ("sales_channel", SALES_CHANNELS, False),
        ("cause", CAUSES, True),
        ("pending_cause", PENDING_CAUSES, True),
        ("requested_remedy", REMEDIES, True),
        ("part", PARTS, True),
    ):
        value = getattr(f, name)
        if not (value is None and optional) and value not in values:
            raise ValidationError("unknown_value", name, value=value)
    for name in ("prior_repairs_same_fault", "repair_days", "pending_repair_days"):
        value = getattr(f, name)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValidationError("negative_count", name, value=value)
    if f.invoice_price is not None:
        if not isinstance(f.invoice_price, Decimal) or not f.invoice_price.is_finite():
            raise ValidationError("not_a_decimal", "invoice_price")
        if f.invoice_price < 0:
            raise ValidationError("negative_money", "invoice_price")
    if f.proof == "invoice" and f.invoice_date is None:
        raise ValidationError("missing_fact", "invoice_date")
    for name in ("invoice_date", "card_date", "production_date", "received_date", "last_paid_repair_date"):
        value = getattr(f, name)
        if value is not None and value > f.report_date:
            raise ValidationError("after_report_date", name)
    if f.refund_date is not None and f.invoice_date is not None and f.refund_date < f.invoice_date:
        raise ValidationError("refund_before_invoice", "refund_date")


class _Engine:
    """One evaluation: collects the reasons while walking the table, then builds the Decision."""

    def __init__(self, facts: ClaimFacts, policy: WarrantyPolicy) -> None:
        self.f = facts
        self.p = policy
        self.reasons: list[Reason] = []
        self.day_index: int | None = None
        self.start: ClockStart | None = None
        self.ends: PeriodEnds | None = None

    def because(self, rule_id: str, code: str, **params: Any) -> None:
        self.reasons.append(Reason(rule_id, code, params))

    # --- the table -------------------------------------------------------------------------------------------

    def decide(self) -> Decision:
        f = self.f
        if f.claim_basis == "no_reason":
            return self._no_reason()
        if f.voucher_altered_or_mismatch:
            return self._exclusion("X-DOC-ALT", "voucher_altered_or_mismatch")
        if f.cause is not None and f.cause in EXCLUDED_CAUSES:
            return self._exclusion(EXCLUDED_CAUSES[f.cause], "excluded_cause", cause=f.cause)
        if f.fault_category == "consumable" or self.p.is_consumable(f.product_line, f.part):
            self.because("X-CONS", "consumable_part", part=f.part)
            return self._refuse("X-CONS")
        if f.fault_category == "appearance":
            return self._appearance()
        self._start_clock()
        if f.proof in ("none", "card_only"):
            return self._repair_only_without_invoice()
        return self._performance_with_invoice()

    def _no_reason(self) -> Decision:
        f = self.f
        if f.sales_channel == "store":
            self.because("NR-0", "no_reason_store_sale")
            return self._refuse("NR-0")
        received = f.received_date or f.invoice_date
        if received is None:
            raise ValidationError("missing_fact", "received_date")
        self.start = ClockStart(received, "received")
        self.day_index = (f.report_date - received).days
        self.because("S-0", "day_index", d=self.day_index, start_date=received.isoformat())
        if f.report_date > window_end(received, _NO_REASON_WINDOW_DAYS, self.p):
            self.because("NR-3", "no_reason_window_passed", d=self.day_index, limit=_NO_REASON_WINDOW_DAYS)
            return self._refuse("NR-3")
        if f.installed or not f.intact or f.custom_made:
            self.because(
                "NR-2", "no_reason_not_returnable", installed=f.installed, intact=f.intact, custom_made=f.custom_made
            )
            return self._refuse("NR-2")
        self.because("NR-1", "no_reason_refund", freight="customer")
        return self._remedy("NR-1", {"refund"}, refund_pricing="full", cost_bearer="customer")

    def _exclusion(self, rule_id: str, code: str, **params: Any) -> Decision:
        if not self.f.inspection_on_file:
            # Seeds 003/004: no refusal on cause before an engineer has inspected the unit and recorded evidence.
            self.because(rule_id, "inspection_required", **params)
            return self._inspection_required()
        self.because(rule_id, code, **params)
        return self._refuse(rule_id)

    def _appearance(self) -> Decision:
        f = self.f
        if f.found_at_acceptance:
            scope = "unit" if f.whole_unit_exchange_needed else "part"
            self.because("AP-1", "appearance_at_acceptance", part=f.part, scope=scope)
            return self._remedy("AP-1", {"exchange"}, scope=scope, exchange_model="same" if scope == "unit" else None)
        self.because("AP-2", "appearance_after_acceptance")
        self.because("AP-2", "goodwill_possible", approval="supervisor")
        return self._refuse("AP-2")

    def _start_clock(self) -> None:
        f = self.f
        self.start = clock_start(
            self.p,
            proof=f.proof,
            invoice_date=f.invoice_date,
            installation_date=f.installation_date,
            production_date=f.production_date,
            installed_by_us=f.installation_date is not None,
            card_date=f.card_date,
        )
        if self.start is None:
            raise ValidationError("missing_fact", "production_date" if f.proof == "none" else "card_date")
        start = self.start.start_date
        rule = self.p.period_for(f.product_line, f.usage)
        extension = f.repair_days + f.pending_repair_days
        self.ends = period_ends(rule, start, extension, self.p)
        self.day_index = (f.report_date - start).days
        self.because("S-1", "start_date", start_date=start.isoformat(), basis=self.start.basis)
        self.because("S-0", "day_index", d=self.day_index)
        self.because(
            "S-2",
            "period_ends",
            whole_unit_end=self.ends.whole_unit_end.isoformat(),
            main_parts_end=self.ends.main_parts_end.isoformat() if self.ends.main_parts_end else None,
            extension_days=extension,
        )

    def _in_whole_unit(self) -> bool:
        assert self.ends is not None
        return self.f.report_date <= self.ends.whole_unit_end

    def _in_main_part_period(self) -> bool:
        assert self.ends is not None
        return (
            self.p.is_main_part(self.f.product_line, self.f.part)
            and self.ends.main_parts_end is not None
            and self.f.report_date <= self.ends.main_parts_end
        )

    def _repair_only_without_invoice(self) -> Decision:
        f = self.f
        rule_id = "DOC-3" if f.proof == "none" else "DOC-2"
        assert self.start is not None
        self.because(rule_id, "repair_only_without_invoice", start_basis=self.start.basis)
        if self._in_whole_unit():
            free_rule = "R-WU"
        elif self._in_main_part_period():
            free_rule = "R-MP"
        else:
            return self._out_of_period()
        if f.cause is None:
            return self._cause_unknown()
        self.because(free_rule, "free_repair_in_period")
        return self._remedy(rule_id, {"repair"}, scope="part" if free_rule == "R-MP" else "unit")

    def _performance_with_invoice(self) -> Decision:
        f = self.f
        assert self.start is not None
        start = self.start.start_date
        if f.report_date <= window_end(start, _FULL_REFUND_DAYS, self.p):
            rule_id = "R-7"
        elif f.report_date <= window_end(start, _EXCHANGE_DAYS, self.p):
            rule_id = "R-15"
        elif self._in_whole_unit():
            if f.prior_repairs_same_fault >= self.p.failed_repairs_before_exchange:
                rule_id = "R-2X"
            elif f.pending_cause == "no_parts" and f.pending_repair_days > _NO_PARTS_LIMIT_DAYS:
                rule_id = "R-90"
            elif f.pending_cause == "repairer" and f.pending_repair_days > _REPAIRER_LIMIT_DAYS:
                rule_id = "R-30"
            else:
                rule_id = "R-WU"
        elif self._in_main_part_period():
            rule_id = "R-MP"
        else:
            return self._out_of_period()
        if f.cause is None:
            return self._cause_unknown()
        if rule_id == "R-7":
            self.because("R-7", "within_7_days", d=self.day_index)
            return self._exchange_eligible("R-7")
        if rule_id == "R-15":
            self.because("R-15", "within_15_days", d=self.day_index)
            return self._exchange_eligible("R-15")
        if rule_id == "R-2X":
            self.because(
                "R-2X",
                "repeated_failed_repairs",
                prior_repairs=f.prior_repairs_same_fault,
                limit=self.p.failed_repairs_before_exchange,
            )
            return self._exchange_eligible("R-2X")
        if rule_id == "R-90":
            self.because("R-90", "pending_no_parts", pending_days=f.pending_repair_days, limit=_NO_PARTS_LIMIT_DAYS)
            return self._exchange_eligible("R-90")
        if rule_id == "R-30":
            self.because("R-30", "pending_repairer", pending_days=f.pending_repair_days, limit=_REPAIRER_LIMIT_DAYS)
            return self._exchange_eligible("R-30", cost_bearer="branch")
        if rule_id == "R-WU":
            self.because("R-WU", "free_repair_in_period")
            return self._remedy("R-WU", {"repair"}, scope="unit")
        # R-2X applies only inside the whole-unit period, so a main part gets a part repair, never a unit exchange.
        self.because("R-MP", "main_part_period", part=f.part)
        return self._remedy("R-MP", {"repair"}, scope="part")

    def _out_of_period(self) -> Decision:
        f = self.f
        if f.last_paid_repair_date is not None:
            until = window_end(f.last_paid_repair_date, self.p.repair_warranty_days, self.p)
            if f.report_date <= until:
                if f.cause is None:
                    return self._cause_unknown()
                self.because(
                    "R-RW",
                    "repair_warranty",
                    last_paid_repair_date=f.last_paid_repair_date.isoformat(),
                    until=until.isoformat(),
                    days=self.p.repair_warranty_days,
                )
                return self._remedy("R-RW", {"repair"}, scope="unit")
        # Out of every period: the refusal states no cause, so it needs no inspection.
        self.because("X-OUT", "out_of_period")
        return self._refuse("X-OUT")

    def _cause_unknown(self) -> Decision:
        self.because("INSPECT", "cause_not_established")
        return self._inspection_required()

    def _exchange_eligible(self, rule_id: str, *, cost_bearer: str | None = None) -> Decision:
        """R-7/R-15/R-2X/R-90/R-30: repair, exchange and refund, shaped by the art. 13 model availability."""
        f = self.f
        allowed = {"repair", "refund"}
        exchange_model: str | None = "same" if f.same_model_available else None
        if f.same_model_available is False:
            if f.accepts_other_model:
                allowed.add("exchange")
                exchange_model = "other"
        else:
            allowed.add("exchange")
        if f.same_model_available is False:
            pricing = "full" if rule_id == "R-7" else "nosame"
        elif rule_id == "R-7":
            pricing = "full"
        elif f.same_model_available is None:
            pricing = "unknown"
        else:
            pricing = "depreciated"
        return self._remedy(
            rule_id,
            allowed,
            refund_pricing=pricing,
            exchange_model=exchange_model,
            scope="unit",
            cost_bearer=cost_bearer,
        )

    # --- building the Decision ---------------------------------------------------------------------------------

    def _remedy(
        self,
        rule_id: str,
        allowed: set[str],
        *,
        refund_pricing: str = "full",
        scope: str | None = None,
        exchange_model: str | None = None,
        cost_bearer: str | None = None,
    ) -> Decision:
        f = self.f
        requested = f.requested_remedy
        if requested in allowed:
            outcome, denied = requested, False
        else:
            # Remedy selection: the strongest allowed remedy, flagged when the customer asked for another.
            outcome = max(allowed, key=remedy_strength)
            denied = requested is not None
            if denied:
                self.because(rule_id, "requested_remedy_not_allowed", requested=requested, outcome=outcome)
        money: dict[str, Any] = {}
        if outcome == "refund":
            money = self._price_refund(rule_id, refund_pricing)
        if outcome == "exchange" and exchange_model == "other":
            self.because("R-NOSAME", "exchange_other_model")
        if outcome == "exchange" and scope == "unit":
            self.because("S-3", "clock_restarts_on_exchange")
        if cost_bearer is None:
            cost_bearer = "branch" if f.cause == "installer" else "maker"
        return self._build(
            outcome,
            rule_id,
            frozenset(allowed),
            denied,
            approvals=self._approvals(outcome, scope),
            cost_bearer=cost_bearer,
            scope=scope if outcome in ("exchange", "repair") else None,
            exchange_model=exchange_model if outcome == "exchange" else None,
            **money,
        )

    def _price_refund(self, rule_id: str, pricing: str) -> dict[str, Any]:
        f = self.f
        price = f.invoice_price
        if pricing == "unknown":
            self.because(rule_id, "same_model_availability_unknown")
            return {}
        money_rule_id = {"depreciated": "R-DEP", "nosame": "R-NOSAME"}.get(pricing)
        if price is None:
            self.because(money_rule_id or rule_id, "invoice_price_missing")
            return {"money_rule_id": money_rule_id}
        if pricing != "depreciated":
            self.because(money_rule_id or rule_id, "full_refund", amount=str(price))
            return {"money_rule_id": money_rule_id, "refund_amount": price, "depreciation": Decimal("0.00")}
        # Art. 13: from the invoice date (not the installation date) to the refund date, minus repair time.
        assert f.invoice_date is not None
        refund_on = f.refund_date or f.report_date
        if f.refund_date is None:
            self.because("R-DEP", "refund_date_assumed", refund_date=refund_on.isoformat())
        occupied = f.repair_days + f.pending_repair_days
        days = max(0, (refund_on - f.invoice_date).days - occupied)
        rate = self.p.depreciation_rate_per_day
        depreciation = min(price, (price * rate * days).quantize(_CENT, rounding=ROUND_HALF_UP))
        refund = price - depreciation
        self.because(
            "R-DEP",
            "depreciated_refund",
            price=str(price),
            rate=str(rate),
            days=days,
            repair_days=occupied,
            depreciation=str(depreciation),
            refund=str(refund),
            invoice_date=f.invoice_date.isoformat(),
            refund_date=refund_on.isoformat(),
        )
        return {
            "money_rule_id": "R-DEP",
            "refund_amount": refund,
            "depreciation": depreciation,
            "depreciation_days": days,
        }

    def _approvals(self, outcome: str, scope: str | None) -> tuple[str, ...]:
        # Approval: a free repair needs nobody; every refusal and part exchange the supervisor; unit exchange and
        # refund the supervisor plus HQ when the policy asks for it.
        if outcome == "refund":
            return ("supervisor", "hq") if self.p.hq_confirms_refund else ("supervisor",)
        if outcome == "exchange":
            if scope == "unit" and self.p.hq_confirms_exchange:
                return ("supervisor", "hq")
            return ("supervisor",)
        if outcome == "refuse":
            return ("supervisor",)
        return ()

    def _refuse(self, rule_id: str) -> Decision:
        # A no-reason refusal concerns an intact product, so there is nothing to repair for a fee.
        charged = not rule_id.startswith("NR-")
        if charged:
            self.because(rule_id, "charged_repair_offered")
        return self._build(
            "refuse",
            rule_id,
            frozenset(),
            self.f.requested_remedy is not None,
            approvals=("supervisor",),
            cost_bearer="customer",
            charged_repair_offered=charged,
        )

    def _inspection_required(self) -> Decision:
        return self._build("inspection_required", "INSPECT", frozenset(), False)

    def _build(self, outcome: str, rule_id: str, allowed: frozenset[str], denied: bool, **extra: Any) -> Decision:
        return Decision(
            outcome=outcome,
            rule_id=rule_id,
            allowed=allowed,
            requested_remedy=self.f.requested_remedy,
            requested_denied=denied,
            explanation=tuple(self.reasons),
            day_index=self.day_index,
            start_date=self.start.start_date if self.start else None,
            whole_unit_end=self.ends.whole_unit_end if self.ends else None,
            main_parts_end=self.ends.main_parts_end if self.ends else None,
            **extra,
        )
