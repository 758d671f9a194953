"""Frozen dataclasses the printed forms take: services fill them from the database, printing only reads them.

Money is Decimal in yuan; coded values (warranty status, satisfaction, outcome ...) are the codes used by the rules
and services and are turned into words by `labels.Labels.code()` at print time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from desktop.errors import ValidationError
from desktop.printing.signature import StrokeSignature, content_digest
from desktop.rules.satisfaction import DEFAULT_GRADES

ZERO = Decimal("0")


@dataclass(frozen=True)
class BranchHeader:
    """The branch as it appears at the top of every form (branch settings)."""

    code: str
    name: str
    address: str
    hotline: str
    logo_png: bytes | None = None
    language: str = "zh"
    # None prints the seed wording from labels (服务方针 ...); a branch may set its own promise line.
    service_promise: str | None = None
    # The branch's time zone: a form's print time is branch time, whatever the PC's own zone is.
    timezone: str = "Asia/Shanghai"


@dataclass(frozen=True)
class CustomerInfo:
    name: str
    phone: str
    address: str
    alt_phone: str = ""


@dataclass(frozen=True)
class UnitInfo:
    product: str
    model: str = ""
    serial: str = ""
    purchase_date: dt.date | None = None
    install_date: dt.date | None = None
    # in_warranty | main_part | repair_warranty | out_of_warranty | unknown
    warranty_status: str = "unknown"


@dataclass(frozen=True)
class Signature:
    """A handwritten signature: vector strokes from the pad or a scanned PNG, bound to content by `digest`."""

    digest: str
    strokes: StrokeSignature | None = None
    image_png: bytes | None = None
    signer_name: str = ""
    signed_at: dt.datetime | None = None

    def __post_init__(self) -> None:
        if (self.strokes is None) == (self.image_png is None):
            raise ValidationError("signature_invalid", "signature", reason="strokes or image, exactly one")


@dataclass(frozen=True)
class ServiceSheetData:
    """The pre-filled 客户服务单 the engineer takes to the customer."""

    ticket_no: str
    received_at: dt.datetime
    customer: CustomerInfo
    unit: UnitInfo
    fault: str
    appointment_start: dt.datetime | None = None
    appointment_end: dt.datetime | None = None
    engineer_name: str = ""
    engineer_phone: str = ""
    visit_no: int = 1
    notes: str = ""
    # The satisfaction grades the branch offers (setting satisfaction.grades), printed as tick boxes.
    grades: tuple[str, ...] = DEFAULT_GRADES


@dataclass(frozen=True)
class PartLine:
    name: str
    part_no: str = ""
    serial: str = ""
    quantity: int = 1
    unit_price: Decimal = ZERO
    # Covered by warranty: listed for the record, charged 0.
    covered: bool = False
    # Whether the customer pays for it; None: exactly when not covered. Charged though covered is an in-warranty
    # charge, neither covered nor charged a waived part (both with a recorded reason).
    charged: bool | None = None

    @property
    def is_charged(self) -> bool:
        return not self.covered if self.charged is None else self.charged

    @property
    def waived(self) -> bool:
        return not self.covered and not self.is_charged

    @property
    def amount(self) -> Decimal:
        return self.unit_price * self.quantity if self.is_charged else ZERO


@dataclass(frozen=True)
class ServiceReportData:
    """The completed 客户服务报告 of one visit, with both handwritten signatures."""

    ticket_no: str
    received_at: dt.datetime
    customer: CustomerInfo
    unit: UnitInfo
    fault: str
    engineer_name: str
    arrival_at: dt.datetime | None
    departure_at: dt.datetime | None
    cause: str
    work_done: str
    resolved: bool
    parts: tuple[PartLine, ...] = ()
    travel_charge: Decimal = ZERO
    labour_charge: Decimal = ZERO
    other_charge: Decimal = ZERO
    follow_up: str = ""
    customer_comment: str = ""
    # a grade code of rules.satisfaction, or "" (not given)
    satisfaction: str = ""
    visit_no: int = 1
    engineer_phone: str = ""
    customer_signature: Signature | None = None
    engineer_signature: Signature | None = None
    grades: tuple[str, ...] = DEFAULT_GRADES
    # 上门服务规范 as recorded: (item code of rules.conduct, kept); empty when the checklist was not filled in.
    conduct: tuple[tuple[str, bool], ...] = ()
    # Why the charges differ from the fee schedule (an in-warranty charge, a waived part), as recorded.
    charge_note: str = ""

    @property
    def parts_total(self) -> Decimal:
        return sum((p.amount for p in self.parts), ZERO)

    @property
    def total(self) -> Decimal:
        return self.parts_total + self.travel_charge + self.labour_charge + self.other_charge

    def content_digest(self) -> str:
        """Digest the signatures are bound to: every field except the signatures themselves."""
        return report_content_digest(self)


def report_content_digest(report: ServiceReportData) -> str:
    fields = {f.name: getattr(report, f.name) for f in dataclasses.fields(report)}
    fields.pop("customer_signature")
    fields.pop("engineer_signature")
    return content_digest(fields)


@dataclass(frozen=True)
class DispatchLine:
    ticket_no: str
    customer_name: str
    phone: str
    address: str
    product: str
    fault: str
    appointment_start: dt.datetime | None = None
    appointment_end: dt.datetime | None = None
    parts_to_take: str = ""
    deadline: dt.datetime | None = None


@dataclass(frozen=True)
class DispatchSlipData:
    """One engineer's visits for one day (售后服务派遣单)."""

    slip_no: str
    day: dt.date
    engineer_name: str
    engineer_phone: str = ""
    area: str = ""
    dispatcher_name: str = ""
    lines: tuple[DispatchLine, ...] = ()


@dataclass(frozen=True)
class CertificateData:
    """A return/exchange decision (退换货凭证) as decided by the rules engine and approved."""

    ticket_no: str
    claim_no: str
    claim_date: dt.date
    customer: CustomerInfo
    unit: UnitInfo
    # refund | exchange | repair | refuse
    outcome: str
    rule_id: str
    rule_explanation: str
    allowed_remedies: tuple[str, ...] = ()
    requested_remedy: str = ""
    requested_denied: bool = False
    invoice_date: dt.date | None = None
    price: Decimal | None = None
    days_used: int | None = None
    repair_days: int | None = None
    depreciation_days: int | None = None
    depreciation_rate: Decimal | None = None  # per day, e.g. Decimal("0.0005")
    depreciation_amount: Decimal | None = None
    refund_amount: Decimal | None = None
    exchange_model: str = ""
    approver_name: str = ""
    approver_role: str = ""
    approved_at: dt.datetime | None = None
    hq_confirmation: str = ""
    override_reason: str = ""
    customer_signature: Signature | None = None


@dataclass(frozen=True)
class CallbackRecordData:
    """One callback (回访) with the scripted questions' answers; None means the question was not asked."""

    ticket_no: str
    customer: CustomerInfo
    unit: UnitInfo
    called_at: dt.datetime
    agent_name: str
    channel: str = "phone"  # phone | visit
    reached: bool = True
    satisfied_with_service: bool | None = None  # Q1, first question
    manual_read: bool | None = None  # Q2
    product_working: bool | None = None  # Q3
    suggestions: str = ""  # Q4
    service_complaint: str = ""
    product_complaint: str = ""
    satisfaction: str = ""
    follow_up_needed: bool = False
    follow_up_ref: str = ""
    closing_line: str = "E1"  # E1 | E2 | E3
    notes: str = ""
    engineer_name: str = ""
    service_date: dt.date | None = None
    grades: tuple[str, ...] = DEFAULT_GRADES
    explained_use: bool | None = None  # Q1, second question: answered on its own line
    conduct_kept: bool | None = None  # Q5: the engineer kept 上门服务规范
