"""Walks every public method of every service with every role: each method checks a permission before it
does anything, and a role outside that permission's set is refused whatever arguments it sends."""

from __future__ import annotations

import inspect
import typing
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop.app import build_services
from desktop.clock import utc_now
from desktop.errors import DomainError, PermissionDenied
from desktop.services.core import permissions
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service

ROLES = ("clerk", "dispatcher", "supervisor", "engineer")

# Methods that take no acting user on purpose, with the reason.
NO_ACTOR = {
    ("AuthService", "login"): "signing in is how an actor comes to exist",
    ("AuthService", "hash_password"): "pure helper",
    ("AuthService", "is_demo_database"): "asked before anyone has signed in (--demo)",
    ("ChangeFeedService", "start_listener"): "infrastructure: wakes the views, returns no data",
    ("SigningService", "trusted"): "public certificates only",
    ("SigningService", "verify"): "verifying a PDF reveals nothing stored",
    ("SigningService", "trust_folder"): "a path",
    ("SigningService", "sign_anchor"): "the application signs its own audit anchor; returns no stored data",
    ("SigningService", "verify_anchor"): "checking an anchor's signature reveals nothing stored",
    ("MaintenanceService", "backup_dir"): "a path",
    ("CallbackService", "create_after_completion"): "hook run inside the calling service's checked transaction",
    ("CallbackService", "create_after_install"): "hook run inside the calling service's checked transaction",
    ("CallbackService", "create_after_return"): "hook run inside the calling service's checked transaction",
}


class _Probe(Exception):
    def __init__(self, permission: str) -> None:
        super().__init__(permission)
        self.permission = permission


def _dummy(annotation: Any) -> Any:
    text = str(annotation)
    if annotation in (int, "int") or text.startswith("int"):
        return 999_999
    if annotation in (str, "str") or text.startswith("str"):
        return "x"
    if "datetime" in text:
        return utc_now()
    if "date" in text:
        return date.today()
    if "Decimal" in text:
        return Decimal("1")
    if "bool" in text:
        return False
    if "bytes" in text:
        return b"x"
    if "Path" in text:
        return Path("/nonexistent/x")
    if "dict" in text or "Mapping" in text:
        return {}
    if "list" in text or "tuple" in text or "Sequence" in text or "Iterable" in text:
        return []
    return None


def _call(method: Any, actor: Actor) -> None:
    signature = inspect.signature(method)
    try:
        hints = typing.get_type_hints(method)
    except Exception:
        hints = {}
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    params = list(signature.parameters.values())
    for index, param in enumerate(params):
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        if index == 0:
            args.append(actor)
            continue
        if param.default is not param.empty:
            continue
        value = _dummy(hints.get(param.name, param.annotation))
        if param.kind == param.KEYWORD_ONLY:
            kwargs[param.name] = value
        else:
            args.append(value)
    method(*args, **kwargs)


def _service_methods(services: Any) -> list[tuple[str, str, Any]]:
    found = []
    for name in services.names():
        service = getattr(services, name)
        if not isinstance(service, Service):
            continue
        cls = type(service)
        for attr, member in inspect.getmembers(cls):
            if attr.startswith("_") or not callable(member) or isinstance(member, property):
                continue
            if (cls.__name__, attr) in NO_ACTOR:
                continue
            found.append((cls.__name__, attr, getattr(service, attr)))
    return found


@pytest.fixture
def probed(sqlite_db, monkeypatch):  # type: ignore[no-untyped-def]
    """Every method, with the permission it asks for first (found by intercepting permissions.allowed)."""
    services = build_services(sqlite_db)
    actor = Actor(1, "admin", "probe", "supervisor", 1)

    def intercept(_actor: Actor, permission: str) -> bool:
        raise _Probe(permission)

    monkeypatch.setattr(permissions, "allowed", intercept)
    table: dict[tuple[str, str], str | None] = {}
    for cls_name, attr, method in _service_methods(services):
        try:
            _call(method, actor)
        except _Probe as probe:
            table[(cls_name, attr)] = probe.permission
        except Exception as exc:  # touched data or refused input before checking who asks
            table[(cls_name, attr)] = f"!{type(exc).__name__}: {exc}"
        else:
            table[(cls_name, attr)] = None
    monkeypatch.undo()
    return services, table


def test_every_service_method_checks_a_permission_first(probed) -> None:  # type: ignore[no-untyped-def]
    _, table = probed
    assert len(table) >= 60, "the walk found too few service methods to be meaningful"
    unchecked = {k: v for k, v in table.items() if v is None or v.startswith("!")}
    assert unchecked == {}


@pytest.mark.parametrize("role", ROLES)
def test_every_role_is_refused_exactly_where_the_table_says(probed, sqlite_db, role: str, tmp_path,
                                                          monkeypatch) -> None:  # type: ignore[no-untyped-def]
    services, table = probed
    # Allowed roles really run the methods with dummy arguments: files they write ("x") land in tmp_path.
    monkeypatch.chdir(tmp_path)
    from tests.conftest import actor_for

    username = {"clerk": "clerk", "dispatcher": "dispatch", "supervisor": "admin", "engineer": "engineer"}[role]
    actor = actor_for(sqlite_db, username)
    wrong: dict[str, str] = {}
    for cls_name, attr, method in _service_methods(services):
        permission = table.get((cls_name, attr))
        if not permission or permission.startswith("!"):
            continue
        may = role in permissions.PERMISSIONS[permission]
        if attr in ("restore",) and may:
            continue  # would replace the test database; covered by the maintenance tests
        try:
            _call(method, actor)
        except PermissionDenied:
            if may:
                wrong[f"{cls_name}.{attr}"] = f"{role} refused but {permission} allows it"
        except (DomainError, Exception):
            if not may:
                wrong[f"{cls_name}.{attr}"] = f"{role} not refused ({permission})"
        else:
            if not may:
                wrong[f"{cls_name}.{attr}"] = f"{role} not refused ({permission})"
    assert wrong == {}


def test_replacing_the_signing_key_is_walked_as_a_supervisor_permission(probed) -> None:  # type: ignore[no-untyped-def]
    """The key replacement moves the branch's key files: it must ask for signing.manage before anything else."""
    _, table = probed
    assert table[("SigningService", "replace_key")] == "signing.manage"
    assert permissions.PERMISSIONS["signing.manage"] == {"supervisor"}


def test_permission_table_names_only_known_roles() -> None:
    for permission, roles in permissions.PERMISSIONS.items():
        assert roles <= set(ROLES), permission
        assert roles, f"{permission} allows nobody"


def test_an_unknown_permission_name_fails_loudly() -> None:
    with pytest.raises(KeyError):
        permissions.allowed(Actor(1, "a", "a", "supervisor", 1), "ticket.teleport")


_ = datetime  # annotations resolved by get_type_hints may name datetime
