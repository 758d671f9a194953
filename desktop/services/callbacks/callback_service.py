"""Callback queue (回访): the due tasks, the call card, attempts with retries, and completing a call."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from desktop.clock import utc_now
from desktop.errors import NotFoundError, StateError, ValidationError
from desktop.models import Callback, CallbackAttempt, Customer, CustomerPhone, Ticket, Unit, User
from desktop.models.followup import CALLBACK_KINDS
from desktop.rules import callback_script as script
from desktop.rules import satisfaction as grades
from desktop.services.callbacks.callback_card import CallCard, build_card
from desktop.services.callbacks.callback_hooks import (
    add_callback,
    create_after_completion,
    create_after_install,
    create_after_return,
    schedule_key_account_callbacks,
)
from desktop.services.callbacks.callback_outcomes import (
    close_ticket_after_callback,
    complaint_from_callback,
    last_engineer_name,
    meet_callback_clock,
    reopen_or_open_ticket,
)
from desktop.services.callbacks.followup_indicators import CallbackIndicators, callback_indicators
from desktop.services.core import audit, own_work
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service, check_version
from desktop.services.core.branch_time import branch_tz, end_of_local_day, local_day
from desktop.services.core.grades import branch_grades
from desktop.services.core.permissions import require
from desktop.services.core.settings_store import load_setting
from desktop.services.core.ticket_events import log_event
from desktop.services.core.validation import check_day, clean_text

BUCKETS = ("all", "overdue", "today", "upcoming")
ATTEMPT_OUTCOMES = ("no_answer", "busy", "wrong_number", "refused")
# The callback that follows a ticket's completion closes it (回访完毕，归档): after a repair, after an installation
# (seed 004 第三章 四.4) and after a carried-out return decision.
TICKET_CLOSING_KINDS = ("after_service", "after_install", "after_return")

__all__ = [
    "CallbackAnswers",
    "CallbackService",
    "FollowUpRequest",
    "create_after_completion",
    "create_after_install",
    "create_after_return",
]


@dataclass(frozen=True)
class CallbackRow:
    id: int
    kind: str
    status: str
    due_at: datetime
    first_due_at: datetime
    attempts: int
    customer_id: int
    customer_name: str
    phone: str
    ticket_id: int | None
    ticket_number: str
    assigned_to: int | None
    assigned_name: str
    overdue: bool
    version: int
    reason: str = ""


@dataclass(frozen=True)
class QueueCounts:
    overdue: int
    today: int
    upcoming: int

    @property
    def due_now(self) -> int:
        """What the navigation badge shows: work to do today, late work included."""
        return self.overdue + self.today


@dataclass(frozen=True)
class QueuePage:
    rows: tuple[CallbackRow, ...]
    total: int
    counts: QueueCounts


@dataclass(frozen=True)
class CallbackAnswers:
    """The answers a callback records (docs/domain.md, callback scripts); None means the question was not asked."""

    reached: bool = True
    q1_service_satisfied: bool | None = None
    q1_explained_use: bool | None = None
    q2_manual_read: bool | None = None
    q3_working: bool | None = None
    q5_conduct_kept: bool | None = None
    q4_suggestions: str = ""
    service_complaint: str = ""
    product_complaint: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CallbackAnswers:
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValidationError("unknown_answer", sorted(unknown)[0])
        return cls(**data)


@dataclass(frozen=True)
class FollowUpRequest:
    """Work the clerk asks for beyond what the answers imply (H2: a visit for a problem the customer raised)."""

    visit: bool = False
    complaint: bool = False
    concerns_person: str = ""
    complaint_owner_id: int | None = None


@dataclass(frozen=True)
class AttemptResult:
    callback_id: int
    status: str
    attempts: int
    due_at: datetime
    next_due_at: datetime | None
    version: int


@dataclass(frozen=True)
class CallbackOutcome:
    callback_id: int
    status: str
    closing_line: str
    ticket_closed: bool
    follow_up_ticket_id: int | None
    follow_up_ticket_number: str
    ticket_reopened: bool
    complaint_id: int | None
    complaint_number: str
    version: int


class CallbackService(Service):
    # The hooks other services call inside their own transaction, reachable from the service too.
    create_after_completion = staticmethod(create_after_completion)
    create_after_install = staticmethod(create_after_install)
    create_after_return = staticmethod(create_after_return)

    # ---- queue ---------------------------------------------------------------------------------------------
    def queue(self, actor: Actor, *, bucket: str = "all", kind: str | None = None, clerk_id: int | None = None,
              offset: int = 0, limit: int = 200, now: datetime | None = None) -> QueuePage:
        """Pending tasks sorted by due time (SQL), one page, with the counts of the three groups."""
        if bucket not in BUCKETS:
            raise ValidationError("invalid_choice", "bucket")
        if kind is not None and kind not in CALLBACK_KINDS:
            raise ValidationError("invalid_choice", "kind")
        now = now or utc_now()
        with self._reading(actor, "callback.read") as session:
            end_today = end_of_local_day(local_day(now, branch_tz(session, actor.branch_id)),
                                         branch_tz(session, actor.branch_id))
            where = self._filters(actor, kind, clerk_id)
            counts = self._counts(session, where, now, end_today)
            if bucket == "overdue":
                where.append(Callback.due_at < now)
            elif bucket == "today":
                where += [Callback.due_at >= now, Callback.due_at <= end_today]
            elif bucket == "upcoming":
                where.append(Callback.due_at > end_today)
            total = session.scalar(select(func.count(Callback.id)).where(*where)) or 0
            first_phone = (select(CustomerPhone.number).where(CustomerPhone.customer_id == Customer.id)
                           .order_by(CustomerPhone.id).limit(1).correlate(Customer).scalar_subquery())
            rows = session.execute(
                select(Callback, Customer.name, first_phone, Ticket.number, User.display_name)
                .join(Customer, Customer.id == Callback.customer_id)
                .outerjoin(Ticket, Ticket.id == Callback.ticket_id)
                .outerjoin(User, User.id == Callback.assigned_to)
                .where(*where)
                .order_by(Callback.due_at, Callback.id)
                .offset(offset).limit(limit)
            ).all()
            return QueuePage(tuple(_row(cb, name, phone, number, assignee, now)
                                   for cb, name, phone, number, assignee in rows), int(total), counts)

    def counts(self, actor: Actor, *, kind: str | None = None, clerk_id: int | None = None,
               now: datetime | None = None) -> QueueCounts:
        now = now or utc_now()
        with self._reading(actor, "callback.read") as session:
            tz = branch_tz(session, actor.branch_id)
            return self._counts(session, self._filters(actor, kind, clerk_id), now,
                                end_of_local_day(local_day(now, tz), tz))

    @staticmethod
    def _filters(actor: Actor, kind: str | None, clerk_id: int | None) -> list[Any]:
        where: list[Any] = [Callback.branch_id == actor.branch_id, Callback.status == "pending"]
        if kind is not None:
            where.append(Callback.kind == kind)
        if clerk_id is not None:
            where.append(Callback.assigned_to == clerk_id)
        if own_work.is_field_engineer(actor):
            # An engineer's queue holds the callbacks assigned to them, nothing else of the branch.
            where.append(Callback.assigned_to == actor.user_id)
        return where

    @staticmethod
    def _counts(session: Session, where: list[Any], now: datetime, end_today: datetime) -> QueueCounts:
        def count(condition: ColumnElement[bool]) -> ColumnElement[int]:
            return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

        row = session.execute(select(
            count(Callback.due_at < now),
            count(and_(Callback.due_at >= now, Callback.due_at <= end_today)),
            count(Callback.due_at > end_today),
        ).where(*where)).one()
        return QueueCounts(*(int(v) for v in row))

    def indicators(self, actor: Actor, start: datetime | None = None, end: datetime | None = None,
                   days: int = 30) -> CallbackIndicators:
        """For [start, end); by default the last `days` local days up to the end of today (queue header)."""
        with self._reading(actor, "callback.read") as session:
            if start is None or end is None:
                tz = branch_tz(session, actor.branch_id)
                end = end_of_local_day(local_day(utc_now(), tz), tz) + timedelta(seconds=1)
                start = end - timedelta(days=days)
            return callback_indicators(session, actor.branch_id, start, end)

    def clerks(self, actor: Actor) -> tuple[tuple[int, str], ...]:
        """Users who may work callbacks, for the queue's clerk filter and assignment."""
        with self._reading(actor, "callback.read") as session:
            return tuple((uid, name) for uid, name in session.execute(
                select(User.id, User.display_name).where(
                    User.branch_id == actor.branch_id, User.active.is_(True),
                    User.role.in_(("clerk", "dispatcher", "supervisor"))).order_by(User.display_name, User.id)))

    # ---- the call card -------------------------------------------------------------------------------------
    def card(self, actor: Actor, callback_id: int) -> CallCard:
        with self._reading(actor, "callback.read") as session:
            cb = self._get(session, actor, callback_id)
            return build_card(session, cb, actor.user_id,
                              int(load_setting(session, actor.branch_id, "callback.max_attempts")))

    def assign(self, actor: Actor, callback_id: int, version: int, user_id: int | None) -> CallbackRow:
        with self._writing(actor, "callback.work") as session:
            cb = self._pending_for_work(session, actor, callback_id, version)
            if user_id is not None:
                user = session.get(User, user_id)
                if user is None or not user.active or user.branch_id != actor.branch_id:
                    raise ValidationError("owner_invalid", "assigned_to")
            before = audit.snapshot(cb)
            cb.assigned_to = user_id
            session.flush()
            audit.record(session, actor, "callback.assign", "callback", cb.id, before, audit.snapshot(cb))
            return self._row_of(session, cb)

    # ---- attempts ------------------------------------------------------------------------------------------
    def record_attempt(self, actor: Actor, callback_id: int, version: int, outcome: str,
                       note: str = "") -> AttemptResult:
        """Not reached: retried per callback.retry_minutes, unreachable after callback.max_attempts; refused ends it."""
        require(actor, "callback.work")
        if outcome not in ATTEMPT_OUTCOMES:
            raise ValidationError("invalid_choice", "outcome")
        note = clean_text(note, "note", max_length=500)
        with self._writing(actor, "callback.work") as session:
            cb = self._pending_for_work(session, actor, callback_id, version)
            before = audit.snapshot(cb)
            now = utc_now()
            cb.attempts += 1
            next_due = None
            if outcome == "refused":
                cb.status = "refused"
            else:
                next_due = script.next_retry(
                    cb.attempts, now, list(load_setting(session, cb.branch_id, "callback.retry_minutes")),
                    int(load_setting(session, cb.branch_id, "callback.max_attempts")))
                if next_due is None:
                    cb.status = "unreachable"
                else:
                    next_due = script.into_calling_hours(
                        next_due.astimezone(branch_tz(session, cb.branch_id))).astimezone(UTC)
                    cb.due_at = next_due
            if cb.status != "pending":
                cb.done_at, cb.done_by = now, actor.user_id
            session.add(CallbackAttempt(callback_id=cb.id, at=now, by=actor.user_id, outcome=outcome, note=note,
                                        next_due_at=next_due))
            if cb.ticket_id is not None:
                log_note = f"{outcome} {note}".strip()
                log_event(session, actor, cb.ticket_id, "callback_attempt", note=log_note,
                          data={"callback_id": cb.id, "outcome": outcome})
                if cb.status != "pending" and cb.kind in TICKET_CLOSING_KINDS:
                    # Nobody to ask any more: the record is archived so the ticket does not wait forever.
                    ticket = session.get(Ticket, cb.ticket_id)
                    if ticket is not None:
                        close_ticket_after_callback(session, actor, ticket, cb.id)
            session.flush()
            audit.record(session, actor, f"callback.{outcome}", "callback", cb.id, before, audit.snapshot(cb))
            return AttemptResult(cb.id, cb.status, cb.attempts, cb.due_at, next_due, cb.version)

    # ---- completing a call ---------------------------------------------------------------------------------
    def complete(self, actor: Actor, callback_id: int, version: int, answers: CallbackAnswers | dict[str, Any],
                 satisfaction: str | None, closing_line: str = "", notes: str = "",
                 follow_up: FollowUpRequest | None = None) -> CallbackOutcome:
        """Records the answers; closes the completed ticket and meets its callback clock; creates the work the
        answers call for: a reopened ticket (or a new one) when the unit still does not work, a complaint when
        the customer is dissatisfied with staff or product."""
        require(actor, "callback.work")
        ans = answers if isinstance(answers, CallbackAnswers) else CallbackAnswers.from_dict(answers)
        follow_up = follow_up or FollowUpRequest()
        if not ans.reached:
            raise ValidationError("not_reached_use_attempt", "reached")
        ans = CallbackAnswers(
            True, ans.q1_service_satisfied, ans.q1_explained_use, ans.q2_manual_read, ans.q3_working,
            ans.q5_conduct_kept, clean_text(ans.q4_suggestions, "q4_suggestions", max_length=2000, multiline=True),
            clean_text(ans.service_complaint, "service_complaint", max_length=2000, multiline=True),
            clean_text(ans.product_complaint, "product_complaint", max_length=2000, multiline=True))
        notes = clean_text(notes, "notes", max_length=4000, multiline=True)
        data = {f.name: getattr(ans, f.name) for f in fields(ans)}
        wants_complaint = (follow_up.complaint or bool(ans.service_complaint) or bool(ans.product_complaint)
                           or satisfaction in grades.UNHAPPY or ans.q1_service_satisfied is False
                           or ans.q5_conduct_kept is False)
        if wants_complaint and not (ans.service_complaint or ans.product_complaint or notes):
            # A complaint needs its substance: what the customer is unhappy about.
            raise ValidationError("complaint_text_required", "service_complaint")
        with self._writing(actor, "callback.work") as session:
            cb = self._pending_for_work(session, actor, callback_id, version)
            # A care reminder is not a survey; every other call records one of the grades this branch offers.
            if satisfaction is None and cb.kind not in script.CARE_KINDS:
                raise ValidationError("required", "satisfaction")
            if satisfaction is not None and satisfaction not in branch_grades(session, cb.branch_id):
                raise ValidationError("invalid_choice", "satisfaction")
            expected = script.closing_for(cb.kind, data, satisfaction)
            closing_line = closing_line or expected
            if closing_line not in script.allowed_closings(cb.kind):
                raise ValidationError("invalid_choice", "closing_line")
            if expected == "E2" and closing_line != "E2":
                # Seed 000 结束语 B: a customer who needs a repair or is unhappy hears the apology, not E1/E3.
                raise ValidationError("closing_line_mismatch", "closing_line", expected=expected)
            before = audit.snapshot(cb)
            now = utc_now()
            cb.attempts += 1
            cb.status, cb.done_at, cb.done_by = "done", now, actor.user_id
            cb.answers, cb.satisfaction, cb.closing_line, cb.notes = data, satisfaction, closing_line, notes
            session.add(CallbackAttempt(callback_id=cb.id, at=now, by=actor.user_id, outcome="reached", note=""))
            ticket_closed = reopened = False
            follow_ticket = None
            if cb.ticket_id is not None:
                meet_callback_clock(session, cb.ticket_id)
                log_event(session, actor, cb.ticket_id, "callback", note=closing_line,
                          data={"callback_id": cb.id, "satisfaction": satisfaction})
            if ans.q3_working is False or follow_up.visit:
                problem = "\n".join(t for t in (ans.product_complaint, notes) if t) or ans.q4_suggestions
                follow_ticket, reopened = reopen_or_open_ticket(session, actor, cb, problem)
                ticket_closed = reopened  # a reopened ticket was closed by this callback first
                cb.follow_up_ticket_id = follow_ticket.id
            elif cb.kind in TICKET_CLOSING_KINDS and cb.ticket_id is not None:
                ticket = session.get(Ticket, cb.ticket_id)
                if ticket is not None:
                    ticket_closed = close_ticket_after_callback(session, actor, ticket, cb.id)
            complaint = None
            if wants_complaint:
                staff = (bool(ans.service_complaint) or ans.q1_service_satisfied is False
                         or ans.q5_conduct_kept is False)
                concerns = "staff" if staff else "product" if ans.product_complaint else "other"
                description = "\n".join(t for t in (ans.service_complaint, ans.product_complaint, notes) if t)
                person = follow_up.concerns_person or (last_engineer_name(session, cb.ticket_id) if staff else "")
                complaint = complaint_from_callback(session, actor, cb, concerns=concerns, description=description,
                                                    concerns_person=person, owner_id=follow_up.complaint_owner_id)
                cb.complaint_id = complaint.id
            session.flush()
            audit.record(session, actor, "callback.complete", "callback", cb.id, before, audit.snapshot(cb))
            return CallbackOutcome(
                cb.id, cb.status, cb.closing_line, ticket_closed,
                follow_ticket.id if follow_ticket else None, follow_ticket.number if follow_ticket else "",
                reopened, complaint.id if complaint else None, complaint.number if complaint else "", cb.version)

    def cancel(self, actor: Actor, callback_id: int, version: int, reason: str) -> None:
        reason = clean_text(reason, "reason", max_length=500, required=True)
        with self._writing(actor, "callback.work") as session:
            cb = self._pending_for_work(session, actor, callback_id, version)
            before = audit.snapshot(cb)
            cb.status, cb.notes, cb.done_at, cb.done_by = "cancelled", reason, utc_now(), actor.user_id
            session.flush()
            audit.record(session, actor, "callback.cancel", "callback", cb.id, before, audit.snapshot(cb))

    # ---- ad-hoc callbacks ----------------------------------------------------------------------------------
    def create_ad_hoc(self, actor: Actor, customer_id: int, reason: str, *, unit_id: int | None = None,
                      ticket_id: int | None = None, on_site: bool = False, due_on: date | None = None) -> CallbackRow:
        """Seed 004 「不定期的进行电话或人员回访」: a callback for any customer or unit, by phone or in person, with the
        reason it is made; due at the end of the chosen local day (today by default)."""
        require(actor, "callback.work")
        reason = clean_text(reason, "reason", max_length=500, required=True, multiline=True)
        with self._writing(actor, "callback.work") as session:
            customer = session.get(Customer, customer_id)
            if customer is None or customer.branch_id != actor.branch_id:
                raise NotFoundError("customer_not_found")
            if unit_id is not None:
                unit = session.get(Unit, unit_id)
                if unit is None or unit.customer_id != customer.id:
                    raise ValidationError("unit_not_of_customer", "unit")
            if ticket_id is not None:
                ticket = session.get(Ticket, ticket_id)
                if ticket is None or ticket.customer_id != customer.id:
                    raise ValidationError("ticket_not_of_customer", "ticket")
                unit_id = unit_id or ticket.unit_id
            tz = branch_tz(session, actor.branch_id)
            today = local_day(utc_now(), tz)
            day = due_on or today
            if day < today:
                raise ValidationError("date_in_past", "due_on")
            cb = add_callback(session, actor, branch_id=actor.branch_id, customer_id=customer.id,
                              kind="ad_hoc_visit" if on_site else "ad_hoc_phone", due_at=end_of_local_day(day, tz),
                              ticket_id=ticket_id, unit_id=unit_id, reason=reason)
            return self._row_of(session, cb)

    # ---- periodic key-account tasks ------------------------------------------------------------------------
    def schedule_key_accounts(self, actor: Actor, today: date | None = None) -> int:
        """Seed 003 (6): key accounts get a phone callback weekly and a visit monthly; creates only the missing
        tasks, so running it twice (or on two PCs) creates nothing new. Returns the number created."""
        require(actor, "callback.work")
        check_day(today, "today")
        with self._writing(actor, "callback.work") as session:
            tz = branch_tz(session, actor.branch_id)
            today = today or local_day(utc_now(), tz)
            customers = list(session.scalars(select(Customer.id).where(
                Customer.branch_id == actor.branch_id, Customer.is_key_account.is_(True)).order_by(Customer.id)))
            return schedule_key_account_callbacks(session, actor, actor.branch_id, customers, today)

    # ---- helpers -------------------------------------------------------------------------------------------
    def _get(self, session: Session, actor: Actor, callback_id: int) -> Callback:
        cb = session.get(Callback, callback_id)
        if cb is None or cb.branch_id != actor.branch_id:
            raise NotFoundError("callback_not_found")
        if own_work.is_field_engineer(actor) and cb.assigned_to != actor.user_id:
            raise NotFoundError("callback_not_found")
        return cb

    def _pending_for_work(self, session: Session, actor: Actor, callback_id: int, version: int) -> Callback:
        cb = self._get(session, actor, callback_id)
        check_version(cb.version, version)
        if cb.status != "pending":
            raise StateError("callback_not_pending", "status", status=cb.status)
        return cb

    def _row_of(self, session: Session, cb: Callback) -> CallbackRow:
        name = session.scalar(select(Customer.name).where(Customer.id == cb.customer_id)) or ""
        phone = session.scalar(select(CustomerPhone.number).where(CustomerPhone.customer_id == cb.customer_id)
                               .order_by(CustomerPhone.id).limit(1))
        number = session.scalar(select(Ticket.number).where(Ticket.id == cb.ticket_id)) if cb.ticket_id else None
        assignee = session.scalar(select(User.display_name).where(User.id == cb.assigned_to)) \
            if cb.assigned_to else None
        return _row(cb, name, phone, number, assignee, utc_now())


def _row(cb: Callback, name: str, phone: str | None, number: str | None, assignee: str | None,
         now: datetime) -> CallbackRow:
    return CallbackRow(cb.id, cb.kind, cb.status, cb.due_at, cb.first_due_at, cb.attempts, cb.customer_id, name,
                       phone or "", cb.ticket_id, number or "", cb.assigned_to, assignee or "",
                       cb.status == "pending" and cb.due_at < now, cb.version, cb.reason)
