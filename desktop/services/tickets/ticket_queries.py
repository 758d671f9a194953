"""Read-only ticket queries for TicketService: the paged list, search, detail and clock watch (SQL does the work)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    BindParameter,
    Exists,
    Integer,
    Select,
    and_,
    bindparam,
    exists,
    func,
    literal,
    select,
    text,
    true,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from desktop.clock import BRANCH_TZ, utc_now
from desktop.database import PREPARED
from desktop.errors import NotFoundError, ValidationError
from desktop.models import (
    Branch,
    Complaint,
    Consultation,
    Customer,
    CustomerAddress,
    Engineer,
    FaultCategory,
    ProductLine,
    ProductModel,
    ServiceClock,
    Ticket,
    TicketEvent,
    Unit,
    User,
)
from desktop.rules.addresses import place_text
from desktop.rules.lifecycle import OPEN_STATES, can_transition
from desktop.rules.phones import format_phone
from desktop.services.core import own_work, ticket_search
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import allowed

FAULT_PREVIEW = 80
MAX_PAGE = 1000
WATCH_LIST_LIMIT = 200


@dataclass(frozen=True)
class TicketFilter:
    statuses: tuple[str, ...] = ()
    opened_from: date | None = None  # branch-local dates, both inclusive
    opened_to: date | None = None
    engineer_id: int | None = None
    product_line_id: int | None = None
    overdue_only: bool = False
    open_only: bool = False
    customer_id: int | None = None
    search: str = ""


@dataclass(frozen=True)
class TicketRow:
    id: int
    number: str
    opened_at: datetime
    status: str
    priority: str
    channel: str
    customer_name: str
    contact_phone: str
    district: str
    product_line: str
    fault_name: str
    fault_text: str
    engineer_name: str
    is_repeat: bool
    next_due_at: datetime | None
    kind: str = "repair"
    # The catalogue's English names beside the Chinese ones: the list shows the interface language's (views).
    product_line_en: str = ""
    fault_name_en: str = ""


@dataclass(frozen=True)
class TicketPage:
    rows: tuple[TicketRow, ...]
    total: int | None
    offset: int


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: str
    from_status: str | None
    to_status: str | None
    note: str
    user_name: str
    data: Any = None


@dataclass(frozen=True)
class ClockRow:
    commitment: str
    round: int
    started_at: datetime
    due_at: datetime
    met_at: datetime | None
    cancelled: bool
    state: str  # met, met_late, open, due_soon, overdue, cancelled
    seconds_left: int | None  # negative once overdue; None when met or cancelled


@dataclass(frozen=True)
class TicketDetail:
    id: int
    number: str
    status: str
    version: int
    opened_at: datetime
    channel: str
    priority: str
    customer_id: int
    customer_name: str
    contact_phone: str
    address: str
    unit_id: int | None
    unit_text: str
    product_line: str
    fault_category_id: int | None
    fault_name: str
    fault_text: str
    is_repeat: bool
    repeat_of_number: str | None
    triage_note: str
    cancel_reason: str
    engineer_name: str
    timeline: tuple[TimelineEntry, ...]
    clocks: tuple[ClockRow, ...]
    actions: tuple[str, ...] = field(default_factory=tuple)
    kind: str = "repair"
    # The English names beside product_line and fault_name (Chinese): the view picks by language.
    product_line_en: str = ""
    fault_name_en: str = ""


@dataclass(frozen=True)
class ClockAlert:
    ticket_id: int
    number: str
    customer_name: str
    commitment: str
    due_at: datetime
    overdue: bool
    # What the clock belongs to: a ticket, or a consultation's promised reply ("reply"), or a complaint's
    # call-back to the complainant ("complaint_contact"); record_id is that record's id.
    kind: str = "ticket"
    record_id: int = 0


@dataclass(frozen=True)
class ClockWatch:
    count: int
    alerts: tuple[ClockAlert, ...]
    checked_at: datetime


@dataclass(frozen=True)
class FilterChoices:
    product_lines: tuple[tuple[int, str, str], ...]  # id, Chinese name, English name
    engineers: tuple[tuple[int, str], ...]


def filter_choices(session: Session, actor: Actor) -> FilterChoices:
    lines = tuple((r.id, r.name_zh, r.name_en) for r in session.execute(
        select(ProductLine.id, ProductLine.name_zh, ProductLine.name_en).order_by(ProductLine.id)))
    engineers = tuple((r.id, r.name) for r in session.execute(
        select(Engineer.id, Engineer.name).where(Engineer.branch_id == actor.branch_id).order_by(Engineer.id)))
    return FilterChoices(lines, engineers)


# action code, permission, the state it moves to (None: no state change, only on open tickets)
ACTIONS: tuple[tuple[str, str, str | None], ...] = (
    ("record_contact", "ticket.update", None),
    ("report_back", "ticket.update", None),
    ("resolve_by_phone", "ticket.resolve_by_phone", "resolved_by_phone"),
    ("dispatch", "dispatch.plan", "dispatched"),
    ("edit", "ticket.update", None),
    ("cancel", "ticket.cancel", "cancelled"),
)

SORT_KEYS = ("opened_at", "number", "status", "priority", "customer", "product_line", "engineer")


def _local_day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), BRANCH_TZ)


def open_overdue_condition(now: datetime) -> Exists:
    return exists().where(ServiceClock.ticket_id == Ticket.id, ServiceClock.met_at.is_(None),
                          ServiceClock.cancelled.is_(False), ServiceClock.due_at < now)


def _single_branch(session: Session) -> bool:
    return (session.scalar(select(func.count()).select_from(Branch)) or 0) <= 1


def _filtered(session: Session, actor: Actor, stmt: Select[Any], f: TicketFilter) -> Select[Any]:
    # ticket.branch_id has no index of its own; in a database that serves one branch (the usual case) the
    # condition is always true and would only stop SQLite from counting and paging on the narrow indexes.
    if not _single_branch(session):
        stmt = stmt.where(Ticket.branch_id == actor.branch_id)
    own = own_work.ticket_condition(session, actor)
    if own is not None:
        stmt = stmt.where(own)
    if f.statuses:
        stmt = stmt.where(Ticket.status.in_(f.statuses))
    if f.open_only:
        stmt = stmt.where(Ticket.status.in_(OPEN_STATES))
    if f.opened_from is not None:
        stmt = stmt.where(Ticket.opened_at >= _local_day_start(f.opened_from))
    if f.opened_to is not None:
        stmt = stmt.where(Ticket.opened_at < _local_day_start(f.opened_to + timedelta(days=1)))
    if f.engineer_id is not None:
        stmt = stmt.where(Ticket.engineer_id == f.engineer_id)
    if f.product_line_id is not None:
        stmt = stmt.where(Ticket.product_line_id == f.product_line_id)
    if f.customer_id is not None:
        stmt = stmt.where(Ticket.customer_id == f.customer_id)
    if f.overdue_only:
        stmt = stmt.where(Ticket.status.in_(OPEN_STATES), open_overdue_condition(utc_now()))
    if f.search.strip():
        condition = ticket_search.search_condition(session, f.search)
        if condition is not None:
            stmt = stmt.where(condition)
    return stmt


def _order(stmt: Select[Any], sort: str, descending: bool) -> Select[Any]:
    if sort not in SORT_KEYS:
        raise ValidationError("unknown_value", "sort", value=sort)
    if sort == "customer":
        stmt = stmt.join(Customer, Customer.id == Ticket.customer_id)
        key: Any = Customer.name
    elif sort == "opened_at":
        key = Ticket.opened_at
    else:
        key = {"number": Ticket.number, "status": Ticket.status, "priority": Ticket.priority,
               "product_line": Ticket.product_line_id, "engineer": Ticket.engineer_id}[sort]
    # The id breaks ties so pages never overlap or skip rows.
    if descending:
        return stmt.order_by(key.desc(), Ticket.id.desc())
    return stmt.order_by(key.asc(), Ticket.id.asc())


def list_page(session: Session, actor: Actor, f: TicketFilter, sort: str, descending: bool, offset: int,
              limit: int, with_total: bool, total_hint: int | None = None) -> TicketPage:
    limit = max(1, min(limit, MAX_PAGE))
    offset = max(0, offset)
    total = None
    if with_total:
        total = int(session.scalar(_filtered(session, actor, select(func.count(Ticket.id)), f)) or 0)
    known = total if total is not None else total_hint
    # Page the narrow id list first (it walks an index), then fetch the wide rows for those ids only: the
    # joins run for 200 rows, not for every row an OFFSET skips. Pages in the second half are read from the
    # other end (reversed order, small OFFSET), so the last page costs what the first one does.
    if known is not None and offset > known // 2:
        back_offset = max(0, known - offset - limit)
        back_limit = min(limit, known - offset)
        if back_limit <= 0:
            return TicketPage((), total, offset)
        stmt = _order(_filtered(session, actor, select(Ticket.id), f), sort, not descending)
        ids = list(session.scalars(stmt.offset(back_offset).limit(back_limit)))[::-1]
    else:
        stmt = _order(_filtered(session, actor, select(Ticket.id), f), sort, descending)
        ids = list(session.scalars(stmt.offset(offset).limit(limit)))
    return TicketPage(tuple(rows_for(session, ids, actor.branch_id)), total, offset)


def search(session: Session, actor: Actor, text: str, limit: int) -> list[TicketRow]:
    ids = ticket_search.newest_matches(session, text, limit)
    own = own_work.ticket_condition(session, actor)
    if own is not None and ids:
        mine = set(session.scalars(select(Ticket.id).where(Ticket.id.in_(ids), own)))
        ids = [i for i in ids if i in mine]
    return rows_for(session, ids, actor.branch_id)


def rows_for(session: Session, ids: list[int], branch_id: int | None = None) -> list[TicketRow]:
    """The display rows for these ticket ids, in the given order."""
    if not ids:
        return []
    rows = session.execute(
        select(Ticket.id, Ticket.number, Ticket.opened_at, Ticket.status, Ticket.priority, Ticket.channel,
               Customer.name, Ticket.contact_phone, CustomerAddress.district, ProductLine.name_zh,
               FaultCategory.name_zh, func.substr(Ticket.fault_text, 1, FAULT_PREVIEW), Engineer.name,
               Ticket.is_repeat, Ticket.kind, ProductLine.name_en, FaultCategory.name_en)
        .join(Customer, Customer.id == Ticket.customer_id)
        .join(ProductLine, ProductLine.id == Ticket.product_line_id)
        .outerjoin(CustomerAddress, CustomerAddress.id == Ticket.address_id)
        .outerjoin(FaultCategory, FaultCategory.id == Ticket.fault_category_id)
        .outerjoin(Engineer, Engineer.id == Ticket.engineer_id)
        .where(Ticket.id.in_(ids), true() if branch_id is None else Ticket.branch_id == branch_id)
    ).all()
    # The page's few clocks are read by ticket id and reduced here: a "met_at IS NULL" condition in SQL would
    # lead SQLite to the clock-watch index and through every open clock of the branch instead.
    due: dict[int, datetime] = {}
    for ticket_id, due_at, met_at, cancelled in session.execute(
        select(ServiceClock.ticket_id, ServiceClock.due_at, ServiceClock.met_at, ServiceClock.cancelled)
        .where(ServiceClock.ticket_id.in_(ids))
    ):
        if met_at is None and not cancelled and (ticket_id not in due or due_at < due[ticket_id]):
            due[ticket_id] = due_at
    by_id = {
        r[0]: TicketRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], format_phone(r[7]), r[8] or "", r[9],
                        r[10] or "", r[11] or "", r[12] or "", bool(r[13]), due.get(r[0]), r[14], r[15] or "",
                        r[16] or "")
        for r in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def clock_state(clock: ServiceClock, now: datetime, warning: timedelta) -> tuple[str, int | None]:
    if clock.cancelled:
        return "cancelled", None
    if clock.met_at is not None:
        return ("met" if clock.met_at <= clock.due_at else "met_late"), None
    left = int((clock.due_at - now).total_seconds())
    if left < 0:
        return "overdue", left
    return ("due_soon" if left <= warning.total_seconds() else "open"), left


def allowed_actions(actor: Actor, status: str) -> tuple[str, ...]:
    result = []
    for code, permission, target in ACTIONS:
        if not allowed(actor, permission):
            continue
        if target is None and status not in OPEN_STATES:
            continue
        if target is not None and not can_transition(status, target):
            continue
        result.append(code)
    return tuple(result)


@functools.cache
def _detail_statements() -> tuple[Select[*tuple[Any, ...]], Select[*tuple[Any, ...]]]:
    """The ticket with the names shown beside it in one query (it was seven), and its timeline as columns, not
    TicketEvent objects: a form reopened after every save, and reloaded after a concurrent edit, pays for each
    statement and each object on a busy server (issue 18). Built once; building costs more than sending."""
    repeat, author = aliased(Ticket), aliased(User)
    ticket_id: BindParameter[int] = bindparam("ticket_id", type_=Integer)
    header: Select[*tuple[Any, ...]] = (
        select(Ticket, Customer.id, Customer.name, CustomerAddress.id, CustomerAddress.district,
               CustomerAddress.detail, Unit.id, ProductModel.name, Unit.serial, ProductLine.id, ProductLine.name_zh,
               FaultCategory.id, FaultCategory.name_zh, Engineer.id, Engineer.name, repeat.number, ProductLine.name_en,
               FaultCategory.name_en, CustomerAddress.town)
        .outerjoin(Customer, Customer.id == Ticket.customer_id)
        .outerjoin(CustomerAddress, CustomerAddress.id == Ticket.address_id)
        .outerjoin(Unit, Unit.id == Ticket.unit_id)
        .outerjoin(ProductModel, ProductModel.id == Unit.model_id)
        .outerjoin(ProductLine, ProductLine.id == Ticket.product_line_id)
        .outerjoin(FaultCategory, FaultCategory.id == Ticket.fault_category_id)
        .outerjoin(Engineer, Engineer.id == Ticket.engineer_id)
        .outerjoin(repeat, repeat.id == Ticket.repeat_of_ticket_id)
        .where(Ticket.id == ticket_id)
    )
    timeline: Select[*tuple[Any, ...]] = (
        select(TicketEvent.at, TicketEvent.kind, TicketEvent.from_status, TicketEvent.to_status, TicketEvent.note,
               author.display_name, TicketEvent.data)
        .outerjoin(author, author.id == TicketEvent.user_id)
        .where(TicketEvent.ticket_id == ticket_id).order_by(TicketEvent.at, TicketEvent.id)
    )
    # Key lookups: prepared on PostgreSQL like the saves' statements (desktop.database).
    return header.execution_options(**PREPARED), timeline.execution_options(**PREPARED)


_DETAIL_CLOCKS = (select(ServiceClock).where(ServiceClock.ticket_id == bindparam("ticket_id", type_=Integer))
                  .order_by(ServiceClock.round, ServiceClock.id).execution_options(**PREPARED))


def detail(session: Session, actor: Actor, ticket_id: int, warning_minutes: int = 5) -> TicketDetail:
    header_query, timeline_query = _detail_statements()
    header = session.execute(header_query, {"ticket_id": ticket_id}).first()
    ticket = header[0] if header is not None else None
    if header is None or ticket is None or ticket.branch_id != actor.branch_id:
        raise NotFoundError("ticket_not_found")
    own_work.require_own_ticket(session, actor, ticket.id)
    (_t, customer_id, customer_name, address_id, district, address_detail, unit_id, model_name, serial, line_id,
     line_name, fault_id, fault_name, engineer_id, engineer_name, repeat_number, line_en, fault_en, town) = header
    unit_text = f"{model_name} / {serial}" if ticket.unit_id and unit_id is not None and model_name is not None \
        else ""
    timeline = tuple(
        TimelineEntry(at, kind, from_status, to_status, note, name or "", data)
        for at, kind, from_status, to_status, note, name, data in session.execute(
            timeline_query, {"ticket_id": ticket.id})
    )
    now = utc_now()
    warning = timedelta(minutes=warning_minutes)
    clock_rows = []
    for c in session.scalars(_DETAIL_CLOCKS, {"ticket_id": ticket.id}):
        state, left = clock_state(c, now, warning)
        clock_rows.append(ClockRow(c.commitment, c.round, c.started_at, c.due_at, c.met_at, c.cancelled, state, left))
    return TicketDetail(
        ticket.id, ticket.number, ticket.status, ticket.version, ticket.opened_at, ticket.channel, ticket.priority,
        ticket.customer_id, customer_name if customer_id is not None else "", format_phone(ticket.contact_phone),
        place_text(district, town, address_detail) if ticket.address_id and address_id is not None else "",
        ticket.unit_id,
        unit_text, line_name if line_id is not None else "", ticket.fault_category_id,
        fault_name if ticket.fault_category_id and fault_id is not None else "", ticket.fault_text,
        ticket.is_repeat, repeat_number if ticket.repeat_of_ticket_id else None, ticket.triage_note,
        ticket.cancel_reason, engineer_name if ticket.engineer_id and engineer_id is not None else "", timeline,
        tuple(clock_rows), allowed_actions(actor, ticket.status),
        ticket.kind, (line_en or "") if line_id is not None else "",
        (fault_en or "") if ticket.fault_category_id and fault_id is not None else "",
    )


def clock_watch(session: Session, actor: Actor, within_minutes: int) -> ClockWatch:
    now = utc_now()
    horizon = now + timedelta(minutes=within_minutes)
    # One query: the running clocks (met_at NULL, not cancelled, said as the partial indexes say it) of the open
    # tickets, earliest due first, with their total. The open tickets' ids come from ix_ticket_status_opened (on
    # PostgreSQL it carries id and branch_id, so they are read from the index alone, not from 13,000 table rows); each
    # one's running clocks from ix_service_clock_live_ticket. A long history holds millions of clocks, hundreds of
    # thousands of them cancelled, and thousands still running on tickets that are no longer open (a completed
    # ticket's callback): none of those is read.
    postgres = session.get_bind().dialect.name == "postgresql"
    open_tickets = select(Ticket.id).where(Ticket.status.in_(OPEN_STATES))
    # On PostgreSQL the branch is read from the same index entries (INCLUDE), so the condition costs nothing and
    # saves asking how many branches the database holds, a round trip every minute on every PC.
    if postgres or not _single_branch(session):
        open_tickets = open_tickets.where(Ticket.branch_id == actor.branch_id)
    own = own_work.ticket_condition(session, actor)
    if own is not None:
        open_tickets = open_tickets.where(own)
    if postgres:
        # On 1,000,000 tickets PostgreSQL planned two parallel workers for this small join (13,000 open tickets,
        # 47,000 running clocks): 24-30 ms, against 18 ms in one process, every minute on every PC. The setting
        # holds for this read's transaction only.
        session.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))
    due = (select(ServiceClock.ticket_id, ServiceClock.commitment, ServiceClock.due_at,
                  func.count().over().label("total"))
           .where(ServiceClock.met_at.is_(None), ServiceClock.cancelled.is_(False), ServiceClock.due_at <= horizon,
                  ServiceClock.ticket_id.in_(open_tickets))
           .order_by(ServiceClock.due_at).limit(WATCH_LIST_LIMIT).subquery())
    rows = session.execute(
        select(due.c.ticket_id, Ticket.number, Customer.name, due.c.commitment, due.c.due_at, due.c.total)
        .join(Ticket, Ticket.id == due.c.ticket_id).join(Customer, Customer.id == Ticket.customer_id)
        .order_by(due.c.due_at)
    ).all()
    count = int(rows[0][5]) if rows else 0
    alerts = [ClockAlert(r[0], r[1], r[2], r[3], r[4], r[4] < now, "ticket", r[0]) for r in rows]
    contacts = _contact_clocks(session, actor, now, horizon)
    alerts = sorted([*alerts, *contacts], key=lambda a: a.due_at)[:WATCH_LIST_LIMIT]
    return ClockWatch(count + len(contacts), tuple(alerts), now)


def _contact_clocks(session: Session, actor: Actor, now: datetime, horizon: datetime) -> list[ClockAlert]:
    """The clocks kept outside tickets: a reply promised to a caller (consultation), and the call-back promised to
    a complainant (seed 003 「几分钟后给您答复」), for the roles that work them. One statement for both (a round
    trip less every minute on every PC)."""
    parts: list[Select[Any]] = []
    if allowed(actor, "consultation.work"):
        replies = (select(literal("reply").label("kind"), Consultation.id.label("id"),
                          Consultation.number.label("number"),
                          # The customer's name, else the name the caller gave.
                          func.coalesce(func.nullif(Customer.name, ""), func.nullif(Consultation.caller_name, ""),
                                        "").label("name"),
                          Consultation.reply_due_at.label("due"))
                   .outerjoin(Customer, Customer.id == Consultation.customer_id)
                   .where(Consultation.branch_id == actor.branch_id, Consultation.status == "awaiting_reply",
                          Consultation.reply_due_at.is_not(None), Consultation.reply_due_at <= horizon)
                   .order_by(Consultation.reply_due_at).limit(WATCH_LIST_LIMIT).subquery())
        parts.append(select(replies.c.kind, replies.c.id, replies.c.number, replies.c.name, replies.c.due))
    if allowed(actor, "complaint.work"):
        mine = Complaint.owner_id == actor.user_id
        condition = and_(Complaint.branch_id == actor.branch_id, Complaint.status != "closed",
                         Complaint.first_contact_at.is_(None), Complaint.first_contact_due_at <= horizon)
        if not allowed(actor, "complaint.read_all"):
            condition = and_(condition, mine)
        calls = (select(literal("complaint_contact").label("kind"), Complaint.id.label("id"),
                        Complaint.number.label("number"), Customer.name.label("name"),
                        Complaint.first_contact_due_at.label("due"))
                 .join(Customer, Customer.id == Complaint.customer_id).where(condition)
                 .order_by(Complaint.first_contact_due_at).limit(WATCH_LIST_LIMIT).subquery())
        parts.append(select(calls.c.kind, calls.c.id, calls.c.number, calls.c.name, calls.c.due))
    if not parts:
        return []
    statement = parts[0] if len(parts) == 1 else union_all(*parts)
    found: list[ClockAlert] = []
    for kind, cid, number, name, due in session.execute(statement):
        if due is None:  # excluded by the query; the column itself is optional
            continue
        source = "consultation" if kind == "reply" else "complaint"
        found.append(ClockAlert(0, number, name or "", kind, due, due < now, source, cid))
    return found
