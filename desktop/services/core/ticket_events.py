"""The one way a ticket changes state: checks the lifecycle, writes the timeline event and the audit row."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.clock import utc_now
from desktop.errors import StateError
from desktop.models import Ticket, TicketEvent
from desktop.rules.lifecycle import can_transition
from desktop.services.core import audit
from desktop.services.core.actor import Actor


def transition(session: Session, actor: Actor, ticket: Ticket, to_status: str, *, note: str = "",
               kind: str = "state_change", data: dict[str, Any] | None = None) -> TicketEvent:
    if not can_transition(ticket.status, to_status):
        raise StateError("bad_transition", "status", current=ticket.status, target=to_status)
    before = ticket.status
    ticket.status = to_status
    now = utc_now()
    if to_status == "completed":
        ticket.completed_at = now
    elif to_status == "closed":
        ticket.closed_at = now
    event = TicketEvent(ticket_id=ticket.id, at=now, user_id=actor.user_id, kind=kind, from_status=before,
                        to_status=to_status, note=note, data=data)
    session.add(event)
    audit.record(session, actor, f"ticket.{kind}", "ticket", ticket.id, {"status": before},
                 {"status": to_status, "note": note, **(data or {})})
    return event


def log_event(session: Session, actor: Actor, ticket_id: int, kind: str, note: str = "",
              data: dict[str, Any] | list[Any] | None = None) -> TicketEvent:
    """A timeline entry without a state change (a call, a printed sheet, a callback)."""
    event = TicketEvent(ticket_id=ticket_id, at=utc_now(), user_id=actor.user_id, kind=kind, note=note, data=data)
    session.add(event)
    return event
