"""Stock movements the desk records (receipts, issues to an engineer's van, returns from a van), the parts a visit
needs (配件需求, seed 002 §3.1.4 「配件需求通知的下达，组织配件包装、领用」), the balances and the ledger (配件台账)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from desktop.errors import StateError, ValidationError
from desktop.models import (
    Engineer,
    FaultCategory,
    Part,
    ProductLine,
    StockBalance,
    StockLocation,
    StockMovement,
    Ticket,
    User,
    Visit,
    VisitPart,
)
from desktop.models.stock import LOCATION_KINDS, MOVEMENT_KINDS
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service
from desktop.services.core.branch_time import branch_tz
from desktop.services.core.permissions import require
from desktop.services.core.validation import clean_text
from desktop.services.stock.stock_moves import (
    check_quantity,
    load_engineer,
    load_part,
    load_visit,
    location,
    move,
)
from desktop.services.stock.stock_records import (
    BalanceRow,
    LedgerFilter,
    MovementRow,
    Page,
    VisitNeed,
    VisitNeedRow,
)

MAX_PAGE = 500
MAX_LINES = 100
OPEN_VISITS = ("dispatched", "scheduled", "on_site")


def _page_bounds(offset: int, limit: int) -> tuple[int, int]:
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValidationError("page_invalid", "offset")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_PAGE:
        raise ValidationError("page_invalid", "limit", maximum=MAX_PAGE)
    return offset, limit


def _ledger_select() -> tuple[Any, list[Any]]:
    source, target = aliased(StockLocation), aliased(StockLocation)
    columns = [StockMovement.id, StockMovement.number, StockMovement.kind, StockMovement.moved_at,
               StockMovement.part_id, Part.code, Part.name_zh, Part.name_en, Part.unit, StockMovement.quantity,
               StockMovement.unit_price_fen, source.kind, target.kind, Engineer.name, Ticket.number,
               StockMovement.tag_no, StockMovement.reference, StockMovement.destination,
               StockMovement.override_reason, StockMovement.note, User.display_name]
    query = (select(*columns)
             .join(Part, Part.id == StockMovement.part_id)
             .outerjoin(source, source.id == StockMovement.from_location_id)
             .outerjoin(target, target.id == StockMovement.to_location_id)
             .outerjoin(Engineer, Engineer.id == StockMovement.engineer_id)
             .outerjoin(Ticket, Ticket.id == StockMovement.ticket_id)
             .outerjoin(User, User.id == StockMovement.recorded_by))
    return query, columns


def _movement_row(r: Any) -> MovementRow:
    return MovementRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13] or "",
                       r[14] or "", r[15], r[16], r[17], r[18], r[19], r[20] or "")


def movement_rows(session: Session, ids: Sequence[int]) -> list[MovementRow]:
    query, _ = _ledger_select()
    rows = session.execute(query.where(StockMovement.id.in_(list(ids))).order_by(StockMovement.id)).all()
    return [_movement_row(r) for r in rows]


def _lines(lines: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    if not lines:
        raise ValidationError("required", "lines")
    if len(lines) > MAX_LINES:
        raise ValidationError("too_many_lines", "lines", maximum=MAX_LINES)
    merged: dict[int, int] = {}
    for part_id, quantity in lines:
        check_quantity(quantity)
        merged[part_id] = merged.get(part_id, 0) + quantity
    return list(merged.items())


class StockService(Service):
    # ---- movements ----------------------------------------------------------------------------------------------

    def receive(self, actor: Actor, part_id: int, quantity: int, *, reference: str = "",
                note: str = "") -> MovementRow:
        """入库: parts delivered by HQ or bought, into the warehouse."""
        with self._writing(actor, "stock.move") as session:
            reference = clean_text(reference, "reference", max_length=60)
            note = clean_text(note, "note", max_length=500, multiline=True)
            part = load_part(session, part_id)
            movement = move(session, actor, "receipt", part, quantity,
                            target=location(session, actor.branch_id, "warehouse"), reference=reference, note=note)
            audit.record(session, actor, "stock.receive", "stock_movement", movement.id, None,
                         audit.snapshot(movement))
            return movement_rows(session, [movement.id])[0]

    def issue(self, actor: Actor, engineer_id: int, lines: Sequence[tuple[int, int]], *, visit_id: int | None = None,
              override_reason: str = "", note: str = "") -> list[MovementRow]:
        """领用: parts from the warehouse into an engineer's van stock, all lines or none."""
        with self._writing(actor, "stock.move") as session:
            return self._issue(session, actor, engineer_id, _lines(lines), visit_id, override_reason, note)

    def _issue(self, session: Session, actor: Actor, engineer_id: int, lines: list[tuple[int, int]],
               visit_id: int | None, override_reason: str, note: str) -> list[MovementRow]:
        note = clean_text(note, "note", max_length=500, multiline=True)
        engineer = load_engineer(session, actor, engineer_id)
        ticket_id = None
        if visit_id is not None:
            _visit, ticket = load_visit(session, actor, visit_id)
            ticket_id = ticket.id
        warehouse = location(session, actor.branch_id, "warehouse")
        van = location(session, actor.branch_id, "van", engineer.id)
        ids = []
        for part_id, quantity in lines:
            movement = move(session, actor, "issue", load_part(session, part_id), quantity, source=warehouse,
                            target=van, override_reason=override_reason, engineer_id=engineer.id, visit_id=visit_id,
                            ticket_id=ticket_id, note=note)
            audit.record(session, actor, "stock.issue", "stock_movement", movement.id, None,
                         audit.snapshot(movement))
            ids.append(movement.id)
        return movement_rows(session, ids)

    def return_from_van(self, actor: Actor, engineer_id: int, part_id: int, quantity: int, *,
                        note: str = "", override_reason: str = "") -> MovementRow:
        """退库: unused parts from an engineer's van back into the warehouse."""
        with self._writing(actor, "stock.move") as session:
            note = clean_text(note, "note", max_length=500, multiline=True)
            engineer = load_engineer(session, actor, engineer_id)
            movement = move(session, actor, "van_return", load_part(session, part_id, active=False), quantity,
                            source=location(session, actor.branch_id, "van", engineer.id),
                            target=location(session, actor.branch_id, "warehouse"), override_reason=override_reason,
                            engineer_id=engineer.id, note=note)
            audit.record(session, actor, "stock.van_return", "stock_movement", movement.id, None,
                         audit.snapshot(movement))
            return movement_rows(session, [movement.id])[0]

    # ---- what a visit needs ---------------------------------------------------------------------------------------

    def visits_needing_parts(self, actor: Actor, first_day: date, days: int = 7) -> list[VisitNeedRow]:
        """Open visits planned from `first_day` (branch-local) for `days` days, with their parts and what was issued."""
        require(actor, "stock.read")
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 31:
            raise ValidationError("days_invalid", "days")
        with self._reading(actor, "stock.read") as session:
            zone = branch_tz(session, actor.branch_id)
            start = datetime.combine(first_day, time(0), tzinfo=zone).astimezone(UTC)
            end = datetime.combine(first_day + timedelta(days=days), time(0), tzinfo=zone).astimezone(UTC)
            rows = session.execute(
                select(Visit.id, Ticket.number, Visit.engineer_id, Engineer.name,
                       func.coalesce(Visit.agreed_start, Visit.planned_start), ProductLine.name_zh,
                       ProductLine.name_en, FaultCategory.name_zh, Ticket.fault_text, FaultCategory.name_en)
                .join(Ticket, Ticket.id == Visit.ticket_id)
                .join(Engineer, Engineer.id == Visit.engineer_id)
                .join(ProductLine, ProductLine.id == Ticket.product_line_id)
                .outerjoin(FaultCategory, FaultCategory.id == Ticket.fault_category_id)
                .where(Ticket.branch_id == actor.branch_id, Visit.status.in_(OPEN_VISITS),
                       Visit.planned_start >= start, Visit.planned_start < end)
                .order_by(Visit.planned_start, Visit.id)).all()
            needs = _needs(session, [r[0] for r in rows])
            return [VisitNeedRow(r[0], r[1], r[2], r[3], r[4], r[5], r[7] or r[8] or "", needs.get(r[0], ()),
                                 r[6] or "", r[9] or "") for r in rows]

    def set_visit_parts(self, actor: Actor, visit_id: int, lines: Sequence[tuple[int, int]]) -> tuple[VisitNeed, ...]:
        """Replaces the parts a visit needs; an empty list clears them."""
        with self._writing(actor, "stock.move") as session:
            wanted = _lines(lines) if lines else []
            visit, _ticket = load_visit(session, actor, visit_id)
            if visit.status not in OPEN_VISITS:
                raise StateError("visit_not_open", "visit_id", status=visit.status)
            current = {vp.part_id: vp for vp in
                       session.scalars(select(VisitPart).where(VisitPart.visit_id == visit.id))}
            before = {str(k): v.quantity for k, v in current.items()}
            for part_id, quantity in wanted:
                load_part(session, part_id)
                if part_id in current:
                    current.pop(part_id).quantity = quantity
                else:
                    session.add(VisitPart(visit_id=visit.id, part_id=part_id, quantity=quantity))
            for stale in current.values():
                session.delete(stale)
            session.flush()
            audit.record(session, actor, "visit.parts", "visit", visit.id, {"parts": before},
                         {"parts": {str(k): q for k, q in wanted}})
            return _needs(session, [visit.id]).get(visit.id, ())

    def issue_for_visit(self, actor: Actor, visit_id: int, *, override_reason: str = "") -> list[MovementRow]:
        """领用 for one visit: what it needs and has not yet been issued for it, into the visit's engineer's van."""
        with self._writing(actor, "stock.move") as session:
            visit, _ticket = load_visit(session, actor, visit_id)
            if visit.status not in OPEN_VISITS:
                raise StateError("visit_not_open", "visit_id", status=visit.status)
            outstanding = [(n.part_id, n.quantity - n.issued) for n in _needs(session, [visit.id]).get(visit.id, ())
                           if n.quantity > n.issued]
            if not outstanding:
                raise StateError("nothing_to_issue", "visit_id")
            return self._issue(session, actor, visit.engineer_id, outstanding, visit.id, override_reason, "")

    # ---- balances and ledger -------------------------------------------------------------------------------------

    def balances(self, actor: Actor, *, kind: str | None = None, engineer_id: int | None = None, text: str = "",
                 low_only: bool = False, include_empty: bool = False, offset: int = 0,
                 limit: int = 200) -> Page[BalanceRow]:
        """Quantity on hand per location and part, warehouse first; sorted and filtered in SQL."""
        require(actor, "stock.read")
        offset, limit = _page_bounds(offset, limit)
        if kind is not None and kind not in LOCATION_KINDS:
            raise ValidationError("invalid_choice", "kind")
        with self._reading(actor, "stock.read") as session:
            conditions: list[Any] = [StockLocation.branch_id == actor.branch_id]
            if kind:
                conditions.append(StockLocation.kind == kind)
            if engineer_id is not None:
                conditions.append(StockLocation.engineer_id == engineer_id)
            if not include_empty:
                conditions.append(StockBalance.quantity != 0)
            if text.strip():
                pattern = f"%{text.strip().lower()}%"
                conditions.append(or_(func.lower(Part.code).like(pattern), Part.name_zh.like(pattern),
                                      func.lower(Part.name_en).like(pattern)))
            if low_only:
                conditions += [StockLocation.kind == "warehouse", Part.reorder_level > 0,
                               StockBalance.quantity < Part.reorder_level]
            base = (select(StockLocation.key, StockLocation.kind, StockLocation.engineer_id, Engineer.name,
                           Part.id, Part.code, Part.name_zh, Part.name_en, Part.unit, StockBalance.quantity,
                           Part.reorder_level)
                    .select_from(StockBalance)
                    .join(StockLocation, StockLocation.id == StockBalance.location_id)
                    .join(Part, Part.id == StockBalance.part_id)
                    .outerjoin(Engineer, Engineer.id == StockLocation.engineer_id)
                    .where(*conditions))
            total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
            order = (StockLocation.kind != "warehouse", StockLocation.kind != "old_parts", Engineer.name, Part.code)
            rows = session.execute(base.order_by(*order).offset(offset).limit(limit)).all()
            return Page([BalanceRow(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6], r[7], r[8], r[9], r[10])
                         for r in rows], total)

    def low_stock(self, actor: Actor) -> list[BalanceRow]:
        """Warehouse parts below their minimum, parts never received included (their balance is 0)."""
        with self._reading(actor, "stock.read") as session:
            warehouse = session.scalar(select(StockLocation).where(StockLocation.branch_id == actor.branch_id,
                                                                   StockLocation.key == "warehouse"))
            on_hand = func.coalesce(StockBalance.quantity, 0)
            join = and_(StockBalance.part_id == Part.id,
                        StockBalance.location_id == (warehouse.id if warehouse is not None else -1))
            rows = session.execute(
                select(Part.id, Part.code, Part.name_zh, Part.name_en, Part.unit, on_hand, Part.reorder_level)
                .outerjoin(StockBalance, join)
                .where(Part.active.is_(True), Part.reorder_level > 0, on_hand < Part.reorder_level)
                .order_by(Part.code)).all()
            return [BalanceRow("warehouse", "warehouse", None, "", *r) for r in rows]

    def ledger(self, actor: Actor, filters: LedgerFilter | None = None, *, offset: int = 0, limit: int = 200,
               descending: bool = True) -> Page[MovementRow]:
        """配件台账: every movement of the branch, newest first by default; paged and filtered in SQL."""
        require(actor, "stock.read")
        offset, limit = _page_bounds(offset, limit)
        filters = filters or LedgerFilter()
        if filters.kind is not None and filters.kind not in MOVEMENT_KINDS:
            raise ValidationError("invalid_choice", "kind")
        with self._reading(actor, "stock.read") as session:
            query, _ = _ledger_select()
            conditions: list[Any] = [StockMovement.branch_id == actor.branch_id]
            if filters.kind:
                conditions.append(StockMovement.kind == filters.kind)
            if filters.engineer_id is not None:
                conditions.append(StockMovement.engineer_id == filters.engineer_id)
            zone = branch_tz(session, actor.branch_id)
            if filters.start:
                conditions.append(StockMovement.moved_at >= datetime.combine(filters.start, time(0), tzinfo=zone))
            if filters.end:
                conditions.append(StockMovement.moved_at < datetime.combine(filters.end + timedelta(days=1), time(0),
                                                                             tzinfo=zone))
            text = clean_text(filters.text, "text", max_length=60)
            if text:
                pattern = f"%{text.lower()}%"
                conditions.append(or_(func.lower(Part.code).like(pattern), Part.name_zh.like(pattern),
                                      func.lower(Part.name_en).like(pattern), Ticket.number.like(f"%{text}%"),
                                      StockMovement.tag_no.like(f"%{text}%"),
                                      StockMovement.number.like(f"%{text}%"),
                                      StockMovement.reference.like(f"%{text}%")))
            filtered = query.where(*conditions)
            total = session.scalar(select(func.count()).select_from(filtered.subquery())) or 0
            order = (StockMovement.moved_at.desc(), StockMovement.id.desc()) if descending else \
                (StockMovement.moved_at, StockMovement.id)
            rows = session.execute(filtered.order_by(*order).offset(offset).limit(limit)).all()
            return Page([_movement_row(r) for r in rows], total)


def _needs(session: Session, visit_ids: Sequence[int]) -> dict[int, tuple[VisitNeed, ...]]:
    if not visit_ids:
        return {}
    issued = {(v, p): int(q) for v, p, q in session.execute(
        select(StockMovement.visit_id, StockMovement.part_id, func.sum(StockMovement.quantity))
        .where(StockMovement.visit_id.in_(list(visit_ids)), StockMovement.kind == "issue")
        .group_by(StockMovement.visit_id, StockMovement.part_id))}
    found: dict[int, list[VisitNeed]] = {}
    for visit_id, part_id, code, zh, en, unit, quantity in session.execute(
            select(VisitPart.visit_id, Part.id, Part.code, Part.name_zh, Part.name_en, Part.unit, VisitPart.quantity)
            .join(Part, Part.id == VisitPart.part_id)
            .where(VisitPart.visit_id.in_(list(visit_ids))).order_by(VisitPart.visit_id, Part.code)):
        found.setdefault(visit_id, []).append(
            VisitNeed(part_id, code, zh, en, unit, quantity, issued.get((visit_id, part_id), 0)))
    return {k: tuple(v) for k, v in found.items()}
