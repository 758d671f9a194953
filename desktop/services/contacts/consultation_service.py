"""Consultations (咨询, seed 000 部门职能8 「接受用户的咨询和投诉」): a question that is not a fault.

Answered at once, it closes at once. Otherwise the caller is promised a reply time (seed 000 3.2.4
「不能当即答复的…按规定期限尽快答复客户」, 002 §4.3 「要向客户保证答复时间」): that time is the consultation's service
clock, kept when the reply is recorded by then. After the reply the contact is closed. A question that turns out
to be a fault becomes a ticket, opened through the ticket service with the question as the fault description.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session, aliased

from desktop.clock import utc_now
from desktop.errors import NotFoundError, StateError, ValidationError
from desktop.models import Branch, Consultation, Customer, ProductLine, Ticket, User
from desktop.models.contacts import CONSULTATION_TOPICS
from desktop.models.ticket import CHANNELS, PRIORITIES
from desktop.rules.phones import parse_phone
from desktop.services.contacts.consultation_records import (
    LIST_FILTERS,
    ConsultationDetail,
    ConsultationPage,
    ConsultationRow,
    NewConsultation,
)
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service, check_version
from desktop.services.core.branch_time import branch_tz, local_day
from desktop.services.core.numbering import next_number
from desktop.services.core.permissions import require
from desktop.services.core.settings_store import load_setting
from desktop.services.core.validation import clean_text
from desktop.services.tickets.ticket_service import NewTicket, TicketService

__all__ = ["ConsultationDetail", "ConsultationPage", "ConsultationRow", "ConsultationService", "NewConsultation"]

# A promise further out than this is a typing error, not a reply time.
MAX_PROMISE = timedelta(days=30)
QUESTION_PREVIEW = 80


class ConsultationService(Service):
    def open(self, actor: Actor, new: NewConsultation) -> ConsultationDetail:
        require(actor, "consultation.work")
        question = clean_text(new.question, "question", max_length=4000, required=True, multiline=True)
        answer = clean_text(new.answer, "answer", max_length=4000, multiline=True)
        caller_name = clean_text(new.caller_name, "caller_name", max_length=100)
        phone = parse_phone(new.phone, "phone")
        if new.channel not in CHANNELS:
            raise ValidationError("unknown_value", "channel", value=new.channel)
        if new.topic not in CONSULTATION_TOPICS:
            raise ValidationError("unknown_value", "topic", value=new.topic)
        now = utc_now()
        with self._writing(actor, "consultation.work") as session:
            if new.customer_id is not None:
                customer = session.get(Customer, new.customer_id)
                if customer is None or customer.branch_id != actor.branch_id:
                    raise NotFoundError("customer_not_found", "customer")
                caller_name = caller_name or customer.name
            if new.product_line_id is not None and session.get(ProductLine, new.product_line_id) is None:
                raise ValidationError("unknown_value", "product_line", value=new.product_line_id)
            due = None
            if not answer:
                minutes = int(load_setting(session, actor.branch_id, "consultation.reply_minutes"))
                due = new.reply_due_at or now + timedelta(minutes=minutes)
                _check_promise(due, now)
            branch = session.get(Branch, actor.branch_id)
            assert branch is not None
            number = next_number(session, branch.id, branch.code, "consult", local_day(now, branch_tz(session,
                                                                                                       branch.id)))
            row = Consultation(
                branch_id=branch.id, number=number, customer_id=new.customer_id, caller_name=caller_name,
                phone=phone.number, product_line_id=new.product_line_id, channel=new.channel, topic=new.topic,
                question=question, answer=answer, status="closed" if answer else "awaiting_reply",
                reply_due_at=due, replied_at=now if answer else None, replied_by=actor.user_id if answer else None,
                closed_at=now if answer else None, created_at=now, created_by=actor.user_id)
            session.add(row)
            session.flush()
            audit.record(session, actor, "consultation.open", "consultation", row.id, None, audit.snapshot(row))
            return _detail(session, row, now)

    def list_page(self, actor: Actor, *, status: str = "open", text: str = "", offset: int = 0, limit: int = 200,
                  now: datetime | None = None) -> ConsultationPage:
        """Open ones by the reply time promised (the most urgent first); closed and all by intake, newest first."""
        require(actor, "consultation.read")
        if status not in LIST_FILTERS:
            raise ValidationError("invalid_choice", "status")
        now = now or utc_now()
        with self._reading(actor, "consultation.read") as session:
            where = [Consultation.branch_id == actor.branch_id]
            if status == "open":
                # IN, not "!= closed": the status index then reads only the few open rows.
                where.append(Consultation.status.in_(("awaiting_reply", "answered")))
            elif status == "awaiting":
                where.append(Consultation.status == "awaiting_reply")
            elif status == "overdue":
                where += [Consultation.status == "awaiting_reply", Consultation.reply_due_at < now]
            elif status == "closed":
                where.append(Consultation.status == "closed")
            text = text.strip()
            if text:
                like = f"%{text}%"
                where.append(or_(Consultation.number.ilike(like), Consultation.caller_name.ilike(like),
                                 Consultation.phone.ilike(like), Consultation.question.ilike(like),
                                 Ticket.number.ilike(like)))
            total = session.scalar(select(func.count(Consultation.id))
                                   .outerjoin(Ticket, Ticket.id == Consultation.ticket_id).where(*where)) or 0
            order: tuple[ColumnElement[Any], ...]
            if status in ("open", "awaiting", "overdue"):
                order = (Consultation.reply_due_at.asc().nulls_last(), Consultation.id.asc())
            else:
                order = (Consultation.created_at.desc(), Consultation.id.desc())
            rows = session.execute(
                select(Consultation, ProductLine.name_zh, ProductLine.name_en, Ticket.number)
                .outerjoin(ProductLine, ProductLine.id == Consultation.product_line_id)
                .outerjoin(Ticket, Ticket.id == Consultation.ticket_id)
                .where(*where).order_by(*order).offset(offset).limit(limit)
            ).all()
            return ConsultationPage(tuple(
                ConsultationRow(c.id, c.number, c.created_at, c.caller_name, c.phone, zh or "", en or "", c.topic,
                                c.question[:QUESTION_PREVIEW], c.status, c.reply_due_at, c.replied_at,
                                _overdue(c, now), ticket or "", c.version)
                for c, zh, en, ticket in rows), int(total))

    def detail(self, actor: Actor, consultation_id: int) -> ConsultationDetail:
        require(actor, "consultation.read")
        with self._reading(actor, "consultation.read") as session:
            return _detail(session, _load(session, actor, consultation_id), utc_now())

    def record_reply(self, actor: Actor, consultation_id: int, version: int, answer: str) -> ConsultationDetail:
        """The promised reply given: the clock is kept if this is no later than the time promised."""
        require(actor, "consultation.work")
        answer = clean_text(answer, "answer", max_length=4000, required=True, multiline=True)
        with self._writing(actor, "consultation.work") as session:
            row = _load(session, actor, consultation_id, version)
            if row.status != "awaiting_reply":
                raise StateError("consultation_not_awaiting", "status", status=row.status)
            before = audit.snapshot(row)
            now = utc_now()
            row.answer, row.status, row.replied_at, row.replied_by = answer, "answered", now, actor.user_id
            session.flush()
            audit.record(session, actor, "consultation.reply", "consultation", row.id, before, audit.snapshot(row))
            return _detail(session, row, now)

    def close(self, actor: Actor, consultation_id: int, version: int) -> ConsultationDetail:
        require(actor, "consultation.work")
        with self._writing(actor, "consultation.work") as session:
            row = _load(session, actor, consultation_id, version)
            if row.status == "awaiting_reply":
                # The caller was promised an answer: record it (or turn the question into a ticket) first.
                raise StateError("consultation_reply_first", "status")
            if row.status == "closed":
                raise StateError("consultation_closed", "status")
            before = audit.snapshot(row)
            now = utc_now()
            row.status, row.closed_at = "closed", now
            session.flush()
            audit.record(session, actor, "consultation.close", "consultation", row.id, before, audit.snapshot(row))
            return _detail(session, row, now)

    def to_ticket(self, actor: Actor, consultation_id: int, version: int, *, fault_category_id: int,
                  customer_id: int | None = None, unit_id: int | None = None, address_id: int | None = None,
                  product_line_id: int | None = None, priority: str = "normal") -> ConsultationDetail:
        """The question is a fault after all: a ticket with the question as its description, for the
        consultation's customer (or the one the clerk found by its phone). The consultation closes with the
        ticket's number; a reply still owed is now the ticket's, whose own clocks start at once."""
        require(actor, "consultation.work")
        require(actor, "ticket.create")
        if priority not in PRIORITIES:
            raise ValidationError("unknown_value", "priority", value=priority)
        with self._reading(actor, "consultation.read") as session:
            row = _load(session, actor, consultation_id, version)
            if row.ticket_id is not None:
                raise StateError("consultation_has_ticket", "ticket")
            customer = customer_id or row.customer_id
            if customer is None:
                raise ValidationError("consultation_needs_customer", "customer")
            text = row.question if not row.answer else f"{row.question}\n{row.answer}"
            new = NewTicket(customer_id=customer, contact_phone=row.phone, channel=row.channel,
                            fault_category_id=fault_category_id, fault_text=text[:2000], unit_id=unit_id,
                            address_id=address_id, product_line_id=product_line_id or row.product_line_id,
                            priority=priority)
        opened = TicketService(self._db).open_ticket(actor, new)
        with self._writing(actor, "consultation.work") as session:
            row = _load(session, actor, consultation_id)
            before = audit.snapshot(row)
            now = utc_now()
            row.ticket_id = opened.id
            row.customer_id = row.customer_id or customer
            row.status = "closed"
            row.closed_at = row.closed_at or now
            session.flush()
            audit.record(session, actor, "consultation.to_ticket", "consultation", row.id, before,
                         audit.snapshot(row))
            return _detail(session, row, now)

    def reply_due_default(self, actor: Actor) -> int:
        """Minutes from now the dialog proposes as the reply time (setting consultation.reply_minutes)."""
        require(actor, "consultation.work")
        with self._reading(actor, "consultation.work") as session:
            return int(load_setting(session, actor.branch_id, "consultation.reply_minutes"))


def _check_promise(due: datetime, now: datetime) -> None:
    if due.tzinfo is None:
        raise ValidationError("naive_time", "reply_due_at")
    if due <= now:
        raise ValidationError("reply_time_past", "reply_due_at")
    if due > now + MAX_PROMISE:
        raise ValidationError("reply_time_too_far", "reply_due_at", days=MAX_PROMISE.days)


def _overdue(row: Consultation, now: datetime) -> bool:
    return row.status == "awaiting_reply" and row.reply_due_at is not None and row.reply_due_at < now


def _load(session: Session, actor: Actor, consultation_id: int, version: int | None = None) -> Consultation:
    row = session.get(Consultation, consultation_id)
    if row is None or row.branch_id != actor.branch_id:
        raise NotFoundError("consultation_not_found", "consultation")
    check_version(row.version, version)
    return row


def _detail(session: Session, c: Consultation, now: datetime) -> ConsultationDetail:
    creator, replier = aliased(User), aliased(User)
    names = session.execute(
        select(creator.display_name, replier.display_name, ProductLine.name_zh, ProductLine.name_en, Ticket.number)
        .select_from(Consultation)
        .join(creator, creator.id == Consultation.created_by)
        .outerjoin(replier, replier.id == Consultation.replied_by)
        .outerjoin(ProductLine, ProductLine.id == Consultation.product_line_id)
        .outerjoin(Ticket, Ticket.id == Consultation.ticket_id)
        .where(Consultation.id == c.id)
    ).one()
    return ConsultationDetail(
        c.id, c.number, c.created_at, names[0] or "", c.customer_id, c.caller_name, c.phone, c.product_line_id,
        names[2] or "", names[3] or "", c.channel, c.topic, c.question, c.answer, c.status, c.reply_due_at,
        c.replied_at, names[1] or "", c.closed_at, c.ticket_id, names[4] or "", _overdue(c, now), c.version)
