"""Turning a callback's outcome into work: close the ticket, reopen it (返修), or open a complaint.

Choice for "still not working": a callback on a ticket reopens that same ticket as a new round
(completed → closed → escalated, or closed → escalated), so the history, the engineer's earlier report and the
escalation level stay on one service record and the dispatcher sees it in the escalated queue. The lifecycle has
no completed → escalated edge, so the ticket is first closed by the callback, then reopened: the timeline shows
both steps. Only a callback without a usable ticket (installation, key accounts, a cancelled ticket) opens a
new ticket, numbered like any other and linked to the previous one when there is one."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.clock import utc_now
from desktop.errors import ValidationError
from desktop.models import (
    Branch,
    Callback,
    Complaint,
    CustomerPhone,
    Engineer,
    ProductModel,
    Ticket,
    Unit,
    Visit,
)
from desktop.services.callbacks.complaint_service import open_complaint
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.branch_time import branch_tz, local_day
from desktop.services.core.clocks import meet_clock, start_clock
from desktop.services.core.numbering import next_number
from desktop.services.core.onsite_windows import onsite_window
from desktop.services.core.ticket_events import log_event, transition
from desktop.services.core.ticket_search import index_tickets

CLOSABLE = ("completed", "resolved_by_phone")
REOPENABLE = ("completed", "resolved_by_phone", "closed")


def close_ticket_after_callback(session: Session, actor: Actor, ticket: Ticket, callback_id: int) -> bool:
    """录入系统, 回访完毕: the callback closes a completed (or phone-resolved) ticket."""
    if ticket.status not in CLOSABLE:
        return False
    transition(session, actor, ticket, "closed", note="callback", data={"callback_id": callback_id})
    return True


def meet_callback_clock(session: Session, ticket_id: int) -> None:
    """The same-day callback promise (#13) is kept by a call that reached the customer; an unanswered attempt or
    a refusal to talk is not a callback done, so the clock stays open (and counts as missed once due)."""
    meet_clock(session, ticket_id, "callback", utc_now())


def reopen_or_open_ticket(session: Session, actor: Actor, cb: Callback, note: str) -> tuple[Ticket, bool]:
    """Returns (ticket, reopened): the same ticket reopened, or a new ticket when none can be reopened."""
    ticket = session.get(Ticket, cb.ticket_id) if cb.ticket_id else None
    if ticket is not None and ticket.status in REOPENABLE:
        if ticket.status != "closed":
            transition(session, actor, ticket, "closed", note="callback", data={"callback_id": cb.id})
        ticket.escalation_level += 1
        transition(session, actor, ticket, "escalated", note=note, kind="reopened_by_callback",
                   data={"callback_id": cb.id})
        return ticket, True
    if ticket is not None and ticket.status != "cancelled":
        # Still open: the problem goes onto its timeline; the people working it see it there.
        log_event(session, actor, ticket.id, "callback_problem", note=note, data={"callback_id": cb.id})
        return ticket, False
    return _open_new_ticket(session, actor, cb, note, previous=ticket), False


def _open_new_ticket(session: Session, actor: Actor, cb: Callback, note: str, previous: Ticket | None) -> Ticket:
    unit = session.get(Unit, previous.unit_id) if previous is not None and previous.unit_id else session.scalars(
        select(Unit).where(Unit.customer_id == cb.customer_id, Unit.status == "active")
        .order_by(Unit.installation_date.desc().nulls_last(), Unit.id.desc()).limit(1)).first()
    if unit is None:
        # Without a unit there is no product line: the clerk takes the request through intake instead.
        raise ValidationError("no_unit_for_follow_up", "q3_working")
    now = utc_now()
    product_line_id = session.scalar(select(ProductModel.product_line_id).where(ProductModel.id == unit.model_id))
    # The branch's on-site window for the line at normal priority (Settings → per product line and priority).
    window = onsite_window(session, cb.branch_id, int(product_line_id), "normal") if product_line_id else \
        timedelta(hours=24)
    return open_ticket_for_unit(
        session, actor, cb, unit, fault_text=note,
        fault_category_id=previous.fault_category_id if previous is not None else None,
        repeat_of=previous, onsite_due=now + window, event="opened_from_callback")


def open_ticket_for_unit(session: Session, actor: Actor, cb: Callback, unit: Unit, *, fault_text: str,
                         fault_category_id: int | None, repeat_of: Ticket | None, onsite_due: datetime,
                         event: str) -> Ticket:
    """A ticket the callback clerk opens while talking to the customer: numbered like any other, first contact met
    at once, on-site clock due at `onsite_due`, findable in the search box at once."""
    product_line_id = session.scalar(select(ProductModel.product_line_id).where(ProductModel.id == unit.model_id))
    phone = session.scalar(select(CustomerPhone.number).where(CustomerPhone.customer_id == cb.customer_id)
                           .order_by(CustomerPhone.id).limit(1))
    branch = session.get(Branch, cb.branch_id)
    assert branch is not None and product_line_id is not None
    now = utc_now()
    number = next_number(session, branch.id, branch.code, "ticket", local_day(now, branch_tz(session, branch.id)))
    ticket = Ticket(branch_id=branch.id, number=number, customer_id=cb.customer_id, unit_id=unit.id,
                    address_id=unit.address_id, product_line_id=product_line_id, contact_phone=phone or "",
                    status="new", channel="hotline", priority="normal", fault_text=fault_text,
                    fault_category_id=fault_category_id,
                    is_repeat=repeat_of is not None, repeat_of_ticket_id=repeat_of.id if repeat_of else None,
                    opened_at=now, opened_by=actor.user_id)
    session.add(ticket)
    session.flush()
    log_event(session, actor, ticket.id, event, note=fault_text, data={"callback_id": cb.id})
    # The clerk is talking to the customer right now: the first-contact promise is kept at once.
    clock = start_clock(session, ticket.id, "first_contact", now, now)
    clock.met_at = now
    start_clock(session, ticket.id, "on_site", now, max(onsite_due, now))
    # Findable at once in the one search box, like a ticket opened at intake.
    index_tickets(session, [ticket.id])
    audit.record(session, actor, "ticket.create", "ticket", ticket.id, None, audit.snapshot(ticket))
    return ticket


def last_engineer_name(session: Session, ticket_id: int | None) -> str:
    if ticket_id is None:
        return ""
    return session.scalar(
        select(Engineer.name).join(Visit, Visit.engineer_id == Engineer.id)
        .where(Visit.ticket_id == ticket_id).order_by(Visit.round.desc(), Visit.id.desc()).limit(1)) or ""


def complaint_from_callback(session: Session, actor: Actor, cb: Callback, *, concerns: str, description: str,
                            concerns_person: str, owner_id: int | None) -> Complaint:
    return open_complaint(session, actor, customer_id=cb.customer_id, source="callback", concerns=concerns,
                          description=description, concerns_person=concerns_person, owner_id=owner_id,
                          ticket_id=cb.ticket_id)
