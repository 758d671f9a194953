"""The field loop: arrival, the returned service sheet (客户服务报告) and escalation (服务事件升级)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.clock import utc_now
from desktop.errors import StateError, ValidationError
from desktop.models import (
    Engineer,
    Escalation,
    MaintenanceItem,
    Part,
    PartUsage,
    ProductLine,
    ServiceClock,
    ServiceReport,
    Visit,
)
from desktop.models.charges import PAYMENT_METHODS
from desktop.models.field import ESCALATION_PLANS, SATISFACTION
from desktop.printing.signature import content_digest, load_scanned_signature, signature_from_json, signature_to_json
from desktop.rules.charges import ChargedPart, SubmittedCharges, propose
from desktop.rules.charges import exceptions as charge_exceptions
from desktop.rules.conduct import conduct_problem
from desktop.rules.visit_times import arrived_early, check_early_arrival, check_visit_times
from desktop.services.callbacks.callback_hooks import create_after_completion
from desktop.services.charges.charge_basis import ChargeBasis, charge_basis, part_facts
from desktop.services.charges.payment_taking import take_payment
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service, check_version
from desktop.services.core.branch_time import branch_tz, local_day
from desktop.services.core.clocks import meet_clocks
from desktop.services.core.grades import branch_grades
from desktop.services.core.permissions import require
from desktop.services.core.settings_store import prefetch_settings
from desktop.services.core.ticket_events import transition
from desktop.services.core.validation import clean_text
from desktop.services.dispatch.dispatch_records import (
    EscalationRow,
    PartRow,
    PartUse,
    ReportRow,
    SheetForm,
    VisitResult,
    VisitRound,
)
from desktop.services.dispatch.dispatch_service import load_ticket, load_visit, onsite_window
from desktop.services.dispatch.field_indicators import FirstVisitFix, RepeatVisits, first_visit_fix_rate, repeat_visits
from desktop.services.stock.stock_moves import take_for_visit

REPORTABLE = ("dispatched", "scheduled", "on_site")
MAX_QUANTITY = 999
MAX_CHARGE_FEN = 10_000_000  # 100 000 yuan: far above any household repair, catches a typo of extra zeros


CONTENT_VERSION = 2


def report_content(ticket_number: str, visit_id: int, result: VisitResult,
                   parts: list[tuple[str, int, int, bool, bool]], version: int = CONTENT_VERSION) -> dict[str, object]:
    """What the customer and the engineer sign for; its digest is stored with the signatures
    (desktop.printing.signature). Parts are (code, quantity, unit price, charged, covered). Version 1 is what
    reports recorded before follow-up, call-out fee and charge reasons existed signed; they must still verify."""
    # Times in UTC: the dialog sends branch time, the database gives back UTC, and the same instant must
    # give the same digest whichever way it arrives.
    content: dict[str, object] = {
        "ticket_no": ticket_number, "visit_id": visit_id, "arrived_at": result.arrived_at.astimezone(UTC),
        "departed_at": result.departed_at.astimezone(UTC), "cause": result.cause, "work_done": result.work_done,
        "parts": [{"code": c, "quantity": q, "unit_price_fen": p, "charged": ch} for c, q, p, ch, _ in parts],
        "labour_charge_fen": result.labour_charge_fen, "result": result.result,
        "customer_comment": result.customer_comment, "satisfaction": result.satisfaction or "",
        # Only when filled in, so a report signed before the checklist existed keeps its digest.
        **({"conduct": dict(sorted(result.conduct.items()))} if result.conduct else {}),
    }
    if version >= 2:
        content["parts"] = [{"code": c, "quantity": q, "unit_price_fen": p, "charged": ch, "covered": cov}
                            for c, q, p, ch, cov in parts]
        content.update(follow_up=result.follow_up, call_out_fee_fen=result.call_out_fee_fen,
                       charge_reason=result.charge_reason)
    return content


def _validate(result: VisitResult) -> VisitResult:
    if result.result not in ("resolved", "unresolved"):
        raise ValidationError("result_invalid", "result")
    if result.satisfaction is not None and result.satisfaction not in SATISFACTION:
        raise ValidationError("satisfaction_invalid", "satisfaction")
    if conduct_problem(result.conduct) is not None:
        raise ValidationError("conduct_incomplete", "conduct")
    check_visit_times(result.arrived_at, result.departed_at, utc_now())
    if not 0 <= result.labour_charge_fen <= MAX_CHARGE_FEN:
        raise ValidationError("charge_invalid", "labour_charge")
    if not 0 <= result.call_out_fee_fen <= MAX_CHARGE_FEN:
        raise ValidationError("charge_invalid", "call_out_fee")
    if result.paid_on_site_fen < 0 or (result.paid_on_site_fen and result.paid_method not in PAYMENT_METHODS):
        raise ValidationError("invalid_choice", "paid_method")
    if result.signature_strokes_json is not None and result.signature_scan is not None:
        raise ValidationError("signature_invalid", "signature", reason="strokes or image, exactly one")
    return replace(
        result,
        cause=clean_text(result.cause, "cause", max_length=2000, multiline=True),
        work_done=clean_text(result.work_done, "work_done", max_length=2000, multiline=True),
        customer_comment=clean_text(result.customer_comment, "customer_comment", max_length=1000, multiline=True),
        early_arrival_reason=clean_text(result.early_arrival_reason, "early_arrival_reason", max_length=500,
                                        multiline=True),
        follow_up=clean_text(result.follow_up, "follow_up", max_length=1000, multiline=True),
        charge_reason=clean_text(result.charge_reason, "charge_reason", max_length=500, multiline=True),
        stock_override_reason=clean_text(result.stock_override_reason, "stock_override_reason", max_length=500,
                                         multiline=True),
    )


class VisitService(Service):
    def parts(self, actor: Actor, product_line: str | None = None) -> list[PartRow]:
        """The active parts catalogue, for the result dialog (a product line's parts plus the general ones)."""
        with self._reading(actor, "dispatch.read") as session:
            query = select(Part).where(Part.active.is_(True)).order_by(Part.code)
            if product_line:
                line_id = session.scalar(select(ProductLine.id).where(ProductLine.code == product_line))
                query = query.where((Part.product_line_id == line_id) | Part.product_line_id.is_(None))
            return [PartRow(p.id, p.code, p.name_zh, p.name_en, p.price_fen, p.is_main_part, p.is_consumable,
                            p.is_warranty_part, p.unit)
                    for p in session.scalars(query)]

    def sheet_form(self, actor: Actor, visit_id: int) -> SheetForm:
        with self._reading(actor, "dispatch.read") as session:
            _visit, ticket = load_visit(session, actor, visit_id)
            planned = tuple(PartUse(item.part_id, item.quantity, charged=True) for item in session.scalars(
                select(MaintenanceItem).where(MaintenanceItem.ticket_id == ticket.id).order_by(MaintenanceItem.id)))
            return SheetForm(branch_grades(session, actor.branch_id), planned)

    def charge_basis(self, actor: Actor, visit_id: int, day: date | None = None) -> ChargeBasis:
        """The warranty status and fee schedule line the visit's charges are proposed from (rules.charges), on
        `day` (branch-local; default today), for the result dialog to show before anything is charged."""
        with self._reading(actor, "dispatch.read") as session:
            _visit, ticket = load_visit(session, actor, visit_id)
            return charge_basis(session, ticket, day or local_day(utc_now(), branch_tz(session, ticket.branch_id)))

    def record_arrival(self, actor: Actor, visit_id: int, at: datetime, *, version: int | None,
                       early_reason: str = "") -> None:
        """The engineer phoned in from the door; before the agreed window only with a reason."""
        require(actor, "visit.record_result")
        if at.tzinfo is None or at > utc_now():
            raise ValidationError("arrival_in_future", "at")
        early_reason = clean_text(early_reason, "early_arrival_reason", max_length=500, multiline=True)
        with self._writing(actor, "visit.record_result") as session:
            visit, ticket = load_visit(session, actor, visit_id)
            check_version(visit.version, version)
            if visit.status not in ("dispatched", "scheduled"):
                raise StateError("visit_not_open", "visit_id", status=visit.status)
            check_early_arrival(at, visit.agreed_start, early_reason)
            before = audit.snapshot(visit)
            visit.status = "on_site"
            # An engineer at the door has reached the customer: a contact clock still open stops here (late if it
            # was due earlier), instead of staying overdue on a ticket whose work is done. And seed 002 §6.1.1 asks
            # the department to tell the service centre within the hour who handles the request and what is being
            # done: the engineer's call from the door does exactly that.
            meet_clocks(session, ticket.id, {"on_site": at, "first_contact": at, "report_back": at})
            data = {"visit_id": visit.id, "arrived_at": at.isoformat()}
            if early_reason:
                data["early_arrival_reason"] = early_reason
            transition(session, actor, ticket, "on_site", data=data)
            session.flush()
            audit.record(session, actor, "visit.arrive", "visit", visit.id, before, audit.snapshot(visit))

    def record_result(self, actor: Actor, visit_id: int, result: VisitResult, *, version: int | None) -> ReportRow:
        require(actor, "visit.record_result")
        result = _validate(result)
        strokes, scan, kind = _signature(result)
        engineer_strokes = _engineer_signature(result)
        with self._writing(actor, "visit.record_result") as session:
            visit, ticket = load_visit(session, actor, visit_id)
            check_version(visit.version, version)
            if visit.status not in REPORTABLE:
                raise StateError("visit_not_open", "visit_id", status=visit.status)
            check_early_arrival(result.arrived_at, visit.agreed_start, result.early_arrival_reason)
            # The grades, the 三包 policy (charge basis) and the callback's day (create_after_completion): one query.
            prefetch_settings(session, ticket.branch_id, "satisfaction.grades", "policy.warranty",
                              "commitment.callback_same_day")
            if result.satisfaction is not None and result.satisfaction not in branch_grades(session, actor.branch_id):
                # The sheet offers the branch's grades; a grade the branch does not use is a typing slip.
                raise ValidationError("satisfaction_invalid", "satisfaction")
            usages = _part_usages(session, result)
            basis = charge_basis(session, ticket, local_day(result.arrived_at, branch_tz(session, ticket.branch_id)))
            exceptions = _charge_exceptions(basis, usages, result)
            if not exceptions:
                # A reason only means something next to a charge that differs from the schedule.
                result = replace(result, charge_reason="")
            content = report_content(ticket.number, visit.id, result, [
                (p.code, u.quantity, u.unit_price_fen, u.charged, u.covered) for p, u in usages])
            signed = kind != "none" or engineer_strokes is not None
            report = ServiceReport(
                visit_id=visit.id, arrived_at=result.arrived_at, departed_at=result.departed_at, cause=result.cause,
                work_done=result.work_done, result=result.result, labour_charge_fen=result.labour_charge_fen,
                customer_comment=result.customer_comment, satisfaction=result.satisfaction,
                conduct=dict(result.conduct) or None, signature_kind=kind,
                early_arrival_reason=(result.early_arrival_reason
                                      if arrived_early(result.arrived_at, visit.agreed_start) else ""),
                signature_strokes=strokes, signature_scan=scan,
                content_digest=content_digest(content) if signed else "", content_version=CONTENT_VERSION,
                follow_up=result.follow_up, call_out_fee_fen=result.call_out_fee_fen, coverage=basis.coverage,
                charge_exceptions=list(exceptions), charge_reason=result.charge_reason,
                engineer_signature_strokes=engineer_strokes,
                recorded_at=utc_now(), recorded_by=actor.user_id, parts=[u for _, u in usages])
            session.add(report)
            session.flush()
            for part, usage in usages:
                # 上门使用: what the sheet says was fitted leaves the engineer's van stock.
                take_for_visit(session, actor, visit.engineer_id, part, usage.quantity, ticket_id=ticket.id,
                               visit_id=visit.id, part_usage_id=usage.id,
                               override_reason=result.stock_override_reason, at=result.departed_at)
            visit.status = result.result
            # The sheet proves the engineer was there, even when nobody recorded the arrival by phone. A report-back
            # nobody recorded (seed 002 §6.1.1: who handles it, what is being done) reached the service centre at
            # the latest with this sheet: it stops now, on time only if the sheet came within the hour. Left open
            # it counted as missed for ever on a ticket whose work was done.
            meet_clocks(session, ticket.id, {"on_site": result.arrived_at, "first_contact": result.arrived_at,
                                             "report_back": utc_now()})
            if ticket.status == "dispatched":
                transition(session, actor, ticket, "on_site", data={"visit_id": visit.id})
            callback_id = None
            if result.result == "resolved":
                transition(session, actor, ticket, "completed", data={"visit_id": visit.id})
                # The work finished when the engineer left, not when the sheet was typed in at the desk: the
                # same-day callback (seed 002 §八) and the completion time count from the departure.
                ticket.completed_at = result.departed_at
                callback_id = create_after_completion(session, ticket, actor, result.departed_at).id
            else:
                transition(session, actor, ticket, "unresolved", data={"visit_id": visit.id})
            session.flush()
            audit.record(session, actor, "service_report.create", "service_report", report.id, None,
                         {**audit.snapshot(report), "parts": [audit.snapshot(u) for _, u in usages]})
            if exceptions:
                # Its own record, so a supervisor can list every charge that departed from the schedule.
                audit.record(session, actor, "service_report.charge_exception", "service_report", report.id, None,
                             {"coverage": basis.coverage, "exceptions": list(exceptions),
                              "reason": result.charge_reason, "call_out_fee_fen": result.call_out_fee_fen,
                              "labour_charge_fen": result.labour_charge_fen,
                              "parts": [{"code": p.code, "charged": u.charged, "covered": u.covered}
                                        for p, u in usages]})
            receipt_no = ""
            if result.paid_on_site_fen:
                # Collected by the visit's engineer when they left; the sheet and its payment commit together.
                require(actor, "payment.record")
                receipt_no = take_payment(session, actor, report.id, result.paid_on_site_fen, result.paid_method,
                                          paid_at=result.departed_at).receipt_no
            charged = sum(u.quantity * u.unit_price_fen for _, u in usages if u.charged)
            return ReportRow(report.id, visit.id, ticket.id, report.result, charged, report.labour_charge_fen,
                             report.content_digest, kind, ticket.status, callback_id, report.call_out_fee_fen,
                             exceptions, receipt_no)

    def escalate(self, actor: Actor, ticket_id: int, analysis: str, plan: str, plan_note: str = "", *,
                 expected_version: int | None) -> EscalationRow:
        """服务事件升级: analyse what the engineer brought back and plan the next round; the ticket returns to the
        board ahead of first visits, with a fresh on-site clock for the new round."""
        require(actor, "visit.escalate")
        analysis = clean_text(analysis, "analysis", max_length=2000, required=True, multiline=True)
        plan_note = clean_text(plan_note, "plan_note", max_length=1000, multiline=True)
        if plan not in ESCALATION_PLANS:
            raise ValidationError("plan_invalid", "plan")
        now = utc_now()
        with self._writing(actor, "visit.escalate") as session:
            ticket = load_ticket(session, actor, ticket_id)
            check_version(ticket.version, expected_version)
            if ticket.status not in ("unresolved", "closed"):
                raise StateError("not_escalatable", "ticket_id", status=ticket.status)
            last_visit = session.scalars(select(Visit).where(Visit.ticket_id == ticket.id, Visit.status != "cancelled")
                                         .order_by(Visit.round.desc(), Visit.id.desc())).first()
            if last_visit is None:
                raise StateError("not_escalatable", "ticket_id", status=ticket.status)
            escalation = Escalation(ticket_id=ticket.id, visit_id=last_visit.id, analysis=analysis, plan=plan,
                                    plan_note=plan_note, created_at=now, created_by=actor.user_id)
            session.add(escalation)
            ticket.escalation_level += 1
            transition(session, actor, ticket, "escalated", note=analysis,
                       data={"plan": plan, "plan_note": plan_note, "level": ticket.escalation_level})
            taken = session.scalar(select(ServiceClock.round).where(
                ServiceClock.ticket_id == ticket.id, ServiceClock.commitment == "on_site")
                .order_by(ServiceClock.round.desc()).limit(1)) or 0
            session.add(ServiceClock(ticket_id=ticket.id, commitment="on_site", round=max(taken + 1,
                                     ticket.escalation_level + 1), started_at=now,
                                     due_at=now + onsite_window(session, ticket)))
            session.flush()
            audit.record(session, actor, "escalation.create", "escalation", escalation.id, None,
                         audit.snapshot(escalation))
            return EscalationRow(escalation.id, ticket.id, last_visit.id, ticket.escalation_level, plan,
                                 ticket.version)

    def indicators(self, actor: Actor, start: datetime, end: datetime) -> tuple[FirstVisitFix, RepeatVisits]:
        with self._reading(actor, "dispatch.read") as session:
            return (first_visit_fix_rate(session, actor.branch_id, start, end),
                    repeat_visits(session, actor.branch_id, start, end))

    def history(self, actor: Actor, ticket_id: int) -> list[VisitRound]:
        """Every round of a ticket: visit, sheet and escalation, oldest first (one query)."""
        with self._reading(actor, "dispatch.read") as session:
            load_ticket(session, actor, ticket_id)
            rows = session.execute(
                select(Visit.id, Visit.round, Engineer.name, Visit.status, Visit.planned_start, Visit.planned_end,
                       Visit.agreed_start, ServiceReport.result, ServiceReport.cause, ServiceReport.work_done,
                       ServiceReport.arrived_at, ServiceReport.departed_at, Escalation.analysis, Escalation.plan,
                       Escalation.plan_note)
                .join(Engineer, Engineer.id == Visit.engineer_id)
                .outerjoin(ServiceReport, ServiceReport.visit_id == Visit.id)
                .outerjoin(Escalation, Escalation.visit_id == Visit.id)
                .where(Visit.ticket_id == ticket_id)
                .order_by(Visit.round, Visit.id)
            ).all()
        return [VisitRound(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8] or "", r[9] or "", r[10], r[11],
                           r[12], r[13], r[14]) for r in rows]


def _signature(result: VisitResult) -> tuple[object | None, bytes | None, str]:
    if result.signature_strokes_json:
        signature = signature_from_json(result.signature_strokes_json)
        if signature.is_empty:
            return None, None, "none"
        # Stored as parsed JSON so the column holds the canonical, validated form.
        return json.loads(signature_to_json(signature)), None, "strokes"
    if result.signature_scan:
        return None, load_scanned_signature(result.signature_scan), "scan"
    return None, None, "none"


def _engineer_signature(result: VisitResult) -> object | None:
    if not result.engineer_signature_strokes_json:
        return None
    signature = signature_from_json(result.engineer_signature_strokes_json)
    return None if signature.is_empty else json.loads(signature_to_json(signature))


def _charge_exceptions(basis: ChargeBasis, usages: list[tuple[Part, PartUsage]],
                       result: VisitResult) -> tuple[str, ...]:
    """Marks each part line covered or not, and refuses charges that differ from the proposal without a reason."""
    proposal = propose(basis.coverage, basis.fees, part_facts([(p, u.quantity) for p, u in usages]))
    for part, usage in usages:
        usage.covered = proposal.covered(part.id)
    found = charge_exceptions(proposal, SubmittedCharges(
        result.call_out_fee_fen, result.labour_charge_fen,
        tuple(ChargedPart(p.id, u.quantity, u.unit_price_fen, u.charged) for p, u in usages)))
    if found and not result.charge_reason:
        raise ValidationError("charge_reason_required", "charge_reason", exceptions=list(found),
                              coverage=basis.coverage)
    return found


def _part_usages(session: Session, result: VisitResult) -> list[tuple[Part, PartUsage]]:
    usages: list[tuple[Part, PartUsage]] = []
    for use in result.parts:
        part = session.get(Part, use.part_id)
        if part is None or not part.active:
            raise ValidationError("part_not_found", "parts", part_id=use.part_id)
        if not 1 <= use.quantity <= MAX_QUANTITY:
            raise ValidationError("quantity_invalid", "parts", maximum=MAX_QUANTITY)
        price = part.price_fen if use.unit_price_fen is None else use.unit_price_fen
        if not 0 <= price <= MAX_CHARGE_FEN:
            raise ValidationError("charge_invalid", "parts")
        # A part free under warranty keeps its catalogue price on the record: HQ reimburses the branch by it.
        usages.append((part, PartUsage(part_id=part.id, quantity=use.quantity, unit_price_fen=price,
                                       charged=use.charged)))
    return usages
