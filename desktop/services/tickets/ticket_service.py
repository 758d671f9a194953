"""Tickets at intake and on the desk: open (numbered, with service clocks), resolve by phone, record the contact
call, cancel, edit; the ticket list, the search box, the ticket detail and the clock watch."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.clock import local_date_of, utc_now
from desktop.errors import NotFoundError, StateError, ValidationError
from desktop.models import (
    Branch,
    Customer,
    CustomerAddress,
    CustomerPhone,
    FaultCategory,
    ProductLine,
    ProductModel,
    Ticket,
    Unit,
    Visit,
)
from desktop.models.ticket import CHANNELS, PRIORITIES
from desktop.rules.lifecycle import OPEN_STATES
from desktop.rules.phones import parse_phone
from desktop.services.callbacks.callback_hooks import create_after_completion
from desktop.services.core import audit, clocks, ticket_events, ticket_search
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service, check_version
from desktop.services.core.numbering import next_number
from desktop.services.core.onsite_windows import KEY as ONSITE_KEY
from desktop.services.core.onsite_windows import apply_priority, onsite_window_of_line
from desktop.services.core.permissions import require
from desktop.services.core.settings_store import load_setting, load_settings
from desktop.services.core.validation import check_day, clean_query, clean_text
from desktop.services.tickets import ticket_queries
from desktop.services.tickets.ticket_queries import (
    ClockWatch,
    FilterChoices,
    TicketDetail,
    TicketFilter,
    TicketPage,
    TicketRow,
)

__all__ = ["ClockWatch", "FilterChoices", "NewTicket", "OpenedTicket", "ReportBack", "TicketDetail", "TicketFilter",
           "TicketPage", "TicketRow", "TicketService"]


@dataclass(frozen=True)
class NewTicket:
    customer_id: int
    contact_phone: str
    channel: str
    fault_category_id: int | None
    fault_text: str
    unit_id: int | None = None
    address_id: int | None = None
    product_line_id: int | None = None  # taken from the unit when a unit is given
    priority: str = "normal"


@dataclass(frozen=True)
class ReportBack:
    """反馈 (seed 002 §6.1.1): who is responsible, the emergency measures, the resources needed and how ready they
    are, reported to the service centre within the hour."""

    responsible: str
    measures: str
    resources: str = ""
    readiness: str = ""


@dataclass(frozen=True)
class OpenedTicket:
    id: int
    number: str
    status: str
    is_repeat: bool
    repeat_of_number: str | None
    version: int


_INTAKE_KEYS = ("commitment.first_contact_minutes", "commitment.report_back_minutes", ONSITE_KEY,
                "repair_warranty_days")


@dataclass(frozen=True)
class _Intake:
    """Read before the ticket is numbered: the intake settings and the parts of its search row (as
    ticket_search.index_tickets would read them back after the insert)."""

    settings: dict[str, Any]
    phones: list[str]  # the contact phone first, then the customer's
    name: str
    serial: str | None
    district: str | None
    detail: str | None
    fault_name: str | None
    fault_text: str

    def text(self, number: str) -> str:
        return ticket_search.document_text(number, self.phones, self.name, self.serial, self.district, self.detail,
                                           self.fault_name, self.fault_text)


class TicketService(Service):
    def open_ticket(self, actor: Actor, new: NewTicket, *, resolved_by_phone_note: str | None = None) -> OpenedTicket:
        """Number, clocks and timeline in one transaction; with a note the phone already solved it (电话处理)."""
        permission = "ticket.resolve_by_phone" if resolved_by_phone_note is not None else "ticket.create"
        require(actor, permission)
        fault_text = clean_text(new.fault_text, "fault_text", max_length=2000, multiline=True)
        if new.channel not in CHANNELS:
            raise ValidationError("unknown_value", "channel", value=new.channel)
        if new.priority not in PRIORITIES:
            raise ValidationError("unknown_value", "priority", value=new.priority)
        phone = parse_phone(new.contact_phone, "contact_phone")
        note = None
        if resolved_by_phone_note is not None:
            note = clean_text(resolved_by_phone_note, "note", max_length=2000, required=True, multiline=True)
        with self._writing(actor, permission) as session:
            ticket, line, document = self._new_ticket_row(session, actor, new, phone.number, fault_text)
            session.flush()
            ticket_events.log_event(session, actor, ticket.id, "opened", data={"channel": new.channel})
            audit.record(session, actor, "ticket.open", "ticket", ticket.id, None, audit.snapshot(ticket))
            self._start_intake_clocks(session, ticket, line, document.settings)
            if note is not None:
                self._resolve(session, actor, ticket, note)
            session.flush()
            ticket_search.write_documents(session, [(ticket.id, document.text(ticket.number))], replace=True)
            repeat_number = (session.scalar(select(Ticket.number).where(Ticket.id == ticket.repeat_of_ticket_id))
                             if ticket.repeat_of_ticket_id else None)
            return OpenedTicket(ticket.id, ticket.number, ticket.status, ticket.is_repeat, repeat_number,
                                ticket.version)

    def _new_ticket_row(self, session: Session, actor: Actor, new: NewTicket, phone: str,
                        fault_text: str) -> tuple[Ticket, ProductLine, _Intake]:
        """The new ticket (added, numbered), its product line and what its search row and clocks need.

        Every read comes before the number: the counter row stays locked from the number to the commit, and
        another clerk's intake waits for it (issue 18, "Saves from many PCs"), so only the inserts follow it."""
        # The customer with the branch's code (the number's prefix: the code only, the whole row carries the
        # branch's logo) in one read.
        found = session.execute(select(Customer, select(Branch.code).where(Branch.id == actor.branch_id)
                                       .scalar_subquery()).where(Customer.id == new.customer_id)).first()
        customer, branch_code = found if found is not None else (None, None)
        if customer is None or customer.branch_id != actor.branch_id:
            raise NotFoundError("customer_not_found")
        line_id = new.product_line_id
        address_id = new.address_id
        serial = None
        if new.unit_id is not None:
            # The unit with its model's product line in one read.
            row = session.execute(select(Unit, ProductModel.product_line_id)
                                  .outerjoin(ProductModel, ProductModel.id == Unit.model_id)
                                  .where(Unit.id == new.unit_id)).first()
            if row is None or row[0].customer_id != customer.id:
                raise ValidationError("unit_not_of_customer", "unit")
            unit, line_id = row
            address_id = address_id or unit.address_id
            serial = unit.serial
        # Held here for the on-site window: the session's identity map keeps an object only while it is referenced.
        line = session.get(ProductLine, line_id) if line_id is not None else None
        if line is None:
            raise ValidationError("required", "product_line")
        district = detail = None
        if address_id is not None:
            address = session.execute(select(CustomerAddress.customer_id, CustomerAddress.district,
                                             CustomerAddress.detail, CustomerAddress.town)
                                      .where(CustomerAddress.id == address_id)).first()
            if address is None or address[0] != customer.id:
                raise ValidationError("address_not_of_customer", "address")
            district, detail = ticket_search.place_words(address[1], address[3]), address[2]
        if new.fault_category_id is None:
            raise ValidationError("required", "fault_category")
        fault = session.execute(select(FaultCategory.product_line_id, FaultCategory.maintenance, FaultCategory.name_zh)
                                .where(FaultCategory.id == new.fault_category_id)).first()
        if fault is None or fault[0] != line_id:
            raise ValidationError("fault_not_of_product_line", "fault_category")
        now = utc_now()
        assert branch_code is not None
        # The clocks' three commitments and the repair warranty in one query.
        settings = load_settings(session, actor.branch_id, *_INTAKE_KEYS)
        repeat_of = (None if fault[1] else
                     self._repeat_of(session, new.unit_id, new.fault_category_id, now,
                                     int(settings["repair_warranty_days"])))
        phones = session.scalars(select(CustomerPhone.number).where(CustomerPhone.customer_id == customer.id)).all()
        document = _Intake(settings, [phone, *phones], customer.name, serial, district, detail, fault[2], fault_text)
        ticket = Ticket(branch_id=actor.branch_id, customer_id=customer.id, unit_id=new.unit_id, address_id=address_id,
                        product_line_id=line_id, contact_phone=phone, status="new", channel=new.channel,
                        priority=new.priority, fault_category_id=new.fault_category_id, fault_text=fault_text,
                        is_repeat=repeat_of is not None, repeat_of_ticket_id=repeat_of, opened_at=now,
                        opened_by=actor.user_id,
                        number=next_number(session, actor.branch_id, branch_code, "ticket", local_date_of(now)))
        session.add(ticket)
        return ticket, line, document

    @staticmethod
    def _repeat_of(session: Session, unit_id: int | None, fault_id: int | None, now: datetime,
                   days: int) -> int | None:
        """返修: the same unit came back with the same fault inside the repair warranty (1995 art. 6(2)). Routine
        care (a filter change every few months, rules.care) is no fault, so it is never a 返修: the caller asks only
        for a fault that is not maintenance."""
        if unit_id is None or fault_id is None:
            return None
        since = now - timedelta(days=days)
        return session.scalar(
            select(Ticket.id).where(Ticket.unit_id == unit_id, Ticket.fault_category_id == fault_id,
                                    Ticket.status != "cancelled",
                                    (Ticket.completed_at >= since) | (Ticket.opened_at >= since))
            .order_by(Ticket.id.desc()).limit(1)
        )

    @staticmethod
    def _start_intake_clocks(session: Session, ticket: Ticket, line: ProductLine, minutes: dict[str, Any]) -> None:
        start = ticket.opened_at
        contact = int(minutes["commitment.first_contact_minutes"])
        report = int(minutes["commitment.report_back_minutes"])
        clocks.start_clock(session, ticket.id, "first_contact", start, start + timedelta(minutes=contact))
        clocks.start_clock(session, ticket.id, "report_back", start, start + timedelta(minutes=report))
        window = onsite_window_of_line(line, ticket.priority, minutes[ONSITE_KEY])
        clocks.start_clock(session, ticket.id, "on_site", start, start + window)

    @staticmethod
    def _resolve(session: Session, actor: Actor, ticket: Ticket, note: str) -> None:
        now = utc_now()
        ticket.triage_note = note
        ticket_events.transition(session, actor, ticket, "resolved_by_phone", note=note)
        # Talking the customer through the fix is the first contact; nobody goes on site.
        clocks.meet_clock(session, ticket.id, "first_contact", now)
        clocks.meet_clock(session, ticket.id, "report_back", now)
        clocks.cancel_open_clocks(session, ticket.id)
        # seed 002 §八: the same-day callback task and its clock; the queue's task is what closes the ticket.
        create_after_completion(session, ticket, actor, now)

    def _load(self, session: Session, actor: Actor, ticket_id: int, version: int | None) -> Ticket:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None or ticket.branch_id != actor.branch_id:
            raise NotFoundError("ticket_not_found")
        check_version(ticket.version, version)
        return ticket

    def resolve_by_phone(self, actor: Actor, ticket_id: int, version: int, note: str) -> int:
        require(actor, "ticket.resolve_by_phone")
        note = clean_text(note, "note", max_length=2000, required=True, multiline=True)
        with self._writing(actor, "ticket.resolve_by_phone") as session:
            ticket = self._load(session, actor, ticket_id, version)
            self._resolve(session, actor, ticket, note)
            session.flush()
            return ticket.version

    def record_contact(self, actor: Actor, ticket_id: int, note: str = "") -> None:
        """The call that establishes contact with the customer (seed 002 §4.5: within 10 minutes)."""
        require(actor, "ticket.update")
        note = clean_text(note, "note", max_length=1000, multiline=True)
        with self._writing(actor, "ticket.update") as session:
            ticket = self._load(session, actor, ticket_id, None)
            if ticket.status in ("closed", "cancelled"):
                raise StateError("ticket_finished", "status", status=ticket.status)
            clock = clocks.meet_clock(session, ticket.id, "first_contact", utc_now())
            ticket_events.log_event(session, actor, ticket.id, "contact_call", note,
                                    {"met_clock": clock is not None})
            audit.record(session, actor, "ticket.contact_call", "ticket", ticket.id, None, {"note": note})

    def record_report_back(self, actor: Actor, ticket_id: int, report: ReportBack) -> None:
        """反馈: the department's report back to the service centre (seed 002 §6.1.1: 负责人、应急措施、所需资源及准备
        情况); the first one on time meets the report-back clock, later ones add to the timeline."""
        require(actor, "ticket.update")
        responsible = clean_text(report.responsible, "responsible", max_length=60, required=True)
        measures = clean_text(report.measures, "measures", max_length=2000, required=True, multiline=True)
        resources = clean_text(report.resources, "resources", max_length=2000, multiline=True)
        readiness = clean_text(report.readiness, "readiness", max_length=2000, multiline=True)
        with self._writing(actor, "ticket.update") as session:
            ticket = self._load(session, actor, ticket_id, None)
            if ticket.status not in OPEN_STATES:
                raise StateError("ticket_finished", "status", status=ticket.status)
            clock = clocks.meet_clock(session, ticket.id, "report_back", utc_now())
            data = {"responsible": responsible, "measures": measures, "resources": resources,
                    "readiness": readiness, "met_clock": clock is not None}
            ticket_events.log_event(session, actor, ticket.id, "report_back", measures, data)
            audit.record(session, actor, "ticket.report_back", "ticket", ticket.id, None, data)

    def cancel(self, actor: Actor, ticket_id: int, version: int, reason: str) -> int:
        require(actor, "ticket.cancel")
        reason = clean_text(reason, "reason", max_length=1000, required=True, multiline=True)
        with self._writing(actor, "ticket.cancel") as session:
            ticket = self._load(session, actor, ticket_id, version)
            ticket.cancel_reason = reason
            ticket_events.transition(session, actor, ticket, "cancelled", note=reason)
            clocks.cancel_open_clocks(session, ticket.id)
            # Its planned visits leave the board and stop blocking the engineers' time.
            for visit in session.scalars(select(Visit).where(Visit.ticket_id == ticket.id,
                                                             Visit.status.in_(("dispatched", "scheduled")))):
                audit.record(session, actor, "visit.cancel", "visit", visit.id, {"status": visit.status},
                             {"status": "cancelled", "reason": reason})
                visit.status = "cancelled"
            session.flush()
            return ticket.version

    def update(self, actor: Actor, ticket_id: int, version: int, *, fault_category_id: int | None = None,
               fault_text: str | None = None, priority: str | None = None,
               contact_phone: str | None = None) -> int:
        """Edit the intake fields; `version` is the one the form loaded, so a concurrent edit is refused."""
        require(actor, "ticket.update")
        changes: dict[str, Any] = {}
        if fault_text is not None:
            changes["fault_text"] = clean_text(fault_text, "fault_text", max_length=2000, multiline=True)
        if priority is not None:
            if priority not in PRIORITIES:
                raise ValidationError("unknown_value", "priority", value=priority)
            changes["priority"] = priority
        if contact_phone is not None:
            changes["contact_phone"] = parse_phone(contact_phone, "contact_phone").number
        with self._writing(actor, "ticket.update") as session:
            ticket = self._load(session, actor, ticket_id, version)
            if ticket.status in ("closed", "cancelled"):
                raise StateError("ticket_finished", "status", status=ticket.status)
            if fault_category_id is not None:
                line = session.scalar(select(FaultCategory.product_line_id)
                                      .where(FaultCategory.id == fault_category_id))
                if line != ticket.product_line_id:
                    raise ValidationError("fault_not_of_product_line", "fault_category")
                changes["fault_category_id"] = fault_category_id
            before = audit.snapshot(ticket)
            reprioritised = "priority" in changes and changes["priority"] != ticket.priority
            for key, value in changes.items():
                setattr(ticket, key, value)
            session.flush()
            ticket_events.log_event(session, actor, ticket.id, "edited", data=sorted(changes))
            if reprioritised:
                # A more urgent ticket gets the shorter on-site window of its priority (Settings).
                clock = apply_priority(session, ticket, utc_now())
                if clock is not None:
                    audit.record(session, actor, "service_clock.reprioritise", "service_clock", clock.id, None,
                                 {"priority": ticket.priority, "due_at": clock.due_at})
            audit.record(session, actor, "ticket.update", "ticket", ticket.id, before, audit.snapshot(ticket))
            ticket_search.index_tickets(session, [ticket.id])
            return ticket.version

    # --- reading: delegated to ticket_queries (SQL only, no writes) ------------------------------------------

    def list_page(self, actor: Actor, filter: TicketFilter | None = None, sort: str = "opened_at",
                  descending: bool = True, offset: int = 0, limit: int = 200, with_total: bool = True,
                  total_hint: int | None = None) -> TicketPage:
        """One page of display rows (+ the count when asked). `total_hint`, the count the caller already has,
        lets pages near the end be read from the other end of the index."""
        require(actor, "ticket.read")
        f = filter or TicketFilter()
        # Checked before any SQL: year 1 or 9999 leaves the calendar when the local day becomes UTC, a NUL or a
        # lone surrogate in the search cannot reach the database.
        check_day(f.opened_from, "opened_from")
        check_day(f.opened_to, "opened_to")
        if f.search:
            f = replace(f, search=clean_query(f.search, "search"))
        with self._reading(actor, "ticket.read") as session:
            return ticket_queries.list_page(session, actor, f, sort, descending, offset,
                                            limit, with_total, total_hint)

    def search(self, actor: Actor, text: str, limit: int = 100) -> list[TicketRow]:
        """Newest matches of the one search box (number, phone fragment, name, serial, address, fault words)."""
        require(actor, "ticket.read")
        text = clean_query(text, "search")
        with self._reading(actor, "ticket.read") as session:
            return ticket_queries.search(session, actor, text, limit)

    def detail(self, actor: Actor, ticket_id: int) -> TicketDetail:
        with self._reading(actor, "ticket.read") as session:
            return ticket_queries.detail(session, actor, ticket_id)

    def filter_choices(self, actor: Actor) -> FilterChoices:
        with self._reading(actor, "ticket.read") as session:
            return ticket_queries.filter_choices(session, actor)

    def clock_watch(self, actor: Actor, within_minutes: int | None = None) -> ClockWatch:
        with self._reading(actor, "ticket.read") as session:
            if within_minutes is None:
                within_minutes = int(load_setting(session, actor.branch_id, "commitment.clock_warning_minutes"))
            return ticket_queries.clock_watch(session, actor, within_minutes)
