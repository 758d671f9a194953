"""Which rows belong to an export period, as SQL conditions shared by the record queries and the summary.

The rule: a ticket belongs to the period in which it was opened (受理时间, branch-local days). Its visits (those whose
service report has come back), part lines, return claims and callbacks go with it, whenever they happened, so that
a later export of the same period replaces them at HQ as a whole (hq_merge keeps child rows of the winning ticket).
Rows without a ticket belong to the period of their own start: claims by creation, callbacks by first due time.
Complaints and consultations belong to the period in which they were received; quality feedback to every period in
which it was raised, sent, answered or closed. Cancelled callbacks and visits are not exported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import DateTime, String, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from desktop.exports.records import Language
from desktop.models import (
    Callback,
    Complaint,
    Consultation,
    Customer,
    FaultCategory,
    ProductLine,
    QualityFeedback,
    ReturnClaim,
    ServiceReport,
    Ticket,
    Unit,
    Visit,
)
from desktop.rules.warranty import WarrantyPolicy


@dataclass(frozen=True)
class ExportScope:
    branch_id: int
    branch_code: str
    start: datetime  # aware UTC, inclusive
    end: datetime  # aware UTC, exclusive
    now: datetime  # aware UTC; decides "overdue" and "missed" for clocks still open
    zone: ZoneInfo  # the branch's; the warranty is judged on the local day a ticket was opened
    language: Language
    policy: WarrantyPolicy
    product_lines: dict[int, tuple[str, str]]  # id -> (code, name in the language)
    fault_categories: dict[int, str]  # id -> name in the language
    # Set when the zone's offset is the same all through the period (China has no daylight saving).
    fixed_offset: timedelta | None = None
    sqlite: bool = False
    now_local: datetime = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "now_local", self.now.astimezone(self.zone).replace(tzinfo=None))
        if self.fixed_offset is not None:
            # ~2 million times at 100,000 tickets: one small function with everything it needs bound, instead of
            # the method below with its attribute look-ups (same results).
            object.__setattr__(self, "local", _fixed_local(self.fixed_offset))

    # --- times: read raw and shifted to naive local time in one step ------------------------------------------------

    def raw_time(self, column: Any) -> Any:
        """The stored naive UTC value without the UTCDateTime processing (a third of a 100,000-row export's time)."""
        return type_coerce(column, String() if self.sqlite else DateTime())

    def local(self, value: Any) -> datetime | None:
        """Naive branch-local time of a raw_time() value, as the workbook shows it."""
        if value is None:
            return None
        if type(value) is str:
            value = datetime.fromisoformat(value)
        moment: datetime = value
        if self.fixed_offset is not None:
            return moment + self.fixed_offset
        return moment.replace(tzinfo=UTC).astimezone(self.zone).replace(tzinfo=None)

    # --- populations as SQL -------------------------------------------------------------------------------------

    def ticket_condition(self) -> Any:
        return and_(Ticket.branch_id == self.branch_id, Ticket.opened_at >= self.start, Ticket.opened_at < self.end)

    def ticket_ids(self) -> Any:
        return select(Ticket.id).where(self.ticket_condition())

    def reported_visits(self) -> Any:
        """Visits whose service report is recorded, numbered 1, 2, ... per ticket in visit order."""
        return (
            select(Visit.id.label("visit_id"), Visit.ticket_id, Visit.engineer_id, ServiceReport.arrived_at,
                   ServiceReport.departed_at, ServiceReport.result, ServiceReport.labour_charge_fen,
                   ServiceReport.id.label("report_id"),
                   func.row_number().over(partition_by=Visit.ticket_id, order_by=Visit.id).label("visit_no"))
            .join(ServiceReport, ServiceReport.visit_id == Visit.id)
            .where(Visit.ticket_id.in_(self.ticket_ids()), Visit.status != "cancelled")
            .subquery("reported_visit")
        )

    def claim_condition(self) -> Any:
        # Claims carry no branch: a ticketless one is the branch's through its unit's customer.
        own_unit = select(Unit.id).join(Customer, Customer.id == Unit.customer_id).where(
            Customer.branch_id == self.branch_id)
        return or_(ReturnClaim.ticket_id.in_(self.ticket_ids()),
                   and_(ReturnClaim.ticket_id.is_(None), ReturnClaim.unit_id.in_(own_unit),
                        ReturnClaim.created_at >= self.start, ReturnClaim.created_at < self.end))

    def callback_condition(self) -> Any:
        return and_(Callback.branch_id == self.branch_id, Callback.status != "cancelled",
                    or_(Callback.ticket_id.in_(self.ticket_ids()),
                        and_(Callback.ticket_id.is_(None), Callback.first_due_at >= self.start,
                             Callback.first_due_at < self.end)))

    def complaint_condition(self) -> Any:
        return and_(Complaint.branch_id == self.branch_id, Complaint.created_at >= self.start,
                    Complaint.created_at < self.end)

    def consultation_condition(self) -> Any:
        return and_(Consultation.branch_id == self.branch_id, Consultation.created_at >= self.start,
                    Consultation.created_at < self.end)

    def quality_condition(self) -> Any:
        """Quality feedback raised, sent, answered or closed in the period: each step reaches HQ in the next
        workbook, and the merge keeps the newest export of the same form."""
        q = QualityFeedback

        def within(column: Any) -> Any:
            return and_(column >= self.start, column < self.end)

        return and_(q.branch_id == self.branch_id,
                    or_(within(q.created_at), within(q.sent_at), within(q.answered_at), within(q.closed_at)))


def _fixed_local(offset: timedelta) -> Callable[[Any], datetime | None]:
    def local(value: Any, _parse: Callable[[str], datetime] = datetime.fromisoformat,
              _offset: timedelta = offset) -> datetime | None:
        if value is None:
            return None
        if type(value) is str:
            value = _parse(value)
        moment: datetime = value + _offset
        return moment

    return local


def load_scope(session: Session, branch_id: int, branch_code: str, start: datetime, end: datetime, now: datetime,
               zone: ZoneInfo, language: Language, policy: WarrantyPolicy) -> ExportScope:
    zh = language == "zh"
    lines = {r.id: (r.code, r.name_zh if zh else r.name_en) for r in session.execute(
        select(ProductLine.id, ProductLine.code, ProductLine.name_zh, ProductLine.name_en))}
    faults = {r.id: (r.name_zh if zh else r.name_en) for r in session.execute(
        select(FaultCategory.id, FaultCategory.name_zh, FaultCategory.name_en))}
    return ExportScope(branch_id, branch_code, start, end, now, zone, language, policy, lines, faults,
                       _fixed_offset(zone, start, end), session.get_bind().dialect.name == "sqlite")


def _fixed_offset(zone: ZoneInfo, start: datetime, end: datetime) -> timedelta | None:
    """The zone's UTC offset if it is the same at every week boundary of the period (and a year either side,
    for child rows that happen later), else None."""
    moment, last = start - timedelta(days=366), end + timedelta(days=366)
    offset = moment.astimezone(zone).utcoffset()
    while moment <= last:
        if moment.astimezone(zone).utcoffset() != offset:
            return None
        moment += timedelta(days=7)
    return offset
