"""Which role may do what; services call require() before touching the database."""

from __future__ import annotations

from desktop.errors import PermissionDenied
from desktop.services.core.actor import Actor

CLERK, DISPATCHER, SUPERVISOR, ENGINEER = "clerk", "dispatcher", "supervisor", "engineer"
# Scheduled work on the branch PC (`service-desk export` from the task scheduler): no login, no user row, only the
# permissions in SYSTEM_PERMISSIONS; audited with no user ("system").
SYSTEM = "system"
EVERYONE = frozenset({CLERK, DISPATCHER, SUPERVISOR, ENGINEER})
DESK = frozenset({CLERK, DISPATCHER, SUPERVISOR})

# One table for the whole application: a reviewer reads every permission in one place.
PERMISSIONS: dict[str, frozenset[str]] = {
    "ticket.read": EVERYONE,
    "ticket.create": DESK,
    "ticket.update": DESK,
    "ticket.resolve_by_phone": DESK,
    "ticket.cancel": frozenset({SUPERVISOR, DISPATCHER, CLERK}),
    "customer.read": EVERYONE,
    "customer.write": DESK,
    "unit.write": DESK,
    "engineer.read": EVERYONE,
    "engineer.manage": frozenset({SUPERVISOR}),
    "dispatch.read": EVERYONE,
    "dispatch.plan": frozenset({DISPATCHER, SUPERVISOR}),
    "dispatch.agree_time": DESK,
    "visit.record_result": frozenset({CLERK, DISPATCHER, SUPERVISOR, ENGINEER}),
    "visit.escalate": frozenset({DISPATCHER, SUPERVISOR}),
    "claim.read": EVERYONE,
    "claim.create": DESK,
    "claim.inspect": frozenset({ENGINEER, SUPERVISOR, DISPATCHER, CLERK}),
    "claim.decide": DESK,
    "claim.approve": frozenset({SUPERVISOR}),
    "claim.override": frozenset({SUPERVISOR}),
    "claim.execute": frozenset({SUPERVISOR, CLERK}),
    "policy.manage": frozenset({SUPERVISOR}),
    "callback.read": EVERYONE,
    "callback.work": DESK,
    "complaint.read": EVERYONE,
    "complaint.work": DESK,
    "complaint.read_all": frozenset({SUPERVISOR}),
    "print.documents": EVERYONE,
    "signing.manage": frozenset({SUPERVISOR}),
    "export.hq": frozenset({SUPERVISOR, CLERK}),
    "dashboard.read": DESK,
    "user.manage": frozenset({SUPERVISOR}),
    "settings.manage": frozenset({SUPERVISOR}),
    "audit.read": frozenset({SUPERVISOR}),
    "backup.manage": frozenset({SUPERVISOR}),
    "catalogue.manage": frozenset({SUPERVISOR}),
    # Parts stock (seed 002 §3.1.4 配件台账): the desk records receipts, issues and returns; only a supervisor may
    # let a stock go below zero, with a reason.
    "stock.read": EVERYONE,
    "stock.move": DESK,
    "stock.override_negative": frozenset({SUPERVISOR}),
    # Charges: everyone sees the fee schedule (the engineer shows it before the work); the supervisor sets it.
    "charges.read": EVERYONE,
    "fees.manage": frozenset({SUPERVISOR}),
    "payment.record": EVERYONE,
    "payment.void": frozenset({SUPERVISOR}),
}


SYSTEM_PERMISSIONS = frozenset({"export.hq"})


def system_actor(branch_id: int) -> Actor:
    """The actor of a scheduled task; user_id 0 is no user (audit records it as None)."""
    return Actor(0, SYSTEM, SYSTEM, SYSTEM, branch_id)


def is_system(actor: Actor) -> bool:
    return actor.role == SYSTEM


def allowed(actor: Actor, permission: str) -> bool:
    roles = PERMISSIONS.get(permission)
    if roles is None:
        # A typo in a permission name must fail loudly, never silently allow.
        raise KeyError(f"unknown permission {permission!r}")
    if actor.role == SYSTEM:
        return permission in SYSTEM_PERMISSIONS
    return actor.role in roles


def require(actor: Actor, permission: str) -> None:
    if not allowed(actor, permission):
        raise PermissionDenied("permission_denied", permission=permission, role=actor.role)
