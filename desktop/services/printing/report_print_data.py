"""Reading the database into the printing dataclasses: service report, service sheet and callback record."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import cast
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.clock import to_local, utc_now
from desktop.errors import NotFoundError, StateError, ValidationError
from desktop.models import (
    Branch,
    Callback,
    Complaint,
    Customer,
    CustomerAddress,
    Engineer,
    Part,
    PartUsage,
    ProductLine,
    ProductModel,
    ServiceReport,
    Ticket,
    Unit,
    User,
    Visit,
)
from desktop.printing.documents import (
    BranchHeader,
    CallbackRecordData,
    CustomerInfo,
    PartLine,
    ServiceReportData,
    ServiceSheetData,
    Signature,
    UnitInfo,
)
from desktop.printing.signature import content_digest, signature_from_json
from desktop.rules.addresses import address_line
from desktop.rules.callback_script import is_on_site
from desktop.rules.names import name_in
from desktop.rules.phones import format_phone
from desktop.rules.warranty import warranty_status
from desktop.services.callbacks.callback_outcomes import last_engineer_name
from desktop.services.core.actor import Actor
from desktop.services.core.grades import branch_grades
from desktop.services.core.product_words import line_words
from desktop.services.core.settings_store import load_setting, load_warranty_policy
from desktop.services.dispatch.dispatch_records import VisitResult
from desktop.services.dispatch.dispatch_service import load_ticket, load_visit
from desktop.services.dispatch.visit_service import report_content

# rules.warranty coverage → the printing vocabulary (labels "warranty.*").
PRINTED_WARRANTY = {"whole_unit": "in_warranty", "main_parts": "main_part", "out_of_period": "out_of_warranty",
                    "unknown": "unknown", "repair_warranty": "repair_warranty"}


@dataclasses.dataclass(frozen=True)
class BranchContext:
    header: BranchHeader
    zone: ZoneInfo


def branch_context(session: Session, branch_id: int, language: str | None = None) -> BranchContext:
    branch = session.get(Branch, branch_id)
    if branch is None:
        raise NotFoundError("branch_not_found")
    language = language or str(load_setting(session, branch_id, "print.language"))
    header = BranchHeader(branch.code, branch.name, branch.address, branch.hotline, branch.logo_png, language,
                          timezone=branch.timezone or "Asia/Shanghai")
    return BranchContext(header, ZoneInfo(branch.timezone or "Asia/Shanghai"))


def for_ticket(context: BranchContext, session: Session, ticket: Ticket) -> BranchContext:
    """The header customers of the ticket's product line read: the line's service name where it has one, and never
    a branch name that names another line (a purifier customer of 龙田太阳能 reads the purifier service's name)."""
    words = line_words(session, ticket.product_line_id, ticket.branch_id)
    if not words.company or words.company == context.header.name:
        return context
    return BranchContext(dataclasses.replace(context.header, name=words.company), context.zone)


def printed_now(zone: ZoneInfo) -> datetime:
    """The footer's print time in branch time, like every other time on the form (not the PC's clock zone)."""
    return to_local(utc_now(), zone)


def _yuan(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def _local(moment: datetime | None, zone: ZoneInfo) -> datetime | None:
    return to_local(moment, zone) if moment is not None else None


def customer_info(session: Session, ticket: Ticket) -> CustomerInfo:
    customer = session.get(Customer, ticket.customer_id)
    address = session.get(CustomerAddress, ticket.address_id) if ticket.address_id else None
    text = address_line(address)
    # Paper shows the number as people read it (0373-5012345, 138 0372 0001), not the stored digits.
    return CustomerInfo(customer.name if customer else "", format_phone(ticket.contact_phone), text)


def unit_info(session: Session, ticket: Ticket, language: str, day: date) -> UnitInfo:
    """The unit with its warranty status on `day` (the day of service), as the rules engine decides it."""
    line = session.get(ProductLine, ticket.product_line_id)
    product = line_words(session, line.id, ticket.branch_id).product(language) if line else ""
    unit = session.get(Unit, ticket.unit_id) if ticket.unit_id else None
    if unit is None:
        return UnitInfo(product)
    model = session.get(ProductModel, unit.model_id)
    model_line = session.get(ProductLine, model.product_line_id) if model else line
    # After a 三包 exchange the period restarts on the exchange day (S-3), as if sold that day.
    sold = unit.warranty_restart_date or unit.invoice_date
    status = warranty_status(model_line.code if model_line else "", unit.usage, sold, unit.installation_date,
                             unit.production_date, unit.proof, day, load_warranty_policy(session, ticket.branch_id),
                             unit.installed_by_us)
    return UnitInfo(product, model.name if model else "", unit.serial, unit.invoice_date, unit.installation_date,
                    PRINTED_WARRANTY.get(status.coverage, "unknown"))


def _stored_digest_matches(report: ServiceReport, ticket_no: str, visit_id: int,
                           parts: Sequence[tuple[Part, PartUsage]], zone: ZoneInfo) -> bool:
    """Recompute what the customer signed (visit_service.report_content) from the stored rows.

    The digest was taken over the times as the form sent them: aware UTC from services and tests, branch-local
    from the result dialog. Both name the same instants, so either representation matching proves the content."""
    rows = [(p.code, u.quantity, u.unit_price_fen, u.charged, u.covered) for p, u in parts]
    converters: tuple[Callable[[datetime], datetime], ...] = (lambda m: m.astimezone(UTC),
                                                               lambda m: m.astimezone(zone))
    for convert in converters:
        # A stored report may lack a time; the digest then compares the None as it was stored.
        result = VisitResult(
            arrived_at=cast(datetime, convert(report.arrived_at) if report.arrived_at else report.arrived_at),
            departed_at=cast(datetime, convert(report.departed_at) if report.departed_at else report.departed_at),
            result=report.result, cause=report.cause, work_done=report.work_done,
            labour_charge_fen=report.labour_charge_fen, customer_comment=report.customer_comment,
            satisfaction=report.satisfaction, conduct=dict(report.conduct or {}), follow_up=report.follow_up,
            call_out_fee_fen=report.call_out_fee_fen, charge_reason=report.charge_reason)
        content = report_content(ticket_no, visit_id, result, rows, version=report.content_version)
        if content_digest(content) == report.content_digest:
            return True
    return False


def _engineer_signature(report: ServiceReport, signer: str, signed_at: datetime | None) -> Signature | None:
    if not report.engineer_signature_strokes:
        return None
    strokes = signature_from_json(json.dumps(report.engineer_signature_strokes))
    return Signature("", strokes=strokes, signer_name=signer, signed_at=signed_at)


def _customer_signature(report: ServiceReport, signer: str, signed_at: datetime | None) -> Signature | None:
    """The stored handwriting, with a placeholder digest: the caller binds it to the printed content."""
    if report.signature_kind == "strokes" and report.signature_strokes:
        strokes = signature_from_json(json.dumps(report.signature_strokes))
        return Signature("", strokes=strokes, signer_name=signer, signed_at=signed_at)
    if report.signature_kind == "scan" and report.signature_scan:
        return Signature("", image_png=report.signature_scan, signer_name=signer, signed_at=signed_at)
    return None


@dataclasses.dataclass(frozen=True)
class ReportSource:
    header: BranchHeader
    data: ServiceReportData
    ticket_id: int
    zone: ZoneInfo


def service_report(session: Session, actor: Actor, visit_id: int, language: str | None) -> ReportSource:
    visit, ticket = load_visit(session, actor, visit_id)
    report = session.scalar(select(ServiceReport).where(ServiceReport.visit_id == visit.id))
    if report is None:
        raise StateError("report_missing", "visit_id")
    context = for_ticket(branch_context(session, actor.branch_id, language), session, ticket)
    zone, lang = context.zone, context.header.language
    parts = list(session.execute(select(Part, PartUsage).join(PartUsage, PartUsage.part_id == Part.id)
                                 .where(PartUsage.report_id == report.id).order_by(PartUsage.id)).all())
    signed = report.signature_kind != "none" or bool(report.engineer_signature_strokes)
    if signed and not _stored_digest_matches(report, ticket.number, visit.id, parts, zone):
        # The row was changed after the customer signed: printing would put their name under other words.
        raise ValidationError("signature_digest_mismatch", "customer_signature")
    engineer = session.get(Engineer, visit.engineer_id)
    service_day = (report.arrived_at or ticket.opened_at).astimezone(zone).date()
    customer = customer_info(session, ticket)
    unit = unit_info(session, ticket, lang, service_day)
    if report.coverage:
        # The status the charges were judged by when the sheet was recorded (R-RW included).
        unit = dataclasses.replace(unit, warranty_status=PRINTED_WARRANTY.get(report.coverage, "unknown"))
    data = ServiceReportData(
        ticket_no=ticket.number, received_at=to_local(ticket.opened_at, zone), customer=customer,
        unit=unit, fault=ticket.fault_text,
        engineer_name=engineer.name if engineer else "", arrival_at=_local(report.arrived_at, zone),
        departure_at=_local(report.departed_at, zone), cause=report.cause, work_done=report.work_done,
        resolved=report.result == "resolved",
        parts=tuple(PartLine(name_in(p.name_zh, p.name_en, lang), p.code, "", u.quantity,
                             _yuan(u.unit_price_fen),
                             covered=u.covered, charged=u.charged) for p, u in parts),
        labour_charge=_yuan(report.labour_charge_fen), travel_charge=_yuan(report.call_out_fee_fen),
        follow_up=report.follow_up, charge_note=report.charge_reason, customer_comment=report.customer_comment,
        satisfaction=report.satisfaction or "", visit_no=visit.round,
        engineer_phone=format_phone(engineer.phone) if engineer else "",
        grades=branch_grades(session, ticket.branch_id),
        conduct=tuple((code, bool(kept)) for code, kept in (report.conduct or {}).items()))
    signature = _customer_signature(report, customer.name, _local(report.departed_at, zone))
    if signature is not None:
        signature = dataclasses.replace(signature, digest=data.content_digest())
        data = dataclasses.replace(data, customer_signature=signature)
    engineer_signature = _engineer_signature(report, data.engineer_name, _local(report.departed_at, zone))
    if engineer_signature is not None:
        data = dataclasses.replace(data, engineer_signature=dataclasses.replace(engineer_signature,
                                                                                digest=data.content_digest()))
    return ReportSource(context.header, data, ticket.id, zone)


def service_sheet(session: Session, actor: Actor, ticket_id: int) -> tuple[BranchContext, ServiceSheetData]:
    """The pre-filled sheet for the ticket's current (latest, not cancelled) visit, or a blank appointment."""
    ticket = load_ticket(session, actor, ticket_id)
    context = for_ticket(branch_context(session, actor.branch_id), session, ticket)
    zone = context.zone
    visit = session.scalars(select(Visit).where(Visit.ticket_id == ticket.id, Visit.status != "cancelled")
                            .order_by(Visit.round.desc(), Visit.id.desc()).limit(1)).first()
    engineer = session.get(Engineer, visit.engineer_id if visit else ticket.engineer_id) \
        if (visit or ticket.engineer_id) else None
    start = (visit.agreed_start or visit.planned_start) if visit else None
    end = (visit.agreed_end or visit.planned_end) if visit else None
    sheet = ServiceSheetData(
        ticket.number, to_local(ticket.opened_at, zone), customer_info(session, ticket),
        unit_info(session, ticket, context.header.language, (start or ticket.opened_at).astimezone(zone).date()),
        ticket.fault_text, _local(start, zone), _local(end, zone), engineer.name if engineer else "",
        format_phone(engineer.phone) if engineer else "", visit.round if visit else 1,
        grades=branch_grades(session, ticket.branch_id))
    return context, sheet


def callback_record(session: Session, actor: Actor, callback_id: int) -> tuple[BranchContext, CallbackRecordData, int]:
    cb = session.get(Callback, callback_id)
    if cb is None or cb.branch_id != actor.branch_id:
        raise NotFoundError("callback_not_found", "callback_id")
    if cb.status != "done" or cb.done_at is None:
        raise StateError("callback_not_done", "status", status=cb.status)
    if cb.ticket_id is None:
        # The record is filed under its ticket (QR, number); a key-account call without one has nothing to print.
        raise StateError("callback_without_ticket", "ticket_id")
    ticket = load_ticket(session, actor, cb.ticket_id)
    context = for_ticket(branch_context(session, actor.branch_id), session, ticket)
    zone = context.zone
    answers = cb.answers or {}
    follow_ref = ""
    if cb.follow_up_ticket_id:
        follow_ref = session.scalar(select(Ticket.number).where(Ticket.id == cb.follow_up_ticket_id)) or ""
    if cb.complaint_id:
        number = session.scalar(select(Complaint.number).where(Complaint.id == cb.complaint_id)) or ""
        follow_ref = " / ".join(x for x in (follow_ref, number) if x)
    record = CallbackRecordData(
        ticket_no=ticket.number, customer=customer_info(session, ticket),
        unit=unit_info(session, ticket, context.header.language, cb.done_at.astimezone(zone).date()),
        called_at=to_local(cb.done_at, zone),
        agent_name=session.scalar(select(User.display_name).where(User.id == cb.done_by)) or "",
        channel="visit" if is_on_site(cb.kind) else "phone", reached=bool(answers.get("reached", True)),
        satisfied_with_service=answers.get("q1_service_satisfied"), explained_use=answers.get("q1_explained_use"),
        manual_read=answers.get("q2_manual_read"), product_working=answers.get("q3_working"),
        conduct_kept=answers.get("q5_conduct_kept"), suggestions=answers.get("q4_suggestions") or "",
        service_complaint=answers.get("service_complaint") or "",
        product_complaint=answers.get("product_complaint") or "",
        satisfaction=cb.satisfaction or "", grades=branch_grades(session, ticket.branch_id),
        follow_up_needed=bool(cb.follow_up_ticket_id or cb.complaint_id), follow_up_ref=follow_ref,
        closing_line=cb.closing_line or "E1", notes=cb.notes, engineer_name=last_engineer_name(session, ticket.id),
        service_date=ticket.completed_at.astimezone(zone).date() if ticket.completed_at else None)
    return context, record, ticket.id
