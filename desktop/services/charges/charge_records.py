"""Frozen records the charges views exchange with the fee and payment services."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: Sequence[T]
    total: int


@dataclass(frozen=True)
class LabourLine:
    fault_category_id: int
    fault_code: str
    name_zh: str
    name_en: str
    labour_fen: int | None  # None: the product line's default labour applies


@dataclass(frozen=True)
class FeeScheduleRow:
    product_line: str
    name_zh: str
    name_en: str
    call_out_fee_fen: int
    labour_fen: int
    labour: tuple[LabourLine, ...]
    version: int | None  # None while the line has no schedule yet
    updated_at: datetime | None
    updated_by: str


@dataclass(frozen=True)
class ChargeDue:
    """A service report with charges, and what has been paid on it."""

    report_id: int
    visit_id: int
    ticket_id: int
    ticket_number: str
    customer_name: str
    engineer_id: int
    engineer_name: str
    departed_at: datetime | None
    call_out_fee_fen: int
    labour_fen: int
    parts_fen: int
    paid_fen: int

    @property
    def total_fen(self) -> int:
        return self.call_out_fee_fen + self.labour_fen + self.parts_fen

    @property
    def outstanding_fen(self) -> int:
        return max(self.total_fen - self.paid_fen, 0)


@dataclass(frozen=True)
class PaymentRow:
    id: int
    receipt_no: str
    ticket_id: int
    ticket_number: str
    report_id: int
    engineer_id: int | None
    engineer_name: str
    payer_name: str
    amount_fen: int
    method: str
    paid_at: datetime
    status: str
    void_reason: str
    note: str
    recorded_by: str
    version: int


@dataclass(frozen=True)
class PaymentFilter:
    start: date | None = None  # branch-local days, inclusive
    end: date | None = None
    engineer_id: int | None = None
    method: str | None = None
    text: str = ""  # receipt or ticket number, payer
    include_void: bool = True


@dataclass(frozen=True)
class CashLine:
    """One engineer's takings on one day (the desk's own takings have engineer_id None)."""

    engineer_id: int | None
    engineer_name: str
    payments: int
    by_method: tuple[tuple[str, int], ...]  # (method, fen) in PAYMENT_METHODS order

    @property
    def total_fen(self) -> int:
        return sum(fen for _, fen in self.by_method)

    def method_fen(self, method: str) -> int:
        return dict(self.by_method).get(method, 0)


@dataclass(frozen=True)
class CashSummary:
    day: date
    lines: tuple[CashLine, ...]
    voided: int  # receipts of the day voided (not counted)

    @property
    def total_fen(self) -> int:
        return sum(line.total_fen for line in self.lines)

    def method_fen(self, method: str) -> int:
        return sum(line.method_fen(method) for line in self.lines)
