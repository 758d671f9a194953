"""Printing an engineer's day: the dispatch slip (售后服务派遣单) and one pre-filled service sheet per visit."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.clock import to_local, utc_now
from desktop.errors import NotFoundError
from desktop.models import (
    Branch,
    Customer,
    CustomerAddress,
    MaintenanceItem,
    Part,
    ProductLine,
    ProductModel,
    ServiceClock,
    Ticket,
    Unit,
    User,
    Visit,
    VisitPart,
)
from desktop.printing.documents import (
    BranchHeader,
    CustomerInfo,
    DispatchLine,
    DispatchSlipData,
    ServiceSheetData,
    UnitInfo,
)
from desktop.rules.addresses import place_text
from desktop.rules.names import name_in
from desktop.rules.phones import format_phone
from desktop.services.core import audit, own_work
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service
from desktop.services.core.grades import branch_grades
from desktop.services.core.product_words import line_words
from desktop.services.core.settings_store import load_setting
from desktop.services.dispatch.dispatch_service import load_engineer, local_midnight


@dataclass(frozen=True)
class EngineerDay:
    header: BranchHeader
    slip: DispatchSlipData
    sheets: tuple[ServiceSheetData, ...]
    visit_ids: tuple[int, ...]
    # Each sheet goes to a customer: headed with the name that customer's product line knows (core.product_words).
    sheet_headers: tuple[BranchHeader, ...] = ()


class DispatchPrintService(Service):
    def engineer_day(self, actor: Actor, engineer_id: int, day: date) -> EngineerDay:
        start = local_midnight(day).astimezone(UTC)
        end = local_midnight(day + timedelta(days=1)).astimezone(UTC)
        with self._reading(actor, "print.documents") as session:
            engineer = load_engineer(session, actor, engineer_id)
            branch = session.get(Branch, actor.branch_id)
            if branch is None:
                raise NotFoundError("branch_not_found")
            language = str(load_setting(session, actor.branch_id, "print.language"))
            header = BranchHeader(branch.code, branch.name, branch.address, branch.hotline, branch.logo_png, language,
                                  timezone=branch.timezone or "Asia/Shanghai")
            rows = session.execute(
                select(Visit, Ticket, Customer, CustomerAddress, ProductLine, Unit, ProductModel)
                .join(Ticket, Ticket.id == Visit.ticket_id)
                .join(Customer, Customer.id == Ticket.customer_id)
                .join(ProductLine, ProductLine.id == Ticket.product_line_id)
                .outerjoin(CustomerAddress, CustomerAddress.id == Ticket.address_id)
                .outerjoin(Unit, Unit.id == Ticket.unit_id)
                .outerjoin(ProductModel, ProductModel.id == Unit.model_id)
                .where(Visit.engineer_id == engineer.id, Visit.status.in_(("dispatched", "scheduled", "on_site")),
                       Visit.planned_start >= start, Visit.planned_start < end)
                .order_by(Visit.planned_start, Visit.id)
            ).all()
            deadlines = dict(session.execute(
                select(ServiceClock.ticket_id, ServiceClock.due_at)
                .where(ServiceClock.ticket_id.in_([r[1].id for r in rows]), ServiceClock.commitment == "on_site",
                       ServiceClock.met_at.is_(None), ServiceClock.cancelled.is_(False))
            ).all()) if rows else {}
            carry: dict[int, list[str]] = {}
            for visit_id, zh, en, measure, quantity in session.execute(
                    select(VisitPart.visit_id, Part.name_zh, Part.name_en, Part.unit, VisitPart.quantity)
                    .join(Part, Part.id == VisitPart.part_id)
                    .where(VisitPart.visit_id.in_([r[0].id for r in rows])).order_by(VisitPart.id)) if rows else ():
                # 携带配件 (seed 002 §3.1.4 配件需求): the parts stock planned for this visit.
                name = name_in(zh, en, language)
                carry.setdefault(visit_id, []).append(f"{name} ×{quantity}{measure if language == 'zh' else ''}")
            dispatcher = session.scalar(select(User.display_name).where(User.id == actor.user_id)) or ""
            to_take = _maintenance_parts(session, [r[1].id for r in rows], language)
            grades = branch_grades(session, actor.branch_id)
            lines, sheets, sheet_headers = [], [], []
            for visit, ticket, customer, address, line, unit, model in rows:
                # A sheet for the engineer: the city and on; the province is the branch's own.
                address_text = address.city + place_text(address.district, address.town, address.detail) \
                    if address else ""
                words = line_words(session, line.id, actor.branch_id)
                product = words.product(language)
                appointment_start = to_local(visit.agreed_start or visit.planned_start)
                appointment_end = to_local(visit.agreed_end or visit.planned_end)
                deadline = deadlines.get(ticket.id)
                phone = format_phone(ticket.contact_phone)
                lines.append(DispatchLine(ticket.number, customer.name, phone, address_text, product, ticket.fault_text,
                                          appointment_start, appointment_end,
                                          # Parts stock planned for the visit, then the consumables a care
                                          # reminder booked (they are not in stock's plan).
                                          parts_to_take="\n".join([*carry.get(visit.id, ()),
                                                                   *filter(None, [to_take.get(ticket.id, "")])]),
                                          deadline=to_local(deadline) if deadline else None))
                unit_info = UnitInfo(product, model.name if model else "", unit.serial if unit else "",
                                     unit.invoice_date if unit else None, unit.installation_date if unit else None)
                sheets.append(ServiceSheetData(
                    ticket.number, to_local(ticket.opened_at),
                    CustomerInfo(customer.name, format_phone(ticket.contact_phone), address_text), unit_info,
                    ticket.fault_text, appointment_start, appointment_end, engineer.name, format_phone(engineer.phone),
                    visit.round, grades=grades))
                sheet_headers.append(dataclasses.replace(header, name=words.company or header.name))
            slip = DispatchSlipData(f"{branch.code}-{day:%Y%m%d}-E{engineer.id:03d}", day, engineer.name,
                                    format_phone(engineer.phone), "、".join(engineer.areas or ()), dispatcher,
                                    tuple(lines))
            return EngineerDay(header, slip, tuple(sheets), tuple(r[0].id for r in rows), tuple(sheet_headers))

    def render_engineer_day(self, actor: Actor, engineer_id: int, day: date, *,
                            progress: Callable[[int, int], None] | None = None,
                            cancelled: Callable[[], bool] | None = None) -> tuple[bytes, tuple[int, ...]]:
        """One PDF (slip, then a sheet per visit) for the background runner; cancellable between pages."""
        from desktop.printing.dispatch_slip import slip_part  # ReportLab on the first slip
        from desktop.printing.layout import render_parts
        from desktop.printing.service_sheet import sheet_part

        data = self.engineer_day(actor, engineer_id, day)
        headers = data.sheet_headers or (data.header,) * len(data.sheets)
        parts = [slip_part(data.header, data.slip),
                 *(dataclasses.replace(sheet_part(h, s), header=h) for h, s in zip(headers, data.sheets, strict=True))]
        pdf = render_parts(data.header, parts, title=data.slip.slip_no, subject=data.slip.engineer_name,
                           progress=progress, is_cancelled=cancelled)
        return pdf, data.visit_ids

    def mark_printed(self, actor: Actor, visit_ids: tuple[int, ...]) -> None:
        """Called after the printer took every page, so the board knows which sheets went out."""
        now = utc_now()
        with self._writing(actor, "print.documents") as session:
            for visit in session.scalars(select(Visit).where(Visit.id.in_(visit_ids))):
                own_work.require_own_visit(session, actor, visit)
                visit.printed_at = now
                audit.record(session, actor, "visit.print", "visit", visit.id, None, {"printed_at": now})


def _maintenance_parts(session: Session, ticket_ids: list[int], language: str) -> dict[int, str]:
    """携带配件 for maintenance visits: the consumables the reminder booked (charged to the customer, X-CONS)."""
    if not ticket_ids:
        return {}
    out: dict[int, list[str]] = {}
    for ticket_id, zh, en, quantity in session.execute(
            select(MaintenanceItem.ticket_id, Part.name_zh, Part.name_en, MaintenanceItem.quantity)
            .join(Part, Part.id == MaintenanceItem.part_id)
            .where(MaintenanceItem.ticket_id.in_(ticket_ids)).order_by(MaintenanceItem.id)):
        out.setdefault(ticket_id, []).append(f"{name_in(zh, en, language)} ×{quantity}")
    return {k: ("、" if language == "zh" else ", ").join(v) for k, v in out.items()}
