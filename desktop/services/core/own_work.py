"""What an engineer may see: their own visits, the tickets and customers of those visits, and callbacks assigned to
them. Desk roles see the whole branch. Services apply these conditions in SQL, so a record outside an engineer's
work is simply not found, whatever the screen asked for."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.errors import NotFoundError
from desktop.models import Engineer, Ticket, Visit
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import ENGINEER


def is_field_engineer(actor: Actor) -> bool:
    return actor.role == ENGINEER


def own_engineer_id(session: Session, actor: Actor) -> int | None:
    """The engineer record linked to the signed-in account; an engineer account without one owns nothing."""
    return session.scalar(select(Engineer.id).where(Engineer.user_id == actor.user_id,
                                                    Engineer.branch_id == actor.branch_id))


def _engineer_key(session: Session, actor: Actor) -> int:
    # -1 matches no row: an unlinked engineer account sees an empty branch rather than all of it.
    engineer_id = own_engineer_id(session, actor)
    return -1 if engineer_id is None else engineer_id


def own_ticket_ids(session: Session, actor: Actor) -> Any:
    """SELECT of the ticket ids an engineer works on (a visit of theirs, or the ticket assigned to them)."""
    engineer_id = _engineer_key(session, actor)
    return select(Visit.ticket_id).where(Visit.engineer_id == engineer_id).union(
        select(Ticket.id).where(Ticket.engineer_id == engineer_id))


def own_customer_ids(session: Session, actor: Actor) -> Any:
    engineer_id = _engineer_key(session, actor)
    visited = select(Visit.ticket_id).where(Visit.engineer_id == engineer_id)
    return select(Ticket.customer_id).where(or_(Ticket.engineer_id == engineer_id, Ticket.id.in_(visited)))


def ticket_condition(session: Session, actor: Actor) -> Any | None:
    """A WHERE condition on Ticket for the actor, or None when the actor sees every ticket of the branch."""
    if not is_field_engineer(actor):
        return None
    return Ticket.id.in_(own_ticket_ids(session, actor))


def customer_condition(session: Session, actor: Actor, customer_id_column: Any) -> Any | None:
    if not is_field_engineer(actor):
        return None
    return customer_id_column.in_(own_customer_ids(session, actor))


def require_own_ticket(session: Session, actor: Actor, ticket_id: int, code: str = "ticket_not_found") -> None:
    if not is_field_engineer(actor):
        return
    if session.scalar(select(Ticket.id).where(Ticket.id == ticket_id, Ticket.id.in_(own_ticket_ids(session, actor)))
                      ) is None:
        raise NotFoundError(code, "ticket_id")


def require_own_customer(session: Session, actor: Actor, customer_id: int) -> None:
    if not is_field_engineer(actor):
        return
    owned = session.scalar(select(Ticket.customer_id).where(Ticket.customer_id == customer_id,
                                                            Ticket.customer_id.in_(own_customer_ids(session, actor)))
                           .limit(1))
    if owned is None:
        raise NotFoundError("customer_not_found", "customer_id")


def require_own_engineer(session: Session, actor: Actor, engineer_id: int) -> None:
    if is_field_engineer(actor) and own_engineer_id(session, actor) != engineer_id:
        raise NotFoundError("engineer_not_found", "engineer_id")


def require_own_visit(session: Session, actor: Actor, visit: Visit) -> None:
    if is_field_engineer(actor) and own_engineer_id(session, actor) != visit.engineer_id:
        raise NotFoundError("visit_not_found", "visit_id")
