"""Frozen records the ClaimService returns (rows, detail, decision, policy), built before the session closes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from desktop.rules.warranty import WarrantyPolicy


@dataclass(frozen=True)
class ClaimRow:
    id: int
    number: str
    status: str
    created_at: datetime
    customer_name: str
    serial: str
    model: str
    ticket_number: str
    requested_remedy: str
    outcome: str | None
    rule_label: str


@dataclass(frozen=True)
class ClaimPage:
    rows: tuple[ClaimRow, ...]
    total: int


@dataclass(frozen=True)
class FactRow:
    """One fact with its value (plain: ISO date, money string, bool, int, code) and where it came from."""

    name: str
    value: Any
    source: Mapping[str, Any]
    entered_by: str


@dataclass(frozen=True)
class ReasonRow:
    rule_id: str
    code: str
    params: Mapping[str, Any]


@dataclass(frozen=True)
class DecisionInfo:
    id: int
    outcome: str
    rule_id: str
    money_rule_id: str | None
    allowed: tuple[str, ...]  # strongest first
    requested_denied: bool
    refund_amount: Decimal | None
    depreciation: Decimal | None
    depreciation_days: int | None
    explanation: tuple[ReasonRow, ...]
    approvals_required: tuple[str, ...]
    overridden: bool
    override_reason: str
    decided_at: datetime
    decided_by: str
    approved_by: str
    approved_at: datetime | None
    hq_confirmed_by: str
    hq_confirmed_at: datetime | None
    rejected_reason: str
    replacement_serial: str
    executed_at: datetime | None

    @property
    def rule_label(self) -> str:
        return f"{self.rule_id}+{self.money_rule_id}" if self.money_rule_id else self.rule_id

    @property
    def approvals_missing(self) -> tuple[str, ...]:
        missing = []
        if "supervisor" in self.approvals_required and self.approved_at is None:
            missing.append("supervisor")
        if "hq" in self.approvals_required and self.hq_confirmed_at is None:
            missing.append("hq")
        return tuple(missing)


@dataclass(frozen=True)
class EnginePreview:
    """What the engine says now, not stored (outcome may be "inspection_required")."""

    outcome: str
    rule_id: str
    rule_label: str
    allowed: tuple[str, ...]
    explanation: tuple[ReasonRow, ...]


@dataclass(frozen=True)
class ClaimDetail:
    id: int
    number: str
    status: str
    version: int
    ticket_id: int | None
    ticket_number: str
    unit_id: int
    serial: str
    model: str
    customer_name: str
    requested_remedy: str
    customer_choice: str | None
    facts: tuple[FactRow, ...]
    inspection_note: str
    inspected_by: str
    inspected_at: datetime | None
    created_at: datetime
    decision: DecisionInfo | None
    charged_repair_ticket: str = ""
    # Every decision ever stored, newest first: a fact changed after a decision keeps the old one here.
    history: tuple[DecisionInfo, ...] = ()
    # Product line code -> (中文, English): the product_line fact is shown and chosen by name, never by code.
    line_names: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def decide_again(self) -> bool:
        """A decision was made and the facts changed since: the engine must decide again before anything else."""
        return self.decision is None and bool(self.history)

    def fact(self, name: str) -> Any:
        for row in self.facts:
            if row.name == name:
                return row.value
        return None


@dataclass(frozen=True)
class PolicyInfo:
    """The branch's warranty policy; version 0 means the defaults have never been saved."""

    policy: WarrantyPolicy
    version: int
    # Product line code -> (中文, English) from the catalogue, for the editor's rows.
    line_names: Mapping[str, tuple[str, str]] = field(default_factory=dict)
