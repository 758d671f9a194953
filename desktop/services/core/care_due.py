"""When each unit's consumables are next due (rules.care), read from the catalogue and the service history.

Shared by the customer card (the unit shows its next due date), the callback queue (care reminders) and the call
card, so every screen counts from the same last replacement."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import ConsumableInterval, Part, PartUsage, ServiceReport, Ticket, Unit, Visit
from desktop.rules import care
from desktop.services.core.branch_time import branch_tz, local_day


@dataclass(frozen=True)
class CareDue:
    part_id: int
    part_code: str
    name_zh: str
    name_en: str
    price_fen: int
    interval_months: int
    last_replaced: date | None
    due_on: date


def care_schedules(session: Session, branch_id: int, unit_ids: Iterable[int]) -> dict[int, tuple[CareDue, ...]]:
    """unit id → its consumables, soonest due first (units whose model has no intervals are left out)."""
    ids = list(unit_ids)
    if not ids:
        return {}
    units = session.execute(select(Unit.id, Unit.model_id, Unit.installation_date, Unit.invoice_date)
                            .where(Unit.id.in_(ids))).all()
    models = {model_id for _, model_id, _, _ in units}
    intervals: dict[int, list[tuple[int, int]]] = {}
    for model_id, part_id, months in session.execute(
            select(ConsumableInterval.model_id, ConsumableInterval.part_id, ConsumableInterval.months)
            .where(ConsumableInterval.model_id.in_(models)).order_by(ConsumableInterval.id)):
        intervals.setdefault(model_id, []).append((part_id, months))
    if not intervals:
        return {}
    # Each part's fields read once (not through the ORM's attributes for every unit).
    parts = {p.id: (p.code, p.name_zh, p.name_en, p.price_fen) for p in session.scalars(select(Part).where(
        Part.id.in_({pid for rows in intervals.values() for pid, _ in rows})))}
    # The last time each consumable was put in on a visit to this unit (any visit: care, repair or installation).
    when = func.max(func.coalesce(ServiceReport.departed_at, ServiceReport.arrived_at, ServiceReport.recorded_at))
    tz = branch_tz(session, branch_id)
    # unit id -> part id -> day: looked up per unit (a flat list filtered per unit cost units x rows per batch).
    last: dict[int, dict[int, date]] = {}
    for unit_id, part_id, moment in session.execute(
            select(Ticket.unit_id, PartUsage.part_id, when)
            .join(ServiceReport, ServiceReport.id == PartUsage.report_id)
            .join(Visit, Visit.id == ServiceReport.visit_id)
            .join(Ticket, Ticket.id == Visit.ticket_id)
            .where(Ticket.unit_id.in_(ids), PartUsage.part_id.in_(parts))
            .group_by(Ticket.unit_id, PartUsage.part_id)):
        if moment is not None and unit_id is not None:
            last.setdefault(unit_id, {})[part_id] = local_day(_as_aware(moment), tz)
    out: dict[int, tuple[CareDue, ...]] = {}
    for unit_id, model_id, installed, invoiced in units:
        rows = intervals.get(model_id)
        if not rows:
            continue
        schedule = care.due_schedule(rows, last.get(unit_id, {}), installed or invoiced)
        out[unit_id] = tuple(CareDue(d.part_id, *parts[d.part_id], d.interval_months, d.last_replaced, d.due_on)
                             for d in schedule)
    return out


def unit_care(session: Session, branch_id: int, unit_id: int) -> tuple[CareDue, ...]:
    return care_schedules(session, branch_id, [unit_id]).get(unit_id, ())


def _as_aware(moment: object) -> datetime:
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    # An aggregate may come back as text or naive UTC, depending on the driver's view of the column type.
    assert isinstance(moment, datetime)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
