"""Which role may do what; services call require() before touching the database."""

from __future__ import annotations

from desktop.errors import PermissionDenied
from desktop.services.core.actor import Actor

CLERK, DISPATCHER, SUPERVISOR, ENGINEER = "clerk", "dispatcher", "supervisor", "engineer"
# Scheduled work on the branch PC (`service-desk export` from the task scheduler): no login, no user row, only the
# permissions in SYSTEM_PERMISSIONS; audited with no user ("system").
SYSTEM = "system"
# The first-start wizard runs before any account exists: its actor may only run the setup, which the setup
# service refuses once the branch has been created; audited with no user.
SETUP = "setup"
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
    # The customer file (客户档案): merging two records and naming a key account (seed 003 (6): weekly calls and
    # monthly visits follow) are the supervisor's decisions.
    "customer.merge": frozenset({SUPERVISOR}),
    "customer.key_account": frozenset({SUPERVISOR}),
    # Installation orders (安装单) come from a sale at the desk; the engineer's acceptance is recorded like a visit.
    "installation.create": DESK,
    "installation.record_result": frozenset({CLERK, DISPATCHER, SUPERVISOR, ENGINEER}),
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
    # The words of each product line: brand, service name and callback script (seed wording by default).
    "script.manage": frozenset({SUPERVISOR}),
    "complaint.read": EVERYONE,
    "complaint.work": DESK,
    "complaint.read_all": frozenset({SUPERVISOR}),
    # Consultations (咨询) are taken and answered at the desk.
    "consultation.read": DESK,
    "consultation.work": DESK,
    # 质量问题反馈单: anyone may see and raise one (an engineer on site too); the desk sends it to HQ, records HQ's
    # answer and closes it.
    "quality.read": EVERYONE,
    "quality.raise": EVERYONE,
    "quality.manage": DESK,
    "print.documents": EVERYONE,
    # Signing issued PDFs with the branch key once it is open: every role that hands a customer a service sheet or
    # report (engineers on site too). Creating, importing, remembering the key: supervisor (signing.manage).
    # Documented in docs/operations.md ("Who may sign").
    "document.sign": EVERYONE,
    "signing.manage": frozenset({SUPERVISOR}),
    "export.hq": frozenset({SUPERVISOR, CLERK}),
    # Phones and addresses in full, against the branch's masking setting (export --no-mask, the dialog's box).
    "export.unmasked": frozenset({SUPERVISOR}),
    # HQ: consolidate branch workbooks (service-desk-cli hq-merge, the merge dialog).
    "hq.merge": frozenset({SUPERVISOR, CLERK}),
    "dashboard.read": DESK,
    "user.manage": frozenset({SUPERVISOR}),
    "settings.manage": frozenset({SUPERVISOR}),
    "audit.read": frozenset({SUPERVISOR}),
    "backup.manage": frozenset({SUPERVISOR}),
    "catalogue.manage": frozenset({SUPERVISOR}),
    "setup.run": frozenset({SUPERVISOR}),
    # File → Import: the customers, units and past service records a branch kept in Excel.
    "records.import": frozenset({SUPERVISOR, CLERK}),
    # An engineer's own visits for today and tomorrow (the "My day" area).
    "my_day.read": frozenset({ENGINEER}),
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
SETUP_PERMISSIONS = frozenset({"setup.run"})


def system_actor(branch_id: int) -> Actor:
    """The actor of a scheduled task; user_id 0 is no user (audit records it as None)."""
    return Actor(0, SYSTEM, SYSTEM, SYSTEM, branch_id)


def is_system(actor: Actor) -> bool:
    return actor.role == SYSTEM


def setup_actor() -> Actor:
    """The actor of the first-start wizard (no branch, no user yet)."""
    return Actor(0, SETUP, SETUP, SETUP, 0)


def is_setup(actor: Actor) -> bool:
    return actor.role == SETUP


def allowed(actor: Actor, permission: str) -> bool:
    roles = PERMISSIONS.get(permission)
    if roles is None:
        # A typo in a permission name must fail loudly, never silently allow.
        raise KeyError(f"unknown permission {permission!r}")
    if actor.role == SYSTEM:
        return permission in SYSTEM_PERMISSIONS
    if actor.role == SETUP:
        return permission in SETUP_PERMISSIONS
    return actor.role in roles


def require(actor: Actor, permission: str) -> None:
    if not allowed(actor, permission):
        raise PermissionDenied("permission_denied", permission=permission, role=actor.role)
