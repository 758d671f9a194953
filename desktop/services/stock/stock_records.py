"""Frozen records the stock views exchange with the part, stock and return services."""

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
class CataloguePart:
    id: int
    product_line: str  # code; "" for a part of every line
    code: str
    name_zh: str
    name_en: str
    unit: str
    price_fen: int
    is_warranty_part: bool
    is_main_part: bool
    is_consumable: bool
    reorder_level: int
    active: bool
    version: int


@dataclass(frozen=True)
class PartInput:
    """A catalogue line as typed in the part dialog or read from HQ's price list; price in fen."""

    product_line: str
    code: str
    name_zh: str
    name_en: str = ""
    unit: str = "个"
    price_fen: int = 0
    is_warranty_part: bool = False
    is_main_part: bool = False
    is_consumable: bool = False
    reorder_level: int = 0
    active: bool = True


@dataclass(frozen=True)
class PriceListProblem:
    """One bad cell of the price list: its sheet row (1 = header), the column header and an error code."""

    row: int
    column: str
    code: str
    value: str = ""


@dataclass(frozen=True)
class PriceListCheck:
    rows: int  # data rows read
    new: int
    changed: int
    unchanged: int
    problems: tuple[PriceListProblem, ...]

    @property
    def importable(self) -> int:
        return self.new + self.changed


@dataclass(frozen=True)
class BalanceRow:
    location_key: str  # warehouse | old_parts | van:<engineer id>
    location_kind: str
    engineer_id: int | None
    engineer_name: str
    part_id: int
    part_code: str
    part_name_zh: str
    part_name_en: str
    unit: str
    quantity: int
    reorder_level: int

    @property
    def low(self) -> bool:
        """Only the warehouse has a minimum (a van is filled from it)."""
        return self.location_kind == "warehouse" and self.reorder_level > 0 and self.quantity < self.reorder_level


@dataclass(frozen=True)
class LedgerFilter:
    text: str = ""  # part code or name, ticket number, tag number, movement number
    kind: str | None = None
    engineer_id: int | None = None
    start: date | None = None  # branch-local days, inclusive
    end: date | None = None


@dataclass(frozen=True)
class MovementRow:
    id: int
    number: str
    kind: str
    moved_at: datetime
    part_id: int
    part_code: str
    part_name_zh: str
    part_name_en: str
    unit: str
    quantity: int
    unit_price_fen: int
    from_kind: str | None
    to_kind: str | None
    engineer_name: str
    ticket_number: str
    tag_no: str
    reference: str
    destination: str | None
    override_reason: str
    note: str
    recorded_by: str


@dataclass(frozen=True)
class OldPartDue:
    """A warranty part replaced free on a visit whose old part has not come back yet (旧件返还)."""

    part_usage_id: int
    ticket_number: str
    engineer_id: int
    engineer_name: str
    part_code: str
    part_name_zh: str
    part_name_en: str
    quantity: int
    used_at: datetime | None


@dataclass(frozen=True)
class ShelfPart:
    """An old part on the shelf (or any old part movement), waiting to go back to HQ or the factory."""

    movement_id: int
    number: str
    tag_no: str
    ticket_number: str
    engineer_name: str
    part_id: int
    part_code: str
    part_name_zh: str
    part_name_en: str
    quantity: int
    returned_at: datetime


@dataclass(frozen=True)
class ReturnLine:
    """A good part sent back from the warehouse on a return list."""

    part_id: int
    quantity: int


@dataclass(frozen=True)
class ReturnListRow:
    id: int
    number: str
    destination: str
    created_at: datetime
    created_by: str
    lines: int
    quantity: int
    note: str


@dataclass(frozen=True)
class VisitNeed:
    part_id: int
    part_code: str
    part_name_zh: str
    part_name_en: str
    unit: str
    quantity: int
    issued: int  # issued to the engineer for this visit so far


@dataclass(frozen=True)
class VisitNeedRow:
    """An upcoming visit with the parts it needs (配件需求)."""

    visit_id: int
    ticket_number: str
    engineer_id: int
    engineer_name: str
    start: datetime
    product_line: str
    fault: str
    needs: tuple[VisitNeed, ...]
    # The English names beside product_line and fault (Chinese; fault is the clerk's words when no category).
    product_line_en: str = ""
    fault_en: str = ""
