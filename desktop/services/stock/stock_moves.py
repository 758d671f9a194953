"""Moving parts inside the caller's transaction: locations, the balance per location, the no-negative-stock rule.

Every movement goes through `move`, so the ledger and the balances never disagree. Other areas call it for what
they record (a visit's parts leave the engineer's van in the same transaction as the service report)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desktop.clock import utc_now
from desktop.errors import NotFoundError, ValidationError
from desktop.models import Branch, Engineer, Part, StockBalance, StockLocation, StockMovement, Ticket, Visit
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.branch_time import branch_tz, local_day
from desktop.services.core.numbering import next_number
from desktop.services.core.permissions import require
from desktop.services.core.validation import clean_text

MAX_QUANTITY = 9999


def location(session: Session, branch_id: int, kind: str, engineer_id: int | None = None) -> StockLocation:
    """The branch's warehouse, old-parts shelf or an engineer's van, created on first use."""
    key = f"van:{engineer_id}" if kind == "van" else kind
    found = session.scalar(select(StockLocation).where(StockLocation.branch_id == branch_id,
                                                       StockLocation.key == key))
    if found is None:
        found = StockLocation(branch_id=branch_id, key=key, kind=kind, engineer_id=engineer_id)
        session.add(found)
        session.flush()
    return found


def _locked_balance(session: Session, location_id: int, part_id: int) -> StockBalance:
    # An upsert first, so two PCs adding the same part's first row do not collide; then lock the row (PostgreSQL)
    # so the check below and the change are one step. SQLite already holds the write lock (BEGIN IMMEDIATE).
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(insert(StockBalance).values(location_id=location_id, part_id=part_id, quantity=0)
                    .on_conflict_do_nothing(index_elements=[StockBalance.location_id, StockBalance.part_id]))
    return session.execute(select(StockBalance).where(StockBalance.location_id == location_id,
                                                      StockBalance.part_id == part_id)
                           .with_for_update()).scalar_one()


def check_quantity(quantity: int, field: str = "quantity") -> None:
    if isinstance(quantity, bool) or not isinstance(quantity, int) or not 1 <= quantity <= MAX_QUANTITY:
        raise ValidationError("quantity_invalid", field, maximum=MAX_QUANTITY)


def move(session: Session, actor: Actor, kind: str, part: Part, quantity: int, *,
         source: StockLocation | None = None, target: StockLocation | None = None,
         override_reason: str = "", at: datetime | None = None, **links: object) -> StockMovement:
    """One ledger line with its balance changes. A source without enough stock refuses the move unless a
    supervisor gives a reason (ValidationError "stock_insufficient" / "override_reason_required")."""
    check_quantity(quantity)
    override_reason = clean_text(override_reason, "override_reason", max_length=500, multiline=True)
    if source is not None:
        balance = _locked_balance(session, source.id, part.id)
        if balance.quantity < quantity:
            if not override_reason:
                raise ValidationError("stock_insufficient", "quantity", part=part.code, available=balance.quantity,
                                      wanted=quantity, location=source.kind)
            require(actor, "stock.override_negative")
        else:
            # A reason only means something when it let the stock go below zero.
            override_reason = ""
        balance.quantity -= quantity
    if target is not None:
        _locked_balance(session, target.id, part.id).quantity += quantity
    moment = at or utc_now()
    branch = session.get(Branch, actor.branch_id)
    if branch is None:
        raise ValidationError("branch_not_found")
    movement = StockMovement(
        branch_id=actor.branch_id,
        number=next_number(session, branch.id, branch.code, "stock", local_day(moment, branch_tz(session, branch.id))),
        kind=kind, part_id=part.id, quantity=quantity, from_location_id=source.id if source else None,
        to_location_id=target.id if target else None, unit_price_fen=part.price_fen, override_reason=override_reason,
        moved_at=moment, recorded_by=actor.user_id or None, **links)
    session.add(movement)
    session.flush()
    return movement


def take_for_visit(session: Session, actor: Actor, engineer_id: int, part: Part, quantity: int, *, ticket_id: int,
                   visit_id: int, part_usage_id: int, override_reason: str, at: datetime) -> StockMovement:
    """上门使用: the part leaves the engineer's van stock, as written on the returned sheet."""
    van = location(session, actor.branch_id, "van", engineer_id)
    movement = move(session, actor, "use", part, quantity, source=van, override_reason=override_reason, at=at,
                    engineer_id=engineer_id, ticket_id=ticket_id, visit_id=visit_id, part_usage_id=part_usage_id)
    audit.record(session, actor, "stock.use", "stock_movement", movement.id, None, audit.snapshot(movement))
    return movement


def load_part(session: Session, part_id: int, *, active: bool = True) -> Part:
    part = session.get(Part, part_id)
    if part is None or (active and not part.active):
        raise ValidationError("part_not_found", "part_id", part_id=part_id)
    return part


def load_engineer(session: Session, actor: Actor, engineer_id: int) -> Engineer:
    engineer = session.get(Engineer, engineer_id)
    if engineer is None or engineer.branch_id != actor.branch_id:
        raise NotFoundError("engineer_not_found", "engineer_id")
    return engineer


def load_visit(session: Session, actor: Actor, visit_id: int) -> tuple[Visit, Ticket]:
    visit = session.get(Visit, visit_id)
    ticket = session.get(Ticket, visit.ticket_id) if visit is not None else None
    if visit is None or ticket is None or ticket.branch_id != actor.branch_id:
        raise NotFoundError("visit_not_found", "visit_id")
    return visit, ticket
