"""Complaints (投诉): open, steps, on-site inspection before any liability (seed 004), answer and close."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desktop.clock import utc_now
from desktop.errors import NotFoundError, PermissionDenied, StateError, ValidationError
from desktop.models import Branch, Complaint, ComplaintStep, Customer, Ticket, User
from desktop.models.followup import COMPLAINT_CONCERNS, COMPLAINT_SOURCES
from desktop.rules import complaint_script
from desktop.rules.callback_script import ScriptLine
from desktop.services.callbacks.followup_indicators import ComplaintIndicators, complaint_indicators
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service, check_version
from desktop.services.core.branch_time import branch_tz, local_day
from desktop.services.core.numbering import next_number
from desktop.services.core.permissions import allowed, require
from desktop.services.core.settings_store import load_setting
from desktop.services.core.validation import clean_text

# Seed 004 第五章 六: our fault, the installer's, or shared; plus the outcomes an inspection can also reach.
LIABILITIES = ("company", "installer", "shared", "customer", "none")
LIST_FILTERS = ("open", "overdue", "closed", "all")


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    number: str
    customer_name: str
    source: str
    concerns: str
    concerns_person: str
    owner_name: str
    status: str
    promised_answer_at: datetime
    overdue: bool
    created_at: datetime
    version: int
    # Seed 003 「几分钟后给您答复」: the first call back to the complainant, a clock of its own.
    first_contact_due_at: datetime | None = None
    first_contact_at: datetime | None = None
    first_contact_overdue: bool = False


@dataclass(frozen=True)
class ComplaintStepRow:
    at: datetime
    by_name: str
    note: str


@dataclass(frozen=True)
class ComplaintDetail:
    id: int
    number: str
    customer_id: int
    customer_name: str
    ticket_id: int | None
    ticket_number: str
    source: str
    concerns: str
    concerns_person: str
    description: str
    owner_id: int
    owner_name: str
    status: str
    promised_answer_at: datetime
    overdue: bool
    inspected_at: datetime | None
    inspection_note: str
    liability: str | None
    answer: str
    customer_accepted: bool | None
    created_at: datetime
    closed_at: datetime | None
    steps: tuple[ComplaintStepRow, ...]
    version: int
    first_contact_due_at: datetime | None = None
    first_contact_at: datetime | None = None
    first_contact_overdue: bool = False

    @property
    def can_state_liability(self) -> bool:
        return self.inspected_at is not None


@dataclass(frozen=True)
class ComplaintPhrases:
    """What to say (seed 004 第六章, filled with the branch, the handler and the customer) and what never to say
    (seed 003 忌语), with the calming lines for an upset caller (seed 003 A–C)."""

    groups: tuple[tuple[str, tuple[ScriptLine, ...]], ...]  # (group key, lines): intake, first_contact, installer
    forbidden: tuple[ScriptLine, ...]
    calming: tuple[ScriptLine, ...]


@dataclass(frozen=True)
class ComplaintPage:
    rows: tuple[ComplaintRow, ...]
    total: int


def open_complaint(session: Session, actor: Actor, *, customer_id: int, source: str, concerns: str,
                   description: str, concerns_person: str = "", owner_id: int | None = None,
                   ticket_id: int | None = None) -> Complaint:
    """Inside the caller's transaction (a callback's outcome opens one); numbered in the C series."""
    if source not in COMPLAINT_SOURCES:
        raise ValidationError("invalid_choice", "source")
    if concerns not in COMPLAINT_CONCERNS:
        raise ValidationError("invalid_choice", "concerns")
    description = clean_text(description, "description", max_length=4000, required=True, multiline=True)
    concerns_person = clean_text(concerns_person, "concerns_person", max_length=60)
    customer = session.get(Customer, customer_id)
    if customer is None or customer.branch_id != actor.branch_id:
        raise NotFoundError("customer_not_found", "customer")
    owner = session.get(User, owner_id or actor.user_id)
    if owner is None or not owner.active or owner.branch_id != actor.branch_id:
        raise ValidationError("owner_invalid", "owner")
    branch = session.get(Branch, actor.branch_id)
    assert branch is not None
    now = utc_now()
    hours = int(load_setting(session, actor.branch_id, "complaint.answer_hours"))
    contact_minutes = int(load_setting(session, actor.branch_id, "complaint.first_contact_minutes"))
    number = next_number(session, branch.id, branch.code, "complaint", local_day(now, branch_tz(session, branch.id)))
    complaint = Complaint(branch_id=branch.id, number=number, customer_id=customer_id, ticket_id=ticket_id,
                          source=source, concerns=concerns, concerns_person=concerns_person,
                          description=description, owner_id=owner.id, status="open",
                          promised_answer_at=now + timedelta(hours=hours),
                          first_contact_due_at=now + timedelta(minutes=contact_minutes), inspection_note="",
                          answer="", created_at=now)
    session.add(complaint)
    session.flush()
    audit.record(session, actor, "complaint.open", "complaint", complaint.id, None, audit.snapshot(complaint))
    return complaint


class ComplaintService(Service):
    def open(self, actor: Actor, *, customer_id: int, source: str, concerns: str, description: str,
             concerns_person: str = "", owner_id: int | None = None, ticket_id: int | None = None) -> ComplaintDetail:
        with self._writing(actor, "complaint.work") as session:
            complaint = open_complaint(session, actor, customer_id=customer_id, source=source, concerns=concerns,
                                       description=description, concerns_person=concerns_person,
                                       owner_id=owner_id, ticket_id=ticket_id)
            return _detail(session, complaint)

    def list_page(self, actor: Actor, *, status: str = "open", offset: int = 0, limit: int = 200,
                  now: datetime | None = None) -> ComplaintPage:
        """A supervisor sees every complaint of the branch; others see the ones they own."""
        if status not in LIST_FILTERS:
            raise ValidationError("invalid_choice", "status")
        now = now or utc_now()
        with self._reading(actor, "complaint.read") as session:
            where = [Complaint.branch_id == actor.branch_id]
            if not allowed(actor, "complaint.read_all"):
                where.append(Complaint.owner_id == actor.user_id)
            if status == "open":
                where.append(Complaint.status != "closed")
            elif status == "closed":
                where.append(Complaint.status == "closed")
            elif status == "overdue":
                where += [Complaint.status != "closed", _overdue_condition(now)]
            total = session.scalar(select(func.count(Complaint.id)).where(*where)) or 0
            rows = session.execute(
                select(Complaint, Customer.name, User.display_name)
                .join(Customer, Customer.id == Complaint.customer_id)
                .join(User, User.id == Complaint.owner_id)
                .where(*where)
                .order_by(Complaint.promised_answer_at, Complaint.id)
                .offset(offset).limit(limit)
            ).all()
            return ComplaintPage(tuple(
                ComplaintRow(c.id, c.number, name, c.source, c.concerns, c.concerns_person, owner, c.status,
                             c.promised_answer_at, c.status != "closed" and c.promised_answer_at < now,
                             c.created_at, c.version, c.first_contact_due_at, c.first_contact_at,
                             _first_contact_overdue(c, now))
                for c, name, owner in rows), int(total))

    def detail(self, actor: Actor, complaint_id: int) -> ComplaintDetail:
        with self._reading(actor, "complaint.read") as session:
            return _detail(session, self._visible(session, actor, complaint_id))

    def record_first_contact(self, actor: Actor, complaint_id: int, version: int, note: str) -> ComplaintDetail:
        """The handler called the complainant back (seed 004 第六章 二、1): the first-contact clock is met now."""
        require(actor, "complaint.work")
        note = clean_text(note, "note", max_length=4000, required=True, multiline=True)
        with self._writing(actor, "complaint.work") as session:
            complaint = self._open_for_work(session, actor, complaint_id, version)
            if complaint.first_contact_at is not None:
                raise StateError("complaint_already_contacted", "first_contact")
            before = audit.snapshot(complaint)
            now = utc_now()
            complaint.first_contact_at = now
            session.add(ComplaintStep(complaint_id=complaint.id, at=now, by=actor.user_id, note=note))
            session.flush()
            audit.record(session, actor, "complaint.first_contact", "complaint", complaint.id, before,
                         audit.snapshot(complaint))
            return _detail(session, complaint)

    def add_step(self, actor: Actor, complaint_id: int, version: int, note: str) -> ComplaintDetail:
        note = clean_text(note, "note", max_length=4000, required=True, multiline=True)
        with self._writing(actor, "complaint.work") as session:
            complaint = self._open_for_work(session, actor, complaint_id, version)
            session.add(ComplaintStep(complaint_id=complaint.id, at=utc_now(), by=actor.user_id, note=note))
            # A new step changes the complaint: move its version so another open copy must reload.
            flag_modified(complaint, "description")
            session.flush()
            audit.record(session, actor, "complaint.step", "complaint", complaint.id, None, {"note": note})
            return _detail(session, complaint)

    def record_inspection(self, actor: Actor, complaint_id: int, version: int, note: str,
                          inspected_at: datetime | None = None) -> ComplaintDetail:
        """Seed 004 第五章 四: the site visit (现场考察) comes before any word on compensation or blame."""
        note = clean_text(note, "inspection_note", max_length=4000, required=True, multiline=True)
        at = inspected_at or utc_now()
        if at > utc_now() + timedelta(minutes=5):
            raise ValidationError("in_future", "inspected_at")
        with self._writing(actor, "complaint.work") as session:
            complaint = self._open_for_work(session, actor, complaint_id, version)
            before = audit.snapshot(complaint)
            complaint.inspected_at = at
            complaint.inspection_note = note
            # Standing with the customer on site is a contact too, if no call came first.
            complaint.first_contact_at = complaint.first_contact_at or at
            if complaint.status == "open":
                complaint.status = "inspected"
            session.add(ComplaintStep(complaint_id=complaint.id, at=utc_now(), by=actor.user_id, note=note))
            session.flush()
            audit.record(session, actor, "complaint.inspect", "complaint", complaint.id, before,
                         audit.snapshot(complaint))
            return _detail(session, complaint)

    def set_liability(self, actor: Actor, complaint_id: int, version: int, liability: str) -> ComplaintDetail:
        require(actor, "complaint.work")
        if liability not in LIABILITIES:
            raise ValidationError("invalid_choice", "liability")
        with self._writing(actor, "complaint.work") as session:
            complaint = self._open_for_work(session, actor, complaint_id, version)
            if complaint.inspected_at is None:
                # Refused here, and again by the schema CHECK should anything bypass the service.
                raise StateError("inspection_required", "liability")
            before = audit.snapshot(complaint)
            complaint.liability = liability
            session.flush()
            audit.record(session, actor, "complaint.liability", "complaint", complaint.id, before,
                         audit.snapshot(complaint))
            return _detail(session, complaint)

    def answer(self, actor: Actor, complaint_id: int, version: int, answer: str,
               customer_accepted: bool) -> ComplaintDetail:
        """The closing answer; the complaint closes only when the customer accepts it, else it stays open."""
        answer = clean_text(answer, "answer", max_length=4000, required=True, multiline=True)
        with self._writing(actor, "complaint.work") as session:
            complaint = self._open_for_work(session, actor, complaint_id, version)
            before = audit.snapshot(complaint)
            now = utc_now()
            complaint.answer = answer
            complaint.customer_accepted = customer_accepted
            complaint.first_contact_at = complaint.first_contact_at or now
            complaint.status = "closed" if customer_accepted else "answered"
            complaint.closed_at = now if customer_accepted else None
            session.add(ComplaintStep(complaint_id=complaint.id, at=now, by=actor.user_id, note=answer))
            session.flush()
            audit.record(session, actor, "complaint.answer", "complaint", complaint.id, before,
                         audit.snapshot(complaint))
            return _detail(session, complaint)

    def reassign(self, actor: Actor, complaint_id: int, version: int, owner_id: int) -> ComplaintDetail:
        with self._writing(actor, "complaint.work") as session:
            complaint = self._open_for_work(session, actor, complaint_id, version)
            owner = session.get(User, owner_id)
            if owner is None or not owner.active or owner.branch_id != actor.branch_id:
                raise ValidationError("owner_invalid", "owner")
            before = audit.snapshot(complaint)
            complaint.owner_id = owner.id
            session.flush()
            audit.record(session, actor, "complaint.reassign", "complaint", complaint.id, before,
                         audit.snapshot(complaint))
            return _detail(session, complaint)

    def handling_phrases(self, actor: Actor, complaint_id: int | None = None) -> ComplaintPhrases:
        """The complaint screens' phrase panel; with a complaint, its customer's name is filled in."""
        with self._reading(actor, "complaint.read") as session:
            company = session.scalar(select(Branch.name).where(Branch.id == actor.branch_id)) or ""
            customer = ""
            if complaint_id is not None:
                complaint = self._visible(session, actor, complaint_id)
                customer = session.scalar(select(Customer.name).where(Customer.id == complaint.customer_id)) or ""
        groups = tuple((group.key, tuple(complaint_script.fill(line, company=company, handler=actor.display_name,
                                                               customer=customer) for line in group.lines))
                       for group in complaint_script.HANDLING_GROUPS)
        return ComplaintPhrases(groups, complaint_script.FORBIDDEN_PHRASES, complaint_script.CALMING_LINES)

    def indicators(self, actor: Actor, start: datetime, end: datetime) -> ComplaintIndicators:
        with self._reading(actor, "complaint.read") as session:
            return complaint_indicators(session, actor.branch_id, start, end, utc_now())

    def _visible(self, session: Session, actor: Actor, complaint_id: int) -> Complaint:
        complaint = session.get(Complaint, complaint_id)
        if complaint is None or complaint.branch_id != actor.branch_id:
            raise NotFoundError("complaint_not_found")
        if complaint.owner_id != actor.user_id and not allowed(actor, "complaint.read_all"):
            raise PermissionDenied("permission_denied", permission="complaint.read_all", role=actor.role)
        return complaint

    def _open_for_work(self, session: Session, actor: Actor, complaint_id: int, version: int) -> Complaint:
        complaint = self._visible(session, actor, complaint_id)
        check_version(complaint.version, version)
        if complaint.status == "closed":
            raise StateError("complaint_closed", "status")
        return complaint


def _detail(session: Session, c: Complaint) -> ComplaintDetail:
    customer_name = session.scalar(select(Customer.name).where(Customer.id == c.customer_id)) or ""
    owner_name = session.scalar(select(User.display_name).where(User.id == c.owner_id)) or ""
    ticket_number = session.scalar(select(Ticket.number).where(Ticket.id == c.ticket_id)) if c.ticket_id else ""
    steps = session.execute(
        select(ComplaintStep, User.display_name).join(User, User.id == ComplaintStep.by)
        .where(ComplaintStep.complaint_id == c.id).order_by(ComplaintStep.at, ComplaintStep.id)
    ).all()
    now = utc_now()
    return ComplaintDetail(
        c.id, c.number, c.customer_id, customer_name, c.ticket_id, ticket_number or "", c.source, c.concerns,
        c.concerns_person, c.description, c.owner_id, owner_name, c.status, c.promised_answer_at,
        c.status != "closed" and c.promised_answer_at < now, c.inspected_at, c.inspection_note, c.liability,
        c.answer, c.customer_accepted, c.created_at, c.closed_at,
        tuple(ComplaintStepRow(s.at, name, s.note) for s, name in steps), c.version, c.first_contact_due_at,
        c.first_contact_at, _first_contact_overdue(c, now))


def _first_contact_overdue(c: Complaint, now: datetime) -> bool:
    return c.status != "closed" and c.first_contact_at is None and c.first_contact_due_at < now


def _overdue_condition(now: datetime) -> ColumnElement[bool]:
    """Past the promised answer time, or not yet called back by the first-contact time."""
    return or_(Complaint.promised_answer_at < now,
               and_(Complaint.first_contact_at.is_(None), Complaint.first_contact_due_at < now))
