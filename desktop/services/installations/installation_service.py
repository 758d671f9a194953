"""Installation orders (安装单, seed 000 上门服务规范 1/4/8, seed 002 §3.4.2): opened from a sale, planned on the
dispatch board like any visit, and completed by the signed installation acceptance.

An installation is a ticket of kind "installation": it is numbered like a repair, has a first-contact clock (the
customer is phoned to agree the time, 上门服务规范 1) and an on-site clock due at the end of the requested day, and
sits in the board's waiting panel until planned. Its result sets the unit's installation date, which is where the
三包 period starts (S-1), and schedules the after-installation callback (callback.after_install_days) that closes
the ticket (回访完毕，归档).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from desktop.clock import local_date_of, local_today, utc_now
from desktop.errors import NotFoundError, StateError, ValidationError
from desktop.models import (
    Branch,
    Customer,
    CustomerAddress,
    CustomerPhone,
    Engineer,
    InstallationOrder,
    InstallationReport,
    ProductModel,
    Ticket,
    Unit,
    Visit,
)
from desktop.models.installation import ACCEPTANCE_ITEMS, INSTALL_RESULTS
from desktop.models.ticket import CHANNELS, PRIORITIES
from desktop.printing.signature import content_digest, load_scanned_signature, signature_from_json, signature_to_json
from desktop.rules.addresses import place_text
from desktop.rules.lifecycle import OPEN_STATES
from desktop.rules.phones import format_phone, parse_phone
from desktop.rules.visit_times import arrived_early, check_early_arrival, check_visit_times
from desktop.services.callbacks.callback_hooks import create_after_install
from desktop.services.core import audit, clocks, ticket_events, ticket_search
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service, check_version
from desktop.services.core.branch_time import branch_tz, end_of_local_day
from desktop.services.core.clocks import meet_clock
from desktop.services.core.numbering import next_number
from desktop.services.core.permissions import require
from desktop.services.core.settings_store import load_setting
from desktop.services.core.validation import clean_text
from desktop.services.dispatch.dispatch_service import load_visit
from desktop.services.installations.installation_records import (
    AcceptanceRow,
    InstallationPage,
    InstallationResult,
    InstallationRow,
    InstallationVisit,
    NewInstallation,
    OpenedInstallation,
)

REPORTABLE = ("dispatched", "scheduled", "on_site")
MAX_PAGE = 500


def acceptance_content(ticket_number: str, visit_id: int, result: InstallationResult) -> dict[str, Any]:
    """What the customer signs on the acceptance; its digest is stored with the signature. Times in UTC so the
    dialog's branch time and the database's UTC give the same digest for the same instant."""
    return {
        "ticket_no": ticket_number, "visit_id": visit_id, "arrived_at": result.arrived_at.astimezone(UTC),
        "departed_at": result.departed_at.astimezone(UTC), "result": result.result,
        "installed_on": result.installed_on, "checks": {code: bool(result.checks.get(code)) for code in
                                                        ACCEPTANCE_ITEMS},
        "appearance_defect": result.appearance_defect, "appearance_note": result.appearance_note,
        "use_explained": result.use_explained, "work_note": result.work_note,
        "customer_comment": result.customer_comment,
    }


def stored_result(report: InstallationReport) -> InstallationResult:
    """The result as stored, for recomputing what was signed."""
    return InstallationResult(
        arrived_at=report.arrived_at, departed_at=report.departed_at, result=report.result,
        installed_on=report.installed_on, checks=dict(report.checks or {}),
        appearance_defect=report.appearance_defect, appearance_note=report.appearance_note,
        use_explained=report.use_explained, work_note=report.work_note, customer_comment=report.customer_comment)


def _validate(result: InstallationResult) -> InstallationResult:
    if result.result not in INSTALL_RESULTS:
        raise ValidationError("result_invalid", "result")
    check_visit_times(result.arrived_at, result.departed_at, utc_now())
    unknown = set(result.checks) - set(ACCEPTANCE_ITEMS)
    if unknown:
        raise ValidationError("unknown_value", "checks", value=sorted(unknown)[0])
    if result.signature_strokes_json is not None and result.signature_scan is not None:
        raise ValidationError("signature_invalid", "signature", reason="strokes or image, exactly one")
    cleaned = replace(
        result,
        checks={code: bool(result.checks.get(code)) for code in ACCEPTANCE_ITEMS},
        appearance_note=clean_text(result.appearance_note, "appearance_note", max_length=1000, multiline=True),
        work_note=clean_text(result.work_note, "work_note", max_length=2000, multiline=True),
        customer_comment=clean_text(result.customer_comment, "customer_comment", max_length=1000, multiline=True),
        early_arrival_reason=clean_text(result.early_arrival_reason, "early_arrival_reason", max_length=500,
                                        multiline=True),
    )
    if cleaned.appearance_defect and not cleaned.appearance_note:
        # The defect's description is the evidence AP-1 rests on later; a bare tick says too little.
        raise ValidationError("required", "appearance_note")
    if cleaned.result == "not_installed":
        if not cleaned.work_note:
            raise ValidationError("not_installed_reason_required", "work_note")
        return replace(cleaned, installed_on=None)
    if cleaned.installed_on is None:
        raise ValidationError("required", "installed_on")
    first, last = local_date_of(cleaned.arrived_at), local_date_of(cleaned.departed_at)
    if not first <= cleaned.installed_on <= last:
        raise ValidationError("installed_on_outside_visit", "installed_on")
    if not cleaned.use_explained:
        # Seed 000 上门服务规范 8: explain use and care until the customer understands, before leaving.
        raise ValidationError("use_not_explained", "use_explained")
    return cleaned


def _signature(result: InstallationResult) -> tuple[Any, bytes | None, str]:
    if result.signature_strokes_json:
        signature = signature_from_json(result.signature_strokes_json)
        if not signature.is_empty:
            return json.loads(signature_to_json(signature)), None, "strokes"
    if result.signature_scan:
        return None, load_scanned_signature(result.signature_scan), "scan"
    return None, None, "none"


class InstallationService(Service):
    # ---- opening from a sale -----------------------------------------------------------------------------------

    def open_installation(self, actor: Actor, new: NewInstallation) -> OpenedInstallation:
        require(actor, "installation.create")
        phone = parse_phone(new.contact_phone, "contact_phone").number
        sold_by = clean_text(new.sold_by, "sold_by", max_length=60)
        note = clean_text(new.note, "note", max_length=2000, multiline=True)
        if new.channel not in CHANNELS:
            raise ValidationError("unknown_value", "channel", value=new.channel)
        if new.priority not in PRIORITIES:
            raise ValidationError("unknown_value", "priority", value=new.priority)
        with self._writing(actor, "installation.create") as session:
            tz = branch_tz(session, actor.branch_id)
            if new.requested_date < local_today(tz):
                raise ValidationError("date_in_past", "requested_date")
            customer = session.get(Customer, new.customer_id)
            if customer is None or customer.branch_id != actor.branch_id or customer.merged_into_id is not None:
                raise NotFoundError("customer_not_found", "customer")
            unit = session.get(Unit, new.unit_id)
            if unit is None or unit.customer_id != customer.id:
                raise ValidationError("unit_not_of_customer", "unit")
            if unit.status != "active":
                raise StateError("unit_not_active", "unit", status=unit.status)
            self._refuse_second_installation(session, unit.id)
            address_id = new.address_id or unit.address_id
            if address_id is not None:
                owner = session.scalar(select(CustomerAddress.customer_id).where(CustomerAddress.id == address_id))
                if owner != customer.id:
                    raise ValidationError("address_not_of_customer", "address")
            line_id = session.scalar(select(ProductModel.product_line_id).where(ProductModel.id == unit.model_id))
            branch = session.get(Branch, actor.branch_id)
            assert branch is not None and line_id is not None
            now = utc_now()
            ticket = Ticket(
                branch_id=branch.id, kind="installation", customer_id=customer.id, unit_id=unit.id,
                address_id=address_id, product_line_id=line_id, contact_phone=phone, status="new",
                channel=new.channel, priority=new.priority, fault_category_id=None, fault_text=note,
                is_repeat=False, opened_at=now, opened_by=actor.user_id,
                number=next_number(session, branch.id, branch.code, "ticket", local_date_of(now, tz)))
            session.add(ticket)
            session.flush()
            order = InstallationOrder(ticket_id=ticket.id, unit_id=unit.id, requested_date=new.requested_date,
                                      sold_by=sold_by, note=note, created_at=now, created_by=actor.user_id)
            session.add(order)
            session.flush()
            ticket_events.log_event(session, actor, ticket.id, "opened",
                                    data={"channel": new.channel, "kind": "installation",
                                          "requested_date": new.requested_date.isoformat()})
            audit.record(session, actor, "ticket.open", "ticket", ticket.id, None, audit.snapshot(ticket))
            audit.record(session, actor, "installation.open", "installation_order", order.id, None,
                         audit.snapshot(order))
            # Phone the customer to agree the time (上门服务规范 1), then be there on the day they asked for.
            contact = int(load_setting(session, branch.id, "commitment.first_contact_minutes"))
            clocks.start_clock(session, ticket.id, "first_contact", now, now + timedelta(minutes=contact))
            clocks.start_clock(session, ticket.id, "on_site", now, max(now, end_of_local_day(new.requested_date, tz)))
            session.flush()
            ticket_search.index_tickets(session, [ticket.id])
            return OpenedInstallation(order.id, ticket.id, ticket.number, ticket.version)

    @staticmethod
    def _refuse_second_installation(session: Session, unit_id: int) -> None:
        open_ticket = session.scalar(
            select(Ticket.number).join(InstallationOrder, InstallationOrder.ticket_id == Ticket.id)
            .where(InstallationOrder.unit_id == unit_id, Ticket.status.in_(OPEN_STATES)).limit(1))
        if open_ticket is not None:
            raise StateError("installation_open", "unit", ticket=open_ticket)
        installed = session.scalar(
            select(Ticket.number).join(InstallationOrder, InstallationOrder.ticket_id == Ticket.id)
            .join(Visit, Visit.ticket_id == Ticket.id)
            .join(InstallationReport, InstallationReport.visit_id == Visit.id)
            .where(InstallationOrder.unit_id == unit_id, InstallationReport.result == "installed").limit(1))
        if installed is not None:
            raise StateError("unit_already_installed", "unit", ticket=installed)

    # ---- the result --------------------------------------------------------------------------------------------

    def visit(self, actor: Actor, visit_id: int) -> InstallationVisit:
        with self._reading(actor, "dispatch.read") as session:
            visit, ticket = load_visit(session, actor, visit_id)
            order = self._order_of(session, ticket)
            engineer = session.get(Engineer, visit.engineer_id)
            customer = session.get(Customer, ticket.customer_id)
            unit = session.get(Unit, order.unit_id)
            model = session.get(ProductModel, unit.model_id) if unit else None
            return InstallationVisit(
                visit.id, visit.version, ticket.id, ticket.number, visit.round, engineer.name if engineer else "",
                customer.name if customer else "", f"{model.name if model else ''} / {unit.serial if unit else ''}",
                order.requested_date, visit.planned_start, visit.planned_end, visit.agreed_start, visit.agreed_end,
                unit.invoice_date if unit else None)

    def record_result(self, actor: Actor, visit_id: int, result: InstallationResult, *,
                      version: int | None) -> AcceptanceRow:
        """The acceptance typed in from the returned form. Installed: the unit's installation date (warranty
        start, S-1) is set, the ticket completes, the after-installation callback is scheduled. Not installed: the
        ticket goes back for escalation like an unresolved repair."""
        require(actor, "installation.record_result")
        result = _validate(result)
        strokes, scan, kind = _signature(result)
        if result.result == "installed" and kind == "none":
            # The customer's signature is the acceptance; without it the form proves nothing (DOC-2).
            raise ValidationError("signature_required", "signature")
        with self._writing(actor, "installation.record_result") as session:
            visit, ticket = load_visit(session, actor, visit_id)
            check_version(visit.version, version)
            order = self._order_of(session, ticket)
            if visit.status not in REPORTABLE:
                raise StateError("visit_not_open", "visit_id", status=visit.status)
            check_early_arrival(result.arrived_at, visit.agreed_start, result.early_arrival_reason)
            unit = session.get(Unit, order.unit_id)
            assert unit is not None
            if result.installed_on is not None and unit.invoice_date is not None \
                    and result.installed_on < unit.invoice_date:
                raise ValidationError("installed_before_sale", "installed_on")
            content = acceptance_content(ticket.number, visit.id, result)
            report = InstallationReport(
                visit_id=visit.id, result=result.result, arrived_at=result.arrived_at,
                departed_at=result.departed_at,
                early_arrival_reason=(result.early_arrival_reason
                                      if arrived_early(result.arrived_at, visit.agreed_start) else ""),
                installed_on=result.installed_on, checks=dict(result.checks),
                appearance_defect=result.appearance_defect, appearance_note=result.appearance_note,
                use_explained=result.use_explained, work_note=result.work_note,
                customer_comment=result.customer_comment, signature_kind=kind, signature_strokes=strokes,
                signature_scan=scan, content_digest=content_digest(content) if kind != "none" else "",
                recorded_at=utc_now(), recorded_by=actor.user_id)
            session.add(report)
            meet_clock(session, ticket.id, "on_site", result.arrived_at)
            if ticket.status == "dispatched":
                ticket_events.transition(session, actor, ticket, "on_site", data={"visit_id": visit.id})
            callback_id = None
            if result.result == "installed":
                visit.status = "resolved"
                ticket_events.transition(session, actor, ticket, "completed", data={"visit_id": visit.id})
                ticket.completed_at = result.departed_at
                before = audit.snapshot(unit)
                unit.installation_date = result.installed_on
                unit.installed_by_us = True
                session.flush()
                audit.record(session, actor, "unit.installed", "unit", unit.id, before, audit.snapshot(unit))
                callback = create_after_install(session, unit, ticket.branch_id, actor, ticket_id=ticket.id)
                callback_id = callback.id if callback else None
            else:
                visit.status = "unresolved"
                ticket_events.transition(session, actor, ticket, "unresolved", note=result.work_note,
                                         data={"visit_id": visit.id})
            session.flush()
            audit.record(session, actor, "installation.accept", "installation_report", report.id, None,
                         audit.snapshot(report))
            return AcceptanceRow(report.id, visit.id, ticket.id, report.result, report.installed_on,
                                 report.content_digest, kind, ticket.status, callback_id)

    # ---- reading -----------------------------------------------------------------------------------------------

    def list_page(self, actor: Actor, *, open_only: bool = False, text: str = "", offset: int = 0,
                  limit: int = 200) -> InstallationPage:
        """Newest first; `text` finds a ticket number, customer name, serial or phone fragment (SQL does it)."""
        limit = max(1, min(limit, MAX_PAGE))
        with self._reading(actor, "ticket.read") as session:
            where: list[Any] = [Ticket.branch_id == actor.branch_id]
            if open_only:
                where.append(Ticket.status.in_(OPEN_STATES))
            text = text.strip()
            if text:
                like = f"%{text.replace('%', '').replace('_', '')}%"
                upper = like.upper()
                phone_owner = select(CustomerPhone.customer_id).where(CustomerPhone.number.like(like))
                # Ticket numbers and serials are stored upper-case; names have no case worth folding.
                where.append(or_(Ticket.number.like(upper), Customer.name.like(like), Unit.serial.like(upper),
                                 Ticket.customer_id.in_(phone_owner)))
            base = (select(InstallationOrder.id).join(Ticket, Ticket.id == InstallationOrder.ticket_id)
                    .join(Customer, Customer.id == Ticket.customer_id).join(Unit, Unit.id == InstallationOrder.unit_id)
                    .where(*where))
            # No count over the whole history on every opening (80,000 orders on 1,000,000 tickets: 0.6 s):
            # `total` is the rows so far, plus one when more follow; the paged list asks for more when scrolled.
            offset = max(0, offset)
            ids = list(session.scalars(base.order_by(InstallationOrder.id.desc()).offset(offset).limit(limit + 1)))
            more = len(ids) > limit
            ids = ids[:limit]
            return InstallationPage(tuple(self._rows(session, ids)), offset + len(ids) + (1 if more else 0))

    @staticmethod
    def _rows(session: Session, ids: list[int]) -> list[InstallationRow]:
        if not ids:
            return []
        # The page's tickets only: grouping every visit of the branch would cost more than the page itself.
        tickets = select(InstallationOrder.ticket_id).where(InstallationOrder.id.in_(ids))
        latest_visit = (select(Visit.ticket_id, func.max(Visit.id).label("visit_id"))
                        .where(Visit.status != "cancelled", Visit.ticket_id.in_(tickets))
                        .group_by(Visit.ticket_id).subquery())
        current = aliased(Visit)
        first_phone = (select(CustomerPhone.number).where(CustomerPhone.customer_id == Customer.id)
                       .order_by(CustomerPhone.id).limit(1).correlate(Customer).scalar_subquery())
        rows = session.execute(
            select(InstallationOrder, Ticket.number, Ticket.status, Ticket.opened_at, Customer.id, Customer.name,
                   first_phone, CustomerAddress.district, CustomerAddress.detail, ProductModel.code, Unit.serial,
                   Engineer.name, Unit.installation_date, current.id, current.status, InstallationReport.id,
                   InstallationReport.result, Ticket.contact_phone, CustomerAddress.town)
            .join(Ticket, Ticket.id == InstallationOrder.ticket_id)
            .join(Customer, Customer.id == Ticket.customer_id)
            .join(Unit, Unit.id == InstallationOrder.unit_id)
            .join(ProductModel, ProductModel.id == Unit.model_id)
            .outerjoin(CustomerAddress, CustomerAddress.id == Ticket.address_id)
            .outerjoin(Engineer, Engineer.id == Ticket.engineer_id)
            .outerjoin(latest_visit, latest_visit.c.ticket_id == Ticket.id)
            .outerjoin(current, current.id == latest_visit.c.visit_id)
            .outerjoin(InstallationReport, InstallationReport.visit_id == current.id)
            .where(InstallationOrder.id.in_(ids))
        ).all()
        by_id = {}
        for (order, number, status, opened_at, customer_id, name, phone, district, detail, model, serial, engineer,
             installed_on, visit_id, visit_status, report_id, report_result, contact, town) in rows:
            by_id[order.id] = InstallationRow(
                order.id, order.ticket_id, number, status, customer_id, name, format_phone(contact or phone or ""),
                place_text(district or "", town or "", detail or ""), model, serial, order.requested_date,
                order.sold_by, opened_at,
                engineer or "", installed_on if report_result == "installed" else None, visit_id, visit_status,
                report_id)
        return [by_id[i] for i in ids if i in by_id]

    @staticmethod
    def _order_of(session: Session, ticket: Ticket) -> InstallationOrder:
        order = session.scalar(select(InstallationOrder).where(InstallationOrder.ticket_id == ticket.id))
        if ticket.kind != "installation" or order is None:
            raise StateError("not_an_installation", "ticket", number=ticket.number)
        return order
