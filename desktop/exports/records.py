"""Frozen rows and indicators the services hand to the HQ workbook writer (and the reader hands back)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from types import MappingProxyType
from typing import Literal, TypeVar, cast

from desktop.rules.satisfaction import GRADES, SATISFIED

Language = Literal["zh", "en"]
V = TypeVar("V")

# Satisfaction keys of a callback (rules.satisfaction); the workbook shows them as 非常满意/满意/一般/不满意/非常不满意.
SATISFACTION_KEYS = GRADES
# The satisfaction rate counts these over every graded answer: 一般 is not satisfied.
PLEASED_KEYS = SATISFIED

# Commitment keys used by SummaryIndicators.on_time.
FIRST_CONTACT = "first_contact"
ON_SITE = "on_site"


@dataclass(frozen=True, slots=True)
class Address:
    """A Chinese postal address in its parts, so masking can keep province/city/district and drop the rest."""

    province: str = ""
    city: str = ""
    district: str = ""
    detail: str = ""
    # The 乡镇/街道, written between district and detail; masking drops it with the detail (in the countryside a
    # town and a surname find a household).
    town: str = ""

    def region(self) -> str:
        # Municipalities repeat themselves (北京市 北京市 朝阳区); show the name once.
        parts = [self.province]
        if self.city and self.city != self.province:
            parts.append(self.city)
        parts.append(self.district)
        return "".join(p for p in parts if p)

    def __str__(self) -> str:
        return self.region() + self.town + self.detail


@dataclass(frozen=True, slots=True)
class TicketRecord:
    branch_code: str
    ticket_no: str
    opened_at: datetime
    status: str
    channel: str = ""
    priority: str = ""
    product_line: str = ""
    model: str = ""
    serial: str = ""
    customer_name: str = ""
    phone: str = ""
    # An Address when it comes from the database; a plain string when read back from a workbook.
    address: Address | str = ""
    fault_category: str = ""
    fault_text: str = ""
    warranty: str = ""
    engineer: str = ""
    first_contact_due: datetime | None = None
    first_contact_met: bool | None = None
    onsite_due: datetime | None = None
    onsite_met: bool | None = None
    completed_at: datetime | None = None
    closed_at: datetime | None = None
    visit_count: int = 0
    repeat_repair: bool = False


@dataclass(frozen=True, slots=True)
class PartLine:
    part_code: str
    part_name: str
    qty: int
    unit_price: Decimal
    charged: bool
    # None means "qty x unit price if charged, else 0"; given explicitly when read back from a workbook.
    amount: Decimal | None = None

    def __post_init__(self) -> None:
        if self.amount is None:
            value = Decimal(self.qty) * Decimal(self.unit_price) if self.charged else Decimal(0)
            object.__setattr__(self, "amount", value)


@dataclass(frozen=True, slots=True)
class VisitRecord:
    branch_code: str
    ticket_no: str
    visit_no: int
    engineer: str = ""
    arrived_at: datetime | None = None
    finished_at: datetime | None = None
    result: str = ""
    # Explicit rather than derived from `result`, whose vocabulary belongs to the field-loop service.
    fixed: bool = False
    labour_charge: Decimal = Decimal(0)
    parts: tuple[PartLine, ...] = ()

    @property
    def parts_amount(self) -> Decimal:
        # __post_init__ fills every amount.
        return sum((cast(Decimal, p.amount) for p in self.parts), Decimal(0))


@dataclass(frozen=True, slots=True)
class ReturnRecord:
    branch_code: str
    claim_no: str
    ticket_no: str
    requested_at: datetime | None = None
    requested: str = ""
    outcome: str = ""
    rule_id: str = ""
    refund_amount: Decimal | None = None
    depreciation: Decimal | None = None
    approver: str = ""
    decided_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class CallbackRecord:
    branch_code: str
    ticket_no: str
    callback_no: int
    due_at: datetime | None = None
    done_at: datetime | None = None
    attempts: int = 0
    reached: bool = False
    satisfaction: str | None = None
    # (question, answer) pairs in questionnaire order.
    answers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class ComplaintRecord:
    branch_code: str
    complaint_no: str
    received_at: datetime
    ticket_no: str = ""
    channel: str = ""
    category: str = ""
    customer_name: str = ""
    phone: str = ""
    summary: str = ""
    status: str = ""
    due_at: datetime | None = None
    resolved_at: datetime | None = None
    handler: str = ""
    overdue: bool = False


@dataclass(frozen=True, slots=True)
class Rate:
    """A ratio kept as its two counts, so rates of several branches can be added up exactly."""

    numerator: int = 0
    denominator: int = 0

    @property
    def value(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    def __add__(self, other: Rate) -> Rate:
        return Rate(self.numerator + other.numerator, self.denominator + other.denominator)


def _frozen_counts(values: Mapping[str, V] | None = None) -> Mapping[str, V]:
    return MappingProxyType(dict(values or {}))


@dataclass(frozen=True, slots=True)
class SummaryIndicators:
    tickets_by_status: Mapping[str, int] = field(default_factory=_frozen_counts)
    tickets_by_product_line: Mapping[str, int] = field(default_factory=_frozen_counts)
    # Commitment key (FIRST_CONTACT, ON_SITE, ...) -> met / due.
    on_time: Mapping[str, Rate] = field(default_factory=_frozen_counts)
    first_visit_fix: Rate = Rate()
    repeat_repairs: int = 0
    visits_total: int = 0
    returns_by_outcome: Mapping[str, int] = field(default_factory=_frozen_counts)
    returns_by_rule: Mapping[str, int] = field(default_factory=_frozen_counts)
    callbacks_done: Rate = Rate()
    satisfaction_counts: Mapping[str, int] = field(default_factory=_frozen_counts)
    # (非常满意 + 满意) / answered callbacks.
    satisfaction: Rate = Rate()
    complaints_total: int = 0
    complaints_open: int = 0
    complaints_overdue: int = 0

    @property
    def tickets_total(self) -> int:
        return sum(self.tickets_by_status.values())

    @property
    def returns_total(self) -> int:
        return sum(self.returns_by_outcome.values())


class SummaryBuilder:
    """Computes SummaryIndicators while records stream past (the HQ merge has no SQL to ask)."""

    def __init__(self) -> None:
        self._status: Counter[str] = Counter()
        self._product_line: Counter[str] = Counter()
        self._on_time: dict[str, list[int]] = {FIRST_CONTACT: [0, 0], ON_SITE: [0, 0]}
        self._repeat = 0
        self._first_visit = [0, 0]
        self._visits = 0
        self._outcome: Counter[str] = Counter()
        self._rule: Counter[str] = Counter()
        self._callbacks = [0, 0]
        self._satisfaction: Counter[str] = Counter()
        self._complaints = [0, 0, 0]

    def add_ticket(self, t: TicketRecord) -> None:
        # Rows read back from a workbook carry None for empty cells.
        self._status[t.status or ""] += 1
        self._product_line[t.product_line or ""] += 1
        for key, due, met in ((FIRST_CONTACT, t.first_contact_due, t.first_contact_met),
                              (ON_SITE, t.onsite_due, t.onsite_met)):
            if due is not None and met is not None:
                self._on_time[key][0] += bool(met)
                self._on_time[key][1] += 1
        self._repeat += bool(t.repeat_repair)

    def add_visit(self, v: VisitRecord) -> None:
        self._visits += 1
        if v.visit_no == 1:
            self._first_visit[0] += bool(v.fixed)
            self._first_visit[1] += 1

    def add_return(self, r: ReturnRecord) -> None:
        self._outcome[r.outcome or ""] += 1
        if r.rule_id:
            self._rule[r.rule_id] += 1

    def add_callback(self, c: CallbackRecord) -> None:
        self._callbacks[0] += c.done_at is not None
        self._callbacks[1] += 1
        if c.satisfaction:
            self._satisfaction[c.satisfaction] += 1

    def add_complaint(self, c: ComplaintRecord) -> None:
        self._complaints[0] += 1
        self._complaints[1] += c.resolved_at is None
        self._complaints[2] += bool(c.overdue) and c.resolved_at is None

    def build(self) -> SummaryIndicators:
        answered = sum(self._satisfaction[k] for k in SATISFACTION_KEYS)
        pleased = sum(self._satisfaction[k] for k in PLEASED_KEYS)
        return SummaryIndicators(
            tickets_by_status=_frozen_counts(self._status),
            tickets_by_product_line=_frozen_counts(self._product_line),
            on_time=MappingProxyType({k: Rate(*v) for k, v in self._on_time.items()}),
            first_visit_fix=Rate(*self._first_visit),
            repeat_repairs=self._repeat,
            visits_total=self._visits,
            returns_by_outcome=_frozen_counts(self._outcome),
            returns_by_rule=_frozen_counts(self._rule),
            callbacks_done=Rate(*self._callbacks),
            satisfaction_counts=_frozen_counts(self._satisfaction),
            satisfaction=Rate(pleased, answered),
            complaints_total=self._complaints[0],
            complaints_open=self._complaints[1],
            complaints_overdue=self._complaints[2],
        )


def summarize(tickets: Iterable[TicketRecord] = (), visits: Iterable[VisitRecord] = (),
              returns: Iterable[ReturnRecord] = (), callbacks: Iterable[CallbackRecord] = (),
              complaints: Iterable[ComplaintRecord] = ()) -> SummaryIndicators:
    builder = SummaryBuilder()
    for t in tickets:
        builder.add_ticket(t)
    for v in visits:
        builder.add_visit(v)
    for r in returns:
        builder.add_return(r)
    for c in callbacks:
        builder.add_callback(c)
    for complaint in complaints:
        builder.add_complaint(complaint)
    return builder.build()


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What the export dialog (or `service-desk export`) asks the service for."""

    period_start: date
    period_end: date
    language: Language = "zh"
    mask_personal_data: bool = True


@dataclass(frozen=True, slots=True)
class ExportMeta:
    """Who and what a workbook is about; written to the hidden `_meta` sheet."""

    branch_code: str
    branch_name: str
    period_start: date
    period_end: date
    language: Language = "zh"
    mask_personal_data: bool = True
    # Naive UTC; None means "now" at write time.
    exported_at: datetime | None = None
    # IANA zone the branch shows local times in; aware datetimes in records are converted to it.
    timezone: str = "Asia/Shanghai"
    # The branch database's UUID (Branch.installation_id): HQ tells two branches sharing a code apart by it.
    installation_id: str = ""
    # The audit chain heads at the export, signed with the branch key when it was open (desktop/audit_anchors.py,
    # one JSON line): HQ holds a copy of the branch's audit anchor that the branch cannot move afterwards.
    audit_anchor: str = ""

    @classmethod
    def for_request(cls, request: ExportRequest, branch_code: str, branch_name: str,
                    timezone: str = "Asia/Shanghai") -> ExportMeta:
        return cls(branch_code=branch_code, branch_name=branch_name, period_start=request.period_start,
                   period_end=request.period_end, language=request.language,
                   mask_personal_data=request.mask_personal_data, timezone=timezone)


# A callback's answers in the workbook: one "question: answer" per line (the colon of the workbook's language).
ANSWER_COLON = {"zh": "：", "en": ": "}
