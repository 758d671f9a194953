"""The ticket lifecycle (docs/domain.md, tickets and their lifecycle): which state may follow which."""

from __future__ import annotations

OPEN_STATES = frozenset({"new", "triage", "dispatched", "scheduled", "on_site", "unresolved", "escalated"})

# Every open state may also go to `completed` when a return decision is carried out (an exchange or a refund ends
# the request wherever it stood: nobody needs to go on site any more); the callback then closes it as usual.
TRANSITIONS: dict[str, frozenset[str]] = {
    "new": frozenset({"triage", "resolved_by_phone", "dispatched", "completed", "cancelled"}),
    "triage": frozenset({"resolved_by_phone", "dispatched", "completed", "cancelled"}),
    "resolved_by_phone": frozenset({"closed"}),
    "dispatched": frozenset({"scheduled", "on_site", "dispatched", "completed", "cancelled"}),
    "scheduled": frozenset({"on_site", "dispatched", "scheduled", "completed", "unresolved", "cancelled"}),
    "on_site": frozenset({"completed", "unresolved", "cancelled"}),
    "completed": frozenset({"closed"}),
    "unresolved": frozenset({"escalated", "completed", "cancelled"}),
    "escalated": frozenset({"dispatched", "completed", "cancelled"}),
    # A callback that finds the unit still broken may reopen a closed ticket (返修) as a new round.
    "closed": frozenset({"escalated"}),
    "cancelled": frozenset(),
}


def can_transition(current: str, target: str) -> bool:
    return target in TRANSITIONS.get(current, frozenset())


def is_open(status: str) -> bool:
    return status in OPEN_STATES
