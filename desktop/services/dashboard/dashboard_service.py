"""The branch's indicators at a glance, counted in SQL: tickets per day by state, on-time rate per commitment,
first-visit fix rate, satisfaction per week, returns by rule id, and this week's visits and hours per engineer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Date, Interval, and_, cast, func, literal, or_, select
from sqlalchemy.orm import Session

from desktop.clock import utc_now
from desktop.errors import ValidationError
from desktop.models import Branch, Customer, Decision, Engineer, ReturnClaim, ServiceClock, Ticket, Unit, Visit
from desktop.services.callbacks.followup_indicators import callback_indicators
from desktop.services.contacts.contact_indicators import ContactIndicators, contact_indicators
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service
from desktop.services.core.permissions import require
from desktop.services.core.validation import check_day
from desktop.services.dispatch.field_indicators import first_visit_fix_rate
from desktop.services.exports.export_period import Period, iso_week

# A dashboard is for weeks to a quarter; a longer range belongs in the HQ workbook.
MAX_DAYS = 366


@dataclass(frozen=True)
class DayStates:
    day: date
    counts: tuple[tuple[str, int], ...]  # (ticket status code, tickets opened that day now in that state)


@dataclass(frozen=True)
class CommitmentRate:
    commitment: str  # first_contact, report_back, on_site, callback
    met: int
    decided: int  # met, or still open past the due time

    @property
    def rate(self) -> float | None:
        return self.met / self.decided if self.decided else None


@dataclass(frozen=True)
class WeekSatisfaction:
    week_start: date
    rated: int
    pleased: int  # 非常满意 + 满意
    done: int
    due: int

    @property
    def rate(self) -> float | None:
        return self.pleased / self.rated if self.rated else None


@dataclass(frozen=True)
class EngineerLoad:
    engineer_id: int
    name: str
    visits: int
    hours: float  # planned (or agreed) appointment hours


@dataclass(frozen=True)
class DashboardIndicators:
    start: date
    end: date
    tickets_per_day: tuple[DayStates, ...]
    on_time: tuple[CommitmentRate, ...]
    first_visit_fixed: int
    first_visit_total: int
    satisfaction_by_week: tuple[WeekSatisfaction, ...]
    returns_by_rule: tuple[tuple[str, int], ...]
    week_start: date
    engineer_load: tuple[EngineerLoad, ...]
    # Consultations (咨询) and their promised replies, complaint call-backs, quality feedback.
    contacts: ContactIndicators | None = None

    @property
    def first_visit_fix_rate(self) -> float | None:
        return self.first_visit_fixed / self.first_visit_total if self.first_visit_total else None


def _local_day(session: Session, column: Any, offset_minutes: int) -> Any:
    # The branch zones have no daylight saving (China), so a fixed offset gives the local calendar day in SQL.
    if session.get_bind().dialect.name == "sqlite":
        return func.date(column, f"{offset_minutes:+d} minutes")
    return cast(column + literal(timedelta(minutes=offset_minutes), Interval()), Date())


def _hours(session: Session, begin: Any, finish: Any) -> Any:
    if session.get_bind().dialect.name == "sqlite":
        return (func.julianday(finish) - func.julianday(begin)) * 24.0
    return func.extract("epoch", finish - begin) / 3600.0


class DashboardService(Service):
    def indicators(self, actor: Actor, start: date, end: date, today: date | None = None) -> DashboardIndicators:
        require(actor, "dashboard.read")
        check_day(start, "period")
        check_day(end, "period")
        with self._reading(actor, "dashboard.read") as session:
            if end < start or (end - start).days >= MAX_DAYS:
                raise ValidationError("period_invalid", "period", value=f"{start}..{end}")
            branch = session.get(Branch, actor.branch_id)
            zone = ZoneInfo(branch.timezone if branch and branch.timezone else "Asia/Shanghai")
            low, high = Period(start, end).utc_bounds(zone)
            now = utc_now()
            offset = int(now.astimezone(zone).utcoffset().total_seconds() // 60)  # type: ignore[union-attr]
            week = iso_week(today or now.astimezone(zone).date())
            fix = first_visit_fix_rate(session, actor.branch_id, low, high)
            return DashboardIndicators(
                start, end,
                self._tickets_per_day(session, actor.branch_id, low, high, offset),
                self._on_time(session, actor.branch_id, low, high, now),
                fix.fixed_first_time, fix.tickets,
                self._satisfaction(session, actor.branch_id, start, end, zone),
                self._returns_by_rule(session, actor.branch_id, low, high),
                week.start,
                self._engineer_load(session, actor.branch_id, *week.utc_bounds(zone)),
                contact_indicators(session, actor.branch_id, low, high, now),
            )

    @staticmethod
    def _tickets_per_day(session: Session, branch_id: int, low: datetime, high: datetime,
                         offset: int) -> tuple[DayStates, ...]:
        day = _local_day(session, Ticket.opened_at, offset).label("day")
        rows = session.execute(
            select(day, Ticket.status, func.count())
            .where(Ticket.branch_id == branch_id, Ticket.opened_at >= low, Ticket.opened_at < high)
            .group_by(day, Ticket.status).order_by(day)
        ).all()
        days: dict[date, list[tuple[str, int]]] = {}
        for value, status, n in rows:
            key = value if isinstance(value, date) else date.fromisoformat(str(value))
            days.setdefault(key, []).append((status, int(n)))
        return tuple(DayStates(d, tuple(sorted(c))) for d, c in sorted(days.items()))

    @staticmethod
    def _on_time(session: Session, branch_id: int, low: datetime, high: datetime,
                 now: datetime) -> tuple[CommitmentRate, ...]:
        """Every clock (all rounds) due in the period: kept in time / decided."""
        met = and_(ServiceClock.met_at.is_not(None), ServiceClock.met_at <= ServiceClock.due_at)
        decided = or_(ServiceClock.met_at.is_not(None),
                      and_(ServiceClock.cancelled.is_(False), ServiceClock.due_at < now))
        rows = session.execute(
            select(ServiceClock.commitment, func.count().filter(met), func.count().filter(decided))
            .join(Ticket, Ticket.id == ServiceClock.ticket_id)
            .where(Ticket.branch_id == branch_id, ServiceClock.due_at >= low, ServiceClock.due_at < high)
            .group_by(ServiceClock.commitment)
        ).all()
        found = {c: CommitmentRate(c, int(m), int(d)) for c, m, d in rows}
        return tuple(found.get(c, CommitmentRate(c, 0, 0))
                     for c in ("first_contact", "report_back", "on_site", "callback"))

    @staticmethod
    def _satisfaction(session: Session, branch_id: int, start: date, end: date,
                      zone: ZoneInfo) -> tuple[WeekSatisfaction, ...]:
        weeks = []
        week = iso_week(start)
        while week.start <= end:
            low, high = week.utc_bounds(zone)
            c = callback_indicators(session, branch_id, low, high)
            weeks.append(WeekSatisfaction(week.start, c.rated, c.pleased, c.done, c.due))
            week = iso_week(week.start + timedelta(days=7))
        return tuple(weeks)

    @staticmethod
    def _returns_by_rule(session: Session, branch_id: int, low: datetime,
                         high: datetime) -> tuple[tuple[str, int], ...]:
        """The current decision of each claim decided in the period, by the rule that produced it."""
        latest = (select(Decision.claim_id, func.max(Decision.id).label("decision_id"))
                  .group_by(Decision.claim_id).subquery())
        own_unit = select(Unit.id).join(Customer, Customer.id == Unit.customer_id).where(
            Customer.branch_id == branch_id)
        rows = session.execute(
            select(Decision.rule_id, func.count())
            .join(latest, latest.c.decision_id == Decision.id)
            .join(ReturnClaim, ReturnClaim.id == Decision.claim_id)
            .where(ReturnClaim.unit_id.in_(own_unit), Decision.decided_at >= low, Decision.decided_at < high)
            .group_by(Decision.rule_id).order_by(func.count().desc(), Decision.rule_id)
        ).all()
        return tuple((rule, int(n)) for rule, n in rows)

    @staticmethod
    def _engineer_load(session: Session, branch_id: int, low: datetime, high: datetime) -> tuple[EngineerLoad, ...]:
        begin = func.coalesce(Visit.agreed_start, Visit.planned_start)
        finish = func.coalesce(Visit.agreed_end, Visit.planned_end)
        rows = session.execute(
            select(Engineer.id, Engineer.name, func.count(Visit.id),
                   func.coalesce(func.sum(_hours(session, begin, finish)), 0))
            .outerjoin(Visit, and_(Visit.engineer_id == Engineer.id, Visit.status != "cancelled",
                                   begin >= low, begin < high))
            .where(Engineer.branch_id == branch_id, Engineer.active.is_(True))
            .group_by(Engineer.id, Engineer.name).order_by(Engineer.name)
        ).all()
        return tuple(EngineerLoad(int(i), name, int(n), round(float(h), 1)) for i, name, n, h in rows)
