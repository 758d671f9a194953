"""Streams the rows of one export period out of the database into the workbook's record dataclasses.

Each generator runs one query with yield_per (a server-side cursor on PostgreSQL, SQLite's own stepping), so
memory stays flat whatever the number of tickets; the writer consumes them one after the other."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast, overload

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from desktop.exports.records import (
    Address,
    CallbackRecord,
    ComplaintRecord,
    PartLine,
    ReturnRecord,
    TicketRecord,
    VisitRecord,
)
from desktop.models import (
    Callback,
    CallbackAttempt,
    Complaint,
    Consultation,
    Customer,
    CustomerAddress,
    CustomerPhone,
    Decision,
    Engineer,
    InstallationOrder,
    InstallationReport,
    Part,
    PartUsage,
    Payment,
    ProductModel,
    QualityFeedback,
    ReturnClaim,
    ReturnList,
    ServiceClock,
    ServiceReport,
    StockLocation,
    StockMovement,
    Ticket,
    Unit,
    User,
    Visit,
)
from desktop.rules.warranty import warranty_status
from desktop.services.exports import export_labels as L
from desktop.services.exports.export_scope import ExportScope

BATCH = 2000


@overload
def _yuan(fen: int) -> Decimal: ...
@overload
def _yuan(fen: None) -> None: ...
@overload
def _yuan(fen: int | None) -> Decimal | None: ...
def _yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else Decimal(fen).scaleb(-2)


def clock_met(due: datetime | None, met_at: datetime | None, cancelled: bool | None, now: datetime) -> bool | None:
    """True/False once a commitment is decided; None while it may still be kept, or when it was called off."""
    if due is None:
        return None
    if met_at is not None:
        return met_at <= due
    if cancelled:
        return None
    return False if due < now else None


def _stream(session: Session, statement: Any) -> Iterator[Any]:
    # Core rows on the session's connection (same transaction and snapshot), without ORM row processing.
    yield from session.connection().execute(statement, execution_options={"yield_per": BATCH})


_WARRANTY_CACHE = 4096


class _Warranty:
    """Coverage on the day a ticket was opened. The period ends depend only on the unit's records, so they are
    computed once per distinct unit record; the day is then compared against them (rules.warranty decides)."""

    def __init__(self, scope: ExportScope) -> None:
        self._scope = scope
        self._ends: dict[tuple[Any, ...], tuple[date | None, date | None] | None] = {}

    def coverage(self, key: tuple[Any, ...], day: date) -> str:
        if key not in self._ends:
            if len(self._ends) >= _WARRANTY_CACHE:
                # Most keys are one unit's: kept for all, they held ~20 MiB at 100,000 tickets for few hits.
                self._ends.clear()
            line, usage, sold, installed, produced, proof, by_us = key
            status = warranty_status(line, usage, sold, installed, produced, proof, day, self._scope.policy, by_us)
            self._ends[key] = None if status.start_date is None else (status.whole_unit_end, status.main_parts_end)
        ends = self._ends[key]
        if ends is None:
            return "unknown"
        whole, main = ends
        if whole is not None and day <= whole:
            return "whole_unit"
        if main is not None and day <= main:
            return "main_parts"
        return "out_of_period"


def _cached(cache: dict[Any, str], labels: Any, code: Any, language: Any) -> str:
    text = cache.get(code)
    if text is None:
        text = cache[code] = L.label(labels, code, language)
    return text


def tickets(session: Session, scope: ExportScope) -> Iterator[TicketRecord]:
    lang, t, local = scope.language, scope.raw_time, scope.local
    first, onsite = aliased(ServiceClock), aliased(ServiceClock)
    # Same population as the visits sheet (reported, not cancelled), without the numbering window.
    counts = (select(Visit.ticket_id, func.count().label("n"))
              .join(ServiceReport, ServiceReport.visit_id == Visit.id)
              .where(Visit.ticket_id.in_(scope.ticket_ids()), Visit.status != "cancelled")
              .group_by(Visit.ticket_id).subquery("visit_counts"))
    statement = (
        select(Ticket.number, t(Ticket.opened_at), Ticket.status, Ticket.channel, Ticket.priority,
               Ticket.product_line_id, ProductModel.code, Unit.serial, Unit.usage, Unit.invoice_date,
               Unit.warranty_restart_date, Unit.installation_date, Unit.production_date, Unit.proof,
               Unit.installed_by_us, Customer.name, Ticket.contact_phone, CustomerAddress.province,
               CustomerAddress.city, CustomerAddress.district, CustomerAddress.detail, Ticket.fault_category_id,
               Ticket.fault_text, Engineer.name, t(first.due_at), t(first.met_at), first.cancelled, t(onsite.due_at),
               t(onsite.met_at), onsite.cancelled, t(Ticket.completed_at), t(Ticket.closed_at), counts.c.n,
               Ticket.is_repeat, CustomerAddress.town)
        .join(Customer, Customer.id == Ticket.customer_id)
        .outerjoin(Unit, Unit.id == Ticket.unit_id)
        .outerjoin(ProductModel, ProductModel.id == Unit.model_id)
        .outerjoin(CustomerAddress, CustomerAddress.id == func.coalesce(Ticket.address_id, Unit.address_id))
        .outerjoin(Engineer, Engineer.id == Ticket.engineer_id)
        .outerjoin(first, and_(first.ticket_id == Ticket.id, first.commitment == "first_contact", first.round == 1))
        .outerjoin(onsite, and_(onsite.ticket_id == Ticket.id, onsite.commitment == "on_site", onsite.round == 1))
        .outerjoin(counts, counts.c.ticket_id == Ticket.id)
        .where(scope.ticket_condition())
        .order_by(Ticket.opened_at, Ticket.id)
    )
    lines, faults, now, code = scope.product_lines, scope.fault_categories, scope.now_local, scope.branch_code
    warranty = _Warranty(scope)
    labels: dict[str, dict[Any, str]] = {"status": {}, "channel": {}, "priority": {}, "warranty": {}}
    for r in _stream(session, statement):
        line_code, line_name = lines.get(r[5], ("", ""))
        opened = cast(datetime, local(r[1]))  # opened_at is NOT NULL
        coverage = ""
        if r[7] is not None:
            # Coverage on the local day the customer called, as intake showed it.
            coverage = warranty.coverage((line_code, r[8], r[10] or r[9], r[11], r[12], r[13], r[14]), opened.date())
        address: Address | str = Address(r[17], r[18], r[19], r[20], r[34]) if r[17] is not None else ""
        first_due, onsite_due = local(r[24]), local(r[27])
        yield TicketRecord(
            code, r[0], opened, _cached(labels["status"], L.TICKET_STATUS, r[2], lang),
            _cached(labels["channel"], L.CHANNEL, r[3], lang), _cached(labels["priority"], L.PRIORITY, r[4], lang),
            line_name, r[6] or "", r[7] or "", r[15], r[16], address,
            faults.get(r[21], "") if r[21] is not None else "", r[22] or "",
            _cached(labels["warranty"], L.WARRANTY, coverage, lang), r[23] or "",
            first_due, clock_met(first_due, local(r[25]), r[26], now),
            onsite_due, clock_met(onsite_due, local(r[28]), r[29], now),
            local(r[30]), local(r[31]), int(r[32] or 0), bool(r[33]),
        )


def visits(session: Session, scope: ExportScope) -> Iterator[VisitRecord]:
    """Visits with their part lines: two ordered streams joined in step, so no visit waits for all parts."""
    lang, t, local = scope.language, scope.raw_time, scope.local
    rv = scope.reported_visits()
    visit_rows = (
        select(rv.c.visit_id, Ticket.number, rv.c.visit_no, Engineer.name, t(rv.c.arrived_at), t(rv.c.departed_at),
               rv.c.result, rv.c.labour_charge_fen, rv.c.ticket_id)
        .join(Ticket, Ticket.id == rv.c.ticket_id)
        .outerjoin(Engineer, Engineer.id == rv.c.engineer_id)
        .order_by(rv.c.ticket_id, rv.c.visit_id)
    )
    part_name = Part.name_zh if lang == "zh" else Part.name_en
    part_rows = (
        select(Visit.ticket_id, Visit.id, Part.code, part_name, PartUsage.quantity, PartUsage.unit_price_fen,
               PartUsage.charged)
        .join(ServiceReport, ServiceReport.id == PartUsage.report_id)
        .join(Visit, Visit.id == ServiceReport.visit_id)
        .join(Part, Part.id == PartUsage.part_id)
        .where(Visit.ticket_id.in_(scope.ticket_ids()), Visit.status != "cancelled")
        .order_by(Visit.ticket_id, Visit.id, PartUsage.id)
    )
    parts = iter(_stream(session, part_rows))
    pending = next(parts, None)
    code = scope.branch_code
    for r in _stream(session, visit_rows):
        key = (r[8], r[0])
        lines: list[PartLine] = []
        while pending is not None and (pending[0], pending[1]) <= key:
            if (pending[0], pending[1]) == key:
                lines.append(PartLine(pending[2], pending[3], pending[4], _yuan(pending[5]), bool(pending[6])))
            pending = next(parts, None)
        yield VisitRecord(code, r[1], int(r[2]), r[3] or "", local(r[4]), local(r[5]),
                          L.label(L.VISIT_RESULT, r[6], lang), r[6] == "resolved", _yuan(r[7]) or Decimal(0),
                          tuple(lines))


def latest_decisions() -> Any:
    """The claim's current decision: an override or a re-decision adds a row, the last one counts."""
    return select(Decision.claim_id, func.max(Decision.id).label("decision_id")).group_by(
        Decision.claim_id).subquery("latest_decision")


def returns(session: Session, scope: ExportScope) -> Iterator[ReturnRecord]:
    lang, t, local = scope.language, scope.raw_time, scope.local
    latest = latest_decisions()
    approver = aliased(User)
    statement = (
        select(ReturnClaim.number, Ticket.number, t(ReturnClaim.created_at), ReturnClaim.requested_remedy,
               Decision.outcome, Decision.rule_id, Decision.refund_amount_fen, Decision.depreciation_fen,
               approver.display_name, t(Decision.decided_at))
        .outerjoin(Ticket, Ticket.id == ReturnClaim.ticket_id)
        .outerjoin(latest, latest.c.claim_id == ReturnClaim.id)
        .outerjoin(Decision, Decision.id == latest.c.decision_id)
        .outerjoin(approver, approver.id == Decision.approved_by)
        .where(scope.claim_condition())
        .order_by(ReturnClaim.id)
    )
    code = scope.branch_code
    for r in _stream(session, statement):
        yield ReturnRecord(code, r[0], r[1] or "", local(r[2]), L.label(L.REMEDY, r[3], lang),
                           L.label(L.REMEDY, r[4] or "pending", lang), r[5] or "", _yuan(r[6]), _yuan(r[7]),
                           r[8] or "", local(r[9]))


def callback_number() -> Any:
    # Per ticket 1, 2, ...; a ticketless callback (key-account care) is numbered by its id, stable across exports.
    return case((Callback.ticket_id.is_(None), Callback.id),
                else_=func.row_number().over(partition_by=Callback.ticket_id, order_by=Callback.id))


def callbacks(session: Session, scope: ExportScope) -> Iterator[CallbackRecord]:
    lang, t, local = scope.language, scope.raw_time, scope.local
    reached = (select(CallbackAttempt.callback_id).where(CallbackAttempt.outcome == "reached")
               .distinct().subquery("reached"))
    statement = (
        select(Ticket.number, callback_number(), t(Callback.first_due_at), t(Callback.done_at), Callback.attempts,
               or_(Callback.status == "done", reached.c.callback_id.is_not(None)), Callback.satisfaction,
               Callback.answers)
        .outerjoin(Ticket, Ticket.id == Callback.ticket_id)
        .outerjoin(reached, reached.c.callback_id == Callback.id)
        .where(scope.callback_condition())
        .order_by(Callback.id)
    )
    code = scope.branch_code
    questions: dict[Any, str] = {}
    for r in _stream(session, statement):
        # A question not asked (None) or left blank is no answer: the cell lists what the customer said.
        answers = tuple((_cached(questions, L.CALLBACK_QUESTION, str(k), lang), L.answer_text(v, lang))
                        for k, v in (r[7] or {}).items() if v is not None and v != "")
        yield CallbackRecord(code, r[0] or "", int(r[1]), local(r[2]), local(r[3]), int(r[4] or 0), bool(r[5]), r[6],
                             answers)


def complaints(session: Session, scope: ExportScope) -> Iterator[ComplaintRecord]:
    lang, t, local = scope.language, scope.raw_time, scope.local
    owner = aliased(User)
    phone = (select(CustomerPhone.number).where(CustomerPhone.customer_id == Complaint.customer_id)
             .order_by(CustomerPhone.id).limit(1).scalar_subquery())
    statement = (
        select(Complaint.number, t(Complaint.created_at), Ticket.number, Complaint.source, Complaint.concerns,
               Customer.name, phone, Complaint.description, Complaint.status, t(Complaint.promised_answer_at),
               t(Complaint.closed_at), owner.display_name)
        .join(Customer, Customer.id == Complaint.customer_id)
        .outerjoin(Ticket, Ticket.id == Complaint.ticket_id)
        .outerjoin(owner, owner.id == Complaint.owner_id)
        .where(scope.complaint_condition())
        .order_by(Complaint.created_at, Complaint.id)
    )
    code, now = scope.branch_code, scope.now_local
    for r in _stream(session, statement):
        due, closed = local(r[9]), local(r[10])
        # Overdue: answered after the promised time, or still unanswered past it.
        overdue = due is not None and (closed or now) > due
        received = cast(datetime, local(r[1]))  # received_at is NOT NULL
        yield ComplaintRecord(code, r[0], received, r[2] or "", L.label(L.COMPLAINT_SOURCE, r[3], lang),
                              L.label(L.COMPLAINT_CONCERNS, r[4], lang), r[5], r[6] or "", r[7] or "",
                              L.label(L.COMPLAINT_STATUS, r[8], lang), due, closed, r[11] or "", overdue)


def consultations(session: Session, scope: ExportScope) -> Iterator[tuple[Any, ...]]:
    """Rows of the consultations sheet (columns.CONSULTATIONS, without exported_at); codes stay codes (CHOICE).
    Streamed: a busy branch answers a question for every few tickets (25,000 a year beside 100,000 tickets)."""
    t, local = scope.raw_time, scope.local
    taker = aliased(User)
    statement = (
        select(Consultation.number, t(Consultation.created_at), Consultation.channel, Consultation.topic,
               Consultation.caller_name, Consultation.phone, Consultation.product_line_id, Consultation.question,
               Consultation.answer, t(Consultation.reply_due_at), t(Consultation.replied_at), Consultation.status,
               Ticket.number, taker.display_name)
        .outerjoin(Ticket, Ticket.id == Consultation.ticket_id)
        .join(taker, taker.id == Consultation.created_by)
        .where(scope.consultation_condition())
        .order_by(Consultation.created_at, Consultation.id)
    )
    code, now, lines = scope.branch_code, scope.now_local, scope.product_lines
    for r in _stream(session, statement):
        due, replied = local(r[9]), local(r[10])
        yield (code, r[0], local(r[1]), r[2], r[3], r[4], r[5], lines.get(r[6], ("", ""))[1], r[7], r[8],
               due is None and replied is not None, due, replied,
               # Closed without a reply (it became a ticket): the promise passed to the ticket's clocks.
               clock_met(due, replied, r[11] == "closed", now), r[11], r[12] or "", r[13] or "")


def quality_feedback(session: Session, scope: ExportScope) -> list[tuple[Any, ...]]:
    """Rows of the quality feedback sheet (columns.QUALITY_FEEDBACK, without exported_at)."""
    t, local = scope.raw_time, scope.local
    raiser = aliased(User)
    q = QualityFeedback
    source_no = case(
        (q.source == "claim", select(ReturnClaim.number).where(ReturnClaim.id == q.claim_id).scalar_subquery()),
        (q.source == "complaint", select(Complaint.number).where(Complaint.id == q.complaint_id)
         .scalar_subquery()),
        else_=select(Ticket.number).where(Ticket.id == q.ticket_id).scalar_subquery())
    statement = (
        select(q.number, t(q.created_at), q.source, source_no, q.product_line_id, ProductModel.code, q.batch,
               q.serials, q.cases, q.fault, q.analysis, q.corrective_action, q.preventive_action, q.hq_responder,
               q.status, t(q.sent_at), t(q.answered_at), t(q.closed_at), raiser.display_name)
        .outerjoin(ProductModel, ProductModel.id == q.model_id)
        .join(raiser, raiser.id == q.created_by)
        .where(scope.quality_condition())
        .order_by(q.created_at, q.id)
    )
    code, lines = scope.branch_code, scope.product_lines
    separator = "、" if scope.language == "zh" else ", "
    rows = []
    for r in _stream(session, statement):
        serials = r[7] if isinstance(r[7], list) else json.loads(r[7] or "[]")
        rows.append((code, r[0], local(r[1]), r[2], r[3] or "", lines.get(r[4], ("", ""))[1], r[5] or "", r[6],
                     separator.join(serials), int(r[8]), r[9], r[10], r[11], r[12], r[13], r[14], local(r[15]),
                     local(r[16]), local(r[17]), r[18] or ""))
    return rows
def installations(session: Session, scope: ExportScope) -> Iterator[tuple[Any, ...]]:
    """The installations sheet (schema 3): each installation order of the period's tickets with the acceptance of
    its latest reported visit; values in the sheet's column order (the writer adds exported_at)."""
    lang, t, local = scope.language, scope.raw_time, scope.local
    latest = (select(Visit.ticket_id, func.max(InstallationReport.id).label("report_id"))
              .join(InstallationReport, InstallationReport.visit_id == Visit.id)
              .where(Visit.ticket_id.in_(scope.ticket_ids()), Visit.status != "cancelled")
              .group_by(Visit.ticket_id).subquery("latest_acceptance"))
    engineer_visit = aliased(Visit)
    statement = (
        select(Ticket.number, InstallationOrder.requested_date, InstallationOrder.sold_by, ProductModel.code,
               Unit.serial, Customer.name, Ticket.contact_phone, CustomerAddress.province, CustomerAddress.city,
               CustomerAddress.district, CustomerAddress.detail, Engineer.name, t(InstallationReport.arrived_at),
               InstallationReport.result, InstallationReport.installed_on, InstallationReport.checks,
               InstallationReport.appearance_defect, InstallationReport.appearance_note,
               InstallationReport.use_explained, InstallationReport.signature_kind, CustomerAddress.town)
        .join(Ticket, Ticket.id == InstallationOrder.ticket_id)
        .join(Customer, Customer.id == Ticket.customer_id)
        .join(Unit, Unit.id == InstallationOrder.unit_id)
        .join(ProductModel, ProductModel.id == Unit.model_id)
        .outerjoin(CustomerAddress, CustomerAddress.id == func.coalesce(Ticket.address_id, Unit.address_id))
        .outerjoin(latest, latest.c.ticket_id == Ticket.id)
        .outerjoin(InstallationReport, InstallationReport.id == latest.c.report_id)
        .outerjoin(engineer_visit, engineer_visit.id == InstallationReport.visit_id)
        .outerjoin(Engineer, Engineer.id == func.coalesce(engineer_visit.engineer_id, Ticket.engineer_id))
        .where(scope.ticket_condition())
        .order_by(Ticket.opened_at, Ticket.id)
    )
    code = scope.branch_code
    for r in _stream(session, statement):
        reported = r[13] is not None
        checks = r[15] if isinstance(r[15], dict) else json.loads(r[15]) if r[15] else {}
        missing = "、".join(L.label(L.ACCEPTANCE_ITEM, item, lang) for item in L.ACCEPTANCE_ITEM
                            if not checks.get(item)) if reported else ""
        address: Address | str = Address(r[7], r[8], r[9], r[10], r[20]) if r[7] is not None else ""
        yield (code, r[0], r[1], r[2] or "", r[3] or "", r[4] or "", r[5], r[6], address, r[11] or "", local(r[12]),
               r[13] or "pending", r[14], missing, bool(r[16]) if reported else None, r[17] or "",
               bool(r[18]) if reported else None, (r[19] or "none") != "none" if reported else None)

def commitments(session: Session, scope: ExportScope) -> Iterator[tuple[Any, ...]]:
    """Every service clock of the period's tickets, all rounds, as rows of the commitments sheet."""
    t, local, now = scope.raw_time, scope.local, scope.now_local
    statement = (
        select(Ticket.number, ServiceClock.commitment, ServiceClock.round, t(ServiceClock.due_at),
               t(ServiceClock.met_at), ServiceClock.cancelled)
        .join(Ticket, Ticket.id == ServiceClock.ticket_id)
        .where(scope.ticket_condition())
        .order_by(Ticket.opened_at, Ticket.id, ServiceClock.commitment, ServiceClock.round)
    )
    code = scope.branch_code
    for r in _stream(session, statement):
        due, met_at = local(r[3]), local(r[4])
        yield code, r[0], r[1], int(r[2]), due, met_at, clock_met(due, met_at, r[5], now)


# --- schema version 3: stock movements and payments, fed to write_workbook(extra_sheets=...) as value tuples ----

_LOCATION_LABELS = {"warehouse": ("库房", "Warehouse"), "old_parts": ("旧件库", "Old parts"),
                    "van": ("{name}车载", "{name}'s van")}
_DESTINATION_LABELS = {"hq": ("总部", "Headquarters"), "factory": ("生产厂家", "Factory")}
_DESK = ("前台", "Desk")


def _names(session: Session, model: Any, column: Any) -> dict[int | None, str]:
    return {r[0]: r[1] or "" for r in session.execute(select(model.id, column))}


def stock_movements(session: Session, scope: ExportScope) -> Iterator[tuple[Any, ...]]:
    """The period's movements in time order (the ledger by its own time; most have no ticket). Parts, places,
    engineers and users are a few hundred rows: looked up in memory, so the stream is one indexed range scan."""
    lang, t, local = scope.language, scope.raw_time, scope.local
    zh = lang == "zh"
    engineers = _names(session, Engineer, Engineer.name)
    users = _names(session, User, User.display_name)
    parts = {r.id: (r.code, r.name_zh if zh or not r.name_en else r.name_en) for r in session.execute(
        select(Part.id, Part.code, Part.name_zh, Part.name_en))}
    sent_to = {code: pair[0 if zh else 1] for code, pair in _DESTINATION_LABELS.items()}
    places: dict[int, str] = {}
    for place_id, kind, engineer_id in session.execute(
            select(StockLocation.id, StockLocation.kind, StockLocation.engineer_id)
            .where(StockLocation.branch_id == scope.branch_id)):
        text = _LOCATION_LABELS[kind][0 if zh else 1]
        places[place_id] = text.format(name=engineers.get(engineer_id, "")) if kind == "van" else text
    statement = (
        select(StockMovement.number, t(StockMovement.moved_at), StockMovement.kind, StockMovement.part_id,
               StockMovement.quantity, StockMovement.unit_price_fen, StockMovement.from_location_id,
               StockMovement.to_location_id, StockMovement.engineer_id, Ticket.number, StockMovement.tag_no,
               ReturnList.number, StockMovement.reference, StockMovement.destination, StockMovement.override_reason,
               StockMovement.recorded_by)
        .outerjoin(Ticket, Ticket.id == StockMovement.ticket_id)
        .outerjoin(ReturnList, ReturnList.id == StockMovement.return_list_id)
        .where(StockMovement.branch_id == scope.branch_id, StockMovement.moved_at >= scope.start,
               StockMovement.moved_at < scope.end)
        .order_by(StockMovement.moved_at, StockMovement.id)
    )
    code = scope.branch_code
    # None, not "", for an empty cell: the writer skips it at once (a third of these cells are empty).
    for r in _stream(session, statement):
        part_code, part_name = parts.get(r[3], ("", ""))
        price = Decimal(r[5]).scaleb(-2)
        target = places.get(r[7]) if r[7] is not None else sent_to.get(r[13])
        yield (code, r[0], local(r[1]), r[2], part_code, part_name, r[4], price, price * r[4],
               places.get(r[6]) if r[6] is not None else None, target,
               engineers.get(r[8]) if r[8] is not None else None, r[9], r[10] or None, r[11] or r[12] or None,
               r[14] or None, users.get(r[15]) if r[15] is not None else None)


def payments(session: Session, scope: ExportScope) -> Iterator[tuple[Any, ...]]:
    """Payments of the period's tickets (they follow their ticket, like its visits), in receipt order."""
    t, local = scope.raw_time, scope.local
    engineers = _names(session, Engineer, Engineer.name)
    users = _names(session, User, User.display_name)
    desk = _DESK[0 if scope.language == "zh" else 1]
    statement = (
        select(Payment.receipt_no, Ticket.number, t(Payment.paid_at), Payment.engineer_id, Payment.payer_name,
               Payment.method, Payment.amount_fen, Payment.status, Payment.void_reason, Payment.recorded_by)
        .join(Ticket, Ticket.id == Payment.ticket_id)
        .where(Payment.branch_id == scope.branch_id, Payment.ticket_id.in_(scope.ticket_ids()))
        .order_by(Payment.id)
    )
    code = scope.branch_code
    for r in _stream(session, statement):
        yield (code, r[0], r[1], local(r[2]), engineers.get(r[3], "") if r[3] is not None else desk, r[4] or None,
               r[5], Decimal(r[6]).scaleb(-2), r[7], r[8] or None, users.get(r[9]) if r[9] is not None else None)
