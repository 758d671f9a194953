"""Frozen records the dispatch board, the visit dialogs and the field loop exchange with their services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from desktop.rules.addresses import place_text


@dataclass(frozen=True)
class BoardEngineer:
    id: int
    name: str
    phone: str
    areas: tuple[str, ...]
    skills: tuple[str, ...]
    working_days: str
    work_start: time
    work_end: time

    def works_on(self, day: date) -> bool:
        return self.working_days[day.weekday()] == "1"


@dataclass(frozen=True)
class BoardVisit:
    """One block on the board. Times are aware UTC; the view shows them in branch local time."""

    id: int
    ticket_id: int
    ticket_number: str
    engineer_id: int
    round: int
    status: str
    start: datetime
    end: datetime
    agreed_start: datetime | None
    agreed_end: datetime | None
    customer_name: str
    district: str
    product_line: str
    warnings: tuple[str, ...]
    override_reason: str
    version: int
    kind: str = "repair"  # the ticket's: a repair visit or an installation
    # What a person reads for `product_line` (a code): the catalogue's names, the view picks the language's.
    product_line_zh: str = ""
    product_line_en: str = ""
    town: str = ""  # the address's 乡镇/街道 beside `district`; empty when not known

    @property
    def place(self) -> str:
        return place_text(self.district, self.town, "")


@dataclass(frozen=True)
class CellLoad:
    engineer_id: int
    day: date
    visits: int
    minutes: int


@dataclass(frozen=True)
class Board:
    first_day: date
    days: int
    engineers: tuple[BoardEngineer, ...]
    visits: tuple[BoardVisit, ...]
    loads: dict[tuple[int, date], CellLoad] = field(default_factory=dict)

    @property
    def day_list(self) -> list[date]:
        from datetime import timedelta

        return [self.first_day + timedelta(days=i) for i in range(self.days)]

    def load(self, engineer_id: int, day: date) -> CellLoad:
        return self.loads.get((engineer_id, day)) or CellLoad(engineer_id, day, 0, 0)


@dataclass(frozen=True)
class PanelTicket:
    """A ticket waiting for an engineer: new, in triage or escalated after an unresolved visit."""

    id: int
    number: str
    status: str
    priority: str
    escalation_level: int
    customer_name: str
    district: str
    product_line: str
    product_line_name: str
    fault: str
    opened_at: datetime
    due_at: datetime | None
    commitment: str | None
    version: int
    kind: str = "repair"
    product_line_en: str = ""  # the English name beside product_line_name (Chinese): the view picks
    town: str = ""  # the address's 乡镇/街道 beside `district`; empty when not known

    @property
    def place(self) -> str:
        return place_text(self.district, self.town, "")


@dataclass(frozen=True)
class VisitRow:
    id: int
    ticket_id: int
    ticket_number: str
    ticket_status: str
    ticket_version: int
    engineer_id: int
    engineer_name: str
    round: int
    status: str
    planned_start: datetime
    planned_end: datetime
    agreed_start: datetime | None
    agreed_end: datetime | None
    warnings: tuple[str, ...]
    override_reason: str
    version: int


@dataclass(frozen=True)
class PartRow:
    id: int
    code: str
    name_zh: str
    name_en: str
    price_fen: int
    is_main_part: bool
    is_consumable: bool
    is_warranty_part: bool = False
    unit: str = "个"


@dataclass(frozen=True)
class PartUse:
    """A part written on the returned sheet; unit_price_fen None takes the catalogue price."""

    part_id: int
    quantity: int = 1
    charged: bool = False
    unit_price_fen: int | None = None


@dataclass(frozen=True)
class VisitResult:
    """What the engineer wrote on the returned service sheet (客户服务单)."""

    arrived_at: datetime
    departed_at: datetime
    result: str  # resolved | unresolved
    cause: str = ""
    work_done: str = ""
    parts: tuple[PartUse, ...] = ()
    labour_charge_fen: int = 0
    customer_comment: str = ""
    satisfaction: str | None = None  # a grade of rules.satisfaction the branch offers
    # Exactly one of these, or neither when the sheet came back unsigned.
    signature_strokes_json: str | None = None
    signature_scan: bytes | None = None
    # Required when the engineer arrived before the window agreed with the customer.
    early_arrival_reason: str = ""
    # 上门服务规范 (rules.conduct): every item → kept, or empty when the checklist was not filled in.
    conduct: dict[str, bool] = field(default_factory=dict)
    # 需客户继续配合的事宜 (seed 000 3.1.7) and the 上门费.
    follow_up: str = ""
    call_out_fee_fen: int = 0
    # Required when the charges differ from the fee schedule's proposal (rules.charges exceptions).
    charge_reason: str = ""
    # A supervisor's reason to let the engineer's van stock go below zero for a part written on the sheet.
    stock_override_reason: str = ""
    # The engineer signs on the pad too, over the same content.
    engineer_signature_strokes_json: str | None = None
    # Money the engineer collected on site for this sheet's charges (a payment with its receipt number, saved with the
    # sheet); 0 when the customer pays later at the desk.
    paid_on_site_fen: int = 0
    paid_method: str = ""  # models.charges.PAYMENT_METHODS


@dataclass(frozen=True)
class SheetForm:
    """What the result dialog starts from: the branch's satisfaction grades and, for a maintenance visit, the
    consumables the care reminder booked (charged: X-CONS)."""

    grades: tuple[str, ...]
    planned_parts: tuple[PartUse, ...] = ()


@dataclass(frozen=True)
class ReportRow:
    id: int
    visit_id: int
    ticket_id: int
    result: str
    parts_charged_fen: int
    labour_charge_fen: int
    content_digest: str
    signature_kind: str
    ticket_status: str
    callback_id: int | None
    call_out_fee_fen: int = 0
    charge_exceptions: tuple[str, ...] = ()
    receipt_no: str = ""  # of the payment collected on site, if any

    @property
    def total_fen(self) -> int:
        return self.parts_charged_fen + self.labour_charge_fen + self.call_out_fee_fen


@dataclass(frozen=True)
class EscalationRow:
    id: int
    ticket_id: int
    visit_id: int
    escalation_level: int
    plan: str
    ticket_version: int


@dataclass(frozen=True)
class VisitRound:
    """One round of a ticket's history: the visit, what the sheet said and, if unresolved, the escalation."""

    visit_id: int
    round: int
    engineer_name: str
    status: str
    planned_start: datetime
    planned_end: datetime
    agreed_start: datetime | None
    result: str | None
    cause: str
    work_done: str
    arrived_at: datetime | None
    departed_at: datetime | None
    escalation_analysis: str | None
    escalation_plan: str | None
    escalation_note: str | None
