"""The dispatch board (派单): engineers × days, the waiting tickets, planning, moving and agreeing visits."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Text, bindparam, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from desktop.clock import BRANCH_TZ, to_local, utc_now
from desktop.errors import NotFoundError, StateError, ValidationError
from desktop.models import Customer, CustomerAddress, Engineer, ProductLine, ServiceClock, Ticket, Visit
from desktop.rules.dispatch_checks import EngineerProfile, Slot, dispatch_warnings
from desktop.rules.phones import format_phone
from desktop.services.core import audit, own_work
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service, check_version
from desktop.services.core.clocks import meet_clock
from desktop.services.core.onsite_windows import UNREAD, ticket_onsite_window
from desktop.services.core.permissions import require
from desktop.services.core.region import load_region
from desktop.services.core.ticket_events import log_event, transition
from desktop.services.core.validation import check_moment, clean_text
from desktop.services.dispatch.dispatch_records import Board, BoardEngineer, BoardVisit, CellLoad, PanelTicket, VisitRow
from desktop.services.dispatch.engineer_service import engineer_row, matches

DISPATCHABLE = ("new", "triage", "escalated")
LIVE_VISITS = ("dispatched", "scheduled", "on_site")
MOVABLE_VISITS = ("dispatched", "scheduled")
MAX_VISIT = timedelta(hours=12)
MIN_VISIT = timedelta(minutes=15)


def local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=BRANCH_TZ)


def check_window(start: datetime, end: datetime) -> None:
    if start.tzinfo is None or end.tzinfo is None:
        raise ValidationError("window_invalid", "start")
    # Year 1 or 9999 overflows when the window is turned into UTC or compared with the working day.
    check_moment(start, "start")
    check_moment(end, "end")
    if end - start < MIN_VISIT:
        raise ValidationError("window_invalid", "end")
    if end - start > MAX_VISIT:
        raise ValidationError("window_too_long", "end", hours=int(MAX_VISIT.total_seconds() // 3600))


def visit_row(session: Session, visit: Visit) -> VisitRow:
    ticket = session.get(Ticket, visit.ticket_id)
    engineer = session.get(Engineer, visit.engineer_id)
    assert ticket is not None and engineer is not None
    return VisitRow(visit.id, ticket.id, ticket.number, ticket.status, ticket.version, engineer.id, engineer.name,
                    visit.round, visit.status, visit.planned_start, visit.planned_end, visit.agreed_start,
                    visit.agreed_end, tuple(visit.warnings or ()), visit.override_reason, visit.version)


def load_ticket(session: Session, actor: Actor, ticket_id: int) -> Ticket:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None or ticket.branch_id != actor.branch_id:
        raise NotFoundError("ticket_not_found", "ticket_id")
    own_work.require_own_ticket(session, actor, ticket.id)
    return ticket


def load_visit(session: Session, actor: Actor, visit_id: int) -> tuple[Visit, Ticket]:
    """The visit and its ticket; an engineer reaches only their own visits (another's is not found)."""
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFoundError("visit_not_found", "visit_id")
    own_work.require_own_visit(session, actor, visit)
    return visit, load_ticket(session, actor, visit.ticket_id)


def onsite_window(session: Session, ticket: Ticket) -> timedelta:
    return ticket_onsite_window(session, ticket)


def open_onsite_clock(session: Session, ticket_id: int) -> ServiceClock | None:
    return session.scalars(
        select(ServiceClock).where(ServiceClock.ticket_id == ticket_id, ServiceClock.commitment == "on_site",
                                   ServiceClock.met_at.is_(None), ServiceClock.cancelled.is_(False))
        .order_by(ServiceClock.round.desc())
    ).first()



def ensure_onsite_clock(session: Session, ticket: Ticket, round_: int, now: datetime,
                        open_clock: ServiceClock | None = UNREAD) -> ServiceClock:
    """Dispatch starts the on-site window (docs/domain.md), unless intake or an escalation already did.
    `open_clock`: open_onsite_clock's answer when the caller has it already in this transaction."""
    clock = open_onsite_clock(session, ticket.id) if open_clock is UNREAD else open_clock
    if clock is not None:
        return clock
    taken = session.scalar(select(func.max(ServiceClock.round)).where(
        ServiceClock.ticket_id == ticket.id, ServiceClock.commitment == "on_site"))
    clock = ServiceClock(ticket_id=ticket.id, commitment="on_site", round=max(round_, (taken or 0) + 1),
                         started_at=now, due_at=now + onsite_window(session, ticket))
    session.add(clock)
    return clock


def ticket_deadline(session: Session, ticket: Ticket, now: datetime,
                    open_clock: ServiceClock | None = UNREAD) -> datetime:
    clock = open_onsite_clock(session, ticket.id) if open_clock is UNREAD else open_clock
    return clock.due_at if clock is not None else now + onsite_window(session, ticket)


# The district, the town and the product line in one query (built once); no address gives no district nor town.
_PLACE = (select(CustomerAddress.district, CustomerAddress.town, ProductLine.code).select_from(ProductLine)
          .outerjoin(CustomerAddress, CustomerAddress.id == bindparam("address_id"))
          .where(ProductLine.id == bindparam("line_id")))


def ticket_place(session: Session, ticket: Ticket) -> tuple[str | None, str | None, str | None]:
    """The ticket's district, town and product line code."""
    row = session.execute(_PLACE, {"address_id": ticket.address_id, "line_id": ticket.product_line_id}).first()
    return (row[0], row[1], row[2]) if row is not None else (None, None, None)


def profile(engineer: Engineer) -> EngineerProfile:
    return EngineerProfile(tuple(engineer.areas or ()), tuple(engineer.skills or ()), engineer.working_days,
                           engineer.work_start, engineer.work_end, engineer.active)


def compute_warnings(session: Session, engineer: Engineer, ticket: Ticket, start: datetime, end: datetime,
                     *, exclude_visit: int | None, now: datetime,
                     open_clock: ServiceClock | None = UNREAD) -> list[str]:
    busy_query = select(Visit.planned_start, Visit.planned_end).where(
        Visit.engineer_id == engineer.id, Visit.status.in_(LIVE_VISITS),
        Visit.planned_start < end, Visit.planned_end > start)
    if exclude_visit is not None:
        busy_query = busy_query.where(Visit.id != exclude_visit)
    busy = [Slot(to_local(s), to_local(e)) for s, e in session.execute(busy_query)]
    district, town, line = ticket_place(session, ticket)
    return dispatch_warnings(profile(engineer), Slot(to_local(start), to_local(end)), busy, district=district,
                             town=town, product_line=line,
                             deadline=to_local(ticket_deadline(session, ticket, now, open_clock)))


def require_reason(warnings: list[str], override_reason: str | None) -> str:
    """Warnings stop the save until the dispatcher gives a reason; the view shows them and asks for one."""
    reason = clean_text(override_reason, "override_reason", max_length=500, multiline=True)
    if warnings and not reason:
        raise ValidationError("dispatch_warnings", "override_reason", warnings=list(warnings))
    return reason if warnings else ""


def load_engineer(session: Session, actor: Actor, engineer_id: int) -> Engineer:
    engineer = session.get(Engineer, engineer_id)
    if engineer is None or engineer.branch_id != actor.branch_id:
        raise NotFoundError("engineer_not_found", "engineer_id")
    own_work.require_own_engineer(session, actor, engineer_id)
    return engineer


class DispatchService(Service):
    # ---- reading the board ---------------------------------------------------------------------------------------

    def board(self, actor: Actor, first_day: date, days: int = 7, *, area: str | None = None,
              product_line: str | None = None) -> Board:
        """Engineers × local days with their visits: two queries, whatever the number of visits."""
        require(actor, "dispatch.read")
        if not 1 <= days <= 31:
            raise ValidationError("days_invalid", "days")
        start = local_midnight(first_day).astimezone(UTC)
        end = local_midnight(first_day + timedelta(days=days)).astimezone(UTC)
        with self._reading(actor, "dispatch.read") as session:
            same_area = load_region(session, actor.branch_id).same_area(area) if area else frozenset()
            lanes = select(Engineer).where(Engineer.branch_id == actor.branch_id, Engineer.active.is_(True))
            if own_work.is_field_engineer(actor):
                # An engineer's board is their own lane: nobody else's customers on it.
                lanes = lanes.where(Engineer.id == (own_work.own_engineer_id(session, actor) or -1))
            engineers = [
                r for r in (engineer_row(e) for e in session.scalars(lanes.order_by(Engineer.name, Engineer.id)))
                if matches(r, area, product_line, same_area)
            ]
            ids = [e.id for e in engineers]
            rows = session.execute(
                select(Visit.id, Visit.ticket_id, Ticket.number, Visit.engineer_id, Visit.round, Visit.status,
                       Visit.planned_start, Visit.planned_end, Visit.agreed_start, Visit.agreed_end, Customer.name,
                       CustomerAddress.district, ProductLine.code, type_coerce(Visit.warnings, Text),
                       Visit.override_reason,
                       Visit.version, Ticket.kind, ProductLine.name_zh, ProductLine.name_en, CustomerAddress.town)
                .join(Ticket, Ticket.id == Visit.ticket_id)
                .join(Customer, Customer.id == Ticket.customer_id)
                .join(ProductLine, ProductLine.id == Ticket.product_line_id)
                .outerjoin(CustomerAddress, CustomerAddress.id == Ticket.address_id)
                .where(Ticket.branch_id == actor.branch_id, Visit.engineer_id.in_(ids),
                       Visit.status != "cancelled", Visit.planned_start < end, Visit.planned_end > start)
                .order_by(Visit.engineer_id, Visit.planned_start, Visit.id)
            ).all() if ids else []
        visits = tuple(BoardVisit(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11] or "",
                                  r[12], _warning_codes(r[13]), r[14], r[15], r[16], r[17] or "", r[18] or "",
                                  r[19] or "")
                       for r in rows)
        # The phone under the name as people read it: the setup wizard stores the digits only.
        board_engineers = tuple(BoardEngineer(e.id, e.name, format_phone(e.phone), e.areas, e.skills,
                                              e.working_days, e.work_start, e.work_end) for e in engineers)
        return Board(first_day, days, board_engineers, visits, _loads(visits))

    def waiting_tickets(self, actor: Actor, *, area: str | None = None, product_line: str | None = None,
                        limit: int = 500) -> list[PanelTicket]:
        """The panel: escalated tickets first (服务事件升级 goes back with higher priority), then by the most
        urgent open clock, then by age."""
        due = (select(ServiceClock.ticket_id, func.min(ServiceClock.due_at).label("due_at"))
               .where(ServiceClock.met_at.is_(None), ServiceClock.cancelled.is_(False))
               .group_by(ServiceClock.ticket_id).subquery())
        with self._reading(actor, "dispatch.read") as session:
            query = (
                select(Ticket.id, Ticket.number, Ticket.status, Ticket.priority, Ticket.escalation_level,
                       Customer.name, CustomerAddress.district, ProductLine.code, ProductLine.name_zh,
                       ProductLine.name_en, Ticket.fault_text, Ticket.opened_at, due.c.due_at, Ticket.version,
                       Ticket.kind, CustomerAddress.town)
                .join(Customer, Customer.id == Ticket.customer_id)
                .join(ProductLine, ProductLine.id == Ticket.product_line_id)
                .outerjoin(CustomerAddress, CustomerAddress.id == Ticket.address_id)
                .outerjoin(due, due.c.ticket_id == Ticket.id)
                .where(Ticket.branch_id == actor.branch_id, Ticket.status.in_(DISPATCHABLE))
                .order_by((Ticket.status == "escalated").desc(), due.c.due_at.asc().nulls_last(),
                          Ticket.opened_at, Ticket.id)
                .limit(limit)
            )
            if area:
                # A district's tickets are also those of its towns; a town's are those written with it.
                query = query.where(or_(CustomerAddress.district == area, CustomerAddress.town == area))
            if product_line:
                query = query.where(ProductLine.code == product_line)
            own = own_work.ticket_condition(session, actor)
            if own is not None:
                query = query.where(own)
            rows = session.execute(query).all()
            commitments = self._due_commitments(session, [r[0] for r in rows])
        return [PanelTicket(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7], r[8] or r[9], r[10], r[11], r[12],
                            commitments.get(r[0]), r[13], r[14], r[9] or "", r[15] or "") for r in rows]

    @staticmethod
    def _due_commitments(session: Session, ticket_ids: list[int]) -> dict[int, str]:
        if not ticket_ids:
            return {}
        rows = session.execute(
            select(ServiceClock.ticket_id, ServiceClock.commitment, ServiceClock.due_at)
            .where(ServiceClock.ticket_id.in_(ticket_ids), ServiceClock.met_at.is_(None),
                   ServiceClock.cancelled.is_(False))
            .order_by(ServiceClock.due_at.desc())
        ).all()
        # Descending, so the earliest clock of each ticket is written last and wins.
        return {ticket_id: commitment for ticket_id, commitment, _ in rows}

    def product_lines(self, actor: Actor) -> list[tuple[str, str, str]]:
        """(code, 中文, English) for the board's product-line filter."""
        with self._reading(actor, "dispatch.read") as session:
            return [(c, zh, en) for c, zh, en in session.execute(
                select(ProductLine.code, ProductLine.name_zh, ProductLine.name_en).order_by(ProductLine.id))]

    def visit(self, actor: Actor, visit_id: int) -> VisitRow:
        with self._reading(actor, "dispatch.read") as session:
            visit, _ = load_visit(session, actor, visit_id)
            return visit_row(session, visit)

    def check_slot(self, actor: Actor, ticket_id: int, engineer_id: int, start: datetime, end: datetime,
                   *, visit_id: int | None = None) -> list[str]:
        """The warnings a save would raise, for the keyboard dialog to show before the dispatcher commits."""
        require(actor, "dispatch.read")
        check_window(start, end)
        with self._reading(actor, "dispatch.read") as session:
            ticket = load_ticket(session, actor, ticket_id)
            engineer = load_engineer(session, actor, engineer_id)
            return compute_warnings(session, engineer, ticket, start, end, exclude_visit=visit_id, now=utc_now())

    # ---- planning ------------------------------------------------------------------------------------------------

    def plan_visit(self, actor: Actor, ticket_id: int, engineer_id: int, start: datetime, end: datetime, *,
                   override_reason: str | None = None, expected_version: int | None) -> VisitRow:
        require(actor, "dispatch.plan")
        check_window(start, end)
        now = utc_now()
        with self._writing(actor, "dispatch.plan") as session:
            ticket = load_ticket(session, actor, ticket_id)
            check_version(ticket.version, expected_version)
            if ticket.status not in DISPATCHABLE:
                raise StateError("not_dispatchable", "ticket_id", status=ticket.status)
            engineer = load_engineer(session, actor, engineer_id)
            # Read once for the warnings' deadline and the clock the visit runs against.
            clock = open_onsite_clock(session, ticket.id)
            warnings = compute_warnings(session, engineer, ticket, start, end, exclude_visit=None, now=now,
                                        open_clock=clock)
            reason = require_reason(warnings, override_reason)
            round_ = ticket.escalation_level + 1
            visit = Visit(ticket_id=ticket.id, engineer_id=engineer.id, round=round_, status="dispatched",
                          planned_start=start, planned_end=end, override_reason=reason, warnings=warnings,
                          created_at=now, created_by=actor.user_id)
            session.add(visit)
            session.flush()
            ticket.engineer_id = engineer.id
            ensure_onsite_clock(session, ticket, round_, now, clock)
            transition(session, actor, ticket, "dispatched", note=reason,
                       data={"visit_id": visit.id, "engineer_id": engineer.id, "round": round_,
                             "warnings": warnings})
            audit.record(session, actor, "visit.create", "visit", visit.id, None, audit.snapshot(visit))
            session.flush()
            return visit_row(session, visit)

    def move_visit(self, actor: Actor, visit_id: int, engineer_id: int, start: datetime, end: datetime, *,
                   override_reason: str | None = None, expected_version: int | None) -> VisitRow:
        """Drag a block to another time or engineer. A moved time undoes the agreement with the customer, so
        the visit goes back to `dispatched` until the clerk phones again."""
        require(actor, "dispatch.plan")
        check_window(start, end)
        now = utc_now()
        with self._writing(actor, "dispatch.plan") as session:
            visit, ticket = load_visit(session, actor, visit_id)
            check_version(visit.version, expected_version)
            if visit.status not in MOVABLE_VISITS:
                raise StateError("visit_not_movable", "visit_id", status=visit.status)
            engineer = load_engineer(session, actor, engineer_id)
            warnings = compute_warnings(session, engineer, ticket, start, end, exclude_visit=visit.id, now=now)
            reason = require_reason(warnings, override_reason)
            before = audit.snapshot(visit)
            time_changed = (start, end) != (visit.planned_start, visit.planned_end)
            visit.engineer_id, visit.planned_start, visit.planned_end = engineer.id, start, end
            visit.warnings, visit.override_reason = warnings, reason
            ticket.engineer_id = engineer.id
            if time_changed and visit.status == "scheduled":
                visit.status, visit.agreed_start, visit.agreed_end = "dispatched", None, None
                if ticket.status == "scheduled":
                    transition(session, actor, ticket, "dispatched", note=reason, data={"visit_id": visit.id})
            else:
                log_event(session, actor, ticket.id, "visit_moved", reason,
                          {"visit_id": visit.id, "engineer_id": engineer.id})
            session.flush()
            audit.record(session, actor, "visit.move", "visit", visit.id, before, audit.snapshot(visit))
            return visit_row(session, visit)

    def agree_time(self, actor: Actor, visit_id: int, start: datetime, end: datetime, *,
                   version: int | None) -> VisitRow:
        """约好上门时间 (seed 000 上门服务规范 1): the clerk phoned the customer and they agreed a window."""
        require(actor, "dispatch.agree_time")
        check_window(start, end)
        now = utc_now()
        with self._writing(actor, "dispatch.agree_time") as session:
            visit, ticket = load_visit(session, actor, visit_id)
            check_version(visit.version, version)
            if visit.status not in MOVABLE_VISITS:
                raise StateError("visit_not_movable", "visit_id", status=visit.status)
            engineer = session.get(Engineer, visit.engineer_id)
            assert engineer is not None
            before = audit.snapshot(visit)
            # The customer's word wins over the plan: the block moves to the agreed window, and the warnings are
            # recomputed for the board to show rather than to block the save.
            visit.warnings = compute_warnings(session, engineer, ticket, start, end, exclude_visit=visit.id, now=now)
            visit.agreed_start, visit.agreed_end = start, end
            visit.planned_start, visit.planned_end = start, end
            visit.status = "scheduled"
            # Agreeing the time is a phone call with the customer: a first-contact clock still open stops here, or
            # it stayed overdue ("contact the customer within 10 minutes") on a ticket whose visit was agreed.
            meet_clock(session, ticket.id, "first_contact", now)
            if ticket.status in ("dispatched", "scheduled"):
                transition(session, actor, ticket, "scheduled",
                           data={"visit_id": visit.id, "agreed_start": start.isoformat(),
                                 "agreed_end": end.isoformat()})
            session.flush()
            audit.record(session, actor, "visit.agree_time", "visit", visit.id, before, audit.snapshot(visit))
            return visit_row(session, visit)


def _warning_codes(raw: object) -> tuple[str, ...]:
    """Most visits have no warning; reading the column as text skips 2,000 JSON decodes per board on SQLite
    (psycopg decodes JSON itself, so a list may arrive too)."""
    if isinstance(raw, list):
        return tuple(raw)
    if not raw or raw == "[]":
        return ()
    return tuple(json.loads(str(raw)))


def _loads(visits: tuple[BoardVisit, ...]) -> dict[tuple[int, date], CellLoad]:
    """Visits and booked minutes per engineer and local day, from the rows the board already read."""
    count: dict[tuple[int, date], int] = defaultdict(int)
    minutes: dict[tuple[int, date], int] = defaultdict(int)
    for v in visits:
        key = (v.engineer_id, to_local(v.start).date())
        count[key] += 1
        minutes[key] += int((v.end - v.start).total_seconds() // 60)
    return {k: CellLoad(k[0], k[1], count[k], minutes[k]) for k in count}

